import { type Caller } from '@dsp/common';
import { testRegionalHead } from '@dsp/testing';
import { Client } from 'pg';
import { consultationInput, startHarness, type MutualHarness } from '../../testing/harness';

const AGENT: Caller = { sub: 'test-agent-fes', role: 'MUTUAL_AGENT', region: 'FES' };
const ADVISOR: Caller = { sub: 'test-advisor-1', role: 'MEDICAL_ADVISOR', region: null };

interface ClaimView {
  id: string;
  status: string;
  version: number;
}
const CLAIM = 'id status version';
const SUBMIT = `mutation ($input: SubmitClaimInput!) { submitClaim(input: $input) { ${CLAIM} } }`;
const REVIEW = `mutation ($id: ID!, $version: Int!) { reviewClaim(id: $id, version: $version) { ${CLAIM} } }`;
const DECIDE = `mutation ($id: ID!, $version: Int!, $decision: ClaimDecision!, $code: RejectionCode) {
  decideClaim(id: $id, version: $version, decision: $decision, rejectionCode: $code) { ${CLAIM} } }`;
const PAY = `mutation ($id: ID!, $version: Int!) { recordClaimPayment(id: $id, version: $version) { ${CLAIM} } }`;

/** Everything the summary holds, keyed by region, year and status; all-zero rows (left by moves) are nothing. */
type Figures = Map<string, string>;

const SUMMARY_SQL = `
  SELECT region_code || ':' || year || ':' || status AS key,
         submitted || '/' || decided || '/' || round(processing_seconds, 3) || '/' || decided_within_15_days || '/' || paid_amount AS value
    FROM claim_summary
   WHERE submitted <> 0 OR decided <> 0 OR processing_seconds <> 0 OR decided_within_15_days <> 0 OR paid_amount <> 0`;

/** The same figures aggregated over the raw claims, written apart from the migration's rebuild. */
const RAW_SQL = `
  WITH submitted AS (
         SELECT handling_region_code AS region, extract(year FROM submitted_at AT TIME ZONE 'UTC')::int AS year, status, count(*) AS n
           FROM claim GROUP BY 1, 2, 3),
       decided AS (
         SELECT handling_region_code AS region, extract(year FROM decided_at AT TIME ZONE 'UTC')::int AS year, status, count(*) AS n,
                sum(extract(epoch FROM decided_at - submitted_at)) AS seconds,
                count(*) FILTER (WHERE decided_at - submitted_at <= interval '15 days') AS quick
           FROM claim WHERE decided_at IS NOT NULL GROUP BY 1, 2, 3),
       paid AS (
         SELECT handling_region_code AS region, extract(year FROM paid_at AT TIME ZONE 'UTC')::int AS year, status, sum(amount_approved) AS amount
           FROM claim WHERE status = 'PAID' GROUP BY 1, 2, 3),
       keys AS (SELECT region, year, status FROM submitted UNION SELECT region, year, status FROM decided UNION SELECT region, year, status FROM paid)
  SELECT k.region || ':' || k.year || ':' || k.status AS key,
         coalesce(s.n, 0) || '/' || coalesce(d.n, 0) || '/' || round(coalesce(d.seconds, 0), 3) || '/' || coalesce(d.quick, 0) || '/' || coalesce(p.amount, 0) AS value
    FROM keys k
    LEFT JOIN submitted s USING (region, year, status)
    LEFT JOIN decided d USING (region, year, status)
    LEFT JOIN paid p USING (region, year, status)`;

let harness: MutualHarness;
let provider: string;
let beneficiary: string;
let keySerial = 0;

async function figures(sql: string): Promise<Figures> {
  return new Map((await harness.sql<{ key: string; value: string }>(sql)).map((row) => [row.key, row.value]));
}

async function act(mutation: string, variables: Record<string, unknown>, caller: Caller): Promise<ClaimView> {
  const result = await harness.query<Record<string, ClaimView>>(mutation, variables, caller);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0];
}

/** A consultation `daysAgo` days ago (distinct days: the same care twice would be a duplicate). */
function submit(daysAgo: number): Promise<ClaimView> {
  const day = new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  return act(
    SUBMIT,
    { input: consultationInput(beneficiary, provider, day, `summary-key-${++keySerial}-${Date.now()}`) },
    AGENT,
  );
}

