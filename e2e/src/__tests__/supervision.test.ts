import {
  addDays,
  addYears,
  type Caller,
  createMetrics,
  formatMoney,
  monthsEndingAt,
  REGION_CODES,
  todayUtc,
} from '@dsp/common';
import { testRegionalHead } from '@dsp/testing';
import { startPlatform, type Platform } from '../platform';
import { sql } from './sql';

/**
 * The supervision view (issue 18) through the gateway, with its response
 * cache on: every figure of the trends, the attention lists and the
 * solidarity candidates equals a computation in plain SQL over the two
 * databases, following the SDL's definitions; who may read what; and the
 * solidarity reads are logged and never served from the cache.
 */

const FES_HEAD = testRegionalHead('FES');
const RABAT_HEAD = testRegionalHead('RABAT');
const ADMIN: Caller = { sub: 'admin', role: 'NATIONAL_ADMIN', region: null };
const FES_MUTUAL_AGENT: Caller = { sub: 'mutual-agent-fes', role: 'MUTUAL_AGENT', region: 'FES' };
const FES_FOUNDATION_AGENT: Caller = { sub: 'agent-fes', role: 'FOUNDATION_AGENT', region: 'FES' };
const ADVISOR: Caller = { sub: 'advisor', role: 'MEDICAL_ADVISOR', region: null };

const SOCIAL_MONTH = 'month submitted decided approved committed disbursed allocated budgetConsumption';
const HEALTH_MONTH = 'month submitted decided paid reimbursed averageProcessingDays decidedWithinTarget';
const SOCIAL_ATTENTION = `applicationTargetDays overdueApplications headTermEndsOn headTermEnding { id }
  strainedAllocations { allocation { id } budgetUsed quotaUsed waitlisted exhausted }`;
const HEALTH_ATTENTION =
  'claimTargetDays overdueClaims pendingPriorAuthorisations registryFeedLagSeconds registryFeedBehind';
const SOLIDARITY = `solidarityCandidates(threshold: $threshold) {
  officer { matricule fullName socialSupportThisYear } outOfPocket claims }`;

let platform: Platform;
let metrics: ReturnType<typeof createMetrics>;
let foundationUrl: string;
let mutualUrl: string;

beforeAll(async () => {
  metrics = createMetrics('gateway');
  platform = await startPlatform({ metrics, responseCache: { ttlSeconds: 30, maxEntries: 100 } });
  foundationUrl = platform.foundation.db.superuserUrl;
  mutualUrl = platform.mutual.db.superuserUrl;
});
afterAll(() => platform.stop());

async function ask<T>(caller: Caller, text: string, variables: Record<string, unknown> = {}) {
  return platform.query<T>(await platform.tokenFor(caller), text, variables);
}

/** Calls the gateway made to the subgraphs so far. */
async function subgraphCalls(): Promise<number> {
  const { values } = await metrics.subgraphFetches.get();
  return values.filter((value) => value.metricName?.endsWith('_count')).reduce((sum, value) => sum + value.value, 0);
}

function closeTo(value: number | null): unknown {
  return value === null ? null : (expect.closeTo(value, 9) as unknown);
}

