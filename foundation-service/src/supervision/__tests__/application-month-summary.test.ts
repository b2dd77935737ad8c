import { formatMoney, monthsEndingAt } from '@dsp/common';
import {
  agent,
  DECIDE,
  DISBURSE,
  expectNoErrors,
  head,
  newKey,
  openCampaign,
  activeOfficers,
  underReview,
  type ApplicationResult,
} from '../../testing/campaign-fixtures';
import { startFoundationUnderTest, type FoundationUnderTest } from '../../testing/foundation-test-server';

/**
 * application_month_summary (migration ApplicationMonthSummary1766200000000)
 * against the rows it summarises, and Region.socialTrend /
 * Query.nationalSocialTrend against the same figures computed over the raw
 * applications, payments and allocations.
 */

const MONTH_FIELDS = 'month submitted decided approved committed disbursed allocated budgetConsumption';
let foundation: FoundationUnderTest;

beforeAll(async () => {
  foundation = await startFoundationUnderTest();
});

afterAll(async () => {
  await foundation.stop();
});

function summary(): Promise<unknown[]> {
  return foundation.sql(
    `SELECT region_code, to_char(month, 'YYYY-MM') AS month, submitted::int, decided::int, approved::int,
            committed::text, disbursed::text
       FROM application_month_summary
      WHERE submitted <> 0 OR decided <> 0 OR approved <> 0 OR committed <> 0 OR disbursed <> 0
      ORDER BY 1, 2`,
  );
}

/** The same over the raw rows, written apart from the migration's rebuild. */
function aggregate(): Promise<unknown[]> {
  return foundation.sql(
    `WITH a AS (SELECT region_code, to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*) AS n
                  FROM application GROUP BY 1, 2),
          d AS (SELECT region_code, to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*) AS n,
                       count(*) FILTER (WHERE status IN ('APPROVED', 'PAID')) AS approved,
                       coalesce(sum(amount) FILTER (WHERE status IN ('APPROVED', 'PAID')), 0) AS committed
                  FROM application WHERE decided_at IS NOT NULL AND status IN ('APPROVED', 'PAID', 'REJECTED') GROUP BY 1, 2),
          p AS (SELECT region_code, to_char(paid_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, sum(amount) AS amount
                  FROM disbursement GROUP BY 1, 2),
          k AS (SELECT region_code, month FROM a UNION SELECT region_code, month FROM d UNION SELECT region_code, month FROM p)
     SELECT k.region_code, k.month, coalesce(a.n, 0)::int AS submitted, coalesce(d.n, 0)::int AS decided,
            coalesce(d.approved, 0)::int AS approved, coalesce(d.committed, 0)::text AS committed,
            coalesce(p.amount, 0)::text AS disbursed
       FROM k LEFT JOIN a USING (region_code, month) LEFT JOIN d USING (region_code, month) LEFT JOIN p USING (region_code, month)
      ORDER BY 1, 2`,
  );
}

/** A region's (or, with null, the nation's) months over the raw rows, as the API should answer them. */
async function rawTrend(region: string | null, months: readonly string[]): Promise<unknown[]> {
  const rows = await foundation.sql<Record<string, string | number>>(
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
      budgetConsumption:
        allocated === 0n ? null : (expect.closeTo(Number(row.committed_to_date) / Number(allocated), 12) as unknown),
    };
  });
}

async function decide(application: ApplicationResult, decision: 'APPROVE' | 'REJECT'): Promise<ApplicationResult> {
  const reason = decision === 'REJECT' ? 'Conditions non remplies' : null;
  return expectNoErrors(
    await foundation.query<{ decideApplication: ApplicationResult }>(
      DECIDE,
      { input: { applicationId: application.id, decision, reason, expectedVersion: application.version } },
      head('FES'),
    ),
  ).decideApplication;
}

describe('application_month_summary', () => {
  it('matches the seeded applications and payments', async () => {
    const seeded = await summary();
    expect(seeded.length).toBeGreaterThan(17);
    expect(seeded).toEqual(await aggregate());
  });

  it('follows decisions, payments, a move between regions and forgets a rolled-back change', async () => {
    const before = await summary();
    const campaignId = await openCampaign(foundation, {
      allocations: [{ region: 'FES', allocated: '100000.00', quota: 20 }],
    });
    const [first, second, third] = await activeOfficers(foundation, 'FES', 3, 60);
    const paid = await decide(await underReview(foundation, 'FES', campaignId, first), 'APPROVE');
    expectNoErrors(
      await foundation.query(
        DISBURSE,
        { input: { applicationId: paid.id, reference: 'OV-MONTH-1', idempotencyKey: newKey() } },
        agent('FES'),
      ),
    );
    await decide(await underReview(foundation, 'FES', campaignId, second), 'REJECT');
    const moved = await underReview(foundation, 'FES', campaignId, third);
    await foundation.sql(`UPDATE application SET region_code = 'RABAT' WHERE id = $1`, [moved.id]);
    await foundation.sql(
      `UPDATE application SET submitted_at = submitted_at - interval '70 days', decided_at = decided_at - interval '70 days'
        WHERE id = $1`,
      [paid.id],
    );
    await foundation.sql(`
      DO $$
      BEGIN
        UPDATE application SET status = 'WITHDRAWN' WHERE status = 'SUBMITTED';
        DELETE FROM disbursement WHERE reference = 'OV-MONTH-1';
        RAISE EXCEPTION 'rolled back';
      EXCEPTION WHEN raise_exception THEN NULL;
      END
      $$`);
    const after = await summary();
    expect(after).not.toEqual(before);
    expect(after).toEqual(await aggregate());
  });
});

describe('Region.socialTrend and Query.nationalSocialTrend', () => {
  it("give a region's and the nation's 24 months as computed over the raw rows, not flat", async () => {
    const months = monthsEndingAt(new Date(), 24);
    const regional = expectNoErrors(
      await foundation.query<{ region: { socialTrend: Array<{ submitted: number }> } }>(
        `{ region(code: "FES") { socialTrend { ${MONTH_FIELDS} } } }`,
        {},
        head('FES'),
      ),
    );
    expect(regional.region.socialTrend).toEqual(await rawTrend('FES', months));
    expect(regional.region.socialTrend.filter((month) => month.submitted > 0).length).toBeGreaterThan(3);

    const national = expectNoErrors(
      await foundation.query<{ nationalSocialTrend: unknown[] }>(`{ nationalSocialTrend { ${MONTH_FIELDS} } }`),
    );
    expect(national.nationalSocialTrend).toEqual(await rawTrend(null, months));
  });

  it("refuses another region's trend, the national trend to a head, and a month count out of range", async () => {
    const other = await foundation.query(`{ region(code: "RABAT") { socialTrend { month } } }`, {}, head('FES'));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const national = await foundation.query(`{ nationalSocialTrend { month } }`, {}, head('FES'));
    expect(national.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tooFew = await foundation.query(`{ region(code: "FES") { socialTrend(months: 0) { month } } }`);
    expect(tooFew.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'months' });
  });
});
