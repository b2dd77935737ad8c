import { REGION_CODES } from '@dsp/common';
import { StatementCounter } from '@dsp/subgraph-kit';
import { testRegionalHead } from '@dsp/testing';
import { startFoundationUnderTest, type FoundationUnderTest } from '../../testing/foundation-test-server';

interface RegionView {
  code: string;
  nameAr: string;
  nameFr: string;
  kind: string;
  staffCount: number;
  beneficiaryCount: number;
}

let foundation: FoundationUnderTest;
const statements = new StatementCounter();

beforeAll(async () => {
  foundation = await startFoundationUnderTest({ queryLogger: statements });
});

afterAll(async () => {
  await foundation.stop();
});

describe('regions', () => {
  it('lists the seventeen regions in announcement order with both names', async () => {
    const { data, errors } = await foundation.query<{ regions: RegionView[] }>(
      '{ regions { code nameAr nameFr kind } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.regions.map((region) => region.code)).toEqual([...REGION_CODES]);
    expect(data?.regions.find((region) => region.code === 'FES')).toEqual({
      code: 'FES',
      nameAr: 'فاس',
      nameFr: 'Fès',
      kind: 'WILAYA',
    });
    expect(data?.regions.find((region) => region.code === 'LAAYOUNE')?.nameFr).toBe('Laâyoune');
    expect(data?.regions.find((region) => region.code === 'CASABLANCA')?.nameAr).toBe('الدار البيضاء');
    expect(data?.regions.find((region) => region.code === 'DAKHLA')?.kind).toBe('PROVINCIAL_DIRECTORATE');
  });

  it('answers null for an unknown region code', async () => {
    const { data, errors } = await foundation.query<{ region: null }>('{ region(code: "MARRAKECH") { code } }');
    expect(errors).toBeUndefined();
    expect(data?.region).toBeNull();
  });

  it('shows the current head appointed on 9 September 2025, with a four-year term by default', async () => {
    const { data, errors } = await foundation.query<{
      region: {
        currentHead: {
          officer: { matricule: string; rank: string };
          startDate: string;
          endDate: null;
          decisionReference: string;
          approvedBy: string;
          termEndsOn: string;
          rotationDue: boolean;
        };
        headHistory: Array<{ startDate: string }>;
      };
    }>(`{ region(code: "FES") {
          currentHead { officer { matricule rank } startDate endDate decisionReference approvedBy termEndsOn rotationDue }
          headHistory { startDate }
        } }`);
    expect(errors).toBeUndefined();
    const head = data?.region.currentHead;
    expect(head).toMatchObject({
      startDate: '2025-09-09',
      endDate: null,
      decisionReference: 'DGSN/DRH/2025/0909-FES',
      approvedBy: 'Directeur Général de la Sûreté Nationale',
      termEndsOn: '2029-09-09',
      rotationDue: false,
    });
    const [stored] = await foundation.sql<{ officer_matricule: string }>(
      `SELECT officer_matricule FROM head_appointment WHERE region_code = 'FES' AND end_date IS NULL`,
    );
    expect(head?.officer.matricule).toBe(stored?.officer_matricule);
    expect(data?.region.headHistory).toEqual([{ startDate: '2025-09-09' }]);
  });

  it('counts active staff and beneficiaries as the registry holds them', async () => {
    const { data } = await foundation.query<{ regions: RegionView[] }>(
      '{ regions { code staffCount beneficiaryCount } }',
    );
    const expected = await foundation.sql<{ code: string; staff: number; beneficiaries: number }>(
      `SELECT r.code,
              (SELECT count(*) FROM officer o WHERE o.region_code = r.code AND o.status = 'ACTIVE')::int AS staff,
              ((SELECT count(*) FROM officer o WHERE o.region_code = r.code AND o.status IN ('ACTIVE', 'RETIRED'))
               + (SELECT count(*) FROM dependent d JOIN officer o ON o.matricule = d.officer_matricule WHERE o.region_code = r.code))::int AS beneficiaries
         FROM region r`,
    );
    for (const region of data?.regions ?? []) {
      const row = expected.find((candidate) => candidate.code === region.code);
      expect({ code: region.code, staff: region.staffCount, beneficiaries: region.beneficiaryCount }).toEqual(row);
      expect(region.staffCount).toBeGreaterThan(0);
    }
  });

  it('refuses a year outside the supported range, naming the field', async () => {
    const { errors } = await foundation.query('{ region(code: "FES") { social(year: 1900) { year } } }');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});

describe("a region's page", () => {
  const PAGES = `query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Region { code nameFr currentHead { startDate officer { matricule fullName rank } } staffCount beneficiaryCount }
    }
  }`;
  interface Page {
    code: string;
    nameFr: string;
    currentHead: { startDate: string; officer: { matricule: string; fullName: string; rank: string } } | null;
    staffCount: number;
    beneficiaryCount: number;
  }
  const pages = async (codes: readonly string[]): Promise<{ pages: Page[]; statements: number }> => {
    statements.reset();
    const { data, errors } = await foundation.query<{ _entities: Page[] }>(PAGES, {
      representations: codes.map((code) => ({ __typename: 'Region', code })),
    });
    expect(errors).toBeUndefined();
    return { pages: data?._entities ?? [], statements: statements.count };
  };

  it("reads the region, its head, the head's officer and its staff figures in one statement, for one region or seventeen", async () => {
    const one = await pages(['FES']);
    const all = await pages(REGION_CODES);
    // The one read, with the caller's settings in the same message: no transaction of its own.
    expect(one.statements).toBe(1);
    expect(all.statements).toBe(1);
    expect(all.pages.map((page) => page.code)).toEqual([...REGION_CODES]);
    expect(all.pages.find((page) => page.code === 'FES')).toEqual(one.pages[0]);

    const expected = await foundation.sql<
      Page & { start_date: string; matricule: string; full_name: string; rank: string }
    >(
      `SELECT r.code, r.name_fr AS "nameFr", to_char(h.start_date, 'YYYY-MM-DD') AS start_date, o.matricule,
              o.first_name_latin || ' ' || o.last_name_latin AS full_name, o.rank,
              (SELECT count(*) FROM officer WHERE region_code = r.code AND status = 'ACTIVE')::int AS "staffCount",
              ((SELECT count(*) FROM officer WHERE region_code = r.code AND status IN ('ACTIVE', 'RETIRED'))
               + (SELECT count(*) FROM dependent d JOIN officer p ON p.matricule = d.officer_matricule WHERE p.region_code = r.code))::int AS "beneficiaryCount"
         FROM region r
         LEFT JOIN head_appointment h ON h.region_code = r.code AND h.end_date IS NULL
         LEFT JOIN officer o ON o.matricule = h.officer_matricule
        ORDER BY r.position`,
    );
    expect(all.pages).toEqual(
      expected.map((row) => ({
        code: row.code,
        nameFr: row.nameFr,
        currentHead: row.matricule
          ? {
              startDate: row.start_date,
              officer: { matricule: row.matricule, fullName: row.full_name, rank: row.rank },
            }
          : null,
        staffCount: row.staffCount,
        beneficiaryCount: row.beneficiaryCount,
      })),
    );
  });
});

describe("a dashboard's region", () => {
  const SOCIAL = `social {
    year openApplications approvedThisYear decidedThisYear approvalRate spendPerBeneficiary
    budget { allocated committed disbursed }
    programmes { openApplications approvedThisYear budget { allocated committed disbursed } }
  }`;
  const DASHBOARD = `query ($code: ID!) { region(code: $code) { code currentHead { officer { matricule fullName } } staffCount ${SOCIAL} } }`;
  // The same fields through an entity reference: the region, then its figures, each from its own read.
  const SEPARATE = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Region { code currentHead { officer { matricule fullName } } staffCount ${SOCIAL} } } }`;

  it("comes with this year's social figures in the region's statement, equal to the figures read on their own", async () => {
    for (const code of ['FES', 'RABAT', 'DAKHLA']) {
      statements.reset();
      const page = await foundation.query<{ region: unknown }>(DASHBOARD, { code });
      expect(page.errors).toBeUndefined();
      expect(statements.count).toBe(1);
      const separate = await foundation.query<{ _entities: unknown[] }>(SEPARATE, {
        representations: [{ __typename: 'Region', code }],
      });
      expect(separate.errors).toBeUndefined();
      expect(page.data?.region).toEqual(separate.data?._entities[0]);
    }
  });

  it("still refuses another region's figures, and shows its head", async () => {
    const { data, errors } = await foundation.query<{ region: { currentHead: { officer: { matricule: string } } } }>(
      `query ($code: ID!) { region(code: $code) { currentHead { officer { matricule } } ${SOCIAL} } }`,
      { code: 'FES' },
      { sub: 'agent-of-rabat', role: 'FOUNDATION_AGENT', region: 'RABAT' },
    );
    expect(errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(data?.region).toBeNull();
    const head = await foundation.query<{
      region: { currentHead: { officer: { matricule: string } }; staffCount: number };
    }>(
      `query ($code: ID!) { region(code: $code) { currentHead { officer { matricule } } staffCount } }`,
      { code: 'FES' },
      testRegionalHead('FES'),
    );
    expect(head.errors).toBeUndefined();
    expect(head.data?.region.staffCount).toBeGreaterThan(0);
  });
});

describe('a short head term', () => {
  let shortTerm: FoundationUnderTest;

  beforeAll(async () => {
    shortTerm = await startFoundationUnderTest({ headTermYears: 1 });
  });

  afterAll(async () => {
    await shortTerm.stop();
  });

  it('makes rotation due once the configured term has passed', async () => {
    const { data, errors } = await shortTerm.query<{
      region: { currentHead: { termEndsOn: string; rotationDue: boolean } };
    }>('{ region(code: "RABAT") { currentHead { termEndsOn rotationDue } } }');
    expect(errors).toBeUndefined();
    expect(data?.region.currentHead.termEndsOn).toBe('2026-09-09');
    expect(data?.region.currentHead.rotationDue).toBe(new Date().toISOString().slice(0, 10) >= '2026-09-09');
  });

  it('never makes rotation due for an ended term, and lists history newest first', async () => {
    await shortTerm.sql(
      `INSERT INTO head_appointment (region_code, officer_matricule, start_date, end_date, decision_reference, approved_by)
       SELECT 'RABAT', matricule, '2019-03-01', '2025-09-08', 'DGSN/DRH/2019/0301-RABAT', 'Directeur Général de la Sûreté Nationale'
         FROM officer WHERE region_code = 'RABAT' AND status = 'RETIRED' ORDER BY matricule LIMIT 1`,
    );
    const { data } = await shortTerm.query<{
      region: { headHistory: Array<{ startDate: string; endDate: string | null; rotationDue: boolean }> };
    }>('{ region(code: "RABAT") { headHistory { startDate endDate rotationDue } } }');
    expect(data?.region.headHistory).toEqual([
      { startDate: '2025-09-09', endDate: null, rotationDue: true },
      { startDate: '2019-03-01', endDate: '2025-09-08', rotationDue: false },
    ]);
  });
});