beforeAll(async () => {
  harness = await startHarness();
  [{ id: provider }] = (await harness.sql<{ id: string }>(
    "SELECT id FROM provider WHERE region_code = 'FES' AND 'CONSULTATION' = ANY (care_types) ORDER BY kind, name LIMIT 1",
  )) as [{ id: string }];
  [{ person_id: beneficiary }] = (await harness.sql<{ person_id: string }>(
    `SELECT b.person_id FROM beneficiary b JOIN coverage c ON c.beneficiary_id = b.person_id
      WHERE b.region_code = 'FES' AND b.kind = 'OFFICER' AND c.end_date IS NULL ORDER BY b.person_id LIMIT 1`,
  )) as [{ person_id: string }];
}, 180_000);
afterAll(async () => {
  await harness.stop();
});

describe('claim_summary', () => {
  it('equals the aggregate over the claims after the seed', async () => {
    const summary = await figures(SUMMARY_SQL);
    expect(summary.size).toBeGreaterThan(17);
    expect(summary).toEqual(await figures(RAW_SQL));
  });

  it('still equals it after submissions, reviews, decisions, payments, a moved claim, a deleted one and a rolled-back change', async () => {
    const before = await figures(SUMMARY_SQL);
    const paid = await submit(3);
    const rejected = await submit(4);
    expect(rejected.status).toBe('CHECKED');
    await submit(5);
    const reviewed = await act(REVIEW, { id: paid.id, version: paid.version }, ADVISOR);
    const approved = await act(DECIDE, { id: reviewed.id, version: reviewed.version, decision: 'APPROVE' }, ADVISOR);
    expect(approved.status).toBe('APPROVED');
    expect((await act(PAY, { id: approved.id, version: approved.version }, AGENT)).status).toBe('PAID');
    const reviewedToo = await act(REVIEW, { id: rejected.id, version: rejected.version }, ADVISOR);
    expect(
      (
        await act(
          DECIDE,
          { id: reviewedToo.id, version: reviewedToo.version, decision: 'REJECT', code: 'MEDICAL_ADVICE' },
          ADVISOR,
        )
      ).status,
    ).toBe('REJECTED');

    // Writers other than the workflow are summarised alike: the trigger sees every change.
    await harness.sql(
      `UPDATE claim SET handling_region_code = 'RABAT'
        WHERE id = (SELECT id FROM claim WHERE handling_region_code = 'FES' AND status = 'PAID' ORDER BY reference LIMIT 1)`,
    );
    await harness.sql(
      `DELETE FROM claim WHERE id = (SELECT c.id FROM claim c WHERE c.status = 'REJECTED'
          AND NOT EXISTS (SELECT 1 FROM diagnosis_read r WHERE r.claim_id = c.id) ORDER BY c.reference LIMIT 1)`,
    );
    const client = new Client({ connectionString: harness.database.superuserUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        "UPDATE claim SET status = 'REJECTED', rejection_code = 'DUPLICATE', decided_at = now(), amount_approved = 0 WHERE id = $1",
        [rejected.id],
      );
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }

    const after = await figures(SUMMARY_SQL);
    expect(after).not.toEqual(before);
    expect(after).toEqual(await figures(RAW_SQL));
  });

  it('is read by the application role under the claims rule: a regional head sees only their region', async () => {
    const result = await harness.query<{ _entities: Array<{ health: { pendingClaims: number } | null }> }>(
      `query { _entities(representations: [{ __typename: "Region", code: "FES" }, { __typename: "Region", code: "RABAT" }]) { ... on Region { health { pendingClaims } } } }`,
      {},
      testRegionalHead('FES'),
    );
    const [pending] = await harness.sql<{ count: number }>(
      "SELECT count(*)::int AS count FROM claim WHERE handling_region_code = 'FES' AND status IN ('ENTERED', 'CHECKED', 'UNDER_REVIEW')",
    );
    expect(result.data?._entities[0]?.health?.pendingClaims).toBe(pending.count);
    expect(result.data?._entities[1]?.health ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
