import { type Caller } from '@dsp/common';
import { testRegionalHead } from '@dsp/testing';
import {
  startFoundationUnderTest,
  type FoundationUnderTest,
  type GraphQLResponse,
} from '../../testing/foundation-test-server';

/**
 * The access matrix (README.md, "Access") against the seeded database, as a
 * client of the subgraph sees it: every role against its own region (FES)
 * and another (RABAT), through root queries and `_entities` alike.
 */

interface Family {
  /** An officer who never was a head, with dependents, trainings and applications all drawn on their region. */
  officer: string;
  lastName: string;
  dependent: string;
  application: string;
}

let foundation: FoundationUnderTest;
const families = {} as Record<'FES' | 'RABAT', Family>;
const heads = {} as Record<'FES' | 'RABAT', string>;

async function familyIn(region: string): Promise<Family> {
  const [row] = await foundation.sql<Family>(
    `SELECT o.matricule AS officer, o.last_name_latin AS "lastName",
            (SELECT d.id::text FROM dependent d WHERE d.officer_matricule = o.matricule ORDER BY d.id LIMIT 1) AS dependent,
            (SELECT a.id::text FROM application a WHERE a.officer_matricule = o.matricule ORDER BY a.id LIMIT 1) AS application
       FROM officer o
      WHERE o.region_code = $1
        AND NOT EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = o.matricule)
        AND EXISTS (SELECT 1 FROM dependent d WHERE d.officer_matricule = o.matricule)
        AND EXISTS (SELECT 1 FROM training t WHERE t.officer_matricule = o.matricule)
        AND EXISTS (SELECT 1 FROM application a WHERE a.officer_matricule = o.matricule)
        AND NOT EXISTS (SELECT 1 FROM application a WHERE a.officer_matricule = o.matricule AND a.region_code <> $1)
      ORDER BY o.matricule LIMIT 1`,
    [region],
  );
  if (!row) throw new Error(`The seed has no suitable family in ${region}.`);
  return row;
}

beforeAll(async () => {
  foundation = await startFoundationUnderTest();
  families.FES = await familyIn('FES');
  families.RABAT = await familyIn('RABAT');
  for (const region of ['FES', 'RABAT'] as const) {
    const [head] = await foundation.sql<{ matricule: string }>(
      'SELECT officer_matricule AS matricule FROM head_appointment WHERE region_code = $1 AND end_date IS NULL',
      [region],
    );
    heads[region] = head.matricule;
  }
});
afterAll(async () => {
  await foundation.stop();
});

const caller = {
  nationalAdmin: (): Caller => ({ sub: 'admin-1', role: 'NATIONAL_ADMIN', region: null }),
  medicalAdvisor: (): Caller => ({ sub: 'doctor-1', role: 'MEDICAL_ADVISOR', region: null }),
  fesHead: (): Caller => testRegionalHead('FES'),
  fesFoundationAgent: (): Caller => ({ sub: 'fagent-fes', role: 'FOUNDATION_AGENT', region: 'FES' }),
  fesMutualAgent: (): Caller => ({ sub: 'magent-fes', role: 'MUTUAL_AGENT', region: 'FES' }),
  /** The FES family's officer: "FES" is their own file. */
  fesOfficer: (): Caller => ({ sub: families.FES.officer, role: 'OFFICER', region: null }),
};
type Who = keyof typeof caller;
const EVERYONE = Object.keys(caller) as Who[];

const codes = (result: GraphQLResponse<unknown>): string[] =>
  (result.errors ?? []).map((error) => error.extensions?.code ?? '?');
const forbidden = (result: GraphQLResponse<unknown>): boolean =>
  codes(result).length > 0 && codes(result).every((code) => code === 'FORBIDDEN');

/** [who, allowed in FES, allowed in RABAT] */
type Row = [Who, boolean, boolean];
const FIGURES: Row[] = [
  ['nationalAdmin', true, true],
  ['medicalAdvisor', false, false],
  ['fesHead', true, false],
  ['fesFoundationAgent', true, false],
  ['fesMutualAgent', false, false],
  ['fesOfficer', false, false],
];
const FILES: Row[] = [
  ['nationalAdmin', true, true],
  ['medicalAdvisor', true, true],
  ['fesHead', true, false],
  ['fesFoundationAgent', true, false],
  ['fesMutualAgent', true, false],
  ['fesOfficer', true, false],
];
const APPLICATIONS: Row[] = [
  ['nationalAdmin', true, true],
  ['medicalAdvisor', false, false],
  ['fesHead', true, false],
  ['fesFoundationAgent', true, false],
  ['fesMutualAgent', false, false],
  ['fesOfficer', true, false],
];
const REGIONS = ['FES', 'RABAT'] as const;
const allowedIn = (row: Row, region: 'FES' | 'RABAT'): boolean => (region === 'FES' ? row[1] : row[2]);

