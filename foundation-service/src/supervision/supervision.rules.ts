import { addDays, monthsEndingAt } from '@dsp/common';
import type { AllocationModel } from '../programmes/allocation.model';
import type { SocialMonthFigures, SocialMonthModel, StrainedAllocationModel } from './supervision.model';

/** The longest trend a request may ask for, in months. */
export const MAX_TREND_MONTHS = 36;
/** An allocation is strained past this share of its budget or quota. */
export const STRAIN_LIMIT = 0.9;
/** A head's term end is flagged this many days ahead. */
export const TERM_WARNING_DAYS = 90;

/**
 * The months of a trend (oldest first, ending with the month of `now`) and
 * the first month to read: January of the first month's year, so that budget
 * consumption adds up the year's commitments before the series starts.
 */
export function trendWindow(now: Date, count: number): { months: string[]; readFrom: string } {
  const months = monthsEndingAt(now, count);
  const first = months[0] ?? months.at(-1) ?? '';
  return { months, readFrom: `${first.slice(0, 4)}-01` };
}

/**
 * A trend from the summary's months (gaps are months with nothing: zeros)
 * and each year's allocation. Budget consumption is what was committed from
 * January of the month's year to the end of the month, over that year's
 * allocation; null when nothing is allocated.
 */
export function composeSocialTrend(
  months: readonly string[],
  rows: readonly SocialMonthFigures[],
  allocatedByYear: ReadonlyMap<number, bigint>,
): SocialMonthModel[] {
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return months.map((month) => {
    const row = byMonth.get(month);
    const year = month.slice(0, 4);
    const committedToDate = rows
      .filter((other) => other.month.slice(0, 4) === year && other.month <= month)
      .reduce((sum, other) => sum + other.committed, 0n);
    const allocated = allocatedByYear.get(Number(year)) ?? 0n;
    return {
      month,
      submitted: row?.submitted ?? 0,
      decided: row?.decided ?? 0,
      approved: row?.approved ?? 0,
      committed: row?.committed ?? 0n,
      disbursed: row?.disbursed ?? 0n,
      allocated,
      budgetConsumption: allocated > 0n ? Number(committedToDate) / Number(allocated) : null,
    };
  });
}

/** A share of a limit; a limit of zero is used up at once. */
function used(amount: number, limit: number): number {
  return limit > 0 ? amount / limit : 1;
}

/**
 * An allocation over 90% of its budget or quota, or used up with applications
 * waitlisted; null when it is not strained.
 */
export function strainOf(allocation: AllocationModel): StrainedAllocationModel | null {
  const budgetUsed = used(Number(allocation.committed), Number(allocation.allocated));
  const quotaUsed = used(allocation.approvedCount, allocation.quota);
  const exhausted = budgetUsed >= 1 || quotaUsed >= 1;
  const strained = budgetUsed > STRAIN_LIMIT || quotaUsed > STRAIN_LIMIT || (exhausted && allocation.waitlisted > 0);
  return strained ? { allocation, budgetUsed, quotaUsed, waitlisted: allocation.waitlisted, exhausted } : null;
}

/** Whether a term that reaches its limit on `endsOn` needs attention on `today` (within 90 days, or past). */
export function isTermEnding(endsOn: string, today: string): boolean {
  return endsOn <= addDays(today, TERM_WARNING_DAYS);
}
