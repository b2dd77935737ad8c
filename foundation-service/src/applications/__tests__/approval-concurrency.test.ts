import type { RegionCode } from '@dsp/common';
import { DECIDE, head, openCampaign } from '../../testing/campaign-fixtures';
import { startFoundationUnderTest, type FoundationUnderTest } from '../../testing/foundation-test-server';

let foundation: FoundationUnderTest;

beforeAll(async () => {
  foundation = await startFoundationUnderTest();
});

afterAll(async () => {
  await foundation.stop();
});

/** Thirty applications under review in the region, one per active officer (written as the superuser: the race is what is tested). */
async function thirtyUnderReview(campaignId: string, region: RegionCode): Promise<string[]> {
  const rows = await foundation.sql<{ id: string }>(
    `INSERT INTO application (campaign_id, officer_matricule, region_code, status, amount, submitted_at, ranking_score, beneficiary_kind)
     SELECT $1, o.matricule, o.region_code, 'UNDER_REVIEW', c.benefit_amount, now() - interval '1 day', 300, 'OFFICER'
       FROM officer o CROSS JOIN campaign c
      WHERE o.region_code = $2 AND o.status = 'ACTIVE' AND c.id = $1
      ORDER BY o.matricule LIMIT 30
     RETURNING id`,
    [campaignId, region],
  );
  expect(rows).toHaveLength(30);
  return rows.map((row) => row.id);
}

/** Thirty approvals at once by the region's head: what each answered, and what the database holds afterwards. */
async function approveAllAtOnce(
  ids: string[],
  region: RegionCode,
): Promise<{ answers: string[]; statuses: Record<string, number>; committed: string; allocated: string }> {
  const responses = await Promise.all(
    ids.map((applicationId) =>
      foundation.query<{ decideApplication: { status: string } }>(
        DECIDE,
        { input: { applicationId, decision: 'APPROVE', expectedVersion: 1 } },
        head(region),
      ),
    ),
  );
  const answers = responses.map(
    (response) => response.data?.decideApplication.status ?? String(response.errors?.[0]?.extensions?.code),
  );
  const rows = await foundation.sql<{ status: string; count: number }>(
    'SELECT status, count(*)::int AS count FROM application WHERE id = ANY($1::uuid[]) GROUP BY status',
    [ids],
  );
  const [budget] = await foundation.sql<{ committed: string; allocated: string }>(
    `SELECT coalesce(sum(a.amount) FILTER (WHERE a.status IN ('APPROVED', 'PAID')), 0)::text AS committed, max(ca.allocated)::text AS allocated
       FROM campaign_allocation ca JOIN application a ON a.campaign_id = ca.campaign_id AND a.region_code = ca.region_code
      WHERE a.id = ANY($1::uuid[])`,
    [ids],
  );
  return {
    answers,
    statuses: Object.fromEntries(rows.map((row) => [row.status, row.count])),
    committed: budget?.committed ?? '',
    allocated: budget?.allocated ?? '',
  };
}

const tally = (answers: string[]): Record<string, number> =>
  answers.reduce<Record<string, number>>((sum, answer) => ({ ...sum, [answer]: (sum[answer] ?? 0) + 1 }), {});

describe('approvals racing for a quota', () => {
  it('approves exactly 10 of 30 concurrent approvals against a quota of 10; the rest are QUOTA_EXHAUSTED and stay under review', async () => {
    const campaignId = await openCampaign(foundation, {
      benefitAmount: '1000.00',
      allocations: [{ region: 'CASABLANCA', allocated: '1000000.00', quota: 10 }],
    });
    const ids = await thirtyUnderReview(campaignId, 'CASABLANCA');
    const result = await approveAllAtOnce(ids, 'CASABLANCA');
    expect(tally(result.answers)).toEqual({ APPROVED: 10, QUOTA_EXHAUSTED: 20 });
    expect(result.statuses).toEqual({ APPROVED: 10, UNDER_REVIEW: 20 });
    expect(result.committed).toBe('1000000');
    const audited = await foundation.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM audit_record WHERE entity = 'application' AND action = 'APPROVE' AND entity_id = ANY($1)`,
      [ids],
    );
    expect(audited[0]?.count).toBe(10);
  });

  it('approves only what the budget covers when it fits fewer than the quota, and never commits more than allocated', async () => {
    // 7 benefits and a half: 7 approvals fit, the 8th would overspend, though the quota says 10.
    const campaignId = await openCampaign(foundation, {
      benefitAmount: '1000.00',
      allocations: [{ region: 'RABAT', allocated: '7500.00', quota: 10 }],
    });
    const ids = await thirtyUnderReview(campaignId, 'RABAT');
    const result = await approveAllAtOnce(ids, 'RABAT');
    expect(tally(result.answers)).toEqual({ APPROVED: 7, QUOTA_EXHAUSTED: 23 });
    expect(result.statuses).toEqual({ APPROVED: 7, UNDER_REVIEW: 23 });
    expect(BigInt(result.committed)).toBe(700_000n);
    expect(BigInt(result.committed) <= BigInt(result.allocated)).toBe(true);
  });
});
