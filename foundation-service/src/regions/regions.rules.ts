import { checkYear, currentUtcYear } from '@dsp/common';

/** The year a dashboard is about: the current UTC year unless asked. */
export function socialYear(year: number | null, now: Date): number {
  if (year === null) return currentUtcYear(now);
  return checkYear('year', year);
}
