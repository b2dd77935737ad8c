import { type Caller } from '@dsp/common';
import { callerSettings } from '@dsp/subgraph-kit';
import { asApplicationRole, testRegionalHead } from '@dsp/testing';
import { Client } from 'pg';
import { startHarness, type GraphQLResponse, type MutualHarness } from '../../testing/harness';

/**
 * The access matrix of docs/architecture.md against a seeded database, as a client
 * of the subgraph sees it: every role against its own region (FES) and
 * another (RABAT), through root queries and `_entities` alike.
 */

interface Family {
  officer: string;
  dependent: string;
  /** A claim of the officer, handled in the family's region. */
  claim: string;
  reference: string;
}

let harness: MutualHarness;
const families: Record<'FES' | 'RABAT', Family> = {} as Record<'FES' | 'RABAT', Family>;

/** An officer with a covered dependent, both with claims handled in `region`, where both are affiliated. */
async function familyIn(region: string, skip = 0): Promise<Family> {
  const [row] = await harness.sql<Family>(
    `SELECT o.person_id AS officer, d.person_id AS dependent, c.id AS claim, c.reference
       FROM beneficiary o
       JOIN beneficiary d ON d.officer_matricule = o.person_id AND d.kind = 'DEPENDENT' AND d.region_code = $1
       JOIN LATERAL (SELECT id, reference FROM claim WHERE beneficiary_id = o.person_id AND handling_region_code = $1 ORDER BY reference LIMIT 1) c ON true
      WHERE o.kind = 'OFFICER' AND o.region_code = $1
        AND EXISTS (SELECT 1 FROM coverage WHERE beneficiary_id = o.person_id)
        AND EXISTS (SELECT 1 FROM coverage WHERE beneficiary_id = d.person_id)
        AND EXISTS (SELECT 1 FROM claim WHERE beneficiary_id = d.person_id AND handling_region_code = $1)
        AND NOT EXISTS (SELECT 1 FROM claim WHERE beneficiary_id IN (o.person_id, d.person_id) AND handling_region_code <> $1)
      ORDER BY o.person_id, d.person_id OFFSET $2 LIMIT 1`,
    [region, skip],
  );
  if (!row) throw new Error(`The seed has no suitable family in ${region}.`);
  return row;
}

beforeAll(async () => {
  harness = await startHarness();
  families.FES = await familyIn('FES');
  families.RABAT = await familyIn('RABAT');
});
afterAll(async () => {
  await harness.stop();
});

const caller = {
  nationalAdmin: (): Caller => ({ sub: 'admin-1', role: 'NATIONAL_ADMIN', region: null }),
  medicalAdvisor: (): Caller => ({ sub: 'doctor-1', role: 'MEDICAL_ADVISOR', region: null }),
  fesHead: (): Caller => testRegionalHead('FES'),
  fesMutualAgent: (): Caller => ({ sub: 'agent-fes', role: 'MUTUAL_AGENT', region: 'FES' }),
  rabatMutualAgent: (): Caller => ({ sub: 'agent-rabat', role: 'MUTUAL_AGENT', region: 'RABAT' }),
  fesFoundationAgent: (): Caller => ({ sub: 'fagent-fes', role: 'FOUNDATION_AGENT', region: 'FES' }),
  /** The FES family's officer: "own" is their own file. */
  fesOfficer: (): Caller => ({ sub: families.FES.officer, role: 'OFFICER', region: null }),
};
type Who = keyof typeof caller;

const codes = (result: GraphQLResponse<unknown>): string[] =>
  (result.errors ?? []).map((error) => error.extensions?.code ?? '?');
const forbidden = (result: GraphQLResponse<unknown>): boolean =>
  codes(result).length > 0 && codes(result).every((code) => code === 'FORBIDDEN');

