import { asApplicationRole } from '@dsp/testing';
import type { Client } from 'pg';
import { startFoundationUnderTest, type FoundationUnderTest } from '../../testing/foundation-test-server';

/**
 * The database repeats the workflow's access rules for the application role
 * (migration ApplicationWorkflow1764800000000), so a forgotten check in the
 * service cannot let a role take a step that is not its own.
 */
let foundation: FoundationUnderTest;

beforeAll(async () => {
  foundation = await startFoundationUnderTest();
});

afterAll(async () => {
  await foundation.stop();
});

/** Runs `work` as the application role with the request settings given, in a transaction that is rolled back. */
const asApplication = <T>(settings: Record<string, string>, work: (client: Client) => Promise<T>): Promise<T> =>
  asApplicationRole(foundation.database.appUrl, settings, work);

/** Runs one statement in a savepoint: its row count, or the error's message. */
async function attempt(client: Client, sql: string, values: unknown[] = []): Promise<number | string> {
  await client.query('SAVEPOINT attempt');
  try {
    const result = await client.query(sql, values);
    await client.query('RELEASE SAVEPOINT attempt');
    return result.rowCount ?? 0;
  } catch (error) {
    await client.query('ROLLBACK TO SAVEPOINT attempt');
    return (error as Error).message;
  }
}

const head = { 'app.role': 'REGIONAL_HEAD', 'app.region': 'FES', 'app.sub': 'head-FES' };
const agent = { 'app.role': 'FOUNDATION_AGENT', 'app.region': 'FES', 'app.sub': 'agent-FES' };
const admin = { 'app.role': 'NATIONAL_ADMIN', 'app.region': '', 'app.sub': 'admin' };

async function fesApplication(status: string): Promise<{ id: string; officer_matricule: string }> {
  const [row] = await foundation.sql<{ id: string; officer_matricule: string }>(
    `SELECT id, officer_matricule FROM application WHERE region_code = 'FES' AND status = $1 ORDER BY id LIMIT 1`,
    [status],
  );
  expect(row).toBeDefined();
  return row;
}

describe('write policies of the application workflow', () => {
  it('lets each role move an application only to the statuses of its own steps', async () => {
    const { id, officer_matricule: matricule } = await fesApplication('UNDER_REVIEW');
    const set = (client: Client, status: string) =>
      attempt(client, "UPDATE application SET status = $2, decided_at = now(), decided_by = 'x' WHERE id = $1", [
        id,
        status,
      ]);
    await asApplication(agent, async (client) => {
      expect(await set(client, 'APPROVED')).toMatch(/row-level security/);
      expect(await set(client, 'WITHDRAWN')).toBe(1);
    });
    await asApplication(head, async (client) => {
      expect(await set(client, 'PAID')).toMatch(/row-level security/);
      expect(await set(client, 'APPROVED')).toBe(1);
    });
    await asApplication({ 'app.role': 'OFFICER', 'app.region': '', 'app.sub': matricule }, async (client) => {
      expect(await set(client, 'APPROVED')).toMatch(/row-level security/);
      expect(await set(client, 'WITHDRAWN')).toBe(1);
    });
    await asApplication(admin, async (client) => {
      expect(await set(client, 'APPROVED')).toBe(0);
    });
    await asApplication({ ...head, 'app.region': 'RABAT' }, async (client) => {
      expect(await set(client, 'APPROVED')).toBe(0);
    });
  });

  it('lets no role delete applications, payments or allocations, nor pay as anyone but the region’s agent', async () => {
    const paid = await fesApplication('PAID');
    const approved = await fesApplication('APPROVED');
    for (const settings of [head, agent, admin]) {
      await asApplication(settings, async (client) => {
        expect(await attempt(client, 'DELETE FROM application WHERE id = $1', [paid.id])).toMatch(/permission denied/);
        expect(await attempt(client, 'DELETE FROM disbursement WHERE application_id = $1', [paid.id])).toMatch(
          /permission denied/,
        );
        expect(await attempt(client, "DELETE FROM campaign_allocation WHERE region_code = 'FES'")).toMatch(
          /permission denied/,
        );
        expect(await attempt(client, 'UPDATE disbursement SET amount = 1 WHERE application_id = $1', [paid.id])).toBe(
          0,
        );
      });
    }
    const pay = (client: Client) =>
      attempt(
        client,
        `INSERT INTO disbursement (application_id, region_code, amount, paid_at, reference) VALUES ($1, 'FES', 100, now(), 'X')`,
        [approved.id],
      );
    await asApplication(head, async (client) => expect(await pay(client)).toMatch(/row-level security/));
    await asApplication(agent, async (client) => expect(await pay(client)).toBe(1));
  });

  it('lets only the national administration write campaigns and allocations', async () => {
    const write = async (client: Client) => [
      await attempt(client, "UPDATE campaign SET closes_on = closes_on + 1 WHERE season = '2026'"),
      await attempt(client, "UPDATE campaign_allocation SET quota = quota + 1 WHERE region_code = 'FES'"),
    ];
    await asApplication(head, async (client) => expect(await write(client)).toEqual([0, 0]));
    await asApplication(agent, async (client) => expect(await write(client)).toEqual([0, 0]));
    await asApplication(admin, async (client) => {
      const [campaigns, allocations] = await write(client);
      expect(campaigns).toBeGreaterThan(0);
      // FES's allocations: the seven programmes' campaigns of 2026 and of 2025.
      expect(allocations).toBe(14);
    });
  });

  it('refuses rules outside the vocabulary even when written around the service', async () => {
    await asApplication(admin, async (client) => {
      expect(
        await attempt(
          client,
          `UPDATE campaign SET eligibility = '{"beneficiaryKinds": ["COUSIN"]}' WHERE season = '2026'`,
        ),
      ).toMatch(/eligibility/);
      expect(
        await attempt(client, `UPDATE campaign SET eligibility = '{"maxPerHousehold": 2}' WHERE season = '2026'`),
      ).toMatch(/eligibility/);
      expect(
        await attempt(
          client,
          `UPDATE campaign SET eligibility = '{"beneficiaryKinds": ["WIDOW"], "oncePerLifetime": true}' WHERE season = '2026'`,
        ),
      ).toBeGreaterThan(0);
    });
  });
});
