import { startHarness, type MutualHarness } from '../../testing/harness';

interface PersonResult {
  coverage: { memberNumber: string; active: boolean; endDate: string | null; plan: { name: string } } | null;
  claims: Array<{ id: string; submittedAt: string; lines: Array<{ actCode: string }> }> | null;
}

const OFFICERS_QUERY = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Officer { matricule coverage { memberNumber active endDate plan { name } } claims { id submittedAt lines { actCode } } }
    ... on Dependent { id coverage { memberNumber active endDate plan { name } } claims { id submittedAt lines { actCode } } }
  }
}`;

let harness: MutualHarness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
});

const officers = (matricules: string[]): Array<{ __typename: string; matricule: string }> =>
  matricules.map((matricule) => ({ __typename: 'Officer', matricule }));

describe('Officer and Dependent entities', () => {
  it('declares Officer by matricule in the subgraph SDL', async () => {
    const result = await harness.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(result.data!._service.sdl).toMatch(/type Officer\s+@key\(fields: "matricule"\)/);
    expect(result.data!._service.sdl).toMatch(/type Dependent\s+@key\(fields: "id"\)/);
  });

  it('gives an officer their coverage and their own claims, newest first', async () => {
    const [officer] = await harness.sql<{ person_id: string; member_number: string; plan: string; claims: string }>(
      `SELECT b.person_id, c.member_number, p.name AS plan, (SELECT count(*) FROM claim WHERE beneficiary_id = b.person_id)::text AS claims
         FROM beneficiary b JOIN coverage c ON c.beneficiary_id = b.person_id JOIN plan p ON p.id = c.plan_id
        WHERE b.kind = 'OFFICER' AND EXISTS (SELECT 1 FROM claim WHERE beneficiary_id = b.person_id) LIMIT 1`,
    );
    const result = await harness.query<{ _entities: PersonResult[] }>(OFFICERS_QUERY, {
      representations: officers([officer.person_id]),
    });
    expect(result.errors).toBeUndefined();
    const found = result.data!._entities[0];
    expect(found.coverage).toEqual({
      memberNumber: officer.member_number,
      active: true,
      endDate: null,
      plan: { name: officer.plan },
    });
    expect(found.claims).toHaveLength(Number(officer.claims));
    const times = found.claims!.map((claim) => claim.submittedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(found.claims!.every((claim) => claim.lines.length > 0)).toBe(true);
  });

  it('gives a dependent their own coverage and claims, and none of the officer’s', async () => {
    const [dependent] = await harness.sql<{ person_id: string; officer_matricule: string; member_number: string }>(
      `SELECT b.person_id, b.officer_matricule, c.member_number FROM beneficiary b JOIN coverage c ON c.beneficiary_id = b.person_id
        WHERE b.kind = 'DEPENDENT' AND c.end_date IS NULL AND EXISTS (SELECT 1 FROM claim WHERE beneficiary_id = b.person_id) LIMIT 1`,
    );
    const ownClaims = await harness.sql<{ id: string }>('SELECT id FROM claim WHERE beneficiary_id = $1', [
      dependent.person_id,
    ]);
    const result = await harness.query<{ _entities: PersonResult[] }>(OFFICERS_QUERY, {
      representations: [{ __typename: 'Dependent', id: dependent.person_id }],
    });
    const found = result.data!._entities[0];
    expect(found.coverage?.memberNumber).toBe(dependent.member_number);
    expect(found.claims!.map((claim) => claim.id).sort()).toEqual(ownClaims.map((claim) => claim.id).sort());
  });

  it('shows a child who outgrew their rights as covered no more', async () => {
    const [child] = await harness.sql<{ person_id: string; end_date: string }>(
      'SELECT beneficiary_id AS person_id, end_date::text FROM coverage WHERE end_date IS NOT NULL AND end_date < current_date LIMIT 1',
    );
    const result = await harness.query<{ _entities: PersonResult[] }>(OFFICERS_QUERY, {
      representations: [{ __typename: 'Dependent', id: child.person_id }],
    });
    expect(result.data!._entities[0].coverage).toMatchObject({ active: false, endDate: child.end_date });
  });

  it('answers for people outside the beneficiary file with no coverage and no claims', async () => {
    const [dependent] = await harness.sql<{ person_id: string }>(
      "SELECT person_id FROM beneficiary WHERE kind = 'DEPENDENT' LIMIT 1",
    );
    const result = await harness.query<{ _entities: PersonResult[] }>(OFFICERS_QUERY, {
      representations: [
        { __typename: 'Officer', matricule: '999999999' },
        { __typename: 'Dependent', id: '00000000-0000-4000-8000-000000000000' },
        // A dependent's id is not a matricule: it must not open their file as an officer.
        { __typename: 'Officer', matricule: dependent.person_id },
      ],
    });
    expect(result.errors).toBeUndefined();
    for (const person of result.data!._entities) expect(person).toMatchObject({ coverage: null, claims: [] });
  });

  it('costs the same number of SQL statements for 100 officers as for 10', async () => {
    const matricules = (
      await harness.sql<{ person_id: string }>(
        "SELECT person_id FROM beneficiary WHERE kind = 'OFFICER' ORDER BY person_id LIMIT 100",
      )
    ).map((row) => row.person_id);
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Officer { coverage { memberNumber plan { name } } claims { id lines { actCode } } } } }`;
    const cost = async (count: number): Promise<number> => {
      harness.statements.reset();
      const result = await harness.query<{ _entities: PersonResult[] }>(query, {
        representations: officers(matricules.slice(0, count)),
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities.filter((officer) => officer.coverage !== null)).toHaveLength(count);
      return harness.statements.count;
    };
    const ten = await cost(10);
    expect(await cost(100)).toBe(ten);
    // One more than before clinical fields were guarded: the act codes' check reads where the claims belong, once for all.
    expect(ten).toBeLessThanOrEqual(9);
  });
});
