import { StatementCounter } from '@dsp/subgraph-kit';
import { startFoundationUnderTest, type FoundationUnderTest } from '../testing/foundation-test-server';

const counter = new StatementCounter();
let foundation: FoundationUnderTest;

beforeAll(async () => {
  foundation = await startFoundationUnderTest({ queryLogger: counter });
});

afterAll(async () => {
  await foundation.stop();
});

const OFFICER_FILES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Officer { matricule dependents { id } trainings { code } }
  }
}`;

describe('federation', () => {
  it('publishes the SDL with the entity keys', async () => {
    const { data } = await foundation.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(data?._service.sdl).toContain('@key(fields: "matricule")');
    expect(data?._service.sdl).toMatch(/type Officer\s+@key\(fields: "matricule"\)/);
    expect(data?._service.sdl).toMatch(/type Region\s+@key\(fields: "code"\)/);
  });

  it('resolves Officer, Region and Dependent representations in one call, unknown keys as null', async () => {
    const [dependent] = await foundation.sql<{ id: string; officer_matricule: string; first_name_latin: string }>(
      'SELECT id, officer_matricule, first_name_latin FROM dependent ORDER BY id LIMIT 1',
    );
    const { data, errors } = await foundation.query<{ _entities: Array<Record<string, unknown> | null> }>(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Officer { matricule region { code } }
          ... on Region { code nameFr }
          ... on Dependent { id firstNameLatin officer { matricule } }
        }
      }`,
      {
        representations: [
          { __typename: 'Officer', matricule: dependent.officer_matricule },
          { __typename: 'Region', code: 'TANGIER' },
          { __typename: 'Dependent', id: dependent.id },
          { __typename: 'Officer', matricule: 'nobody' },
          { __typename: 'Region', code: 'NOWHERE' },
          { __typename: 'Dependent', id: 'not-a-uuid' },
          { __typename: 'Dependent', id: '00000000-0000-4000-8000-000000000000' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data?._entities[0]).toMatchObject({ matricule: dependent.officer_matricule });
    expect(data?._entities[1]).toEqual({ code: 'TANGIER', nameFr: 'Tanger' });
    expect(data?._entities[2]).toEqual({
      id: dependent.id,
      firstNameLatin: dependent.first_name_latin,
      officer: { matricule: dependent.officer_matricule },
    });
    expect(data?._entities.slice(3)).toEqual([null, null, null, null]);
  });

  it('costs the same number of SQL statements for 10 and for 100 officers', async () => {
    const matricules = (
      await foundation.sql<{ matricule: string }>('SELECT matricule FROM officer ORDER BY matricule LIMIT 100')
    ).map((row) => row.matricule);
    const statementsFor = async (count: number): Promise<number> => {
      counter.reset();
      const { data, errors } = await foundation.query<{
        _entities: Array<{ matricule: string; dependents: unknown[] } | null>;
      }>(OFFICER_FILES, {
        representations: matricules.slice(0, count).map((matricule) => ({ __typename: 'Officer', matricule })),
      });
      expect(errors).toBeUndefined();
      expect(data?._entities.map((officer) => officer?.matricule)).toEqual(matricules.slice(0, count));
      return counter.count;
    };
    const forTen = await statementsFor(10);
    const forHundred = await statementsFor(100);
    expect(forTen).toBeGreaterThan(0);
    expect(forHundred).toBe(forTen);
  });

  it('costs the same number of SQL statements for a page of 5 and of 100 officers with their regions and files', async () => {
    const statementsFor = async (first: number): Promise<number> => {
      counter.reset();
      const { errors } = await foundation.query(
        `query ($first: Int) { officers(first: $first) { edges { node { matricule region { code currentHead { officer { fullName } } } dependents { id } applications { campaign { programme { kind } } } } } } }`,
        { first },
      );
      expect(errors).toBeUndefined();
      return counter.count;
    };
    expect(await statementsFor(100)).toBe(await statementsFor(5));
  });
});

describe("a claim queue's names", () => {
  const NAMES = `query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Officer { matricule fullName fullNameAr }
      ... on Dependent { id fullName fullNameAr relation officer { matricule fullName fullNameAr } }
    }
  }`;

  it("reads a page's officers and dependents, and the dependents' officers, in four statements, as the mutual agent of their region", async () => {
    const officers = await foundation.sql<{ matricule: string }>(
      `SELECT matricule FROM officer WHERE region_code = 'FES' AND NOT EXISTS (SELECT 1 FROM dependent d WHERE d.officer_matricule = officer.matricule)
        ORDER BY matricule LIMIT 10`,
    );
    const dependents = await foundation.sql<{ id: string; officer_matricule: string }>(
      `SELECT d.id, d.officer_matricule FROM dependent d JOIN officer o ON o.matricule = d.officer_matricule
        WHERE o.region_code = 'FES' ORDER BY d.id LIMIT 10`,
    );
    expect([officers.length, dependents.length]).toEqual([10, 10]);
    counter.reset();
    const { data, errors } = await foundation.query<{
      _entities: Array<{ matricule?: string; id?: string; officer?: { matricule: string } } | null>;
    }>(
      NAMES,
      {
        representations: [
          ...officers.map((officer) => ({ __typename: 'Officer', matricule: officer.matricule })),
          ...dependents.map((dependent) => ({ __typename: 'Dependent', id: dependent.id })),
        ],
      },
      { sub: 'mutual-fes', role: 'MUTUAL_AGENT', region: 'FES' },
    );
    expect(errors).toBeUndefined();
    expect(data?._entities.slice(0, 10).map((entity) => entity?.matricule)).toEqual(
      officers.map((officer) => officer.matricule),
    );
    expect(data?._entities.slice(10).map((entity) => [entity?.id, entity?.officer?.matricule])).toEqual(
      dependents.map((dependent) => [dependent.id, dependent.officer_matricule]),
    );
    // Where each row belongs (officers, dependents with their officers), then the rows (dependents with their officers).
    expect(counter.count).toBe(4);
  });
});
