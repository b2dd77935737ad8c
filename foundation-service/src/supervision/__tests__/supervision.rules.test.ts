import type { AllocationModel } from '../../programmes/allocation.model';
import { composeSocialTrend, isTermEnding, strainOf, trendWindow } from '../supervision.rules';

const allocation = (overrides: Partial<AllocationModel>): AllocationModel => ({
  id: 'a',
  campaignId: 'c',
  regionCode: 'FES',
  allocated: 100_000n,
  quota: 10,
  committed: 0n,
  disbursed: 0n,
  approvedCount: 0,
  waitlisted: 0,
  version: 1,
  ...overrides,
});

const month = (name: string, committed: bigint) => ({
  month: name,
  submitted: 1,
  decided: 1,
  approved: 1,
  committed,
  disbursed: 0n,
});

describe('trendWindow', () => {
  it('ends with the current month and reads from January of the first month’s year', () => {
    expect(trendWindow(new Date('2026-03-31T23:59:59Z'), 3)).toEqual({
      months: ['2026-01', '2026-02', '2026-03'],
      readFrom: '2026-01',
    });
    const window = trendWindow(new Date('2026-12-04T10:00:00Z'), 24);
    expect(window.months[0]).toBe('2025-01');
    expect(window.months.at(-1)).toBe('2026-12');
    expect(trendWindow(new Date('2026-02-01T00:00:00Z'), 3).readFrom).toBe('2025-01');
  });
});

describe('composeSocialTrend', () => {
  it('fills months without rows with zeros and adds up the year’s commitments for budget consumption', () => {
    const trend = composeSocialTrend(
      ['2025-12', '2026-01', '2026-02', '2026-03'],
      [month('2025-11', 30_000n), month('2025-12', 10_000n), month('2026-01', 20_000n), month('2026-03', 5_000n)],
      new Map([
        [2025, 100_000n],
        [2026, 50_000n],
      ]),
    );
    expect(trend.map((m) => [m.month, m.submitted, m.committed, m.allocated, m.budgetConsumption])).toEqual([
      ['2025-12', 1, 10_000n, 100_000n, 0.4],
      ['2026-01', 1, 20_000n, 50_000n, 0.4],
      ['2026-02', 0, 0n, 50_000n, 0.4],
      ['2026-03', 1, 5_000n, 50_000n, 0.5],
    ]);
  });

  it('has no consumption for a year without allocation', () => {
    expect(composeSocialTrend(['2026-01'], [month('2026-01', 1n)], new Map())[0]?.budgetConsumption).toBeNull();
  });
});

describe('strainOf', () => {
  it('flags an allocation over 90% of its budget or quota, and says which limit is used up', () => {
    expect(strainOf(allocation({ committed: 90_000n, approvedCount: 9 }))).toBeNull();
    expect(strainOf(allocation({ committed: 90_001n }))).toMatchObject({ budgetUsed: 0.90001, exhausted: false });
    expect(strainOf(allocation({ approvedCount: 10, waitlisted: 3 }))).toMatchObject({
      quotaUsed: 1,
      waitlisted: 3,
      exhausted: true,
    });
  });

  it('treats a zero budget or quota as used up', () => {
    expect(strainOf(allocation({ allocated: 0n, quota: 0 }))).toMatchObject({
      budgetUsed: 1,
      quotaUsed: 1,
      exhausted: true,
    });
  });
});

describe('isTermEnding', () => {
  it('flags a term reaching its limit within 90 days, or past it', () => {
    expect(isTermEnding('2027-03-04', '2026-12-04')).toBe(true);
    expect(isTermEnding('2027-03-05', '2026-12-04')).toBe(false);
    expect(isTermEnding('2020-01-01', '2026-12-04')).toBe(true);
  });
});
