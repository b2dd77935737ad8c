import { type Caller, monthsEndingAt } from '@dsp/common';
import { callerSettings } from '@dsp/subgraph-kit';
import { genericPlanReads, sequentialScans, StatementCapture, TEST_NATIONAL_ADMIN } from '@dsp/testing';
import { PROGRAMMES } from '../seed/catalogue';
import { seedFoundationNational } from '../seed/national';
import { startFoundationUnderTest, type FoundationUnderTest } from '../testing/foundation-test-server';

/**
 * The registry's read paths stay on indexes at scale: about 135,000 rows of
 * the national data set's shape (25,000 officers with their dependents and
 * trainings, 10,000 applications), analysed; each API request below runs
 * through the service, and every statement it sent is run again as the
 * application role under the same request settings, with auto_explain
 * reporting its plan and the plans of the statements inside the functions it
 * calls (officer_search runs its own). No plan may read the officer table
 * sequentially.
 *
 * That includes the national list of every officer with its totalCount (the
 * count comes from region_staff_summary plus a look-up of the heads and the
 * caller's own file, not from a count of rows under the row-level policy) and
 * a name search without a region filter (officer_search answers it from the
 * trigram index; LIKE is not leakproof, so applied under row-level security it
 * would wait for the policy, row by row). Not here: a search made only of one-
 * and two-character words, which no index can narrow and which still reads the
 * table.
 */
/** The national data set's FES head (its own population, not the demo's): set once it is loaded. */
const HEAD_FES: Caller = { sub: '', role: 'REGIONAL_HEAD', region: 'FES' };
const CONNECTION =
  'edges { cursor node { matricule fullName rank region { code } } } pageInfo { hasNextPage endCursor } totalCount';

let foundation: FoundationUnderTest;
const capture = new StatementCapture();

beforeAll(async () => {
  foundation = await startFoundationUnderTest({ seed: false, queryLogger: capture });
  await seedFoundationNational(foundation.database.ownerUrl, {
    scale: { officers: 25_000, applications: 10_000 },
    report: () => undefined,
  });
  await foundation.sql('ANALYZE');
  const [head] = await foundation.sql<{ sub: string }>(
    `SELECT officer_matricule AS sub FROM head_appointment WHERE region_code = 'FES' AND end_date IS NULL`,
  );
  HEAD_FES.sub = head.sub;
}, 300_000);
afterAll(async () => {
  await foundation.stop();
});

const REQUESTS: Array<[string, string, Record<string, unknown>, Caller]> = [
  ['a region’s officers', `query { officers(region: "FES", first: 50) { ${CONNECTION} } }`, {}, TEST_NATIONAL_ADMIN],
  ['a head’s own region by default', `query { officers(first: 20) { ${CONNECTION} } }`, {}, HEAD_FES],
  [
    'every officer of the country, with their count',
    `query { officers(first: 20) { ${CONNECTION} } }`,
    {},
    TEST_NATIONAL_ADMIN,
  ],
  [
    'a search by name across the country',
    `query { officers(search: "khadija bennani", first: 20) { ${CONNECTION} } }`,
    {},
    TEST_NATIONAL_ADMIN,
  ],
  [
    'a search by name within a region',
    `query { officers(region: "RABAT", search: "khadija bennani", first: 20) { ${CONNECTION} } }`,
    {},
    TEST_NATIONAL_ADMIN,
  ],
  [
    'an officer’s file',
    `query { officer(matricule: "112345") { matricule fullName dependents { id relation } } }`,
    {},
    TEST_NATIONAL_ADMIN,
  ],
  [
    'the regional dashboard’s registry side',
    `query { region(code: "FES") { code staffCount currentHead { officer { matricule fullName } startDate } } }`,
    {},
    HEAD_FES,
  ],
  ['every region with its staff', `query { regions { code staffCount } }`, {}, TEST_NATIONAL_ADMIN],
];

describe('query plans at scale', () => {
  it.each(REQUESTS)('%s reads officers through an index', async (_name, query, variables, caller) => {
    capture.reset();
    const result = await foundation.query(query, variables, caller);
    expect(result.errors).toBeUndefined();
    expect(capture.statements.length).toBeGreaterThan(0);
    expect(
      await sequentialScans(foundation.database.appUrl, capture.statements, ['officer'], {
        superuserUrl: foundation.database.superuserUrl,
        settings: callerSettings(caller),
      }),
    ).toEqual([]);
  });
});

