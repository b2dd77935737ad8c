import type { Caller } from '@dsp/common';
import {
  startFoundationUnderTest,
  type FoundationUnderTest,
  type GraphQLResponse,
} from '../../testing/foundation-test-server';

interface Page {
  officers: {
    edges: Array<{
      cursor: string;
      node: { matricule: string; fullName: string; fullNameAr: string; region: { code: string } };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

const PAGE = `query Page($region: ID, $search: String, $first: Int, $after: String) {
  officers(region: $region, search: $search, first: $first, after: $after) {
    edges { cursor node { matricule fullName fullNameAr region { code } } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

let foundation: FoundationUnderTest;

beforeAll(async () => {
  foundation = await startFoundationUnderTest();
});

afterAll(async () => {
  await foundation.stop();
});

describe('officers connection', () => {
  it('walks a region page by page in matricule order, without overlap or gap', async () => {
    const expected = (
      await foundation.sql<{ matricule: string }>(
        `SELECT matricule FROM officer WHERE region_code = 'DAKHLA' ORDER BY matricule`,
      )
    ).map((row) => row.matricule);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const response: GraphQLResponse<Page> = await foundation.query<Page>(PAGE, {
        region: 'DAKHLA',
        first: 25,
        after,
      });
      expect(response.errors).toBeUndefined();
      const page: Page['officers'] = response.data!.officers;
      expect(page.totalCount).toBe(expected.length);
      seen.push(...page.edges.map((edge) => edge.node.matricule));
      expect(page.edges.every((edge) => edge.node.region.code === 'DAKHLA')).toBe(true);
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 25));
  });

  it('counts every match across pages', async () => {
    const [{ count } = { count: -1 }] = await foundation.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM officer',
    );
    const { data } = await foundation.query<Page>(PAGE, { first: 3 });
    expect(data?.officers.totalCount).toBe(count);
    expect(data?.officers.edges).toHaveLength(3);
    expect(data?.officers.pageInfo.hasNextPage).toBe(true);
  });

  it.each([0, 101, -5])('refuses first = %d, naming the field', async (first) => {
    const { data, errors } = await foundation.query<Page>(PAGE, { first });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it.each(['not a cursor', Buffer.from('region:FES').toString('base64'), ''])(
    'refuses the cursor %p, naming the field',
    async (after) => {
      const { errors } = await foundation.query<Page>(PAGE, { after });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    },
  );

  it('refuses an unknown region code, naming the field', async () => {
    const { errors } = await foundation.query<Page>(PAGE, { region: 'ATLANTIS' });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'region' });
  });
});

describe('officer search', () => {
  it('finds Latin names typed without accents or capitals', async () => {
    const expected = await foundation.sql<{ matricule: string }>(
      `SELECT matricule FROM officer WHERE last_name_latin = 'Chraïbi' OR first_name_latin = 'Chraïbi' ORDER BY matricule`,
    );
    expect(expected.length).toBeGreaterThan(0);
    const { data } = await foundation.query<Page>(PAGE, { search: 'CHRAIBI', first: 100 });
    expect(data?.officers.totalCount).toBe(expected.length);
    expect(data?.officers.edges.every((edge) => edge.node.fullName.includes('Chraïbi'))).toBe(true);
  });

  it('finds Arabic names typed without hamza, and combines words', async () => {
    const expected = await foundation.sql<{ matricule: string }>(
      `SELECT matricule FROM officer WHERE first_name_ar = 'أحمد' AND last_name_ar = 'الإدريسي' ORDER BY matricule`,
    );
    expect(expected.length).toBeGreaterThan(0);
    const { data } = await foundation.query<Page>(PAGE, { search: 'احمد الادريسي', first: 100 });
    expect(data?.officers.edges.map((edge) => edge.node.matricule)).toEqual(expected.map((row) => row.matricule));
    expect(data?.officers.edges[0]?.node.fullNameAr).toBe('أحمد الإدريسي');
  });

  it('treats LIKE wildcards as plain characters', async () => {
    const { data } = await foundation.query<Page>(PAGE, { search: '%', first: 10 });
    expect(data?.officers.totalCount).toBe(0);
  });

  it('finds a matricule and narrows to a region', async () => {
    const [row] = await foundation.sql<{ matricule: string; region_code: string }>(
      `SELECT matricule, region_code FROM officer ORDER BY matricule DESC LIMIT 1`,
    );
    const { data } = await foundation.query<Page>(PAGE, { search: row.matricule, region: row.region_code });
    expect(data?.officers.edges.map((edge) => edge.node.matricule)).toEqual([row.matricule]);
  });
});

describe('officer file', () => {
  it('shows one officer with dependents, trainings and applications', async () => {
    const [row] = await foundation.sql<{ matricule: string }>(
      `SELECT o.matricule FROM officer o
        WHERE EXISTS (SELECT 1 FROM dependent d WHERE d.officer_matricule = o.matricule)
          AND EXISTS (SELECT 1 FROM training t WHERE t.officer_matricule = o.matricule)
          AND EXISTS (SELECT 1 FROM application a WHERE a.officer_matricule = o.matricule)
        ORDER BY o.matricule LIMIT 1`,
    );
    const matricule = row.matricule;
    const { data, errors } = await foundation.query<{
      officer: {
        matricule: string;
        serviceStartDate: string;
        yearsOfService: number;
        dependents: Array<{ id: string; relation: string; birthDate: string; officer: { matricule: string } }>;
        trainings: Array<{ code: string; title: string; completedOn: string }>;
        applications: Array<{
          id: string;
          amount: string;
          submittedAt: string;
          campaign: { programme: { kind: string } };
        }>;
      };
    }>(
      `query File($matricule: ID!) { officer(matricule: $matricule) {
          matricule serviceStartDate yearsOfService
          dependents { id relation birthDate officer { matricule } }
          trainings { code title completedOn }
          applications { id amount submittedAt campaign { programme { kind } } }
      } }`,
      { matricule },
    );
    expect(errors).toBeUndefined();
    const officer = data!.officer;
    const dependents = await foundation.sql<{ id: string }>(
      'SELECT id FROM dependent WHERE officer_matricule = $1 ORDER BY birth_date, id',
      [matricule],
    );
    expect(officer.dependents.map((d) => d.id)).toEqual(dependents.map((d) => d.id));
    expect(officer.dependents.every((d) => d.officer.matricule === matricule)).toBe(true);
    const trainings = await foundation.sql<{ code: string }>('SELECT code FROM training WHERE officer_matricule = $1', [
      matricule,
    ]);
    expect(officer.trainings.map((t) => t.code).sort()).toEqual(trainings.map((t) => t.code).sort());
    expect(officer.trainings[0]?.completedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const submitted = officer.applications.map((a) => a.submittedAt);
    expect(submitted).toEqual([...submitted].sort().reverse());
    expect(officer.applications[0]?.amount).toMatch(/^\d+\.\d{2}$/);
    const today = new Date().toISOString().slice(0, 10);
    const years =
      Number(today.slice(0, 4)) -
      Number(officer.serviceStartDate.slice(0, 4)) -
      (today.slice(5) < officer.serviceStartDate.slice(5) ? 1 : 0);
    expect(officer.yearsOfService).toBe(years);
  });

  it('gives an officer their own birth date and their family’s, and another officer not even a head’s', async () => {
    const [own] = await foundation.sql<{ matricule: string; birthDate: string }>(
      `SELECT o.matricule, to_char(o.birth_date, 'YYYY-MM-DD') AS "birthDate" FROM officer o
        WHERE EXISTS (SELECT 1 FROM dependent d WHERE d.officer_matricule = o.matricule)
          AND NOT EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = o.matricule)
        ORDER BY o.matricule LIMIT 1`,
    );
    const [head] = await foundation.sql<{ matricule: string }>(
      'SELECT officer_matricule AS matricule FROM head_appointment ORDER BY officer_matricule LIMIT 1',
    );
    const family = await foundation.sql<{ id: string; birthDate: string }>(
      `SELECT id, to_char(birth_date, 'YYYY-MM-DD') AS "birthDate" FROM dependent WHERE officer_matricule = $1 ORDER BY birth_date, id`,
      [own.matricule],
    );
    const FILE = `query ($matricule: ID!) { officer(matricule: $matricule) {
      matricule fullName birthDate dependents { id birthDate } } }`;
    const officer: Caller = { sub: own.matricule, role: 'OFFICER', region: null };
    const mine = await foundation.query<{
      officer: { birthDate: string; dependents: Array<{ id: string; birthDate: string }> };
    }>(FILE, { matricule: own.matricule }, officer);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.officer.birthDate).toBe(own.birthDate);
    expect(mine.data!.officer.dependents).toEqual(family);

    // A head's identity is public, the rest of their file is not.
    const theirs = await foundation.query<{ officer: { fullName: string; birthDate: string } | null }>(
      'query ($matricule: ID!) { officer(matricule: $matricule) { fullName birthDate } }',
      { matricule: head.matricule },
      officer,
    );
    expect(theirs.errors?.[0]).toMatchObject({ path: ['officer', 'birthDate'], extensions: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(theirs.data)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('answers null for an unknown matricule', async () => {
    const { data, errors } = await foundation.query<{ officer: null }>(
      '{ officer(matricule: "000000") { matricule } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.officer).toBeNull();
  });
});
