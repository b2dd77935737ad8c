import type { Caller } from '@dsp/common';
import { DIAGNOSES } from '../../seed/catalogue';
import { startHarness, type MutualHarness } from '../../testing/harness';

const AGENT: Caller = { sub: 'test-agent-fes', role: 'MUTUAL_AGENT', region: 'FES' };
const ADVISOR: Caller = { sub: 'test-advisor-1', role: 'MEDICAL_ADVISOR', region: null };
/** An officer reads their own claims' acts and diagnoses, so their names too. */
const OFFICER: Caller = { sub: '101321', role: 'OFFICER', region: null };
const PLANS = 'query { plans { code name nameAr } }';
const FACILITIES =
  'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { facilities { id kind name nameAr city cityAr } } } }';
const DIAGNOSIS_NAMES = 'query { diagnoses { code name nameAr } }';
const TARIFFS =
  'query ($careType: CareType) { actTariffs(careType: $careType) { code careType label labelAr tariff } }';

interface Plan {
  code: string;
  name: string;
  nameAr: string;
}

interface Tariff {
  code: string;
  careType: string;
  label: string;
  labelAr: string;
  tariff: string;
}

let harness: MutualHarness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
});

describe("the plans' names", () => {
  it('are given in French and in Arabic, as the database holds them', async () => {
    const rows = await harness.sql<Plan>('SELECT code, name, name_ar AS "nameAr" FROM plan ORDER BY code');
    expect(rows.map((row) => row.code)).toEqual(['CONFORT', 'ESSENTIEL', 'PREMIUM']);
    const result = await harness.query<{ plans: Plan[] }>(PLANS, {}, AGENT);
    expect(result.errors).toBeUndefined();
    expect(result.data!.plans).toEqual(rows);
    expect(rows.find((row) => row.code === 'ESSENTIEL')).toEqual({
      code: 'ESSENTIEL',
      name: 'Formule Essentielle',
      nameAr: 'الصيغة الأساسية',
    });
  });
});