const SOCIAL_MONTH = 'month submitted decided approved committed disbursed allocated budgetConsumption';
const SOCIAL_ATTENTION =
  'applicationTargetDays overdueApplications strainedAllocations { budgetUsed quotaUsed waitlisted exhausted } headTermEndsOn';

const QUEUE_PAGE = 'totalCount edges { node { id status submittedAt } }';
/** The month before this one, YYYY-MM: the national data set has decisions in it. */
const LAST_MONTH = monthsEndingAt(new Date(), 2)[0];

/**
 * The supervision view's trends and attention lists read the monthly summary
 * and indexes, never a year of applications; so do the queues its figures
 * link to.
 */
const SUPERVISION_REQUESTS: Array<[string, string, Record<string, unknown>, Caller]> = [
  [
    'a head’s trend and attention list',
    `query { region(code: "FES") { socialTrend { ${SOCIAL_MONTH} } socialAttention { ${SOCIAL_ATTENTION} } } }`,
    {},
    HEAD_FES,
  ],
  ['the national trend', `query { nationalSocialTrend { ${SOCIAL_MONTH} } }`, {}, TEST_NATIONAL_ADMIN],
  [
    'every region’s trend and attention list',
    `query { regions { code socialTrend { ${SOCIAL_MONTH} } socialAttention { ${SOCIAL_ATTENTION} } } }`,
    {},
    TEST_NATIONAL_ADMIN,
  ],
  [
    'a head’s overdue applications (the attention list’s link)',
    `query { applicationQueue(waitingLongerThanDays: 30, first: 20) { ${QUEUE_PAGE} } }`,
    {},
    HEAD_FES,
  ],
  [
    'a month’s decided applications of a region (the drill-down)',
    `query ($month: String) { applicationQueue(decidedIn: $month, status: [APPROVED, PAID, REJECTED]) { ${QUEUE_PAGE} } }`,
    { month: LAST_MONTH },
    HEAD_FES,
  ],
  [
    'a month’s decided applications nationally',
    `query ($month: String) { applicationQueue(decidedIn: $month, status: [APPROVED, PAID, REJECTED]) { ${QUEUE_PAGE} } }`,
    { month: LAST_MONTH },
    TEST_NATIONAL_ADMIN,
  ],
];

describe('supervision query plans at scale', () => {
  it.each(SUPERVISION_REQUESTS)(
    '%s reads no application nor payment sequentially',
    async (_name, query, variables, caller) => {
      capture.reset();
      const result = await foundation.query(query, variables, caller);
      expect(result.errors).toBeUndefined();
      expect(capture.statements.length).toBeGreaterThan(0);
      expect(
        await sequentialScans(foundation.database.appUrl, capture.statements, ['application', 'disbursement'], {
          superuserUrl: foundation.database.superuserUrl,
          settings: callerSettings(caller),
        }),
      ).toEqual([]);
    },
  );

  it('counts a head’s overdue applications from the open-applications index in the plan a prepared statement keeps', async () => {
    capture.reset();
    const result = await foundation.query(SUPERVISION_REQUESTS[0][1], {}, HEAD_FES);
    expect(result.errors).toBeUndefined();
    const counting = capture.statements.filter((statement) => /FROM application\b/.test(statement.query));
    expect(counting).toHaveLength(1);
    const reads = await genericPlanReads(foundation.database.appUrl, counting[0].query, callerSettings(HEAD_FES));
    expect(reads.filter((read) => read.relation === 'application')).toEqual([
      expect.objectContaining({ index: 'application_region_open_count_idx' }),
    ]);
  });

  it('holds two years of campaigns in the national data set, decided month by month in the summary', async () => {
    const years = await foundation.sql<{ year: number; months: number }>(
      `SELECT extract(year FROM month)::int AS year, count(DISTINCT month)::int AS months
         FROM application_month_summary WHERE decided > 0 GROUP BY 1 ORDER BY 1`,
    );
    const current = PROGRAMMES[0].campaign.year;
    expect(years.map((row) => row.year)).toEqual(expect.arrayContaining([current - 1, current]));
    expect(years.find((row) => row.year === current - 1)?.months).toBeGreaterThanOrEqual(6);
    const approvedTwice = await foundation.sql(
      `SELECT a.officer_matricule FROM application a JOIN campaign c ON c.id = a.campaign_id
         JOIN programme p ON p.id = c.programme_id
        WHERE p.kind IN ('HAJJ', 'HOUSING') AND a.status IN ('APPROVED', 'PAID')
        GROUP BY p.id, a.officer_matricule, a.dependent_id HAVING count(*) > 1`,
    );
    expect(approvedTwice).toEqual([]);
  });
});
