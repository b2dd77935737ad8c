import { createTestDatabase, type TestDatabase } from '@dsp/testing';
import { Client } from 'pg';
import { createMutualDataSource, migrateMutual } from '../../database';

const FIRST = 'PlanNamesInArabic1767500000000';

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
      // The database as it was before: plans and acts in French only (any migration added since undone too).
      const undone: string[] = [];
      while (!undone.includes(FIRST)) {
        const { rows } = await owner.query<{ name: string }>('SELECT name FROM migrations ORDER BY id DESC LIMIT 1');
        await dataSource.undoLastMigration();
        undone.unshift(rows[0].name);
      }
      expect(undone.slice(0, 2)).toEqual([FIRST, 'ActLabelsInArabic1767600000000']);
      await owner.query(
        `INSERT INTO plan (code, name) VALUES ('ESSENTIEL', 'Formule Essentielle'), ('SOLIDAIRE', 'Formule Solidaire')`,
      );
      await owner.query(
        `INSERT INTO act_tariff (act_code, care_type, label, tariff)
         VALUES ('C', 'CONSULTATION', 'Consultation de médecin généraliste', 8000), ('XY', 'DENTAL', 'Acte local', 100)`,
      );
      expect(await migrateMutual(database.ownerUrl)).toEqual(undone);
      const plans = await owner.query('SELECT code, name, name_ar FROM plan ORDER BY code');
      expect(plans.rows).toEqual([
        { code: 'ESSENTIEL', name: 'Formule Essentielle', name_ar: 'الصيغة الأساسية' },
        { code: 'SOLIDAIRE', name: 'Formule Solidaire', name_ar: 'Formule Solidaire' },
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
