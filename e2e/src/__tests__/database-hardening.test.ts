import { asApplicationRole, createTestDatabase, seededTemplate, type TestDatabase } from '@dsp/testing';
import { migrateFoundation, seedFoundation } from 'foundation-service';
import { migrateMutual, seedMutual } from 'mutual-service';
import { sql } from './sql';

const seededFoundationTemplate = (): Promise<string> =>
  seededTemplate('foundation', async (url) => {
    await migrateFoundation(url);
    await seedFoundation(url);
  });
const seededMutualTemplate = (): Promise<string> =>
  seededTemplate('mutual', async (url) => {
    await migrateMutual(url);
    await seedMutual(url);
  });

/**
 * The databases' own rules, as the application role meets them, in both
 * services: read policies allow reads only, the SECURITY DEFINER functions
 * are the application role's alone, nothing can be deleted but expired
 * upload tickets (by the document sweep, under a policy), and the audit
 * trail and idempotency keys have policies.
 */
describe.each([
  ['foundation', seededFoundationTemplate, 'application'],
  ['mutual', seededMutualTemplate, 'claim'],
] as const)('the %s database', (service, template, record) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(service, await template());
  });
  afterAll(async () => {
    await database.drop();
  });

  it('has no read policy that also lets rows be written', async () => {
    const open = await sql<{ name: string }>(
      database.superuserUrl,
      "SELECT tablename || '.' || policyname AS name FROM pg_policies WHERE schemaname = 'public' AND cmd = 'ALL' AND roles = '{public}' AND with_check IS NULL",
    );
    expect(open).toEqual([]);
  });

  it('lets no one but the application role run its SECURITY DEFINER functions', async () => {
    const functions = await sql<{ name: string; public_may: boolean; app_may: boolean }>(
      database.superuserUrl,
      `SELECT p.oid::regprocedure::text AS name,
              has_function_privilege('public', p.oid, 'EXECUTE') AS public_may,
              has_function_privilege($1, p.oid, 'EXECUTE') AS app_may
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.prosecdef`,
      [new URL(database.appUrl).username],
    );
    expect(functions.length).toBeGreaterThan(1);
    for (const fn of functions) expect(fn).toEqual({ name: fn.name, public_may: false, app_may: true });
  });

  it('lets the application role delete only upload tickets, and keeps the audit trail and idempotency keys under policies', async () => {
    const app = new URL(database.appUrl).username;
    const deletable = await sql<{ table: string }>(
      database.superuserUrl,
      `SELECT c.relname::text AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND has_table_privilege($1, c.oid, 'DELETE')`,
      [app],
    );
    // Both services' document sweeps delete expired tickets.
    expect(deletable).toEqual([{ table: 'upload_ticket' }]);
    const guarded = await sql<{ table: string; forced: boolean; policies: number }>(
      database.superuserUrl,
      `SELECT c.relname::text AS table, c.relforcerowsecurity AS forced,
              (SELECT count(*)::int FROM pg_policies p WHERE p.tablename = c.relname AND p.roles = '{public}') AS policies
         FROM pg_class c WHERE c.relname IN ('audit_record', 'idempotency_key') ORDER BY 1`,
    );
    expect(guarded.map((row) => ({ ...row, policies: row.policies > 0 }))).toEqual([
      { table: 'audit_record', forced: true, policies: true },
      { table: 'idempotency_key', forced: true, policies: true },
    ]);
    const settings = { 'app.role': 'NATIONAL_ADMIN', 'app.region': '', 'app.sub': 'admin' };
    await expect(
      asApplicationRole(database.appUrl, settings, (client) => client.query(`DELETE FROM ${record}`)),
    ).rejects.toThrow(/permission denied/);
    // Another caller's idempotency keys are invisible, and the audit trail to anyone unidentified.
    const keys = await asApplicationRole(
      database.appUrl,
      { 'app.role': 'REGIONAL_HEAD', 'app.region': 'FES', 'app.sub': 'nobody' },
      async (client) => (await client.query('SELECT 1 FROM idempotency_key')).rowCount,
    );
    expect(keys).toBe(0);
    const audit = await asApplicationRole(
      database.appUrl,
      {},
      async (client) => (await client.query('SELECT 1 FROM audit_record')).rowCount,
    );
    expect(audit).toBe(0);
    await expect(
      asApplicationRole(database.appUrl, settings, (client) =>
        client.query(
          "INSERT INTO audit_record (actor_sub, actor_role, entity, entity_id, action) VALUES ('someone-else', 'NATIONAL_ADMIN', 'x', 'y', 'FORGE')",
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });
});
