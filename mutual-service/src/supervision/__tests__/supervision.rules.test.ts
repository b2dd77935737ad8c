import { composeHealthTrend, isFeedBehind, trendMonths } from '../supervision.rules';

describe('composeHealthTrend', () => {
  it('gives every month, zeros and null averages where nothing was decided', () => {
    const trend = composeHealthTrend(trendMonths(new Date('2026-03-15T00:00:00Z'), 3), [
      {
        month: '2026-01',
        submitted: 4,
        decided: 2,
        processingSeconds: 3 * 86_400,
        decidedWithinTarget: 1,
        paid: 1,
        reimbursed: 15_000n,
      },
      {
        month: '2026-03',
        submitted: 1,
        decided: 0,
        processingSeconds: 0,
        decidedWithinTarget: 0,
        paid: 0,
        reimbursed: 0n,
      },
    ]);
    expect(trend).toEqual([
      {
        month: '2026-01',
        submitted: 4,
        decided: 2,
        paid: 1,
        reimbursed: 15_000n,
        averageProcessingDays: 1.5,
        decidedWithinTarget: 0.5,
      },
      {
        month: '2026-02',
        submitted: 0,
        decided: 0,
        paid: 0,
        reimbursed: 0n,
        averageProcessingDays: null,
        decidedWithinTarget: null,
      },
      {
        month: '2026-03',
        submitted: 1,
        decided: 0,
        paid: 0,
        reimbursed: 0n,
        averageProcessingDays: null,
        decidedWithinTarget: null,
      },
    ]);
  });
});

describe('isFeedBehind', () => {
  it('is behind past the lag limit, before any apply, and after a failure', () => {
    expect(isFeedBehind({ secondsSinceApplied: 900, failed: false }, 900)).toBe(false);
    expect(isFeedBehind({ secondsSinceApplied: 901, failed: false }, 900)).toBe(true);
    expect(isFeedBehind({ secondsSinceApplied: null, failed: false }, 900)).toBe(true);
    expect(isFeedBehind({ secondsSinceApplied: 2, failed: true }, 900)).toBe(true);
  });
});