const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Region { code nameFr staffCount beneficiaryCount social { openApplications budget { allocated } } }
  ... on Officer { matricule fullName rank serviceStartDate yearsOfService dependents { id fullName } trainings { code } }
  ... on Dependent { id fullName birthDate officer { matricule } }
  ... on Application { id status amount officer { matricule } region { code } }
} }`;
type Entity = Record<string, unknown> | null;
const entity = (representation: Record<string, string>, who: Who): Promise<GraphQLResponse<{ _entities: Entity[] }>> =>
  foundation.query<{ _entities: Entity[] }>(ENTITIES, { representations: [representation] }, caller[who]());

describe('region figures', () => {
  it.each(EVERYONE)('shows %s the names, kind and heads of every region', async (who) => {
    const result = await foundation.query<{
      regions: Array<{ code: string; currentHead: { officer: { matricule: string; fullName: string } } | null }>;
    }>(
      '{ regions { code nameAr nameFr kind currentHead { startDate officer { matricule fullName rank } } headHistory { id } } }',
      {},
      caller[who](),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.regions).toHaveLength(17);
    const byCode = new Map(result.data!.regions.map((region) => [region.code, region]));
    for (const region of REGIONS) expect(byCode.get(region)!.currentHead!.officer.matricule).toBe(heads[region]);
  });

  // The figures are non-null in the contract: a refused figure takes its region with it (FORBIDDEN and no data).
  it.each(FIGURES)('figures for %s: FES %s, RABAT %s, by region(code) and as entities', async (...row) => {
    for (const region of REGIONS) {
      const root = await foundation.query<{
        region: { nameFr: string; staffCount: number; social: { openApplications: number } } | null;
      }>(
        'query ($code: ID!) { region(code: $code) { nameFr staffCount social { openApplications } } }',
        { code: region },
        caller[row[0]](),
      );
      const asEntity = await entity({ __typename: 'Region', code: region }, row[0]);
      if (allowedIn(row, region)) {
        expect(root.errors).toBeUndefined();
        expect(root.data!.region!.staffCount).toBeGreaterThan(0);
        expect(asEntity.errors).toBeUndefined();
        const viaEntity = asEntity.data!._entities[0] as {
          staffCount: number;
          beneficiaryCount: number;
          social: unknown;
        };
        expect(viaEntity.staffCount).toBe(root.data!.region!.staffCount);
        expect(viaEntity.beneficiaryCount).toBeGreaterThan(viaEntity.staffCount);
        expect(viaEntity.social).not.toBeNull();
      } else {
        expect(forbidden(root)).toBe(true);
        expect(root.data!.region).toBeNull();
        expect(forbidden(asEntity)).toBe(true);
        expect(asEntity.data!._entities).toEqual([null]);
        for (const field of ['staffCount', 'beneficiaryCount', 'openApplications', 'allocated'])
          expect(JSON.stringify([root, asEntity])).not.toContain(field);
      }
    }
  });

  it('refuses a regional head the figures of the seventeen regions, and gives them their own', async () => {
    const all = await foundation.query<{ regions: unknown }>('{ regions { code staffCount } }', {}, caller.fesHead());
    expect(all.data).toBeNull();
    expect(forbidden(all)).toBe(true);
    const own = await foundation.query<{ regions: unknown[]; region: { staffCount: number } }>(
      '{ regions { code } region(code: "FES") { staffCount } }',
      {},
      caller.fesHead(),
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.regions).toHaveLength(17);
    expect(own.data!.region.staffCount).toBeGreaterThan(0);
  });
});

describe('officers and dependents', () => {
  it.each(FILES)('officer(matricule) and Officer, Dependent entities for %s: FES %s, RABAT %s', async (...row) => {
    for (const region of REGIONS) {
      const family = families[region];
      const root = await foundation.query<{ officer: { matricule: string; dependents: Array<{ id: string }> } | null }>(
        'query ($m: ID!) { officer(matricule: $m) { matricule fullName serviceStartDate dependents { id } trainings { code } } }',
        { m: family.officer },
        caller[row[0]](),
      );
      const officer = await entity({ __typename: 'Officer', matricule: family.officer }, row[0]);
      const dependent = await entity({ __typename: 'Dependent', id: family.dependent }, row[0]);
      if (allowedIn(row, region)) {
        expect([root.errors, officer.errors, dependent.errors]).toEqual([undefined, undefined, undefined]);
        expect(root.data!.officer!.matricule).toBe(family.officer);
        expect(root.data!.officer!.dependents.map((d) => d.id)).toContain(family.dependent);
        expect((officer.data!._entities[0] as { dependents: unknown[] }).dependents.length).toBeGreaterThan(0);
        expect(dependent.data!._entities[0]).toMatchObject({
          id: family.dependent,
          officer: { matricule: family.officer },
        });
      } else {
        for (const result of [root, officer, dependent]) {
          expect(codes(result)).toEqual(['FORBIDDEN']);
          expect(JSON.stringify(result)).not.toContain(family.lastName);
        }
        expect(root.data!.officer).toBeNull();
        expect(officer.data!._entities).toEqual([null]);
        expect(dependent.data!._entities).toEqual([null]);
      }
    }
  });

  it('answers null, not FORBIDDEN, for officers and dependents that do not exist', async () => {
    const result = await foundation.query<{ officer: null; _entities: unknown[] }>(
      `{ officer(matricule: "999999999") { matricule }
         _entities(representations: [{ __typename: "Officer", matricule: "999999999" }, { __typename: "Dependent", id: "00000000-0000-4000-8000-000000000000" }]) { __typename } }`,
      {},
      caller.fesHead(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ officer: null, _entities: [null, null] });
  });

  it('refuses the FES head a RABAT officer, with no field of the officer anywhere in the answer, at the root and through _entities', async () => {
    const rabat = families.RABAT;
    const [row] = await foundation.sql<{ first_name_latin: string; rank: string }>(
      'SELECT first_name_latin, rank FROM officer WHERE matricule = $1',
      [rabat.officer],
    );
    const root = await foundation.query<{ officer: unknown }>(
      'query ($m: ID!) { officer(matricule: $m) { matricule firstNameLatin lastNameLatin fullName rank status region { code } dependents { id } } }',
      { m: rabat.officer },
      caller.fesHead(),
    );
    expect(codes(root)).toEqual(['FORBIDDEN']);
    expect(root.data).toEqual({ officer: null });
    // A direct call carrying a valid FES identity, as a rogue client of the subgraph would.
    const response = await fetch(foundation.server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(await foundation.gateway.headersFor(caller.fesHead(), 'foundation')),
      },
      body: JSON.stringify({
        query:
          '{ _entities(representations: [{ __typename: "Officer", matricule: "' +
          rabat.officer +
          '" }]) { ... on Officer { matricule firstNameLatin lastNameLatin rank status dependents { id } } } }',
      }),
    });
    const direct = (await response.json()) as GraphQLResponse<{ _entities: unknown[] }>;
    expect(codes(direct)).toEqual(['FORBIDDEN']);
    expect(direct.data).toEqual({ _entities: [null] });
    for (const result of [root, direct]) {
      const json = JSON.stringify(result);
      for (const leak of [
        rabat.officer,
        rabat.lastName,
        row.first_name_latin,
        row.rank,
        rabat.dependent,
        '"firstNameLatin"',
        '"fullName"',
        '"rank"',
        '"dependents"',
        '"matricule"',
      ]) {
        expect(json).not.toContain(leak);
      }
    }
  });

  it.each(EVERYONE)("shows %s a head's public identity in any region, never their file", async (who) => {
    const rabatHead = heads.RABAT;
    const result = await foundation.query<{
      officer: {
        matricule: string;
        fullName: string;
        rank: string;
        status: string;
        region: { code: string };
        dependents: unknown;
      } | null;
    }>(
      'query ($m: ID!) { officer(matricule: $m) { matricule fullName rank status region { code } } }',
      { m: rabatHead },
      caller[who](),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.officer).toMatchObject({ matricule: rabatHead, region: { code: 'RABAT' } });
    const file = await foundation.query<{
      officer: { dependents: unknown; trainings: unknown; applications: unknown } | null;
    }>('query ($m: ID!) { officer(matricule: $m) { matricule dependents { id } } }', { m: rabatHead }, caller[who]());
    const seesFile = who === 'nationalAdmin' || who === 'medicalAdvisor';
    expect(forbidden(file)).toBe(!seesFile);
    if (!seesFile) expect(file.data!.officer).toBeNull();
  });

  it.each(FILES.map(([who]) => who))(
    'lists officers for %s: its own region (FES) and another (RABAT) exactly per the matrix',
    async (who) => {
      const [counts] = await foundation.sql<{ fes: number; rabat: number; all: number }>(
        "SELECT count(*) FILTER (WHERE region_code = 'FES')::int AS fes, count(*) FILTER (WHERE region_code = 'RABAT')::int AS rabat, count(*)::int AS all FROM officer",
      );
      const list = (
        region: string | null,
      ): Promise<
        GraphQLResponse<{
          officers: { totalCount: number; edges: Array<{ node: { region: { code: string } } }> } | null;
        }>
      > =>
        foundation.query(
          'query ($region: ID) { officers(region: $region, first: 100) { totalCount edges { node { region { code } } } } }',
          { region },
          caller[who](),
        );
      const national = who === 'nationalAdmin' || who === 'medicalAdvisor';
      const regional = who === 'fesHead' || who === 'fesFoundationAgent' || who === 'fesMutualAgent';
      const fes = await list('FES');
      const rabat = await list('RABAT');
      const unfiltered = await list(null);
      if (national || regional) {
        expect(fes.errors).toBeUndefined();
        expect(fes.data!.officers!.totalCount).toBe(counts.fes);
      } else {
        expect(forbidden(fes)).toBe(true);
        expect(fes.data).toBeNull();
      }
      if (national) {
        expect(rabat.data!.officers!.totalCount).toBe(counts.rabat);
        expect(unfiltered.data!.officers!.totalCount).toBe(counts.all);
      } else {
        expect(forbidden(rabat)).toBe(true);
        expect(rabat.data).toBeNull();
      }
      if (regional) {
        expect(unfiltered.errors).toBeUndefined();
        expect(unfiltered.data!.officers!.totalCount).toBe(counts.fes);
        expect(unfiltered.data!.officers!.edges.every((edge) => edge.node.region.code === 'FES')).toBe(true);
      }
      if (who === 'fesOfficer') expect(forbidden(unfiltered)).toBe(true);
    },
  );
});

describe('applications', () => {
  it.each(APPLICATIONS)('Officer.applications and Application entities for %s: FES %s, RABAT %s', async (...row) => {
    for (const region of REGIONS) {
      const family = families[region];
      const list = await foundation.query<{ officer: { applications: Array<{ id: string }> | null } | null }>(
        'query ($m: ID!) { officer(matricule: $m) { matricule applications { id status amount } } }',
        { m: family.officer },
        caller[row[0]](),
      );
      const asEntity = await entity({ __typename: 'Application', id: family.application }, row[0]);
      if (allowedIn(row, region)) {
        expect([list.errors, asEntity.errors]).toEqual([undefined, undefined]);
        expect(list.data!.officer!.applications!.map((application) => application.id)).toContain(family.application);
        expect(asEntity.data!._entities[0]).toMatchObject({
          id: family.application,
          officer: { matricule: family.officer },
          region: { code: region },
        });
      } else {
        expect(forbidden(list)).toBe(true);
        expect(list.data!.officer?.applications ?? null).toBeNull();
        expect(codes(asEntity)).toEqual(['FORBIDDEN']);
        expect(asEntity.data!._entities).toEqual([null]);
        expect(JSON.stringify([list, asEntity])).not.toContain(family.application);
      }
    }
  });
});

describe('me', () => {
  it.each(EVERYONE)('tells %s its role and region', async (who) => {
    const me = caller[who]();
    const result = await foundation.query<{ me: { sub: string; role: string; region: { code: string } | null } }>(
      '{ me { sub role region { code nameFr } } }',
      {},
      me,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.me).toMatchObject({
      sub: me.sub,
      role: me.role,
      region: me.region === null ? null : { code: me.region },
    });
  });

  it('returns an officer their own file, dependents included', async () => {
    const result = await foundation.query<{
      me: { officer: { matricule: string; dependents: Array<{ id: string }>; applications: Array<{ id: string }> } };
    }>('{ me { role officer { matricule dependents { id } applications { id } } } }', {}, caller.fesOfficer());
    expect(result.errors).toBeUndefined();
    expect(result.data!.me.officer.matricule).toBe(families.FES.officer);
    expect(result.data!.me.officer.dependents.map((d) => d.id)).toContain(families.FES.dependent);
    expect(result.data!.me.officer.applications.map((a) => a.id)).toContain(families.FES.application);
  });

  it('has no officer file for the national administrator, nor for an officer subject that is nobody', async () => {
    for (const me of [caller.nationalAdmin(), { sub: '999999999', role: 'OFFICER', region: null } satisfies Caller]) {
      const result = await foundation.query<{ me: { role: string; officer: unknown } }>(
        '{ me { role officer { matricule } } }',
        {},
        me,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.me).toEqual({ role: me.role, officer: null });
    }
  });

  it('gives a regional head whose subject is their matricule their own file, and an officer who is a head elsewhere nothing more than their own', async () => {
    const head = await foundation.query<{ me: { officer: { matricule: string; dependents: unknown[] } | null } }>(
      '{ me { officer { matricule dependents { id } } } }',
      {},
      { sub: heads.FES, role: 'REGIONAL_HEAD', region: 'FES' },
    );
    expect(head.errors).toBeUndefined();
    expect(head.data!.me.officer!.matricule).toBe(heads.FES);
    // A FES agent whose subject is the RABAT head's matricule: public identity is not "their file".
    const other = await foundation.query<{ me: { officer: unknown } }>(
      '{ me { officer { matricule } } }',
      {},
      { sub: heads.RABAT, role: 'FOUNDATION_AGENT', region: 'FES' },
    );
    expect(other.errors).toBeUndefined();
    expect(other.data!.me.officer).toBeNull();
  });
});
