/** Calendar helpers in UTC, so figures do not depend on the server's time zone. */

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

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that cannot be UUIDs name nothing; checking first keeps them away from a uuid cast. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