/** A region's (or, with null, the nation's) social months over the raw rows. */
async function socialTrend(region: string | null, months: readonly string[]): Promise<unknown[]> {
  const rows = await sql<Record<string, string | number>>(
    foundationUrl,
    `WITH m AS (SELECT unnest($1::text[]) AS month),
          a AS (SELECT * FROM application WHERE $2::text IS NULL OR region_code = $2)
     SELECT m.month,
            (SELECT count(*)::int FROM a WHERE to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM') = m.month) AS submitted,
            (SELECT count(*)::int FROM a WHERE status IN ('APPROVED', 'PAID', 'REJECTED')
                AND to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM') = m.month) AS decided,
            (SELECT count(*)::int FROM a WHERE status IN ('APPROVED', 'PAID')
                AND to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM') = m.month) AS approved,
            (SELECT coalesce(sum(amount), 0)::text FROM a WHERE status IN ('APPROVED', 'PAID')
                AND to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM') = m.month) AS committed,
            (SELECT coalesce(sum(amount), 0)::text FROM disbursement WHERE ($2::text IS NULL OR region_code = $2)
                AND to_char(paid_at AT TIME ZONE 'UTC', 'YYYY-MM') = m.month) AS disbursed,
            (SELECT coalesce(sum(ca.allocated), 0)::text FROM campaign_allocation ca JOIN campaign c ON c.id = ca.campaign_id
              WHERE ($2::text IS NULL OR ca.region_code = $2) AND c.year = left(m.month, 4)::int) AS allocated,
            (SELECT coalesce(sum(amount), 0)::text FROM a WHERE status IN ('APPROVED', 'PAID')
                AND to_char(decided_at AT TIME ZONE 'UTC', 'YYYY') = left(m.month, 4)
                AND to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM') <= m.month) AS committed_to_date
       FROM m ORDER BY m.month`,
    [months, region],
  );
  return rows.map((row) => {
    const allocated = BigInt(row.allocated);
    return {
      month: row.month,
      submitted: row.submitted,
      decided: row.decided,
      approved: row.approved,
      committed: formatMoney(BigInt(row.committed)),
      disbursed: formatMoney(BigInt(row.disbursed)),
      allocated: formatMoney(allocated),
      budgetConsumption: allocated === 0n ? null : closeTo(Number(row.committed_to_date) / Number(allocated)),
    };
  });
}

/** A region's (or the nation's) claim months over the raw claims, with the default 15-day target. */
async function healthTrend(region: string | null, months: readonly string[]): Promise<unknown[]> {
  const rows = await sql<Record<string, string | number | null>>(
    mutualUrl,
    `WITH m AS (SELECT unnest($1::text[]) AS month),
          c AS (SELECT * FROM claim WHERE $2::text IS NULL OR handling_region_code = $2)
     SELECT m.month,
            (SELECT count(*)::int FROM c WHERE to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM') = m.month) AS submitted,
            (SELECT count(*)::int FROM c WHERE to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM') = m.month) AS decided,
            (SELECT count(*)::int FROM c WHERE status = 'PAID' AND to_char(paid_at AT TIME ZONE 'UTC', 'YYYY-MM') = m.month) AS paid,
            (SELECT coalesce(sum(amount_approved), 0)::text FROM c
              WHERE status = 'PAID' AND to_char(paid_at AT TIME ZONE 'UTC', 'YYYY-MM') = m.month) AS reimbursed,
            (SELECT avg(extract(epoch FROM decided_at - submitted_at) / 86400)::float8 FROM c
              WHERE to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM') = m.month) AS days,
            (SELECT (count(*) FILTER (WHERE decided_at - submitted_at <= interval '15 days'))::float8 / nullif(count(*), 0) FROM c
              WHERE to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM') = m.month) AS within
       FROM m ORDER BY m.month`,
    [months, region],
  );
  return rows.map((row) => ({
    month: row.month,
    submitted: row.submitted,
    decided: row.decided,
    paid: row.paid,
    reimbursed: formatMoney(BigInt(row.reimbursed as string)),
    averageProcessingDays: closeTo(row.days === null ? null : Number(row.days)),
    decidedWithinTarget: closeTo(row.within === null ? null : Number(row.within)),
  }));
}

