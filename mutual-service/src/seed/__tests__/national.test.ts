import { createTestDatabase, type TestDatabase } from '@dsp/testing';
import { Client } from 'pg';
import { migrateMutual } from '../../database';
import { seedMutualNational } from '../national';

/**
 * The national seed at a small scale, in the national data set's shape: each
 * claim drawn once with its lines (the lines wait in memory while the claims
 * stream), the same rows on every run, the database as safe as after a normal
 * load, and nothing left behind by a load that fails.
 */
const SCALE = { officers: 2_000, claims: 6_000 };
const LOADED = [
  'plan',
  'plan_rule',
  'act_tariff',
  'provider',
  'beneficiary',
  'coverage',
  'claim',
  'claim_line',
  'claim_summary',
];

let database: TestDatabase;
let admin: Client;
const sql = async <T>(text: string, values: unknown[] = []): Promise<T[]> =>
  (await admin.query(text, values)).rows as T[];

/** Every loaded table's row count and a hash of its rows, without the columns the database fills with the time of writing. */
async function fingerprint(): Promise<Record<string, string>> {
  const prints: Record<string, string> = {};
  for (const table of LOADED) {
    const [row] = await sql<{ rows: string; hash: string }>(
      `SELECT count(*)::text AS rows, coalesce(sum(hashtextextended((to_jsonb(t) - ARRAY['created_at', 'updated_at'])::text, 0)::numeric), 0)::text AS hash FROM ${table} t`,
    );
    prints[table] = `${row.rows}:${row.hash}`;
  }
  return prints;
}

/**
 * The database's constraints and indexes by name, with whether each is
 * valid, and the loaded tables' triggers and forced row-level security with
 * whether each is on (the load lifts them for its duration).
 */
async function schemaObjects(): Promise<string[]> {
  const rows = await sql<{ entry: string }>(
    `SELECT 'constraint ' || conname || ' on ' || conrelid::regclass || (CASE WHEN convalidated THEN '' ELSE ' NOT VALID' END) AS entry
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace
     UNION ALL
     SELECT 'index ' || indexrelid::regclass || (CASE WHEN indisvalid THEN '' ELSE ' INVALID' END)
       FROM pg_index WHERE indrelid::regclass::text = ANY($1)
     UNION ALL
     SELECT 'trigger ' || tgname || ' on ' || tgrelid::regclass || ' ' || tgenabled::text
       FROM pg_trigger WHERE NOT tgisinternal AND tgrelid::regclass::text = ANY($1)
     UNION ALL
     SELECT 'table ' || oid::regclass || (CASE WHEN relforcerowsecurity THEN ' forced row-level security' ELSE '' END)
       FROM pg_class WHERE oid::regclass::text = ANY($1)
     ORDER BY 1`,
    [LOADED],
  );
  return rows.map((row) => row.entry);
}

let before: string[];

beforeAll(async () => {
  database = await createTestDatabase('mutual');
  await migrateMutual(database.ownerUrl);
  admin = new Client({ connectionString: database.superuserUrl });
  await admin.connect();
  before = await schemaObjects();
  await seedMutualNational(database.ownerUrl, { scale: SCALE, report: () => undefined });
}, 120_000);
afterAll(async () => {
  await admin.end();
  await database.drop();
});

describe('the national seed', () => {
  it('loads the asked number of claims, each with one or two lines that add up to it', async () => {
    const [counts] = await sql<{ claims: number; lines: number }>(
      'SELECT (SELECT count(*) FROM claim)::int AS claims, (SELECT count(*) FROM claim_line)::int AS lines',
    );
    expect(counts.claims).toBe(SCALE.claims);
    expect(counts.lines).toBeGreaterThan(SCALE.claims);
    expect(counts.lines).toBeLessThan(SCALE.claims * 2);
    const mismatched = await sql<{ id: string }>(
      `SELECT c.id FROM claim c LEFT JOIN (
         SELECT claim_id, count(*) AS lines, max(line_number) AS last, sum(amount_claimed) AS claimed, sum(amount_approved) AS approved, count(amount_approved) AS decided
           FROM claim_line GROUP BY claim_id
       ) l ON l.claim_id = c.id
        WHERE l.claim_id IS NULL OR l.lines NOT IN (1, 2) OR l.last <> l.lines OR l.claimed <> c.amount_claimed
           OR (c.amount_approved IS NULL AND l.decided <> 0) OR (c.amount_approved IS NOT NULL AND l.approved <> c.amount_approved)`,
    );
    expect(mismatched).toEqual([]);
  });

  it('leaves every constraint and index in place and valid, triggers and forced row-level security back on, foreign keys enforced', async () => {
    expect(before).toEqual(
      expect.arrayContaining([
        'table claim forced row-level security',
        expect.stringMatching(/^trigger \S+ on claim O$/),
      ]),
    );
    expect(await schemaObjects()).toEqual(before);
    await expect(
      sql(
        `INSERT INTO claim_line (id, claim_id, line_number, act_code, quantity, unit_price, amount_claimed) SELECT gen_random_uuid(), gen_random_uuid(), 1, act_code, 1, 100, 100 FROM act_tariff LIMIT 1`,
      ),
    ).rejects.toThrow(/claim_line_claim_id_fkey/);
  });

  it('writes the same rows again with --replace, and leaves the database as it was when a load fails', async () => {
    const first = await fingerprint();
    expect(first.claim).toMatch(/^6000:/);
    await seedMutualNational(database.ownerUrl, { replace: true, scale: SCALE, report: () => undefined });
    expect(await fingerprint()).toEqual(first);
    await expect(
      seedMutualNational(database.ownerUrl, {
        replace: true,
        scale: SCALE,
        report: (progress) => {
          if (progress.event === 'step' && progress.step === 'mutual summaries')
            throw new Error('stopped before the summaries');
        },
      }),
    ).rejects.toThrow('stopped before the summaries');
    expect(await fingerprint()).toEqual(first);
    expect(await schemaObjects()).toEqual(before);
  }, 120_000);
});
