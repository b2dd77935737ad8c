import { type Caller, monthsEndingAt } from '@dsp/common';
import { testRegionalHead } from '@dsp/testing';
import { Client } from 'pg';
import { consultationInput, startHarness, type MutualHarness } from '../../testing/harness';

const AGENT: Caller = { sub: 'test-agent-fes', role: 'MUTUAL_AGENT', region: 'FES' };
const ADVISOR: Caller = { sub: 'test-advisor-1', role: 'MEDICAL_ADVISOR', region: null };
const ADMIN: Caller = { sub: 'test-admin', role: 'NATIONAL_ADMIN', region: null };

interface ClaimView {
  id: string;
  status: string;
  version: number;
}
const CLAIM = 'id status version';
const SUBMIT = `mutation ($input: SubmitClaimInput!) { submitClaim(input: $input) { ${CLAIM} } }`;
const REVIEW = `mutation ($id: ID!, $version: Int!) { reviewClaim(id: $id, version: $version) { ${CLAIM} } }`;
const DECIDE = `mutation ($id: ID!, $version: Int!, $decision: ClaimDecision!) {
  decideClaim(id: $id, version: $version, decision: $decision) { ${CLAIM} } }`;
const PAY = `mutation ($id: ID!, $version: Int!) { recordClaimPayment(id: $id, version: $version) { ${CLAIM} } }`;
const MONTH_FIELDS = 'month submitted decided paid reimbursed averageProcessingDays decidedWithinTarget';

/** The summary, per region and month: counts, seconds, decided within 15 days (from the histogram), paid amounts. */
const SUMMARY_SQL = `
  SELECT region_code || ':' || to_char(month, 'YYYY-MM') AS key,
         submitted || '/' || decided || '/' || round(processing_seconds, 3) || '/'
           || (SELECT coalesce(sum(k), 0) FROM unnest(decided_days[1:16]) k) || '/'
           || (SELECT coalesce(sum(k), 0) FROM unnest(decided_days) k) || '/' || paid || '/' || reimbursed AS value
    FROM claim_month_summary
   WHERE submitted <> 0 OR decided <> 0 OR paid <> 0 OR reimbursed <> 0`;

/** The same over the raw claims, written apart from the migration's rebuild. */
const RAW_SQL = `
  WITH submitted AS (
         SELECT handling_region_code AS region, to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*) AS n
           FROM claim GROUP BY 1, 2),
       decided AS (
         SELECT handling_region_code AS region, to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*) AS n,
                sum(extract(epoch FROM decided_at - submitted_at)) AS seconds,
                count(*) FILTER (WHERE decided_at - submitted_at <= interval '15 days') AS quick
           FROM claim WHERE decided_at IS NOT NULL GROUP BY 1, 2),
       paid AS (
         SELECT handling_region_code AS region, to_char(paid_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*) AS n,
                sum(amount_approved) AS amount
           FROM claim WHERE status = 'PAID' GROUP BY 1, 2),
       keys AS (SELECT region, month FROM submitted UNION SELECT region, month FROM decided UNION SELECT region, month FROM paid)
  SELECT k.region || ':' || k.month AS key,
         coalesce(s.n, 0) || '/' || coalesce(d.n, 0) || '/' || round(coalesce(d.seconds, 0), 3) || '/' || coalesce(d.quick, 0)
           || '/' || coalesce(d.n, 0) || '/' || coalesce(p.n, 0) || '/' || coalesce(p.amount, 0) AS value
    FROM keys k
    LEFT JOIN submitted s USING (region, month)
    LEFT JOIN decided d USING (region, month)
    LEFT JOIN paid p USING (region, month)`;

let harness: MutualHarness;
let provider: string;
let beneficiary: string;
let keySerial = 0;

async function figures(sql: string): Promise<Map<string, string>> {
  return new Map((await harness.sql<{ key: string; value: string }>(sql)).map((row) => [row.key, row.value]));
}

async function act(mutation: string, variables: Record<string, unknown>, caller: Caller): Promise<ClaimView> {
  const result = await harness.query<Record<string, ClaimView>>(mutation, variables, caller);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0];
}