const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Region { code health { claimsThisYear pendingClaims } }
  ... on Officer { matricule coverage { memberNumber } claims { id reference amountClaimed } }
  ... on Dependent { id coverage { memberNumber } claims { id reference amountClaimed } }
  ... on Claim { id reference amountClaimed lines { actCode } }
} }`;

type Entity = Record<string, unknown> | null;
const entity = async (
  representation: Record<string, string>,
  who: Who,
): Promise<GraphQLResponse<{ _entities: Entity[] }>> =>
  harness.query<{ _entities: Entity[] }>(ENTITIES, { representations: [representation] }, caller[who]());

/** [who, sees FES, sees RABAT] for health; for the files of people and claims, FES means the FES family (the OFFICER's own). */
const HEALTH: Array<[Who, boolean, boolean]> = [
  ['nationalAdmin', true, true],
  ['medicalAdvisor', true, true],
  ['fesHead', true, false],
  ['fesMutualAgent', true, false],
  ['fesFoundationAgent', false, false],
  ['fesOfficer', false, false],
];
const FILES: Array<[Who, boolean, boolean]> = [
  ['nationalAdmin', true, true],
  ['medicalAdvisor', true, true],
  ['fesHead', true, false],
  ['fesMutualAgent', true, false],
  ['fesFoundationAgent', false, false],
  ['fesOfficer', true, false],
];

describe('Region.health and Region.facilities through _entities', () => {
  it.each(HEALTH)('health for %s: FES %s, RABAT %s', async (who, fes, rabat) => {
    for (const [code, allowed] of [
      ['FES', fes],
      ['RABAT', rabat],
    ] as const) {
      const result = await entity({ __typename: 'Region', code }, who);
      const region = result.data!._entities[0] as { code: string; health: { claimsThisYear: number } | null };
      if (allowed) {
        expect(result.errors).toBeUndefined();
        expect(region.health!.claimsThisYear).toBeGreaterThan(0);
      } else {
        expect(forbidden(result)).toBe(true);
        expect(region.health).toBeNull();
      }
    }
  });

  it.each(HEALTH.map(([who]) => who))('facilities for %s in both regions', async (who) => {
    const result = await harness.query<{ _entities: Array<{ facilities: Array<{ id: string }> }> }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { facilities { id name } } } }',
      {
        r: [
          { __typename: 'Region', code: 'FES' },
          { __typename: 'Region', code: 'RABAT' },
        ],
      },
      caller[who](),
    );
    expect(result.errors).toBeUndefined();
    for (const region of result.data!._entities) expect(region.facilities.length).toBeGreaterThan(0);
  });
});

describe('coverage and claims of people through _entities', () => {
  it.each(FILES)('Officer and Dependent for %s: FES %s, RABAT %s', async (who, fes, rabat) => {
    for (const [region, allowed] of [
      ['FES', fes],
      ['RABAT', rabat],
    ] as const) {
      const family = families[region];
      const representations: Array<Record<string, string>> = [
        { __typename: 'Officer', matricule: family.officer },
        { __typename: 'Dependent', id: family.dependent },
      ];
      for (const representation of representations) {
        const result = await entity(representation, who);
        const person = result.data!._entities[0] as {
          coverage: { memberNumber: string } | null;
          claims: unknown[] | null;
        } | null;
        if (allowed) {
          expect(result.errors).toBeUndefined();
          expect(person!.coverage!.memberNumber).toEqual(expect.any(String));
          expect(person!.claims!.length).toBeGreaterThan(0);
        } else {
          expect(forbidden(result)).toBe(true);
          expect(person).toBeNull();
        }
      }
    }
  });

  it('refuses a FES head a RABAT officer asked for directly, with no coverage or claim anywhere in the answer', async () => {
    const rabat = families.RABAT;
    const [coverage] = await harness.sql<{ member_number: string }>(
      'SELECT member_number FROM coverage WHERE beneficiary_id = $1',
      [rabat.officer],
    );
    const result = await entity({ __typename: 'Officer', matricule: rabat.officer }, 'fesHead');
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(result.data!._entities).toEqual([null]);
    const json = JSON.stringify(result);
    for (const secret of [
      coverage.member_number,
      rabat.reference,
      rabat.claim,
      '"coverage"',
      '"claims"',
      'memberNumber',
      'amountClaimed',
    ]) {
      expect(json).not.toContain(secret);
    }
  });

  it('shows a regional head only the claims their region handles of someone affiliated elsewhere, never the coverage', async () => {
    const moved = await familyIn('RABAT', 1);
    const [handledInFes] = await harness.sql<{ id: string }>(
      `INSERT INTO claim (reference, beneficiary_id, handling_region_code, care_type, care_start_date, care_end_date, status, submitted_at, amount_claimed)
       VALUES ('TEST-MOVED-1', $1, 'FES', 'CONSULTATION', '2025-03-01', '2025-03-01', 'ENTERED', '2025-03-02', 15000) RETURNING id`,
      [moved.officer],
    );
    const result = await entity({ __typename: 'Officer', matricule: moved.officer }, 'fesHead');
    const officer = result.data!._entities[0] as { coverage: unknown; claims: Array<{ id: string }> };
    expect(officer.claims.map((claim) => claim.id)).toEqual([handledInFes.id]);
    expect(officer.coverage).toBeNull();
    expect(codes(result)).toEqual(['FORBIDDEN']);
    // The RABAT agent keeps the coverage and RABAT's claims, without the one FES handles.
    const rabatView = await entity({ __typename: 'Officer', matricule: moved.officer }, 'rabatMutualAgent');
    const rabatOfficer = rabatView.data!._entities[0] as { coverage: unknown; claims: Array<{ id: string }> };
    expect(rabatView.errors).toBeUndefined();
    expect(rabatOfficer.coverage).not.toBeNull();
    expect(rabatOfficer.claims.map((claim) => claim.id)).not.toContain(handledInFes.id);
    expect(rabatOfficer.claims.length).toBeGreaterThan(0);
  });

  it('answers null, not FORBIDDEN, about someone the Mutual has no file on, except to a foundation agent or another officer', async () => {
    const unfiled = { __typename: 'Officer', matricule: '999999999' };
    const head = await entity(unfiled, 'fesHead');
    expect(head.errors).toBeUndefined();
    expect(head.data!._entities[0]).toEqual({ matricule: '999999999', coverage: null, claims: [] });
    expect(forbidden(await entity(unfiled, 'fesFoundationAgent'))).toBe(true);
    expect(forbidden(await entity(unfiled, 'fesOfficer'))).toBe(true);
  });
});

describe('claims by id and as entities', () => {
  it.each(FILES)('claim(id) and Claim for %s: FES %s, RABAT %s', async (who, fes, rabat) => {
    for (const [region, allowed] of [
      ['FES', fes],
      ['RABAT', rabat],
    ] as const) {
      const { claim: id, reference } = families[region];
      const root = await harness.query<{ claim: { reference: string } | null }>(
        'query ($id: ID!) { claim(id: $id) { reference amountClaimed } }',
        { id },
        caller[who](),
      );
      const asEntity = await entity({ __typename: 'Claim', id }, who);
      if (allowed) {
        expect(root.errors).toBeUndefined();
        expect(root.data!.claim!.reference).toBe(reference);
        expect(asEntity.errors).toBeUndefined();
        expect((asEntity.data!._entities[0] as { reference: string }).reference).toBe(reference);
      } else {
        expect(forbidden(root)).toBe(true);
        expect(root.data!.claim).toBeNull();
        expect(forbidden(asEntity)).toBe(true);
        expect(asEntity.data!._entities).toEqual([null]);
        expect(JSON.stringify([root, asEntity])).not.toContain(reference);
      }
    }
  });

  it('still answers null for a claim that does not exist, to anyone', async () => {
    const result = await harness.query<{ claim: unknown }>(
      '{ claim(id: "00000000-0000-4000-8000-000000000000") { id } }',
      {},
      caller.fesHead(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.claim).toBeNull();
  });
});

describe('diagnoses', () => {
  const CLAIM_WITH_DIAGNOSES = 'query ($id: ID!) { claim(id: $id) { id reference status diagnosisCodes } }';
  const readsOf = async (
    claim: string,
  ): Promise<Array<{ reader_sub: string; reader_role: string; reader_region: string | null }>> =>
    harness.sql('SELECT reader_sub, reader_role, reader_region FROM diagnosis_read WHERE claim_id = $1 ORDER BY id', [
      claim,
    ]);
  const allReads = async (): Promise<number> =>
    Number((await harness.sql<{ count: string }>('SELECT count(*) FROM diagnosis_read'))[0].count);

  it.each<Who>(['fesHead', 'nationalAdmin'])(
    'refuses them to %s: the field is null, the rest of the claim answers, nothing is logged',
    async (who) => {
      const before = await allReads();
      const { claim, reference } = families.FES;
      const result = await harness.query<{ claim: { reference: string; diagnosisCodes: string[] | null } }>(
        CLAIM_WITH_DIAGNOSES,
        { id: claim },
        caller[who](),
      );
      expect(codes(result)).toEqual(['FORBIDDEN']);
      expect(result.errors![0].message).toMatch(/Diagnoses/);
      expect(result.data!.claim).toMatchObject({ reference, diagnosisCodes: null });
      expect(await allReads()).toBe(before);
    },
  );

  it.each<Who>(['fesHead', 'nationalAdmin'])(
    'withholds every clinical field from %s (notes, act codes as null), shows amounts and care type, and logs nothing',
    async (who) => {
      const { claim } = families.FES;
      await harness.sql("UPDATE claim SET decision_note = 'Bilan cardiaque complet justifié' WHERE id = $1", [claim]);
      const before = await allReads();
      const result = await harness.query<{
        claim: {
          careType: string;
          decisionNote: string | null;
          lines: Array<{ actCode: string | null; amountClaimed: string }>;
        };
      }>(
        'query ($id: ID!) { claim(id: $id) { careType decisionNote lines { actCode amountClaimed } } }',
        { id: claim },
        caller[who](),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.claim.careType).toBeTruthy();
      expect(result.data!.claim.decisionNote).toBeNull();
      expect(result.data!.claim.lines.length).toBeGreaterThan(0);
      for (const line of result.data!.claim.lines)
        expect(line).toMatchObject({ actCode: null, amountClaimed: expect.any(String) as string });
      expect(await allReads()).toBe(before);
    },
  );

  it('shows the officer concerned their own clinical detail, each field read logged once', async () => {
    const { claim } = families.FES;
    await harness.sql("UPDATE claim SET decision_note = 'Bilan cardiaque complet justifié' WHERE id = $1", [claim]);
    const [{ last }] = await harness.sql<{ last: string }>(
      'SELECT coalesce(max(id), 0)::text AS last FROM diagnosis_read',
    );
    const result = await harness.query<{
      claim: { diagnosisCodes: string[]; decisionNote: string; lines: Array<{ actCode: string }> };
    }>(
      'query ($id: ID!) { claim(id: $id) { diagnosisCodes decisionNote lines { actCode } } }',
      { id: claim },
      caller.fesOfficer(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.claim.decisionNote).toBe('Bilan cardiaque complet justifié');
    for (const line of result.data!.claim.lines) expect(line.actCode).toMatch(/\S/);
    const logged = await harness.sql<{ field: string; reader_role: string }>(
      'SELECT field, reader_role FROM diagnosis_read WHERE claim_id = $1 AND reader_sub = $2 AND id > $3 ORDER BY field',
      [claim, families.FES.officer, last],
    );
    expect(logged).toEqual([
      { field: 'actCode', reader_role: 'OFFICER' },
      { field: 'decisionNote', reader_role: 'OFFICER' },
      { field: 'diagnosisCodes', reader_role: 'OFFICER' },
    ]);
  });

  it("stops the officer reading a dependent's health file once the link has ended, on every path, while the region still reads it", async () => {
    const { officer } = families.FES;
    const [spouse] = await harness.sql<{ person_id: string; claim: string }>(
      `SELECT b.person_id, (SELECT c.id FROM claim c WHERE c.beneficiary_id = b.person_id ORDER BY c.reference LIMIT 1) AS claim
         FROM beneficiary b WHERE b.officer_matricule = $1 AND b.kind = 'DEPENDENT'
          AND EXISTS (SELECT 1 FROM claim c WHERE c.beneficiary_id = b.person_id) ORDER BY b.person_id LIMIT 1`,
      [officer],
    );
    const dependentClaims = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Dependent { coverage { memberNumber } claims { id diagnosisCodes } } } }`;
    const asOfficer = caller.fesOfficer();
    const beforeEnd = await harness.query<{ _entities: Array<{ claims: Array<{ id: string }> }> }>(
      dependentClaims,
      { r: [{ __typename: 'Dependent', id: spouse.person_id }] },
      asOfficer,
    );
    expect(beforeEnd.errors).toBeUndefined();
    expect(beforeEnd.data!._entities[0].claims.map((found) => found.id)).toContain(spouse.claim);

    await harness.sql("UPDATE beneficiary SET link_ended_on = DATE '2026-01-15' WHERE person_id = $1", [
      spouse.person_id,
    ]);
    try {
      const entity = await harness.query<{ _entities: unknown[] }>(
        dependentClaims,
        { r: [{ __typename: 'Dependent', id: spouse.person_id }] },
        asOfficer,
      );
      expect(forbidden(entity)).toBe(true);
      const root = await harness.query<{ claim: unknown }>(
        'query ($id: ID!) { claim(id: $id) { id lines { actCode } } }',
        { id: spouse.claim },
        asOfficer,
      );
      expect(forbidden(root)).toBe(true);
      expect(root.data?.claim ?? null).toBeNull();
      const claimEntity = await harness.query<{ _entities: unknown[] }>(
        ENTITIES,
        { representations: [{ __typename: 'Claim', id: spouse.claim }] },
        asOfficer,
      );
      expect(forbidden(claimEntity)).toBe(true);
      // The database agrees: as the officer, no row of the former spouse's file is visible.
      const visible = await asApplicationRole(harness.database.appUrl, callerSettings(asOfficer), async (client) => {
        const count = async (text: string): Promise<number> =>
          (await client.query(text, [spouse.person_id])).rowCount ?? 0;
        return {
          beneficiary: await count('SELECT 1 FROM beneficiary WHERE person_id = $1'),
          coverage: await count('SELECT 1 FROM coverage WHERE beneficiary_id = $1'),
          claim: await count('SELECT 1 FROM claim WHERE beneficiary_id = $1'),
          lines: await count(
            'SELECT 1 FROM claim_line l JOIN claim c ON c.id = l.claim_id WHERE c.beneficiary_id = $1',
          ),
        };
      });
      expect(visible).toEqual({ beneficiary: 0, coverage: 0, claim: 0, lines: 0 });
      // The region's mutual agent and the medical advisors still read it.
      const agent = await harness.query<{ claim: { id: string } }>(
        'query ($id: ID!) { claim(id: $id) { id diagnosisCodes } }',
        { id: spouse.claim },
        caller.fesMutualAgent(),
      );
      expect(agent.errors).toBeUndefined();
      const advisor = await harness.query<{ claim: { id: string } }>(
        'query ($id: ID!) { claim(id: $id) { id lines { actCode } } }',
        { id: spouse.claim },
        caller.medicalAdvisor(),
      );
      expect(advisor.errors).toBeUndefined();
    } finally {
      await harness.sql('UPDATE beneficiary SET link_ended_on = NULL WHERE person_id = $1', [spouse.person_id]);
    }
  });

  it('refuses them to a foundation agent, who sees no claim at all', async () => {
    const before = await allReads();
    const result = await harness.query<{ claim: unknown }>(
      CLAIM_WITH_DIAGNOSES,
      { id: families.FES.claim },
      caller.fesFoundationAgent(),
    );
    expect(forbidden(result)).toBe(true);
    expect(result.data!.claim).toBeNull();
    expect(await allReads()).toBe(before);
  });

  it('shows them to the mutual agent of the handling region, and logs exactly one read', async () => {
    const { claim } = families.FES;
    const [stored] = await harness.sql<{ diagnosis_codes: string[] }>(
      'SELECT diagnosis_codes FROM claim WHERE id = $1',
      [claim],
    );
    const before = await readsOf(claim);
    const result = await harness.query<{ claim: { diagnosisCodes: string[] } }>(
      CLAIM_WITH_DIAGNOSES,
      { id: claim },
      caller.fesMutualAgent(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.claim.diagnosisCodes).toEqual(stored.diagnosis_codes);
    expect(await readsOf(claim)).toEqual([
      ...before,
      { reader_sub: 'agent-fes', reader_role: 'MUTUAL_AGENT', reader_region: 'FES' },
    ]);
  });

  it('shows them to a medical advisor in any region, one logged read per claim read', async () => {
    const claims = [families.FES.claim, families.RABAT.claim];
    const before = await Promise.all(claims.map(readsOf));
    // The same claim asked for twice in one request is still one read of it.
    const result = await harness.query<{
      _entities: Array<{ diagnosisCodes: string[] }>;
      again: { diagnosisCodes: string[] };
    }>(
      `query ($r: [_Any!]!, $id: ID!) { _entities(representations: $r) { ... on Claim { diagnosisCodes } } again: claim(id: $id) { diagnosisCodes } }`,
      { r: claims.map((id) => ({ __typename: 'Claim', id })), id: claims[0] },
      caller.medicalAdvisor(),
    );
    expect(result.errors).toBeUndefined();
    for (const found of result.data!._entities) expect(found.diagnosisCodes.length).toBeGreaterThan(0);
    const after = await Promise.all(claims.map(readsOf));
    after.forEach((reads, index) => {
      expect(reads).toEqual([
        ...before[index],
        { reader_sub: 'doctor-1', reader_role: 'MEDICAL_ADVISOR', reader_region: null },
      ]);
    });
  });

  it('refuses a mutual agent the diagnoses (and the claim) of another region, and logs nothing', async () => {
    const before = await allReads();
    const result = await harness.query<{ claim: unknown }>(
      CLAIM_WITH_DIAGNOSES,
      { id: families.RABAT.claim },
      caller.fesMutualAgent(),
    );
    expect(forbidden(result)).toBe(true);
    expect(result.data!.claim).toBeNull();
    expect(await allReads()).toBe(before);
  });

  it('lists the reads to the national administration, newest first, without any diagnosis', async () => {
    const { claim, reference } = families.FES;
    await harness.query(CLAIM_WITH_DIAGNOSES, { id: claim }, caller.fesMutualAgent());
    const [stored] = await harness.sql<{ diagnosis_codes: string[] }>(
      'SELECT diagnosis_codes FROM claim WHERE id = $1',
      [claim],
    );
    const expected = await harness.sql<{ id: string; reader_sub: string }>(
      'SELECT r.id::text AS id, r.reader_sub FROM diagnosis_read r WHERE r.claim_id = $1 ORDER BY r.id DESC',
      [claim],
    );
    expect(expected.length).toBeGreaterThan(1);

    interface ReadsPage {
      diagnosisReads: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{
          cursor: string;
          node: {
            id: string;
            claimId: string;
            claimReference: string;
            claimHandlingRegion: { code: string };
            readerSub: string;
            readerRole: string;
            readerRegion: { code: string } | null;
            readAt: string;
          };
        }>;
      };
    }
    const READS = `query ($claimId: ID, $first: Int, $after: String) { diagnosisReads(claimId: $claimId, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id claimId claimReference claimHandlingRegion { code } readerSub readerRole readerRegion { code } readAt } } } }`;
    const first = await harness.query<ReadsPage>(READS, { claimId: claim, first: 1 }, caller.nationalAdmin());
    expect(first.errors).toBeUndefined();
    const page = first.data!.diagnosisReads;
    expect(page.totalCount).toBe(expected.length);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.edges[0].node).toMatchObject({
      id: expected[0].id,
      claimId: claim,
      claimReference: reference,
      claimHandlingRegion: { code: 'FES' },
      readerSub: 'agent-fes',
      readerRole: 'MUTUAL_AGENT',
      readerRegion: { code: 'FES' },
    });
    const rest = await harness.query<ReadsPage>(
      READS,
      { claimId: claim, first: 100, after: page.pageInfo.endCursor },
      caller.nationalAdmin(),
    );
    expect(rest.data!.diagnosisReads.edges.map((edge) => edge.node.id)).toEqual(expected.slice(1).map((row) => row.id));
    expect(rest.data!.diagnosisReads.pageInfo.hasNextPage).toBe(false);

    const everything = await harness.query<ReadsPage>(READS, {}, caller.nationalAdmin());
    expect(everything.data!.diagnosisReads.totalCount).toBe(await allReads());
    for (const code of stored.diagnosis_codes) expect(JSON.stringify([first, rest, everything])).not.toContain(code);
  });

  it.each<Who>(['medicalAdvisor', 'fesMutualAgent', 'fesHead', 'fesFoundationAgent', 'fesOfficer'])(
    'refuses the read log to %s',
    async (who) => {
      const result = await harness.query<{ diagnosisReads: unknown }>(
        '{ diagnosisReads { totalCount edges { node { readerSub } } } }',
        {},
        caller[who](),
      );
      expect(codes(result)).toEqual(['FORBIDDEN']);
      expect(result.data).toBeNull();
    },
  );

  it('keeps the log append-only for the application role', async () => {
    const app = new Client({ connectionString: harness.database.appUrl });
    await app.connect();
    try {
      await expect(app.query("UPDATE diagnosis_read SET reader_sub = 'someone-else'")).rejects.toThrow(
        /permission denied/,
      );
      await expect(app.query('DELETE FROM diagnosis_read')).rejects.toThrow(/permission denied/);
      await expect(app.query('TRUNCATE diagnosis_read')).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
    expect(await allReads()).toBeGreaterThan(0);
  });
});
