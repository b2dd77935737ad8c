/** Calendar helpers in UTC, so figures never depend on the server's time zone (shared by both services). */

/** Today's date in UTC, YYYY-MM-DD. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function currentUtcYear(now: Date = new Date()): number {
  return now.getUTCFullYear();
}

/** The first instant of `year` and of the year after, in UTC: [start, end). */
export function yearBounds(year: number): { start: Date; end: Date } {
  return { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
}

/**
 * `date` plus whole years, as YYYY-MM-DD. 29 February becomes 28 February in
 * a year without it, so a term never ends in the following month.
 */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = year + years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** Whole years from `from` to `to` (both YYYY-MM-DD): an anniversary counts on its day. */
export function wholeYearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) >= from.slice(5) ? years : years - 1;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keys that cannot be UUIDs name nothing; checking first keeps them away from a uuid cast error. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** `day` (YYYY-MM-DD) plus whole days, as YYYY-MM-DD; negative days go back. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The UTC calendar month of an instant, YYYY-MM. */
export function monthOf(instant: Date): string {
  return instant.toISOString().slice(0, 7);
}

/** The last `count` calendar months (UTC) ending with the month of `now`, oldest first, as YYYY-MM. */
export function monthsEndingAt(now: Date, count: number): string[] {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  return Array.from({ length: count }, (_, i) => monthOf(new Date(Date.UTC(year, month - count + 1 + i, 1))));
}

/** The first instant of a YYYY-MM month and of the month after, in UTC: [start, end). */
export function monthBounds(month: string): { start: Date; end: Date } {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return { start: new Date(Date.UTC(year, index - 1, 1)), end: new Date(Date.UTC(year, index, 1)) };
}

/**
 * Records still waiting that were submitted before this instant have waited
 * more than `days` days: the attention list's overdue counts and the queues'
 * `waitingLongerThanDays` filter draw the same line.
 */
export function waitingSince(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}