function submit(daysAgo: number): Promise<ClaimView> {
  const day = new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  return act(
    SUBMIT,
    { input: consultationInput(beneficiary, provider, day, `month-summary-${++keySerial}-${Date.now()}`) },
    AGENT,
  );
}

/** A region's months computed over the raw claims, as the API should give them (15-day target). */
async function rawTrend(region: string | null, months: readonly string[]): Promise<unknown[]> {
  const rows = await harness.sql<Record<string, string | number | null>>(
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
    reimbursed: (Number(row.reimbursed) / 100).toFixed(2),
    averageProcessingDays: row.days === null ? null : (expect.closeTo(Number(row.days), 9) as unknown),
    decidedWithinTarget: row.within === null ? null : (expect.closeTo(Number(row.within), 12) as unknown),
  }));
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

describe('claim_month_summary', () => {
  it('equals the aggregate over the claims after the seed, over more than a year of months', async () => {
    const summary = await figures(SUMMARY_SQL);
    const fesMonths = [...summary.keys()].filter((key) => key.startsWith('FES:'));
    expect(fesMonths.length).toBeGreaterThan(12);
    expect(summary).toEqual(await figures(RAW_SQL));
  });

  it('still equals it after the workflow, a moved claim, a processing time rewritten and a rolled-back change', async () => {
    const before = await figures(SUMMARY_SQL);
    const claim = await submit(3);
    await submit(4);
    const reviewed = await act(REVIEW, { id: claim.id, version: claim.version }, ADVISOR);
    const approved = await act(DECIDE, { id: reviewed.id, version: reviewed.version, decision: 'APPROVE' }, ADVISOR);
    expect((await act(PAY, { id: approved.id, version: approved.version }, AGENT)).status).toBe('PAID');
    await harness.sql(
      `UPDATE claim SET handling_region_code = 'RABAT'
        WHERE id = (SELECT id FROM claim WHERE handling_region_code = 'FES' AND status = 'PAID' ORDER BY reference LIMIT 1)`,
    );
    // A decision 70 days after submission lands in the histogram's last bucket, and out of the 15-day share.
    await harness.sql(`UPDATE claim SET decided_at = submitted_at + interval '70 days' WHERE id = $1`, [claim.id]);
    const client = new Client({ connectionString: harness.database.superuserUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query("UPDATE claim SET paid_at = now() - interval '400 days' WHERE status = 'PAID'");
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
    const after = await figures(SUMMARY_SQL);
    expect(after).not.toEqual(before);
    expect(after).toEqual(await figures(RAW_SQL));
  });
});

describe('Region.healthTrend and Query.nationalHealthTrend', () => {
  it("give a region's and the nation's 24 months as computed over the raw claims", async () => {
    const months = monthsEndingAt(new Date(), 24);
    const regional = await harness.query<{ _entities: Array<{ healthTrend: unknown[] }> }>(
      `query { _entities(representations: [{ __typename: "Region", code: "FES" }]) {
         ... on Region { healthTrend { ${MONTH_FIELDS} } } } }`,
      {},
      testRegionalHead('FES'),
    );
    expect(regional.errors).toBeUndefined();
    expect(regional.data?._entities[0]?.healthTrend).toEqual(await rawTrend('FES', months));
    const decidedMonths = regional.data?._entities[0]?.healthTrend.filter(
      (month) => (month as { decided: number }).decided > 0,
    );
    expect(decidedMonths?.length).toBeGreaterThan(6);

    const national = await harness.query<{ nationalHealthTrend: unknown[] }>(
      `query { nationalHealthTrend(months: 24) { ${MONTH_FIELDS} } }`,
      {},
      ADMIN,
    );
    expect(national.errors).toBeUndefined();
    expect(national.data?.nationalHealthTrend).toEqual(await rawTrend(null, months));
  });

  it('refuses the national trend to a head, and a month count out of range naming the field', async () => {
    const refused = await harness.query(`query { nationalHealthTrend { month } }`, {}, testRegionalHead('FES'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tooMany = await harness.query(`query { nationalHealthTrend(months: 37) { month } }`, {}, ADMIN);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'months' });
  });
});
