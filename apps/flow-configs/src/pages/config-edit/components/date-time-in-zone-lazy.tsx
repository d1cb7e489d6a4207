import { lazy, Suspense } from "react";
import type { DateTimeInZoneProps } from "./date-time-in-zone";

// The date picker's code (a calendar) is fetched after the page shows, not with it.
const DateTimeInZoneField = lazy(() => import("./date-time-in-zone"));

/** The date-and-time field, loaded on first use. */
export function DateTimeInZone(props: DateTimeInZoneProps) {
  return (
    <Suspense fallback={null}>
      <DateTimeInZoneField {...props} />
    </Suspense>
  );
}