/** The Foundation's attention list of a region over the raw rows (30-day target, 4-year terms, 90 days' notice). */
async function socialAttention(region: string): Promise<unknown> {
  const [overdue] = await sql<{ n: number }>(
    foundationUrl,
    `SELECT count(*)::int AS n FROM application
      WHERE region_code = $1 AND status IN ('SUBMITTED', 'UNDER_REVIEW') AND submitted_at < now() - interval '30 days'`,
    [region],
  );
  const allocations = await sql<{
    id: string;
    allocated: string;
    quota: number;
    committed: string;
    approved: number;
    waitlisted: number;
  }>(
    foundationUrl,
    `SELECT ca.id, ca.allocated::text, ca.quota,
            coalesce(sum(a.amount) FILTER (WHERE a.status IN ('APPROVED', 'PAID')), 0)::text AS committed,
            count(a.id) FILTER (WHERE a.status IN ('APPROVED', 'PAID'))::int AS approved,
            count(a.id) FILTER (WHERE a.status = 'WAITLISTED')::int AS waitlisted
       FROM campaign_allocation ca JOIN campaign c ON c.id = ca.campaign_id
       LEFT JOIN application a ON a.campaign_id = ca.campaign_id AND a.region_code = ca.region_code
      WHERE ca.region_code = $1 AND c.year = extract(year FROM now() AT TIME ZONE 'UTC')
      GROUP BY ca.id, c.opens_on ORDER BY c.opens_on, ca.campaign_id`,
    [region],
  );
  const strained = allocations
    .map((row) => {
      const budgetUsed = Number(row.allocated) > 0 ? Number(row.committed) / Number(row.allocated) : 1;
      const quotaUsed = row.quota > 0 ? row.approved / row.quota : 1;
      const exhausted = budgetUsed >= 1 || quotaUsed >= 1;
      return { row, budgetUsed, quotaUsed, exhausted };
    })
    .filter((a) => a.budgetUsed > 0.9 || a.quotaUsed > 0.9 || (a.exhausted && a.row.waitlisted > 0))
    .map((a) => ({
      allocation: { id: a.row.id },
      budgetUsed: closeTo(a.budgetUsed),
      quotaUsed: closeTo(a.quotaUsed),
      waitlisted: a.row.waitlisted,
      exhausted: a.exhausted,
    }));
  const [head] = await sql<{ id: string; start_date: string }>(
    foundationUrl,
    `SELECT id, start_date::text FROM head_appointment WHERE region_code = $1 AND end_date IS NULL`,
    [region],
  );
  const endsOn = head ? addYears(head.start_date, 4) : null;
  return {
    applicationTargetDays: 30,
    overdueApplications: overdue?.n,
    headTermEndsOn: endsOn,
    headTermEnding: head && endsOn && endsOn <= addDays(todayUtc(), 90) ? { id: head.id } : null,
    strainedAllocations: strained,
  };
}

/** The Mutual's attention counts of a region over the raw rows (15-day target). */
async function healthCounts(region: string): Promise<{ overdueClaims: number; pendingPriorAuthorisations: number }> {
  const [row] = await sql<{ overdue: number; pending: number }>(
    mutualUrl,
    `SELECT (SELECT count(*)::int FROM claim WHERE handling_region_code = $1 AND status IN ('ENTERED', 'CHECKED', 'UNDER_REVIEW')
               AND submitted_at < now() - interval '15 days') AS overdue,
            (SELECT count(*)::int FROM prior_authorisation WHERE region_code = $1 AND status = 'REQUESTED') AS pending`,
    [region],
  );
  return { overdueClaims: row?.overdue ?? -1, pendingPriorAuthorisations: row?.pending ?? -1 };
}

/** Families of the region over `threshold` centimes, from the mutual, with their support this year from the foundation. */
async function candidates(region: string, thresholdCentimes: bigint): Promise<unknown[]> {
  const families = await sql<{ matricule: string; out_of_pocket: string; claims: number }>(
    mutualUrl,
    `SELECT b.officer_matricule AS matricule, sum(c.amount_claimed - coalesce(c.amount_approved, 0))::text AS out_of_pocket,
            count(*)::int AS claims
       FROM claim c JOIN beneficiary b ON b.person_id = c.beneficiary_id
      WHERE c.handling_region_code = $1 AND c.care_start_date >= $2::date
        AND c.status IN ('APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'PAID') AND c.rejection_code IS DISTINCT FROM 'DUPLICATE'
        AND (b.link_ended_on IS NULL OR c.care_start_date < b.link_ended_on)
      GROUP BY 1 HAVING sum(c.amount_claimed - coalesce(c.amount_approved, 0)) >= $3
      ORDER BY sum(c.amount_claimed - coalesce(c.amount_approved, 0)) DESC, 1 LIMIT 200`,
    [region, addYears(todayUtc(), -1), thresholdCentimes.toString()],
  );
  const support = await sql<{ matricule: string; full_name: string; region_code: string; amount: string }>(
    foundationUrl,
    `SELECT o.matricule, o.first_name_latin || ' ' || o.last_name_latin AS full_name, o.region_code,
            coalesce((SELECT sum(a.amount) FROM application a WHERE a.officer_matricule = o.matricule
                        AND a.status IN ('APPROVED', 'PAID') AND a.decided_at >= date_trunc('year', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'), 0)::text AS amount
       FROM officer o WHERE o.matricule = ANY($1)`,
    [families.map((family) => family.matricule)],
  );
  const byMatricule = new Map(support.map((row) => [row.matricule, row]));
  return families.map((family) => {
    const officer = byMatricule.get(family.matricule);
    return {
      officer: {
        matricule: family.matricule,
        fullName: officer?.full_name,
        socialSupportThisYear: officer ? formatMoney(BigInt(officer.amount)) : null,
      },
      outOfPocket: formatMoney(BigInt(family.out_of_pocket)),
      claims: family.claims,
    };
  });
}

