/** A wall-clock date and time as the pickers hold them: `2026-12-25` and `00:00:00` (either may be empty). */
export interface WallClockFields {
  date: string;
  time: string;
}

export const EMPTY_WALL_CLOCK: WallClockFields = { date: "", time: "" };

/**
 * `2026-12-25T00:00:00` for a schedule or a preview (read in the config's zone), "" when both are empty, null
 * when only one is given or either is incomplete: the field then says which part to finish.
 */
export function wallClockOf({ date, time }: WallClockFields): string | null {
  if (date === "" && time === "") return "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}(:\d{2})?$/.test(time)) return null;
  return `${date}T${time.length === 5 ? `${time}:00` : time}`;
}