describe('the act tariff', () => {
  it('gives mutual agents, medical advisors and officers every act, by care type then code, labelled in French and in Arabic, priced in dirhams', async () => {
    const rows = await harness.sql<Tariff>(
      `SELECT act_code AS code, care_type AS "careType", label, label_ar AS "labelAr", to_char(tariff / 100.0, 'FM999999990.00') AS tariff
         FROM act_tariff ORDER BY care_type, act_code`,
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const caller of [AGENT, ADVISOR, OFFICER]) {
      const result = await harness.query<{ actTariffs: Tariff[] }>(TARIFFS, {}, caller);
      expect(result.errors).toBeUndefined();
      expect(result.data!.actTariffs).toEqual(rows);
    }
    expect(rows.find((row) => row.code === 'CS')).toMatchObject({
      careType: 'CONSULTATION',
      label: 'Consultation de médecin spécialiste',
      labelAr: 'استشارة طبيب مختص',
      tariff: '150.00',
    });
  });

  it('narrows to one care type', async () => {
    const result = await harness.query<{ actTariffs: Tariff[] }>(TARIFFS, { careType: 'LABORATORY' }, AGENT);
    expect(result.errors).toBeUndefined();
    const codes = await harness.sql<{ code: string }>(
      "SELECT act_code AS code FROM act_tariff WHERE care_type = 'LABORATORY' ORDER BY act_code",
    );
    expect(codes.length).toBeGreaterThan(0);
    expect(result.data!.actTariffs.map((tariff) => tariff.code)).toEqual(codes.map((row) => row.code));
    expect(result.data!.actTariffs.every((tariff) => tariff.careType === 'LABORATORY')).toBe(true);
  });

  it('is refused to the roles that read no claim line', async () => {
    const others: Caller[] = [
      { sub: 'test-admin', role: 'NATIONAL_ADMIN', region: null },
      { sub: 'test-head-fes', role: 'REGIONAL_HEAD', region: 'FES' },
      { sub: 'test-foundation-fes', role: 'FOUNDATION_AGENT', region: 'FES' },
    ];
    for (const caller of others) {
      const result = await harness.query(TARIFFS, {}, caller);
      expect(result.errors?.[0]?.message).toContain(
        'The act tariff is read by the mutual agents, the medical advisors and the officers.',
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe("the diagnoses' names", () => {
  it('name every diagnosis the demonstration data carries, in French and in Arabic, by code, as the database holds them', async () => {
    const rows = await harness.sql<{ code: string; name: string; nameAr: string }>(
      'SELECT code, name_fr AS name, name_ar AS "nameAr" FROM diagnosis ORDER BY code',
    );
    for (const caller of [AGENT, ADVISOR, OFFICER]) {
      const result = await harness.query<{ diagnoses: typeof rows }>(DIAGNOSIS_NAMES, {}, caller);
      expect(result.errors).toBeUndefined();
      expect(result.data!.diagnoses).toEqual(rows);
    }
    const named = new Set(rows.map((row) => row.code));
    expect([...new Set(Object.values(DIAGNOSES).flat())].filter((code) => !named.has(code))).toEqual([]);
    expect(rows.find((row) => row.code === 'J06.9')).toEqual({
      code: 'J06.9',
      name: 'Infection aiguë des voies respiratoires supérieures, sans précision',
      nameAr: 'تعفن حاد في المسالك التنفسية العليا، غير محدد',
    });
    for (const row of rows) expect(row.nameAr).toMatch(/^[\u0600-\u06FF0-9 ،()]+$/);
  });

  it("are refused to the roles that read no claim's diagnoses, and a name that is not an ICD-10 code is refused by the database", async () => {
    for (const caller of [
      { sub: 'test-head-fes', role: 'REGIONAL_HEAD', region: 'FES' },
      { sub: 'test-foundation-fes', role: 'FOUNDATION_AGENT', region: 'FES' },
    ] satisfies Caller[]) {
      const result = await harness.query(DIAGNOSIS_NAMES, {}, caller);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.errors?.[0]?.message).toContain(
        'The names of diagnoses are read by the mutual agents, the medical advisors and the officers.',
      );
    }
    await expect(
      harness.sql("INSERT INTO diagnosis (code, name_fr, name_ar) VALUES ('grippe', 'Grippe', 'زكام')"),
    ).rejects.toThrow(/check constraint/);
  });
});

describe("a region's providers", () => {
  it('are named, with their city, in French and in Arabic, as the database holds them', async () => {
    const rows = await harness.sql<{
      id: string;
      kind: string;
      name: string;
      nameAr: string;
      city: string;
      cityAr: string;
    }>(
      `SELECT id, kind, name, name_ar AS "nameAr", city, city_ar AS "cityAr" FROM provider WHERE region_code = 'FES' ORDER BY id`,
    );
    expect(rows.length).toBeGreaterThan(2);
    const result = await harness.query<{ _entities: Array<{ facilities: typeof rows }> }>(
      FACILITIES,
      { r: [{ __typename: 'Region', code: 'FES' }] },
      AGENT,
    );
    expect(result.errors).toBeUndefined();
    expect([...result.data!._entities[0].facilities].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(rows);
    expect(rows.find((row) => row.kind === 'MEDICAL_CENTRE')).toMatchObject({
      name: 'Centre médical de la Mutuelle de la Sûreté nationale',
      nameAr: 'المركز الطبي لتعاضدية الأمن الوطني',
      city: 'Fès',
      cityAr: 'فاس',
    });
    // Every provider of the catalogue has its Arabic name, in Arabic letters; the city is beside the name, not in it.
    for (const row of rows) {
      expect(row.nameAr).toMatch(/^[\u0600-\u06FF ]+$/);
      expect(row.cityAr).toMatch(/^[\u0600-\u06FF ]+$/);
      expect(row.name).not.toContain(row.city);
    }
  });
});
