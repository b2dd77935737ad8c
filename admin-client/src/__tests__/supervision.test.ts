import {
  TREND_CHARTS,
  attentionItems,
  drillLink,
  isMonth,
  monthsToFetch,
  reportableMonth,
  regionAttentionRows,
  trendCsv,
  trendRows,
  upTo,
  visibleCandidates,
  type HealthAttentionFigures,
  type RegionAttentionInput,
  type SocialAttentionFigures,
} from '../supervision';
import { toCsv } from '../csv';

const chart = (id: string) => {
  const spec = TREND_CHARTS.find((c) => c.id === id);
  if (!spec) throw new Error(`no chart ${id}`);
  return spec;
};

const social: SocialAttentionFigures = {
  applicationTargetDays: 30,
  overdueApplications: 4,
  strainedAllocations: [
    {
      allocation: {
        id: 'a1',
        campaign: { id: 'c9', season: '2026', programme: { nameFr: 'Hajj', nameAr: 'الحج' } },
      },
      budgetUsed: 0.95,
      quotaUsed: 0.5,
      waitlisted: 3,
      exhausted: false,
    },
  ],
  headTermEnding: { id: 'h1', officer: { matricule: '100001', fullName: 'Karim Alaoui' } },
  headTermEndsOn: '2027-01-15',
};

const health: HealthAttentionFigures = {
  claimTargetDays: 15,
  overdueClaims: 7,
  pendingPriorAuthorisations: 2,
  registryFeedLagSeconds: 1800,
  registryFeedBehind: true,
};

