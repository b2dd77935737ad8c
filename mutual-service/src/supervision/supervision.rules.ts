import { monthsEndingAt } from '@dsp/common';
import type { FeedState, HealthMonthFigures, HealthMonthModel } from './supervision.model';

/** The longest trend a request may ask for, in months. */
export const MAX_TREND_MONTHS = 36;
/** Solidarity candidates listed at most, largest out-of-pocket first. */
export const MAX_SOLIDARITY_CANDIDATES = 200;
const SECONDS_PER_DAY = 86_400;

/** The months of a trend, oldest first, ending with the month of `now`. */
export function trendMonths(now: Date, count: number): string[] {
  return monthsEndingAt(now, count);
}

/** A trend from the summary's months: a month without a row has zeros, and null averages and shares. */
export function composeHealthTrend(months: readonly string[], rows: readonly HealthMonthFigures[]): HealthMonthModel[] {
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return months.map((month) => {
    const row = byMonth.get(month);
    const decided = row?.decided ?? 0;
    return {
      month,
      submitted: row?.submitted ?? 0,
      decided,
      paid: row?.paid ?? 0,
      reimbursed: row?.reimbursed ?? 0n,
      averageProcessingDays: row && decided > 0 ? row.processingSeconds / SECONDS_PER_DAY / decided : null,
      decidedWithinTarget: row && decided > 0 ? row.decidedWithinTarget / decided : null,
    };
  });
}

/** Behind when the last apply is older than the limit, when none ever succeeded, or when the last attempt failed. */
export function isFeedBehind(state: FeedState, maxLagSeconds: number): boolean {
  return state.failed || state.secondsSinceApplied === null || state.secondsSinceApplied > maxLagSeconds;
}
