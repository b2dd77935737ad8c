import { Client } from 'pg';
import { startFoundationUnderTest, type FoundationUnderTest } from '../../testing/foundation-test-server';

/**
 * region_staff_summary (migration RegionStaffSummary1765100000000) against
 * the registry it summarises: after registrations, status changes,
 * transfers, dependents moving and a rolled-back change, it holds exactly
 * the aggregate over the raw rows, and a regional caller reads only its own
 * region's figures.
 */

interface Figures {
  region_code: string;
  status: string;
  officers: number;
  dependents: number;
}

let foundation: FoundationUnderTest;
let app: Client;

beforeAll(async () => {
  foundation = await startFoundationUnderTest();
  app = new Client({ connectionString: foundation.database.appUrl });
  await app.connect();
});

afterAll(async () => {
  await app.end();
  await foundation.stop();
});

function summary(): Promise<Figures[]> {
  return foundation.sql<Figures>(
    `SELECT region_code, status, officers::int AS officers, dependents::int AS dependents
       FROM region_staff_summary WHERE officers <> 0 OR dependents <> 0 ORDER BY region_code, status`,
  );
}

function aggregate(): Promise<Figures[]> {
  return foundation.sql<Figures>(
    `SELECT o.region_code, o.status, count(*)::int AS officers,
            coalesce(sum((SELECT count(*) FROM dependent d WHERE d.officer_matricule = o.matricule)), 0)::int AS dependents
       FROM officer o GROUP BY o.region_code, o.status ORDER BY o.region_code, o.status`,
  );
}

/** Runs `statements` as the application role in one transaction, as a FES foundation agent. */
async function asFesAgent(
  statements: ReadonlyArray<readonly [string, unknown[]]>,
  outcome: 'COMMIT' | 'ROLLBACK' = 'COMMIT',
): Promise<void> {
  await app.query('BEGIN');
  await app.query(
    `SELECT set_config('app.role', 'FOUNDATION_AGENT', true), set_config('app.region', 'FES', true), set_config('app.sub', 'fagent-fes', true)`,
  );
  for (const [text, values] of statements) await app.query(text, values);
  await app.query(outcome);
}

const NEW_OFFICER = `INSERT INTO officer (matricule, first_name_ar, last_name_ar, first_name_latin, last_name_latin, rank, region_code, status, birth_date, service_start_date, search_text)
  VALUES ($1, 'أ', 'ب', 'Amine', 'Bennani', 'BRIGADIER', 'FES', 'ACTIVE', '1985-01-01', '2008-01-01', 'amine bennani')`;
const NEW_DEPENDENT = `INSERT INTO dependent (id, officer_matricule, relation, first_name_ar, last_name_ar, first_name_latin, last_name_latin, birth_date)
  VALUES ($1, $2, 'CHILD', 'س', 'ب', 'Sara', 'Bennani', '2015-05-05')`;

describe('region staff summary', () => {
  it('matches the registry as seeded', async () => {
    const seeded = await summary();
    expect(seeded.length).toBeGreaterThan(17);
    expect(seeded).toEqual(await aggregate());
  });

  it('follows registrations, status changes, transfers and moved dependents, and forgets a rolled-back change', async () => {
    const before = await summary();
    await asFesAgent([
      [NEW_OFFICER, ['990001']],
      [NEW_OFFICER, ['990002']],
      [NEW_DEPENDENT, ['0f0a0000-0000-4000-8000-000000000001', '990001']],
      [NEW_DEPENDENT, ['0f0a0000-0000-4000-8000-000000000002', '990001']],
      [NEW_DEPENDENT, ['0f0a0000-0000-4000-8000-000000000003', '990002']],
    ]);
    await asFesAgent([[`UPDATE officer SET status = 'DECEASED' WHERE matricule = '990001'`, []]]);
    await asFesAgent([[`SELECT officer_transfer('990002', 1, 'RABAT', '2026-01-01')`, []]]);
    await foundation.sql(
      `UPDATE dependent SET officer_matricule = '990002' WHERE id = '0f0a0000-0000-4000-8000-000000000002'`,
    );
    await foundation.sql(`DELETE FROM dependent WHERE id = '0f0a0000-0000-4000-8000-000000000001'`);
    await asFesAgent(
      [
        [NEW_OFFICER, ['990003']],
        [NEW_DEPENDENT, ['0f0a0000-0000-4000-8000-000000000004', '990003']],
        [`UPDATE officer SET status = 'RETIRED' WHERE matricule = '990001'`, []],
      ],
      'ROLLBACK',
    );

    const after = await summary();
    expect(after).toEqual(await aggregate());
    const figure = (rows: Figures[], region: string, status: string): Figures | undefined =>
      rows.find((row) => row.region_code === region && row.status === status);
    expect(figure(after, 'FES', 'DECEASED')?.officers).toBe((figure(before, 'FES', 'DECEASED')?.officers ?? 0) + 1);
    expect(figure(after, 'RABAT', 'ACTIVE')).toEqual({
      ...figure(before, 'RABAT', 'ACTIVE'),
      officers: (figure(before, 'RABAT', 'ACTIVE')?.officers ?? 0) + 1,
      dependents: (figure(before, 'RABAT', 'ACTIVE')?.dependents ?? 0) + 2,
    });
    expect(figure(after, 'FES', 'ACTIVE')).toEqual(figure(before, 'FES', 'ACTIVE'));
  });

  it('shows a regional head only the figures of their own region, and Region.staffCount agrees with the registry', async () => {
    await app.query('BEGIN');
    await app.query(
      `SELECT set_config('app.role', 'REGIONAL_HEAD', true), set_config('app.region', 'FES', true), set_config('app.sub', 'head-fes', true)`,
    );
    const visible = await app.query<{ region_code: string }>('SELECT DISTINCT region_code FROM region_staff_summary');
    await app.query('COMMIT');
    expect(visible.rows.map((row) => row.region_code)).toEqual(['FES']);

    const { data } = await foundation.query<{ region: { staffCount: number } }>(
      '{ region(code: "RABAT") { staffCount } }',
    );
    const [expected] = await foundation.sql<{ staff: number }>(
      `SELECT count(*)::int AS staff FROM officer WHERE region_code = 'RABAT' AND status = 'ACTIVE'`,
    );
    expect(data?.region.staffCount).toBe(expected?.staff);
  });
});