describe('trend charts', () => {
  it('reads Money strings as numbers and keeps a month without decided claims empty, not zero', () => {
    const rows = trendRows(chart('processing'), [
      {
        month: '2026-10',
        submitted: 1,
        decided: 0,
        paid: 0,
        reimbursed: '0.00',
        averageProcessingDays: null,
        decidedWithinTarget: null,
      },
      {
        month: '2026-11',
        submitted: 2,
        decided: 2,
        paid: 1,
        reimbursed: '150.50',
        averageProcessingDays: 4.5,
        decidedWithinTarget: 1,
      },
    ]);
    expect(rows).toEqual([
      { month: '2026-10', averageProcessingDays: null },
      { month: '2026-11', averageProcessingDays: 4.5 },
    ]);
    expect(
      trendRows(chart('reimbursed'), [
        {
          month: '2026-11',
          submitted: 2,
          decided: 2,
          paid: 1,
          reimbursed: '150.50',
          averageProcessingDays: 4.5,
          decidedWithinTarget: 1,
        },
      ]),
    ).toEqual([{ month: '2026-11', reimbursed: 150.5 }]);
  });

  it('writes a chart as CSV with the month and one column per series', () => {
    const spec = chart('applications');
    const rows = trendRows(spec, [
      {
        month: '2026-11',
        submitted: 5,
        decided: 3,
        approved: 2,
        committed: '1000.00',
        disbursed: '0.00',
        allocated: '5000.00',
        budgetConsumption: 0.2,
      },
    ]);
    const csv = trendCsv(spec, rows);
    expect(toCsv(csv.header, csv.rows)).toBe('month,submitted,decided,approved\r\n2026-11,5,3,2\r\n');
  });

  it('covers every figure of the issue, each from its own organisation', () => {
    const series = TREND_CHARTS.map((c) => `${c.source}.${c.series.map((s) => s.key).join('+')}`);
    expect(series).toEqual([
      'social.submitted+decided+approved',
      'social.committed+disbursed',
      'social.budgetConsumption',
      'health.submitted+decided+paid',
      'health.reimbursed',
      'health.averageProcessingDays',
      'health.decidedWithinTarget',
    ]);
  });

  it('stops a report at its month and asks for enough months to reach back', () => {
    const months = ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12'].map((month) => ({ month }));
    expect(upTo(months, '2026-11', 3).map((m) => m.month)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(upTo(months, '2025-01', 3)).toEqual([]);
    const today = new Date('2026-12-04T09:00:00Z');
    expect(monthsToFetch('2026-11', today, 12)).toBe(13);
    expect(monthsToFetch('2026-12', today, 12)).toBe(12);
    expect(monthsToFetch('2020-01', today, 12)).toBe(36);
    expect(isMonth('2026-11')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-1')).toBe(false);
    expect(reportableMonth('2026-12', today)).toBe(true);
    expect(reportableMonth('2024-01', today)).toBe(true);
    expect(reportableMonth('2023-12', today)).toBe(false);
    expect(reportableMonth('2027-01', today)).toBe(false);
    expect(reportableMonth('2026-11; DROP', today)).toBe(false);
  });
});

describe('drill-down from a trend', () => {
  it('opens the list of exactly the records a figure counts, and nothing for amounts or ratios', () => {
    expect(drillLink(chart('applications'), 'approved', '2026-11', 'FES')).toBe(
      '/supervision/applications?region=FES&status=APPROVED%2CPAID&decidedIn=2026-11',
    );
    expect(drillLink(chart('applications'), 'decided', '2026-11', 'FES')).toBe(
      '/supervision/applications?region=FES&status=APPROVED%2CPAID%2CREJECTED&decidedIn=2026-11',
    );
    expect(drillLink(chart('applications'), 'submitted', '2026-11', null)).toBe(
      '/supervision/applications?submittedIn=2026-11',
    );
    expect(drillLink(chart('claims'), 'decided', '2026-11', 'FES')).toBe(
      '/supervision/claims?region=FES&decidedIn=2026-11',
    );
    expect(drillLink(chart('claims'), 'paid', '2026-11', 'FES')).toBeNull();
    expect(drillLink(chart('amounts'), 'committed', '2026-11', 'FES')).toBeNull();
  });
});

describe('what needs attention', () => {
  it('lists both organisations in one list, each item with its count and the list behind it', () => {
    const items = attentionItems('FES', social, health, false);
    expect(items.map((i) => [i.kind, i.count, i.link])).toEqual([
      ['overdueClaims', 7, '/supervision/claims?region=FES&waitingDays=15'],
      ['overdueApplications', 4, '/supervision/applications?region=FES&waitingDays=30'],
      // The medical advisor's list is clinical and refused to its readers: no link.
      ['pendingPriorAuthorisations', 2, null],
      ['strainedAllocation', 1, '/supervision/applications?region=FES&campaign=c9'],
      // A head cannot open the heads page: the item says the date, without a link to a refusal.
      ['headTermEnding', 1, null],
      ['registryFeedBehind', 1, null],
    ]);
    expect(items[3].values).toMatchObject({ used: 0.95, waitlisted: 3 });
    expect(items[5].values).toEqual({ minutes: 30 });
  });

  it('links the national administration to the heads page and leaves out what needs nothing', () => {
    const items = attentionItems(
      'RABAT',
      { ...social, overdueApplications: 0, strainedAllocations: [] },
      { ...health, overdueClaims: 0, pendingPriorAuthorisations: 0, registryFeedBehind: false },
      true,
    );
    expect(items.map((i) => [i.kind, i.link])).toEqual([['headTermEnding', '/heads']]);
  });

  it('lists the half that answered when the other is missing', () => {
    expect(attentionItems('FES', null, health, false).map((i) => i.kind)).toEqual([
      'overdueClaims',
      'pendingPriorAuthorisations',
      'registryFeedBehind',
    ]);
  });
});

describe('drifting regions', () => {
  const region = (
    code: string,
    overdueApplications: number,
    openApplications: number,
    overdueClaims: number,
    pendingClaims: number,
    committed: number,
    allocated: number,
  ): RegionAttentionInput => ({
    code,
    nameFr: code,
    nameAr: code,
    openApplications,
    pendingClaims,
    committed,
    allocated,
    social: { ...social, overdueApplications, strainedAllocations: [], headTermEnding: null },
    health: { ...health, overdueClaims, registryFeedBehind: false },
  });

  it('marks a region whose overdue share is more than 1.5 times the national one', () => {
    // National: 20 overdue of 100 waiting = 0.2; the limit is 0.3.
    const { rows, national } = regionAttentionRows([
      region('A', 5, 20, 5, 20, 100, 1000), // 10 / 40 = 0.25: not drifting
      region('B', 4, 10, 4, 10, 100, 1000), // 8 / 20 = 0.4: drifting
      region('C', 1, 20, 1, 20, 100, 1000), // 2 / 40 = 0.05
    ]);
    expect(national.overdueShare).toBeCloseTo(0.2);
    expect(rows.map((r) => [r.code, r.drifting, r.driftReasons])).toEqual([
      ['A', false, []],
      ['B', true, ['overdueShare']],
      ['C', false, []],
    ]);
  });

  it('marks a region whose budget consumption is more than 1.5 times the national one, not one exactly at it', () => {
    // National: 1200 of 4000 = 0.3; the limit is 0.45.
    const { rows, national } = regionAttentionRows([
      region('A', 0, 10, 0, 10, 450, 1000), // exactly 1.5x: not drifting
      region('B', 0, 10, 0, 10, 460, 1000), // 0.46: drifting
      region('C', 0, 10, 0, 10, 290, 2000),
    ]);
    expect(national.budgetConsumption).toBeCloseTo(0.3);
    expect(rows.map((r) => r.driftReasons)).toEqual([[], ['budgetConsumption'], []]);
  });

  it('has no figure, and no drift, where nothing waits or nothing is allocated', () => {
    const { rows, national } = regionAttentionRows([region('A', 0, 0, 0, 0, 0, 0), region('B', 0, 0, 0, 0, 0, 0)]);
    expect(national).toEqual({ overdueShare: null, budgetConsumption: null });
    expect(rows.map((r) => [r.overdueShare, r.budgetConsumption, r.drifting])).toEqual([
      [null, null, false],
      [null, null, false],
    ]);
  });

  it('keeps a region whose Mutual half is missing, with empty counts', () => {
    const { rows } = regionAttentionRows([{ ...region('A', 1, 10, 0, 0, 1, 10), health: null, pendingClaims: null }]);
    expect(rows[0]).toMatchObject({ overdueApplications: 1, overdueClaims: null, overdueShare: 0.1 });
  });
});

describe('solidarity candidates', () => {
  const candidates = [
    { id: 1, outOfPocket: '9000.00', officer: { socialSupportThisYear: '0.00' } },
    { id: 2, outOfPocket: '8000.00', officer: { socialSupportThisYear: '2500.00' } },
    { id: 3, outOfPocket: '7000.00', officer: { socialSupportThisYear: null } },
  ];

  it('shows by default only the families no social support reached this year, and every family on demand', () => {
    expect(visibleCandidates(candidates, false).map((c) => c.id)).toEqual([1, 3]);
    expect(visibleCandidates(candidates, true).map((c) => c.id)).toEqual([1, 2, 3]);
  });
});