/** The 10th largest family out-of-pocket amount of the region, so that a list has ten rows or more. */
async function tenthLargest(region: string): Promise<bigint> {
  const [row] = await sql<{ amount: string }>(
    mutualUrl,
    `SELECT sum(c.amount_claimed - coalesce(c.amount_approved, 0))::text AS amount
       FROM claim c JOIN beneficiary b ON b.person_id = c.beneficiary_id
      WHERE c.handling_region_code = $1 AND c.care_start_date >= $2::date
        AND c.status IN ('APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'PAID') AND c.rejection_code IS DISTINCT FROM 'DUPLICATE'
        AND (b.link_ended_on IS NULL OR c.care_start_date < b.link_ended_on)
      GROUP BY b.officer_matricule ORDER BY sum(c.amount_claimed - coalesce(c.amount_approved, 0)) DESC OFFSET 9 LIMIT 1`,
    [region, addYears(todayUtc(), -1)],
  );
  if (!row) throw new Error('the demonstration data has fewer than ten families with care costs in the region');
  return BigInt(row.amount);
}

async function solidarityReads(): Promise<number> {
  const [row] = await sql<{ n: number }>(
    mutualUrl,
    "SELECT count(*)::int AS n FROM diagnosis_read WHERE field = 'solidarityCandidates' AND region_code = 'FES'",
  );
  return row?.n ?? -1;
}

