import { REGION_CODES } from '@dsp/common';
import { demoPopulation } from '@dsp/demo';
import { createTestDatabase, createTestGatewayIdentity, type TestDatabase } from '@dsp/testing';
import { Client } from 'pg';
import { createMutualDataSource, migrateMutual, MUTUAL_MIGRATIONS } from '../../database';
import { startMutualService } from '../../server';
import { AUTHORISATION_LEAD_DAYS } from '../../claims/adjudication.rules';
import { seedMutual } from '../seed-mutual';

let database: TestDatabase;
let admin: Client;
const sql = async <T>(text: string): Promise<T[]> => (await admin.query(text)).rows as T[];

beforeAll(async () => {
  database = await createTestDatabase('mutual');
  expect(await migrateMutual(database.ownerUrl)).toEqual(MUTUAL_MIGRATIONS.map((migration) => migration.name));
  admin = new Client({ connectionString: database.superuserUrl });
  await admin.connect();
});
afterAll(async () => {
  await admin.end();
  await database.drop();
});

describe('the demonstration seed', () => {
  it('loads once, then leaves a populated database alone', async () => {
    expect(await seedMutual(database.ownerUrl)).toEqual({ seeded: true });
    const before = await sql<{ count: string }>(
      'SELECT (SELECT count(*) FROM claim) + (SELECT count(*) FROM beneficiary) AS count',
    );
    expect(await seedMutual(database.ownerUrl)).toEqual({ seeded: false });
    expect(await sql('SELECT (SELECT count(*) FROM claim) + (SELECT count(*) FROM beneficiary) AS count')).toEqual(
      before,
    );
  });

  it('files every living officer and no deceased one, and agrees with the shared population', async () => {
    const population = demoPopulation();
    const filed = new Set(
      (await sql<{ person_id: string }>("SELECT person_id FROM beneficiary WHERE kind = 'OFFICER'")).map(
        (row) => row.person_id,
      ),
    );
    for (const officer of population.officers) {
      expect(filed.has(officer.matricule)).toBe(officer.status === 'ACTIVE' || officer.status === 'RETIRED');
    }
    const widows = await sql<{ count: string }>(
      "SELECT count(*) FROM beneficiary WHERE relation = 'SPOUSE' AND officer_status IN ('DECEASED', 'KILLED_ON_DUTY')",
    );
    expect(Number(widows[0].count)).toBeGreaterThan(0);
    expect(await sql("SELECT 1 FROM beneficiary WHERE relation = 'PARENT'")).toHaveLength(0);
  });

  it('has a year of claims in every status in every region, handled where the beneficiary is affiliated', async () => {
    const [{ count }] = (await sql<{ count: string }>('SELECT count(*) FROM claim')) as [{ count: string }];
    expect(Number(count)).toBeGreaterThanOrEqual(15_000);
    expect(Number(count)).toBeLessThanOrEqual(25_000);
    const pairs = await sql<{ handling_region_code: string; status: string }>(
      'SELECT DISTINCT handling_region_code, status FROM claim',
    );
    expect(pairs).toHaveLength(REGION_CODES.length * 7);
    expect(
      await sql(
        'SELECT 1 FROM claim c JOIN beneficiary b ON b.person_id = c.beneficiary_id WHERE c.handling_region_code <> b.region_code',
      ),
    ).toHaveLength(0);
    expect(
      await sql(
        'SELECT 1 FROM claim WHERE decided_at < submitted_at OR paid_at < decided_at OR care_end_date > submitted_at::date',
      ),
    ).toHaveLength(0);
    const years = await sql<{ year: number }>(
      'SELECT DISTINCT extract(year FROM submitted_at)::int AS year FROM claim ORDER BY 1',
    );
    expect(years.map((row) => row.year)).toEqual([2025, 2026]);
  });

  it('has prior authorisations in every state in every region, granted for every approved hospitalisation', async () => {
    const states = await sql<{ region_code: string; statuses: string[] }>(
      'SELECT region_code, array_agg(DISTINCT status ORDER BY status) AS statuses FROM prior_authorisation GROUP BY region_code ORDER BY region_code',
    );
    expect(states).toEqual(
      [...REGION_CODES].sort().map((region_code) => ({ region_code, statuses: ['GRANTED', 'REFUSED', 'REQUESTED'] })),
    );
    expect(
      await sql(
        'SELECT 1 FROM prior_authorisation a JOIN beneficiary b ON b.person_id = a.beneficiary_id WHERE a.region_code <> b.region_code',
      ),
    ).toHaveLength(0);
    expect(
      await sql(
        "SELECT 1 FROM prior_authorisation WHERE requested_at > decided_at OR requested_at > '2026-11-27T17:00:00Z' OR decided_at > '2026-11-27T17:00:00Z'",
      ),
    ).toHaveLength(0);

    // The window decideClaim requires: planned from AUTHORISATION_LEAD_DAYS before care started up to its end.
    const granted = (
      claim: string,
    ): string => `EXISTS (SELECT 1 FROM prior_authorisation a WHERE a.beneficiary_id = ${claim}.beneficiary_id AND a.status = 'GRANTED'
      AND a.planned_date BETWEEN ${claim}.care_start_date - ${AUTHORISATION_LEAD_DAYS} AND ${claim}.care_end_date)`;
    const approved = await sql<{ count: string }>(
      "SELECT count(*) FROM claim c WHERE c.care_type = 'HOSPITALISATION' AND c.status IN ('APPROVED', 'PARTIALLY_APPROVED', 'PAID')",
    );
    expect(Number(approved[0].count)).toBeGreaterThan(0);
    expect(
      await sql(
        `SELECT c.reference FROM claim c WHERE c.care_type = 'HOSPITALISATION' AND c.status IN ('APPROVED', 'PARTIALLY_APPROVED', 'PAID') AND NOT ${granted('c')}`,
      ),
    ).toEqual([]);

    const awaiting = await sql<{ requested: boolean; count: string }>(
      `SELECT EXISTS (SELECT 1 FROM prior_authorisation a WHERE a.beneficiary_id = c.beneficiary_id AND a.status = 'REQUESTED'
                        AND a.planned_date BETWEEN c.care_start_date - ${AUTHORISATION_LEAD_DAYS} AND c.care_end_date) AS requested, count(*)
         FROM claim c WHERE c.care_type = 'HOSPITALISATION' AND c.status IN ('CHECKED', 'UNDER_REVIEW') AND NOT ${granted('c')} GROUP BY 1 ORDER BY 1`,
    );
    expect(awaiting.map((row) => row.requested)).toEqual([false, true]);
  });

  it('gives every region a medical centre', async () => {
    const centres = await sql<{ region_code: string }>(
      "SELECT DISTINCT region_code FROM provider WHERE kind = 'MEDICAL_CENTRE'",
    );
    expect(centres.map((row) => row.region_code).sort()).toEqual([...REGION_CODES].sort());
  });
});

describe('startup and migrations', () => {
  it('refuses to serve as the role that owns the tables', async () => {
    await expect(
      startMutualService({
        databaseUrl: database.ownerUrl,
        port: 0,
        host: '127.0.0.1',
        gatewayPublicKey: createTestGatewayIdentity().publicKey,
      }),
    ).rejects.toThrow(/application role/);
  });

  it('undoes the schema and applies it again', async () => {
    const fresh = await createTestDatabase('mutual');
    try {
      await migrateMutual(fresh.ownerUrl);
      const dataSource = await createMutualDataSource({ url: fresh.ownerUrl, poolSize: 1 }).initialize();
      try {
        for (let undone = 0; undone < MUTUAL_MIGRATIONS.length; undone++) await dataSource.undoLastMigration();
        const tables = await dataSource.query<Array<{ count: string }>>(
          "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'",
        );
        expect(tables[0].count).toBe('0');
      } finally {
        await dataSource.destroy();
      }
      expect(await migrateMutual(fresh.ownerUrl)).toEqual(MUTUAL_MIGRATIONS.map((migration) => migration.name));
      expect(await seedMutual(fresh.ownerUrl)).toEqual({ seeded: true });
    } finally {
      await fresh.drop();
    }
  });
});
