type Timed = { id: number; startsAt: Date | number; endsAt: Date | number };

const ms = (value: Date | number) => (typeof value === "number" ? value : value.getTime());

/**
 * The first pair of sessions that overlap in time, if any (a session ending at 10:30 and one
 * starting at 10:30 do not). Shared by the server rules and the form's early warning.
 */
export function findOverlap<T extends Timed>(chosen: T[]): [T, T] | null {
  const sorted = [...chosen].sort((a, b) => ms(a.startsAt) - ms(b.startsAt) || a.id - b.id);
  let latest: T | undefined; // the session seen so far that ends last
  for (const current of sorted) {
    if (latest && ms(current.startsAt) < ms(latest.endsAt)) return [latest, current];
    if (!latest || ms(current.endsAt) > ms(latest.endsAt)) latest = current;
  }
  return null;
}