describe('the supervision view through the gateway', () => {
  it("gives the FES head the region's trends and attention lists as computed over both databases", async () => {
    const months = monthsEndingAt(new Date(), 24);
    const response = await ask<{ region: Record<string, unknown> }>(
      FES_HEAD,
      `{ region(code: "FES") { socialTrend { ${SOCIAL_MONTH} } healthTrend { ${HEALTH_MONTH} }
           socialAttention { ${SOCIAL_ATTENTION} } healthAttention { ${HEALTH_ATTENTION} } } }`,
    );
    expect(response.errors).toBeUndefined();
    const region = response.data!.region;
    expect(region.socialTrend).toEqual(await socialTrend('FES', months));
    expect(region.healthTrend).toEqual(await healthTrend('FES', months));
    expect(region.socialAttention).toEqual(await socialAttention('FES'));
    expect(region.healthAttention).toEqual({
      claimTargetDays: 15,
      ...(await healthCounts('FES')),
      registryFeedLagSeconds: expect.any(Number) as unknown,
      registryFeedBehind: false,
    });
    expect((region.healthAttention as { registryFeedLagSeconds: number }).registryFeedLagSeconds).toBeLessThan(900);
    // Not flat: months with activity on both sides across the two years.
    const active = (region.healthTrend as Array<{ submitted: number }>).filter((month) => month.submitted > 0);
    expect(active.length).toBeGreaterThan(12);
  });

  it('gives the national administration the national trends and every region’s attention counts', async () => {
    const months = monthsEndingAt(new Date(), 24);
    const response = await ask<{
      nationalSocialTrend: unknown[];
      nationalHealthTrend: unknown[];
      regions: Array<{ code: string; socialAttention: { overdueApplications: number }; healthAttention: unknown }>;
    }>(
      ADMIN,
      `{ nationalSocialTrend { ${SOCIAL_MONTH} } nationalHealthTrend { ${HEALTH_MONTH} }
         regions { code socialAttention { overdueApplications } healthAttention { overdueClaims pendingPriorAuthorisations } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.nationalSocialTrend).toEqual(await socialTrend(null, months));
    expect(response.data?.nationalHealthTrend).toEqual(await healthTrend(null, months));
    expect(response.data?.regions.map((region) => region.code)).toEqual([...REGION_CODES]);
    for (const region of response.data?.regions ?? []) {
      const social = (await socialAttention(region.code)) as { overdueApplications: number };
      expect(region.socialAttention.overdueApplications).toBe(social.overdueApplications);
      expect(region.healthAttention).toEqual(await healthCounts(region.code));
    }
  });

  it('drills down from a month’s figure to the applications and claims behind it', async () => {
    const trend = await ask<{
      region: {
        socialTrend: Array<{ month: string; decided: number }>;
        healthTrend: Array<{ month: string; decided: number }>;
      };
    }>(FES_HEAD, `{ region(code: "FES") { socialTrend { month decided } healthTrend { month decided } } }`);
    const social = trend.data!.region.socialTrend.find((month) => month.decided > 0)!;
    const health = trend.data!.region.healthTrend.find((month) => month.decided > 0)!;
    const drill = await ask<{
      applicationQueue: { totalCount: number };
      claimQueue: { totalCount: number; edges: Array<{ node: { id: string } }> };
    }>(
      FES_HEAD,
      `query ($social: String, $health: String) {
         applicationQueue(decidedIn: $social, status: [APPROVED, PAID, REJECTED]) { totalCount }
         claimQueue(decidedIn: $health, first: 5) { totalCount edges { node { id } } } }`,
      { social: social.month, health: health.month },
    );
    expect(drill.errors).toBeUndefined();
    expect(drill.data?.applicationQueue.totalCount).toBe(social.decided);
    expect(drill.data?.claimQueue.totalCount).toBe(health.decided);

    const bad = await ask(FES_HEAD, `{ claimQueue(decidedIn: "2026-13") { totalCount } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decidedIn' });
    const noStage = await ask(FES_HEAD, `{ claimQueue { totalCount } }`);
    expect(noStage.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stage' });
  });

  it('opens exactly the overdue applications and claims an attention count names', async () => {
    const attention = await ask<{
      region: {
        socialAttention: { applicationTargetDays: number; overdueApplications: number };
        healthAttention: { claimTargetDays: number; overdueClaims: number };
      };
    }>(
      FES_HEAD,
      `{ region(code: "FES") { socialAttention { applicationTargetDays overdueApplications }
           healthAttention { claimTargetDays overdueClaims } } }`,
    );
    const { socialAttention: social, healthAttention: health } = attention.data!.region;
    // The demo data has overdue records on both sides.
    expect(social.overdueApplications).toBeGreaterThan(0);
    expect(health.overdueClaims).toBeGreaterThan(0);
    const queues = await ask<{
      applicationQueue: { totalCount: number; edges: Array<{ node: { status: string; submittedAt: string } }> };
      claimQueue: { totalCount: number; edges: Array<{ node: { status: string; submittedAt: string } }> };
      everyOpenApplication: { totalCount: number };
      everyOpenClaim: { totalCount: number };
      waitingAtAllApplications: { totalCount: number };
      waitingAtAllClaims: { totalCount: number };
      tenYearsApplications: { totalCount: number };
      tenYearsClaims: { totalCount: number };
    }>(
      FES_HEAD,
      `query ($social: Int, $health: Int) {
         applicationQueue(waitingLongerThanDays: $social, first: 100) { totalCount edges { node { status submittedAt } } }
         claimQueue(waitingLongerThanDays: $health, first: 100) { totalCount edges { node { status submittedAt } } }
         everyOpenApplication: applicationQueue(status: [SUBMITTED, UNDER_REVIEW]) { totalCount }
         everyOpenClaim: claimQueue(status: [ENTERED, CHECKED, UNDER_REVIEW]) { totalCount }
         waitingAtAllApplications: applicationQueue(waitingLongerThanDays: 0) { totalCount }
         waitingAtAllClaims: claimQueue(waitingLongerThanDays: 0) { totalCount }
         tenYearsApplications: applicationQueue(waitingLongerThanDays: 3650) { totalCount }
         tenYearsClaims: claimQueue(waitingLongerThanDays: 3650) { totalCount } }`,
      { social: social.applicationTargetDays, health: health.claimTargetDays },
    );
    expect(queues.errors).toBeUndefined();
    expect(queues.data?.applicationQueue.totalCount).toBe(social.overdueApplications);
    expect(queues.data?.claimQueue.totalCount).toBe(health.overdueClaims);
    // The line moves with the days asked: every open record at 0 days, none at ten years.
    expect(queues.data!.waitingAtAllApplications.totalCount).toBe(queues.data!.everyOpenApplication.totalCount);
    expect(queues.data!.waitingAtAllClaims.totalCount).toBe(queues.data!.everyOpenClaim.totalCount);
    expect(queues.data!.everyOpenClaim.totalCount).toBeGreaterThan(health.overdueClaims);
    expect(queues.data!.tenYearsApplications.totalCount).toBe(0);
    expect(queues.data!.tenYearsClaims.totalCount).toBe(0);
    const line = (days: number) => Date.now() - days * 86_400_000;
    for (const { node } of queues.data!.applicationQueue.edges) {
      expect(['SUBMITTED', 'UNDER_REVIEW']).toContain(node.status);
      expect(Date.parse(node.submittedAt)).toBeLessThan(line(social.applicationTargetDays));
    }
    for (const { node } of queues.data!.claimQueue.edges) {
      expect(['ENTERED', 'CHECKED', 'UNDER_REVIEW']).toContain(node.status);
      expect(Date.parse(node.submittedAt)).toBeLessThan(line(health.claimTargetDays));
    }

    const bad = await ask(FES_HEAD, `{ applicationQueue(waitingLongerThanDays: -1) { totalCount } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'waitingLongerThanDays' });
    const tooLong = await ask(FES_HEAD, `{ claimQueue(waitingLongerThanDays: 3651) { totalCount } }`);
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'waitingLongerThanDays' });
  });

  it('lists the solidarity candidates joined across both organisations, logs every read and never caches it', async () => {
    const threshold = await tenthLargest('FES');
    const text = `query ($threshold: Money) { region(code: "FES") { ${SOLIDARITY} } }`;
    const variables = { threshold: formatMoney(threshold) };
    const before = await solidarityReads();
    const callsBefore = await subgraphCalls();
    const first = await ask<{ region: { solidarityCandidates: unknown[] } }>(FES_HEAD, text, variables);
    const callsBetween = await subgraphCalls();
    const second = await ask<{ region: { solidarityCandidates: unknown[] } }>(FES_HEAD, text, variables);
    expect(first.errors).toBeUndefined();
    expect(first.data?.region.solidarityCandidates.length).toBeGreaterThanOrEqual(10);
    expect(first.data?.region.solidarityCandidates).toEqual(await candidates('FES', threshold));
    expect(second.data).toEqual(first.data);
    // Both reads reached the subgraphs (the mutual, then the foundation for the officers) and both were logged.
    expect(callsBetween - callsBefore).toBeGreaterThanOrEqual(2);
    expect((await subgraphCalls()) - callsBetween).toBeGreaterThanOrEqual(2);
    expect((await solidarityReads()) - before).toBe(2);

    const national = await ask<{ region: { solidarityCandidates: unknown[] } }>(ADMIN, text, variables);
    expect(national.data?.region.solidarityCandidates).toEqual(first.data?.region.solidarityCandidates);
  });

  it('logs a read of each region when the national administration reads several in one request', async () => {
    const readsOf = async (): Promise<Record<string, number>> =>
      Object.fromEntries(
        (
          await sql<{ region: string; n: number }>(
            mutualUrl,
            "SELECT region_code AS region, count(*)::int AS n FROM diagnosis_read WHERE field = 'solidarityCandidates' AND region_code IN ('FES', 'RABAT') GROUP BY region_code",
          )
        ).map((row) => [row.region, row.n]),
      );
    const before = await readsOf();
    const both = await ask(
      ADMIN,
      `{ fes: region(code: "FES") { solidarityCandidates { outOfPocket } } rabat: region(code: "RABAT") { solidarityCandidates { outOfPocket } } }`,
    );
    expect(both.errors).toBeUndefined();
    const after = await readsOf();
    expect([(after.FES ?? 0) - (before.FES ?? 0), (after.RABAT ?? 0) - (before.RABAT ?? 0)]).toEqual([1, 1]);
  });

  it('refuses what each role may not read', async () => {
    const solidarity = `{ region(code: "FES") { solidarityCandidates { outOfPocket } } }`;
    for (const caller of [
      RABAT_HEAD,
      FES_MUTUAL_AGENT,
      FES_FOUNDATION_AGENT,
      ADVISOR,
      { sub: '100001', role: 'OFFICER', region: null } as Caller,
    ]) {
      const refused = await ask(caller, solidarity);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const other = await ask(RABAT_HEAD, `{ region(code: "FES") { socialTrend { month } healthTrend { month } } }`);
    expect(new Set(other.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    // Each organisation's agents see their own half only.
    const foundationAgent = await ask<{ region: { socialTrend: unknown[] | null; healthTrend: unknown[] | null } }>(
      FES_FOUNDATION_AGENT,
      `{ region(code: "FES") { socialTrend { month } healthTrend { month } } }`,
    );
    expect(foundationAgent.data?.region.socialTrend).toHaveLength(24);
    expect(foundationAgent.data?.region.healthTrend).toBeNull();
    const mutualAgent = await ask<{ region: { healthAttention: unknown } }>(
      FES_MUTUAL_AGENT,
      `{ region(code: "FES") { healthAttention { overdueClaims pendingPriorAuthorisations } } }`,
    );
    expect(mutualAgent.data?.region.healthAttention).toEqual(await healthCounts('FES'));
    const socialRefused = await ask(
      FES_MUTUAL_AGENT,
      `{ region(code: "FES") { socialAttention { overdueApplications } } }`,
    );
    expect(socialRefused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const caller of [FES_HEAD, FES_MUTUAL_AGENT]) {
      const national = await ask(caller, `{ nationalSocialTrend { month } nationalHealthTrend { month } }`);
      expect(national.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // An officer's own file never shows what the family received for solidarity: null, not an error.
    const [officer] = await sql<{ matricule: string }>(
      foundationUrl,
      "SELECT matricule FROM officer WHERE region_code = 'FES' AND status = 'ACTIVE' ORDER BY matricule LIMIT 1",
    );
    const own = await ask<{ officer: { socialSupportThisYear: string | null } }>(
      { sub: officer.matricule, role: 'OFFICER', region: null },
      `query ($m: ID!) { officer(matricule: $m) { socialSupportThisYear } }`,
      { m: officer.matricule },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.officer.socialSupportThisYear).toBeNull();
  });

  it('reports the registry feed behind, with its error kept in the database, once applying it fails', async () => {
    // An event out of sequence stops the feed at the gap (the mutual never skips an event): every poll fails.
    await sql(
      foundationUrl,
      `INSERT INTO registry_event (sequence, type, entity, entity_id, effective_date, data)
       SELECT max(sequence) + 2, 'OFFICER_STATUS_CHANGED', 'officer', 'none', current_date, '{}' FROM registry_event`,
    );
    const text = `{ region(code: "FES") { healthAttention { registryFeedLagSeconds registryFeedBehind } } }`;
    let attention: { registryFeedLagSeconds: number | null; registryFeedBehind: boolean } | undefined;
    // The mutual notices at its next poll; on a loaded machine that can take a while, so the wait is by the clock.
    const deadline = Date.now() + 45_000;
    while (Date.now() < deadline && !attention?.registryFeedBehind) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const response = await ask<{ region: { healthAttention: NonNullable<typeof attention> } | null }>(ADVISOR, text);
      attention = response.data?.region?.healthAttention;
    }
    expect(attention).toEqual({ registryFeedLagSeconds: expect.any(Number) as unknown, registryFeedBehind: true });
    const [cursor] = await sql<{ last_error: string | null }>(mutualUrl, 'SELECT last_error FROM registry_feed_cursor');
    expect(cursor?.last_error).toMatch(/registry feed/);
  });
});
