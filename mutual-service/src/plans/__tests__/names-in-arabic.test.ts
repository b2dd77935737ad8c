import type { Caller } from '@dsp/common';
import { createTestDatabase, type TestDatabase } from '@dsp/testing';
import { Client } from 'pg';
import { createMutualDataSource, migrateMutual } from '../../database';
import { startHarness, type MutualHarness } from '../../testing/harness';

const PLANS = 'query { plans { code name nameAr } }';

interface Plan {
  code: string;
  name: string;
  nameAr: string;
}

describe("the plans' names", () => {
  let harness: MutualHarness;

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.stop();
  });

  it('are given in French and in Arabic, as the database holds them', async () => {
    const rows = await harness.sql<Plan>('SELECT code, name, name_ar AS "nameAr" FROM plan ORDER BY code');
    expect(rows.map((row) => row.code)).toEqual(['CONFORT', 'ESSENTIEL', 'PREMIUM']);
    const agent: Caller = { sub: 'test-agent-fes', role: 'MUTUAL_AGENT', region: 'FES' };
    const result = await harness.query<{ plans: Plan[] }>(PLANS, {}, agent);
    expect(result.errors).toBeUndefined();
    expect(result.data!.plans).toEqual(rows);
    expect(rows.find((row) => row.code === 'ESSENTIEL')).toEqual({
      code: 'ESSENTIEL',
      name: 'Formule Essentielle',
      nameAr: 'الصيغة الأساسية',
    });
  });
});

describe('the migrations that name plans and acts in Arabic', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('mutual');
  });
  afterAll(async () => {
    await database.drop();
  });

  it('name the plans and acts already in the database, keep the French name of any other, and allow none without', async () => {
    await migrateMutual(database.ownerUrl);
    const dataSource = await createMutualDataSource({ url: database.ownerUrl, poolSize: 1 }).initialize();
    const owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    try {
      // The database as it was before: plans and acts in French only.
      await dataSource.undoLastMigration();
      await dataSource.undoLastMigration();
      await owner.query(
        `INSERT INTO plan (code, name) VALUES ('ESSENTIEL', 'Formule Essentielle'), ('SOLIDAIRE', 'Formule Solidaire')`,
      );
      await owner.query(
        `INSERT INTO act_tariff (act_code, care_type, label, tariff)
         VALUES ('C', 'CONSULTATION', 'Consultation de médecin généraliste', 8000), ('XY', 'DENTAL', 'Acte local', 100)`,
      );
      expect(await migrateMutual(database.ownerUrl)).toEqual([
        'PlanNamesInArabic1767500000000',
        'ActLabelsInArabic1767600000000',
      ]);
      const plans = await owner.query<Plan>('SELECT code, name, name_ar AS "nameAr" FROM plan ORDER BY code');
      expect(plans.rows).toEqual([
        { code: 'ESSENTIEL', name: 'Formule Essentielle', nameAr: 'الصيغة الأساسية' },
        { code: 'SOLIDAIRE', name: 'Formule Solidaire', nameAr: 'Formule Solidaire' },
      ]);
      const acts = await owner.query('SELECT act_code, label_ar FROM act_tariff ORDER BY act_code');
      expect(acts.rows).toEqual([
        { act_code: 'C', label_ar: 'استشارة طبيب عام' },
        { act_code: 'XY', label_ar: 'Acte local' },
      ]);
      await expect(owner.query(`INSERT INTO plan (code, name) VALUES ('SANS', 'Sans nom arabe')`)).rejects.toThrow(
        /null value in column "name_ar"/,
      );
      await expect(
        owner.query(`INSERT INTO act_tariff (act_code, care_type, label, tariff) VALUES ('ZZ', 'DENTAL', 'Sans', 1)`),
      ).rejects.toThrow(/null value in column "label_ar"/);
    } finally {
      await owner.end();
      await dataSource.destroy();
    }
  });
});
