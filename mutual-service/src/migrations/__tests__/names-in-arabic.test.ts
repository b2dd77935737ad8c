import { createTestDatabase, type TestDatabase } from '@dsp/testing';
import { Client } from 'pg';
import { createMutualDataSource, migrateMutual } from '../../database';

const FIRST = 'PlanNamesInArabic1767500000000';

describe('the migrations that name plans, acts and providers in Arabic', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('mutual');
  });
  afterAll(async () => {
    await database.drop();
  });

  it('name the plans, acts and providers already in the database, keep the French name of any other, and allow none without', async () => {
    await migrateMutual(database.ownerUrl);
    const dataSource = await createMutualDataSource({ url: database.ownerUrl, poolSize: 1 }).initialize();
    const owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    try {
      // The database as it was before: plans, acts and providers in French only (any migration added since undone too).
      const undone: string[] = [];
      while (!undone.includes(FIRST)) {
        const { rows } = await owner.query<{ name: string }>('SELECT name FROM migrations ORDER BY id DESC LIMIT 1');
        await dataSource.undoLastMigration();
        undone.unshift(rows[0].name);
      }
      expect(undone.slice(0, 3)).toEqual([
        FIRST,
        'ActLabelsInArabic1767600000000',
        'ProviderNamesInArabic1767700000000',
      ]);
      await owner.query(
        `INSERT INTO plan (code, name) VALUES ('ESSENTIEL', 'Formule Essentielle'), ('SOLIDAIRE', 'Formule Solidaire')`,
      );
      await owner.query(
        `INSERT INTO act_tariff (act_code, care_type, label, tariff)
         VALUES ('C', 'CONSULTATION', 'Consultation de médecin généraliste', 8000), ('XY', 'DENTAL', 'Acte local', 100)`,
      );
      // A provider named as the catalogue names it, one named the way the demonstration used to (the city
      // after the name), and one the migration does not know, in a city it does not know.
      await owner.query(
        `INSERT INTO provider (name, kind, city, region_code, care_types) VALUES
           ('Clinique Al Amal', 'CONTRACTED', 'Fès', 'FES', ARRAY['CONSULTATION']),
           ('Optique Atlas – Sefrou', 'CONTRACTED', 'Sefrou', 'FES', ARRAY['OPTICAL']),
           ('Cabinet Dr Alaoui', 'CONTRACTED', 'Moulay Yacoub', 'FES', ARRAY['CONSULTATION'])`,
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
      const providers = await owner.query('SELECT name, name_ar, city, city_ar FROM provider ORDER BY name');
      expect(providers.rows).toEqual([
        { name: 'Cabinet Dr Alaoui', name_ar: 'Cabinet Dr Alaoui', city: 'Moulay Yacoub', city_ar: 'Moulay Yacoub' },
        { name: 'Clinique Al Amal', name_ar: 'مصحة الأمل', city: 'Fès', city_ar: 'فاس' },
        { name: 'Optique Atlas – Sefrou', name_ar: 'بصريات الأطلس – صفرو', city: 'Sefrou', city_ar: 'صفرو' },
      ]);
      await expect(
        owner.query(
          `INSERT INTO provider (name, name_ar, kind, city, region_code, care_types) VALUES ('Sans', 'Sans', 'CONTRACTED', 'Fès', 'FES', ARRAY['DENTAL'])`,
        ),
      ).rejects.toThrow(/null value in column "city_ar"/);
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
