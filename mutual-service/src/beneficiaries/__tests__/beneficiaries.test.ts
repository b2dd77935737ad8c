import type { Caller } from '@dsp/common';
import { testRegionalHead } from '@dsp/testing';
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

describe("what a person's plan has left this year (Coverage.ceilingUse)", () => {
  const YEAR = new Date().toISOString().slice(0, 4);
  interface CeilingRow {
    careType: string;
    rate: number;
    yearlyCeiling: string;
    approved: string;
    remaining: string;
    inProgress: string;
    claimsInProgress: number;
  }
  const CEILINGS = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Officer { matricule coverage {
      ceilingUse { careType rate yearlyCeiling approved remaining inProgress claimsInProgress } } } } }`;
  const ask = (matricule: string, caller?: Caller) =>
    harness.query<{ _entities: Array<{ coverage: { ceilingUse: CeilingRow[] | null } | null } | null> }>(
      CEILINGS,
      { representations: officers([matricule]) },
      caller,
    );
  const agent = (region: 'FES' | 'RABAT'): Caller => ({ sub: `test-agent-${region}`, role: 'MUTUAL_AGENT', region });
  const money = (centimes: string): string => `${centimes.slice(0, -2) || '0'}.${centimes.slice(-2).padStart(2, '0')}`;

  /**
   * The plan's rules in the SDL's order, with the year's approved care and the claims not decided yet added up
   * over all the person's claims.
   */
  async function expected(personId: string): Promise<CeilingRow[]> {
    const rows = await harness.sql<{
      care_type: string;
      rate: string;
      ceiling: string;
      approved: string;
      in_progress: string;
      claims_in_progress: number;
    }>(
      `SELECT r.care_type, r.rate::text AS rate, r.yearly_ceiling::text AS ceiling,
              (SELECT coalesce(sum(c.amount_approved), 0)::text FROM claim c
                WHERE c.beneficiary_id = $1 AND c.care_type = r.care_type
                  AND c.status IN ('APPROVED', 'PARTIALLY_APPROVED', 'PAID')
                  AND extract(year FROM c.care_start_date) = $2) AS approved,
              (SELECT coalesce(sum(c.amount_claimed), 0)::text FROM claim c
                WHERE c.beneficiary_id = $1 AND c.care_type = r.care_type
                  AND c.status IN ('ENTERED', 'CHECKED', 'UNDER_REVIEW')
                  AND extract(year FROM c.care_start_date) = $2) AS in_progress,
              (SELECT count(*)::int FROM claim c
                WHERE c.beneficiary_id = $1 AND c.care_type = r.care_type
                  AND c.status IN ('ENTERED', 'CHECKED', 'UNDER_REVIEW')
                  AND extract(year FROM c.care_start_date) = $2) AS claims_in_progress
         FROM coverage cv JOIN plan_rule r ON r.plan_id = cv.plan_id
        WHERE cv.beneficiary_id = $1
          AND cv.start_date = (SELECT max(start_date) FROM coverage WHERE beneficiary_id = $1)
        ORDER BY array_position(ARRAY['CONSULTATION','DENTAL','OPTICAL','PHARMACY','LABORATORY','IMAGING','HOSPITALISATION','PHYSIOTHERAPY'], r.care_type)`,
      [personId, Number(YEAR)],
    );
    return rows.map((row) => ({
      careType: row.care_type,
      rate: Number(row.rate),
      yearlyCeiling: money(row.ceiling),
      approved: money(row.approved),
      remaining: money(
        String(BigInt(row.ceiling) > BigInt(row.approved) ? BigInt(row.ceiling) - BigInt(row.approved) : 0n),
      ),
      inProgress: money(row.in_progress),
      claimsInProgress: row.claims_in_progress,
    }));
  }

  /**
   * A FES officer with care approved this year in two care types at least, a claim of this year not decided yet, and
   * their claims all handled in FES.
   */
  async function fesOfficerWithCare(): Promise<{ person_id: string; officer_matricule: string }> {
    const [row] = await harness.sql<{ person_id: string; officer_matricule: string }>(
      `SELECT b.person_id, b.officer_matricule FROM beneficiary b
        WHERE b.kind = 'OFFICER' AND b.region_code = 'FES'
          AND (SELECT count(DISTINCT care_type) FROM claim c WHERE c.beneficiary_id = b.person_id
                AND c.status IN ('APPROVED', 'PARTIALLY_APPROVED', 'PAID') AND extract(year FROM c.care_start_date) = $1) >= 2
          AND EXISTS (SELECT 1 FROM claim c WHERE c.beneficiary_id = b.person_id
                AND c.status IN ('ENTERED', 'CHECKED', 'UNDER_REVIEW') AND extract(year FROM c.care_start_date) = $1)
          AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.beneficiary_id = b.person_id AND c.handling_region_code <> 'FES')
        ORDER BY b.person_id LIMIT 1`,
      [Number(YEAR)],
    );
    expect(row).toBeDefined();
    return row;
  }

  it("gives the region's mutual agent, the advisors and the officer each care type's ceiling, this year's approved care, what is left and what is still examined", async () => {
    const officer = await fesOfficerWithCare();
    const want = await expected(officer.person_id);
    expect(want.filter((row) => row.approved !== '0.00').length).toBeGreaterThanOrEqual(2);
    expect(want.some((row) => row.claimsInProgress > 0 && row.inProgress !== '0.00')).toBe(true);
    for (const caller of [
      agent('FES'),
      { sub: 'test-advisor', role: 'MEDICAL_ADVISOR', region: null } satisfies Caller,
      { sub: officer.officer_matricule, role: 'OFFICER', region: null } satisfies Caller,
    ]) {
      const result = await ask(officer.person_id, caller);
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities[0]!.coverage!.ceilingUse).toEqual(want);
    }
  });

  it('refuses it to the head, the national administration and another region, with no figure in the answer', async () => {
    const officer = await fesOfficerWithCare();
    for (const caller of [testRegionalHead('FES'), undefined, agent('RABAT')]) {
      const result = await ask(officer.person_id, caller);
      expect(result.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
      expect(JSON.stringify(result.data ?? null)).not.toMatch(/yearlyCeiling|remaining/);
    }
  });

  it("counts the care a person's former region approved once they have moved, for the agent of their new region", async () => {
    const officer = await fesOfficerWithCare();
    const want = await expected(officer.person_id);
    await harness.sql("UPDATE beneficiary SET region_code = 'RABAT' WHERE person_id = $1", [officer.person_id]);
    try {
      const result = await ask(officer.person_id, agent('RABAT'));
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities[0]!.coverage!.ceilingUse).toEqual(want);
      expect((await ask(officer.person_id, agent('FES'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await harness.sql("UPDATE beneficiary SET region_code = 'FES' WHERE person_id = $1", [officer.person_id]);
    }
  });

  it('costs the same number of SQL statements for 100 officers as for 10', async () => {
    const matricules = (
      await harness.sql<{ person_id: string }>(
        "SELECT b.person_id FROM beneficiary b JOIN coverage c ON c.beneficiary_id = b.person_id WHERE b.kind = 'OFFICER' ORDER BY b.person_id LIMIT 100",
      )
    ).map((row) => row.person_id);
    const advisor: Caller = { sub: 'test-advisor', role: 'MEDICAL_ADVISOR', region: null };
    const cost = async (count: number): Promise<number> => {
      harness.statements.reset();
      const result = await harness.query<{ _entities: Array<{ coverage: { ceilingUse: CeilingRow[] } }> }>(
        CEILINGS,
        { representations: officers(matricules.slice(0, count)) },
        advisor,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities.filter((officer) => officer.coverage.ceilingUse.length > 0)).toHaveLength(count);
      return harness.statements.count;
    };
    expect(await cost(100)).toBe(await cost(10));
  });
});
