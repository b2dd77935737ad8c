import { Client } from 'pg';
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
  WITHDRAW,
  type ApplicationResult,
} from '../../testing/campaign-fixtures';
import { startFoundationUnderTest, type FoundationUnderTest } from '../../testing/foundation-test-server';

/**
 * application_summary and disbursement_summary (migration
 * SocialSummary1765100000001) against the rows they summarise: after
 * submissions, approvals, rejections, withdrawals, payments, a transfer of
 * an application to another region and a rolled-back change, both hold
 * exactly the aggregate over the raw rows.
 */

let foundation: FoundationUnderTest;

beforeAll(async () => {
  foundation = await startFoundationUnderTest();
});

afterAll(async () => {
  await foundation.stop();
});

async function applicationSummary(): Promise<unknown[]> {
  return foundation.sql(
    `SELECT region_code, campaign_id, status, decided_year, applications::int AS applications, amount::text AS amount
       FROM application_summary WHERE applications <> 0 ORDER BY 1, 2, 3, 4`,
  );
}

async function applicationAggregate(): Promise<unknown[]> {
  return foundation.sql(
    `SELECT region_code, campaign_id, status, coalesce(extract(year FROM decided_at AT TIME ZONE 'UTC')::int, 0) AS decided_year,
            count(*)::int AS applications, sum(amount)::text AS amount
       FROM application GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
  );
}

async function disbursementSummary(): Promise<unknown[]> {
  return foundation.sql(
    `SELECT region_code, campaign_id, paid_year, amount::text AS amount FROM disbursement_summary WHERE amount <> 0 ORDER BY 1, 2, 3`,
  );
}

async function disbursementAggregate(): Promise<unknown[]> {
  return foundation.sql(
    `SELECT d.region_code, a.campaign_id, extract(year FROM d.paid_at AT TIME ZONE 'UTC')::int AS paid_year, sum(d.amount)::text AS amount
       FROM disbursement d JOIN application a ON a.id = d.application_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );
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

describe('social summaries', () => {
  it('match the seeded applications and payments', async () => {
    const seeded = await applicationSummary();
    expect(seeded.length).toBeGreaterThan(0);
    expect(seeded).toEqual(await applicationAggregate());
    expect(await disbursementSummary()).toEqual(await disbursementAggregate());
  });

  it('follow submissions, decisions, withdrawals, payments, a move between regions and forget a rolled-back change', async () => {
    const campaignId = await openCampaign(foundation, {
      allocations: [{ region: 'FES', allocated: '100000.00', quota: 20 }],
    });
    const [first, second, third, fourth] = await activeOfficers(foundation, 'FES', 4, 40);
    const paid = await decide(await underReview(foundation, 'FES', campaignId, first), 'APPROVE');
    expectNoErrors(
      await foundation.query(
        DISBURSE,
        { input: { applicationId: paid.id, reference: 'OV-SUMMARY-1', idempotencyKey: newKey() } },
        agent('FES'),
      ),
    );
    await decide(await underReview(foundation, 'FES', campaignId, second), 'REJECT');
    const withdrawn = await decide(await underReview(foundation, 'FES', campaignId, third), 'APPROVE');
    expectNoErrors(
      await foundation.query(
        WITHDRAW,
        { input: { applicationId: withdrawn.id, reason: 'Renonciation', expectedVersion: withdrawn.version } },
        agent('FES'),
      ),
    );
    const moved = await underReview(foundation, 'FES', campaignId, fourth);
    await foundation.sql(`UPDATE application SET region_code = 'RABAT' WHERE id = $1`, [moved.id]);
    await foundation.sql(`UPDATE disbursement SET paid_at = paid_at - interval '400 days' WHERE application_id = $1`, [
      paid.id,
    ]);
    await foundation.sql(`
      DO $$
      BEGIN
        UPDATE application SET status = 'WITHDRAWN' WHERE status = 'SUBMITTED';
        DELETE FROM disbursement WHERE reference = 'OV-SUMMARY-1';
        RAISE EXCEPTION 'rolled back';
      EXCEPTION WHEN raise_exception THEN NULL;
      END
      $$`);

    const rows = await foundation.sql<{ region_code: string; status: string; applications: number }>(
      `SELECT region_code, status, applications::int AS applications FROM application_summary WHERE campaign_id = $1 AND applications <> 0 ORDER BY 1, 2`,
      [campaignId],
    );
    expect(rows).toEqual([
      { region_code: 'FES', status: 'PAID', applications: 1 },
      { region_code: 'FES', status: 'REJECTED', applications: 1 },
      { region_code: 'FES', status: 'WITHDRAWN', applications: 1 },
      { region_code: 'RABAT', status: 'UNDER_REVIEW', applications: 1 },
    ]);
    expect(await applicationSummary()).toEqual(await applicationAggregate());
    expect(await disbursementSummary()).toEqual(await disbursementAggregate());
  });

  it('shows a regional head only their own region', async () => {
    const app = new Client({ connectionString: foundation.database.appUrl });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(
        `SELECT set_config('app.role', 'REGIONAL_HEAD', true), set_config('app.region', 'FES', true), set_config('app.sub', 'head-FES', true)`,
      );
      const applications = await app.query<{ region_code: string }>(
        'SELECT DISTINCT region_code FROM application_summary',
      );
      const payments = await app.query<{ region_code: string }>(
        'SELECT DISTINCT region_code FROM disbursement_summary',
      );
      await app.query('COMMIT');
      expect(applications.rows.map((row) => row.region_code)).toEqual(['FES']);
      expect(payments.rows.map((row) => row.region_code)).toEqual(['FES']);
    } finally {
      await app.end();
    }
    const { errors, data } = await foundation.query<{ region: { social: { openApplications: number } } }>(
      '{ region(code: "FES") { social { openApplications } } }',
      {},
      head('FES'),
    );
    expect(errors).toBeUndefined();
    const [expected] = await foundation.sql<{ open: number }>(
      `SELECT count(*)::int AS open FROM application a JOIN campaign c ON c.id = a.campaign_id
        WHERE a.region_code = 'FES' AND c.year = extract(year FROM now() AT TIME ZONE 'UTC') AND a.status IN ('SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED')`,
    );
    expect(data?.region.social.openApplications).toBe(expected?.open);
  });
});
