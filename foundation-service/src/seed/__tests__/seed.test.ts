import { demoPopulation } from '@dsp/demo';
import { createTestDatabase, type TestDatabase } from '@dsp/testing';
import { Client } from 'pg';
import { migrateFoundation } from '../../database';
import { seedFoundation } from '../seed.service';

let database: TestDatabase;
let admin: Client;

beforeAll(async () => {
  database = await createTestDatabase('foundation');
  await migrateFoundation(database.ownerUrl);
  admin = new Client({ connectionString: database.superuserUrl });
  await admin.connect();
});

afterAll(async () => {
  await admin.end();
  await database.drop();
});

async function count(table: string): Promise<number> {
  const result = await admin.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table}`);
  return result.rows[0]?.count ?? -1;
}

describe('demo seed', () => {
  it('fills an empty database once, and a second run changes nothing', async () => {
    expect(await seedFoundation(database.ownerUrl)).toEqual({ seeded: true });
    const population = demoPopulation();
    const before = {
      officers: await count('officer'),
      dependents: await count('dependent'),
      applications: await count('application'),
    };
    expect(before.officers).toBe(population.officers.length);
    expect(before.dependents).toBe(population.dependents.length);

    expect(await seedFoundation(database.ownerUrl)).toEqual({ seeded: false });
    expect({
      officers: await count('officer'),
      dependents: await count('dependent'),
      applications: await count('application'),
    }).toEqual(before);
  });

  it('has a programme of every kind with a 2026 campaign allocated to every region', async () => {
    const kinds = await admin.query<{ kind: string; regions: number }>(
      `SELECT p.kind, count(DISTINCT ca.region_code)::int AS regions
         FROM programme p JOIN campaign c ON c.programme_id = p.id AND c.year = 2026
         JOIN campaign_allocation ca ON ca.campaign_id = c.id GROUP BY p.kind ORDER BY p.kind`,
    );
    expect(kinds.rows).toEqual(
      ['EID_GRANT', 'EXCEPTIONAL_AID', 'HAJJ', 'HOUSING', 'SCHOLARSHIP', 'SCHOOL_SUPPORT', 'SUMMER_CAMP'].map(
        (kind) => ({ kind, regions: 17 }),
      ),
    );
    const school = await admin.query<{ season: string }>(
      `SELECT c.season FROM campaign c JOIN programme p ON p.id = c.programme_id WHERE p.kind = 'SCHOOL_SUPPORT' ORDER BY 1`,
    );
    expect(school.rows).toEqual([{ season: '2025-2026' }, { season: '2026-2027' }]);
  });

  it("closes 2025's campaigns with every application settled, decided and paid across the year's months", async () => {
    const campaigns = await admin.query<{ year: number; campaigns: number }>(
      'SELECT year, count(*)::int AS campaigns FROM campaign GROUP BY year ORDER BY year',
    );
    expect(campaigns.rows).toEqual([
      { year: 2025, campaigns: 7 },
      { year: 2026, campaigns: 7 },
    ]);
    const waiting = await admin.query(
      `SELECT a.id FROM application a JOIN campaign c ON c.id = a.campaign_id
        WHERE c.year = 2025 AND a.status IN ('SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED', 'APPROVED')`,
    );
    expect(waiting.rows).toEqual([]);
    const months = await admin.query<{ decided: number; paid: number; regions: number }>(
      `SELECT (SELECT count(DISTINCT date_trunc('month', decided_at))::int FROM application
                WHERE decided_at >= '2025-01-01' AND decided_at < '2026-01-01') AS decided,
              (SELECT count(DISTINCT date_trunc('month', paid_at))::int FROM disbursement
                WHERE paid_at >= '2025-01-01' AND paid_at < '2026-01-01') AS paid,
              (SELECT count(DISTINCT region_code)::int FROM disbursement
                WHERE paid_at >= '2025-01-01' AND paid_at < '2026-01-01') AS regions`,
    );
    expect(months.rows[0]).toEqual({ decided: 12, paid: 12, regions: 17 });
    const twice = await admin.query(
      `SELECT a.officer_matricule, a.dependent_id FROM application a JOIN campaign c ON c.id = a.campaign_id
        WHERE (c.eligibility->>'oncePerLifetime')::boolean
        GROUP BY c.programme_id, a.officer_matricule, a.dependent_id HAVING count(DISTINCT c.year) > 1`,
    );
    expect(twice.rows).toEqual([]);
  });

  it('has applications in every status in every region, decided ones with a date and reason, paid ones disbursed', async () => {
    const statuses = await admin.query<{ region_code: string; statuses: number }>(
      'SELECT region_code, count(DISTINCT status)::int AS statuses FROM application GROUP BY region_code',
    );
    expect(statuses.rows).toHaveLength(17);
    expect(statuses.rows.every((row) => row.statuses === 7)).toBe(true);

    const undocumented = await admin.query(
      `SELECT id FROM application WHERE (status IN ('APPROVED', 'REJECTED', 'PAID', 'WAITLISTED') AND decided_at IS NULL)
          OR ((status IN ('REJECTED', 'WAITLISTED')) <> (decision_reason_code IS NOT NULL))`,
    );
    expect(undocumented.rows).toEqual([]);
    const unpaid = await admin.query(
      `SELECT a.id FROM application a LEFT JOIN disbursement d ON d.application_id = a.id
        WHERE (a.status = 'PAID') <> (d.id IS NOT NULL)`,
    );
    expect(unpaid.rows).toEqual([]);
  });

  it('approves no more applications than a region quota allows', async () => {
    const over = await admin.query(
      `SELECT ca.campaign_id, ca.region_code FROM campaign_allocation ca
         JOIN application a ON a.campaign_id = ca.campaign_id AND a.region_code = ca.region_code AND a.status IN ('APPROVED', 'PAID')
        GROUP BY ca.campaign_id, ca.region_code, ca.quota, ca.allocated
       HAVING count(*) > ca.quota OR sum(a.amount) > ca.allocated`,
    );
    expect(over.rows).toEqual([]);
  });

  it("stores each campaign's rules as data, and only applications those rules accept, with their kind and ranking score", async () => {
    const rules = await admin.query<{ kind: string; eligibility: { beneficiaryKinds: string[] } }>(
      'SELECT p.kind, c.eligibility FROM campaign c JOIN programme p ON p.id = c.programme_id ORDER BY p.kind',
    );
    expect(rules.rows.find((row) => row.kind === 'HAJJ')?.eligibility).toMatchObject({
      beneficiaryKinds: ['OFFICER', 'RETIREE'],
      oncePerLifetime: true,
      minAge: 40,
    });
    expect(rules.rows.every((row) => row.eligibility.beneficiaryKinds.length > 0)).toBe(true);
    const outside = await admin.query(
      `SELECT a.id FROM application a JOIN campaign c ON c.id = a.campaign_id
        WHERE a.beneficiary_kind IS NULL OR NOT (c.eligibility->'beneficiaryKinds' ? a.beneficiary_kind) OR a.ranking_score <= 0`,
    );
    expect(outside.rows).toEqual([]);
    const kinds = await admin.query<{ beneficiary_kind: string }>(
      'SELECT DISTINCT beneficiary_kind FROM application ORDER BY 1',
    );
    expect(kinds.rows.map((row) => row.beneficiary_kind)).toEqual([
      'CHILD',
      'OFFICER',
      'ORPHAN',
      'RETIREE',
      'SPOUSE',
      'WIDOW',
    ]);
    const tooManyPerFamily = await admin.query(
      `SELECT a.campaign_id, a.officer_matricule FROM application a JOIN campaign c ON c.id = a.campaign_id
        WHERE a.status IN ('APPROVED', 'PAID') AND c.eligibility ? 'maxPerFamily' AND jsonb_typeof(c.eligibility->'maxPerFamily') = 'number'
        GROUP BY a.campaign_id, a.officer_matricule, c.eligibility HAVING count(*) > (c.eligibility->>'maxPerFamily')::int`,
    );
    expect(tooManyPerFamily.rows).toEqual([]);
  });

  it('waitlists only where the quota is used up', async () => {
    const waitlistedWithRoom = await admin.query(
      `SELECT ca.campaign_id, ca.region_code FROM campaign_allocation ca
         JOIN application a ON a.campaign_id = ca.campaign_id AND a.region_code = ca.region_code
        GROUP BY ca.campaign_id, ca.region_code, ca.quota
       HAVING count(*) FILTER (WHERE a.status = 'WAITLISTED') > 0 AND count(*) FILTER (WHERE a.status IN ('APPROVED', 'PAID')) < ca.quota`,
    );
    expect(waitlistedWithRoom.rows).toEqual([]);
  });

  it('stores a folded search text for both scripts', async () => {
    const result = await admin.query<{ search_text: string; matricule: string }>(
      `SELECT search_text, matricule FROM officer WHERE last_name_latin = 'Aït Taleb' LIMIT 1`,
    );
    const row = result.rows[0];
    expect(row?.search_text).toContain('ait taleb');
    expect(row?.search_text).toContain('ايت الطالب');
    expect(row?.search_text).toContain(row?.matricule);
  });
});
