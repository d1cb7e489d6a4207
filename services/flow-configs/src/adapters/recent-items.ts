/** A small map that forgets its oldest entries past `capacity` (insertion order; a set moves an entry to the end). */
export class RecentItems<T> {
  private readonly entries = new Map<string, T | null>();

  constructor(private readonly capacity: number) {}

  /** The remembered value (null: remembered as absent), or undefined when nothing is remembered. */
  get(key: string): T | null | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: T | null): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
