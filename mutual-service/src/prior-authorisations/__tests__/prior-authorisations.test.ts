import type { Caller } from '@dsp/common';
import { startHarness, type GraphQLResponse, type MutualHarness } from '../../testing/harness';

const AGENT: Caller = { sub: 'test-agent-fes', role: 'MUTUAL_AGENT', region: 'FES' };
const AGENT_RABAT: Caller = { sub: 'test-agent-rabat', role: 'MUTUAL_AGENT', region: 'RABAT' };
const ADVISOR: Caller = { sub: 'test-advisor-1', role: 'MEDICAL_ADVISOR', region: null };
const ADMIN: Caller = { sub: 'test-admin', role: 'NATIONAL_ADMIN', region: null };
const OFFICER: Caller = { sub: '101321', role: 'OFFICER', region: null };
const TODAY = new Date().toISOString().slice(0, 10);

const AUTHORISATION = 'id status version reason decisionNote plannedDate region { code } provider { id }';
const REQUEST = `mutation ($b: ID!, $p: ID!, $d: Date!, $r: String!, $k: String!) {
  requestPriorAuthorisation(beneficiaryId: $b, providerId: $p, plannedDate: $d, reason: $r, idempotencyKey: $k) { ${AUTHORISATION} } }`;
const DECIDE = `mutation ($id: ID!, $v: Int!, $grant: Boolean!, $note: String) {
  decidePriorAuthorisation(id: $id, version: $v, grant: $grant, note: $note) { ${AUTHORISATION} } }`;
const TRAIL =
  'query ($entity: String!, $id: ID!) { mutualAuditTrail(entity: $entity, id: $id) { action actorRole region entity entityId before after } }';

interface Authorisation {
  id: string;
  status: string;
  version: number;
  reason: string | null;
  decisionNote: string | null;
  plannedDate: string;
  region: { code: string };
  provider: { id: string } | null;
}
interface AuditRecord {
  action: string;
  actorRole: string;
  region: string | null;
  entity: string;
  entityId: string;
  before: string | null;
  after: string | null;
}

let harness: MutualHarness;
let beneficiary: string;
let clinic: string;
let keySerial = 0;

beforeAll(async () => {
  harness = await startHarness();
  [{ person_id: beneficiary }] = (await harness.sql<{ person_id: string }>(
    "SELECT person_id FROM beneficiary WHERE region_code = 'FES' AND kind = 'OFFICER' ORDER BY person_id LIMIT 1",
  )) as [{ person_id: string }];
  [{ id: clinic }] = (await harness.sql<{ id: string }>(
    "SELECT id FROM provider WHERE region_code = 'FES' AND 'HOSPITALISATION' = ANY (care_types) ORDER BY kind, name LIMIT 1",
  )) as [{ id: string }];
});
afterAll(async () => {
  await harness.stop();
});

const key = (): string => `test-authorisation-${++keySerial}-${Date.now()}`;

function request(
  overrides: Record<string, unknown> = {},
  caller = AGENT,
): Promise<GraphQLResponse<{ requestPriorAuthorisation: Authorisation }>> {
  return harness.query(
    REQUEST,
    { b: beneficiary, p: clinic, d: TODAY, r: 'Appendicectomie programmée', k: key(), ...overrides },
    caller,
  );
}

async function authorisationCount(): Promise<number> {
  const [row] = (await harness.sql<{ count: number }>('SELECT count(*)::int AS count FROM prior_authorisation')) as [
    { count: number },
  ];
  return row.count;
}

describe('requesting a prior authorisation', () => {
  it('records a REQUESTED authorisation in the agent region, shows its reason to the agent and logs that read', async () => {
    const result = await request();
    expect(result.errors).toBeUndefined();
    const authorisation = result.data!.requestPriorAuthorisation;
    expect(authorisation).toMatchObject({
      status: 'REQUESTED',
      version: 1,
      reason: 'Appendicectomie programmée',
      plannedDate: TODAY,
      region: { code: 'FES' },
      provider: { id: clinic },
    });
    const reads = await harness.sql(
      'SELECT 1 FROM diagnosis_read WHERE prior_authorisation_id = $1 AND field = $2 AND reader_sub = $3',
      [authorisation.id, 'reason', AGENT.sub],
    );
    expect(reads).toHaveLength(1);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await authorisationCount();
    const farAway = `${Number(TODAY.slice(0, 4)) + 2}${TODAY.slice(4)}`;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ d: farAway }, 'plannedDate'],
      [{ r: '   ' }, 'reason'],
      [{ p: '00000000-0000-4000-8000-000000000000' }, 'providerId'],
      [{ b: 'NOBODY-1' }, 'beneficiaryId'],
    ];
    for (const [overrides, field] of cases) {
      const result = await request(overrides);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await authorisationCount()).toBe(before);
  });

  it('is for the mutual agents of the beneficiary region only', async () => {
    const before = await authorisationCount();
    expect((await request({}, ADVISOR)).errors?.[0]).toMatchObject({
      message: 'Only a mutual agent can do this.',
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await request({}, AGENT_RABAT)).errors?.[0]).toMatchObject({
      message: 'This beneficiary is affiliated to another region.',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await authorisationCount()).toBe(before);
  });

  it('creates one authorisation for a retried request', async () => {
    const k = key();
    const first = (await request({ k })).data!.requestPriorAuthorisation;
    const before = await authorisationCount();
    const retried = (await request({ k })).data!.requestPriorAuthorisation;
    expect(retried.id).toBe(first.id);
    expect(await authorisationCount()).toBe(before);
  });
});

describe('deciding a prior authorisation', () => {
  it('grants once at the version seen, for a medical advisor only; a stale or second decision is a CONFLICT', async () => {
    const requested = (await request()).data!.requestPriorAuthorisation;
    expect((await harness.query(DECIDE, { id: requested.id, v: 1, grant: true }, AGENT)).errors?.[0]).toMatchObject({
      message: 'Only a medical advisor can do this.',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(
      (await harness.query(DECIDE, { id: requested.id, v: 2, grant: true }, ADVISOR)).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');

    const granted = await harness.query<{ decidePriorAuthorisation: Authorisation }>(
      DECIDE,
      { id: requested.id, v: 1, grant: true, note: 'Indication confirmée' },
      ADVISOR,
    );
    expect(granted.errors).toBeUndefined();
    expect(granted.data!.decidePriorAuthorisation).toMatchObject({
      status: 'GRANTED',
      version: 2,
      decisionNote: 'Indication confirmée',
    });

    const again = await harness.query(DECIDE, { id: requested.id, v: 2, grant: false }, ADVISOR);
    expect(again.errors?.[0]).toMatchObject({
      message: 'This prior authorisation is already GRANTED.',
      extensions: { code: 'CONFLICT' },
    });
    const [row] = await harness.sql<{ status: string }>('SELECT status FROM prior_authorisation WHERE id = $1', [
      requested.id,
    ]);
    expect(row).toEqual({ status: 'GRANTED' });
  });

  it('answers NOT_FOUND for an authorisation that does not exist', async () => {
    const result = await harness.query(
      DECIDE,
      { id: '00000000-0000-4000-8000-000000000000', v: 1, grant: true },
      ADVISOR,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the audit trail of a prior authorisation', () => {
  it('lists the request and the decision, oldest first, to the national administration and the region', async () => {
    const requested = (await request()).data!.requestPriorAuthorisation;
    await harness.query(DECIDE, { id: requested.id, v: 1, grant: false }, ADVISOR);
    const trail = await harness.query<{ mutualAuditTrail: AuditRecord[] }>(
      TRAIL,
      { entity: 'prior_authorisation', id: requested.id },
      ADMIN,
    );
    expect(trail.errors).toBeUndefined();
    expect(trail.data!.mutualAuditTrail.map((record) => [record.action, record.actorRole, record.region])).toEqual([
      ['REQUEST', 'MUTUAL_AGENT', 'FES'],
      ['DECIDE', 'MEDICAL_ADVISOR', 'FES'],
    ]);
    const [requestRecord, decideRecord] = trail.data!.mutualAuditTrail;
    expect(requestRecord.before).toBeNull();
    expect(JSON.parse(decideRecord.after!)).toMatchObject({ status: 'REFUSED', version: 2 });
    // Clinical text never goes to the audit trail.
    expect(JSON.stringify(trail.data)).not.toContain('Appendicectomie');

    expect(
      (await harness.query(TRAIL, { entity: 'prior_authorisation', id: requested.id }, AGENT)).errors,
    ).toBeUndefined();
    expect(
      (await harness.query(TRAIL, { entity: 'prior_authorisation', id: requested.id }, AGENT_RABAT)).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await harness.query(TRAIL, { entity: 'prior_authorisation', id: requested.id }, OFFICER)).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
  });

  it('refuses an entity the Mutual does not audit, naming the field', async () => {
    const result = await harness.query(TRAIL, { entity: 'beneficiary', id: beneficiary }, ADMIN);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entity' });
  });
});

describe('listing and reading prior authorisations', () => {
  const LIST = `query ($status: PriorAuthorisationStatus, $region: ID, $first: Int, $after: String) {
    priorAuthorisations(status: $status, region: $region, first: $first, after: $after) {
      totalCount edges { cursor node { ${AUTHORISATION} } } pageInfo { hasNextPage endCursor } } }`;
  const ONE = `query ($id: ID!) { priorAuthorisation(id: $id) { ${AUTHORISATION} } }`;
  interface Page {
    priorAuthorisations: {
      totalCount: number;
      edges: Array<{ cursor: string; node: Authorisation }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }
  const list = (variables: Record<string, unknown>, caller: Caller) => harness.query<Page>(LIST, variables, caller);

  async function everyPage(variables: Record<string, unknown>, caller: Caller): Promise<Page['priorAuthorisations']> {
    const edges: Page['priorAuthorisations']['edges'] = [];
    let after: string | null = null;
    for (;;) {
      const result: GraphQLResponse<Page> = await list({ ...variables, first: 7, after }, caller);
      expect(result.errors).toBeUndefined();
      const page: Page['priorAuthorisations'] = result.data!.priorAuthorisations;
      edges.push(...page.edges);
      if (!page.pageInfo.hasNextPage) return { ...page, edges };
      after = page.pageInfo.endCursor;
    }
  }

  it('pages a medical advisor through every region’s pending ones, oldest request first, and logs each reason read', async () => {
    await request();
    const expected = await harness.sql<{ id: string; reason: string }>(
      "SELECT id, reason FROM prior_authorisation WHERE status = 'REQUESTED' ORDER BY requested_at, id",
    );
    expect(new Set(expected.map((row) => row.id)).size).toBeGreaterThan(7);
    const all = await everyPage({ status: 'REQUESTED' }, ADVISOR);
    expect(all.totalCount).toBe(expected.length);
    expect(all.edges.map((edge) => [edge.node.id, edge.node.reason, edge.node.status])).toEqual(
      expected.map((row) => [row.id, row.reason, 'REQUESTED']),
    );
    const logged = await harness.sql<{ id: string }>(
      "SELECT DISTINCT prior_authorisation_id AS id FROM diagnosis_read WHERE field = 'reason' AND reader_sub = $1",
      [ADVISOR.sub],
    );
    // Earlier tests of this file logged the advisor's reads of the ones they decided too.
    expect(logged.map((row) => row.id)).toEqual(expect.arrayContaining(expected.map((row) => row.id)));
  });

  it('gives a mutual agent their own region by default, and refuses another region and every other role', async () => {
    const own = await everyPage({}, AGENT);
    const [{ count }] = (await harness.sql<{ count: number }>(
      "SELECT count(*)::int AS count FROM prior_authorisation WHERE region_code = 'FES'",
    )) as [{ count: number }];
    expect(own.totalCount).toBe(count);
    expect(own.edges.length).toBe(count);
    expect(own.edges.every((edge) => edge.node.region.code === 'FES')).toBe(true);

    expect((await list({ region: 'RABAT' }, AGENT)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const caller of [OFFICER, ADMIN, { sub: 'test-head-fes', role: 'REGIONAL_HEAD', region: 'FES' } as Caller]) {
      const refused = await list({}, caller);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
    }
  });

  it('refuses a bad region, page size or cursor, naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ region: 'ATLANTIS' }, 'region'],
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
      [{ after: 'not-a-cursor' }, 'after'],
    ];
    for (const [variables, field] of cases) {
      expect((await list(variables, ADVISOR)).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });

  it('says whom each is for: the officer, and the dependent cared for, as the beneficiary file has them', async () => {
    const [dependent] = (await harness.sql<{ person_id: string; officer_matricule: string }>(
      "SELECT person_id, officer_matricule FROM beneficiary WHERE region_code = 'FES' AND kind = 'DEPENDENT' AND link_ended_on IS NULL ORDER BY person_id LIMIT 1",
    )) as [{ person_id: string; officer_matricule: string }];
    const forOfficer = (await request()).data!.requestPriorAuthorisation;
    const forDependent = (await request({ b: dependent.person_id })).data!.requestPriorAuthorisation;
    const WHO = `query ($id: ID!) { priorAuthorisation(id: $id) { beneficiaryId officer { matricule } dependent { id } } }`;
    const who = async (id: string) =>
      (
        await harness.query<{
          priorAuthorisation: {
            beneficiaryId: string;
            officer: { matricule: string };
            dependent: { id: string } | null;
          };
        }>(WHO, { id }, ADVISOR)
      ).data!.priorAuthorisation;
    expect(await who(forOfficer.id)).toEqual({
      beneficiaryId: beneficiary,
      officer: { matricule: beneficiary },
      dependent: null,
    });
    expect(await who(forDependent.id)).toEqual({
      beneficiaryId: dependent.person_id,
      officer: { matricule: dependent.officer_matricule },
      dependent: { id: dependent.person_id },
    });
  });

  it('reads one with the version to decide at, for whoever may list it', async () => {
    const requested = (await request()).data!.requestPriorAuthorisation;
    const read = await harness.query<{ priorAuthorisation: Authorisation | null }>(ONE, { id: requested.id }, ADVISOR);
    expect(read.errors).toBeUndefined();
    expect(read.data!.priorAuthorisation).toMatchObject({ id: requested.id, status: 'REQUESTED', version: 1 });
    expect(
      (await harness.query<{ priorAuthorisation: Authorisation | null }>(ONE, { id: requested.id }, AGENT)).data!
        .priorAuthorisation?.reason,
    ).toBe('Appendicectomie programmée');
    expect(
      (await harness.query<{ priorAuthorisation: Authorisation | null }>(ONE, { id: requested.id }, AGENT_RABAT)).data,
    ).toEqual({ priorAuthorisation: null });
    expect((await harness.query(ONE, { id: requested.id }, OFFICER)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await harness.query<{ priorAuthorisation: Authorisation | null }>(ONE, { id: 'not-an-id' }, ADVISOR)).data,
    ).toEqual({ priorAuthorisation: null });

    await harness.query(DECIDE, { id: requested.id, v: read.data!.priorAuthorisation!.version, grant: true }, ADVISOR);
    const pending = await everyPage({ status: 'REQUESTED' }, ADVISOR);
    expect(pending.edges.map((edge) => edge.node.id)).not.toContain(requested.id);
    const granted = await everyPage({ status: 'GRANTED', region: 'FES' }, ADVISOR);
    expect(granted.edges.find((edge) => edge.node.id === requested.id)?.node).toMatchObject({ version: 2 });
  });
});

describe("an officer's family's prior authorisations, in their file", () => {
  const FAMILY = `query ($m: ID!) { _entities(representations: [{ __typename: "Officer", matricule: $m }]) {
    ... on Officer { priorAuthorisations { id plannedDate region { code } dependent { id } } } } }`;
  type Family = {
    _entities: Array<{
      priorAuthorisations: Array<{ id: string; plannedDate: string; dependent: { id: string } | null }> | null;
    }>;
  };
  const family = (matricule: string, caller: Caller) => harness.query<Family>(FAMILY, { m: matricule }, caller);

  it('lists the officer’s and their dependents’ to the advisor, the region’s agent and the officer, latest planned first; refuses the other roles', async () => {
    // An officer of Fès with a dependent whose link lasts; one authorisation for each, planned on different days.
    const [person] = (await harness.sql<{ officer: string; dependent: string }>(
      `SELECT o.person_id AS officer, d.person_id AS dependent FROM beneficiary o
         JOIN beneficiary d ON d.officer_matricule = o.officer_matricule AND d.kind = 'DEPENDENT' AND d.link_ended_on IS NULL
        WHERE o.kind = 'OFFICER' AND o.region_code = 'FES' ORDER BY o.person_id LIMIT 1`,
    )) as [{ officer: string; dependent: string }];
    const earlier = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
    expect((await request({ b: person.officer, d: earlier })).errors).toBeUndefined();
    expect((await request({ b: person.dependent, d: TODAY })).errors).toBeUndefined();
    const expected = await harness.sql<{ id: string; dependent: string | null }>(
      `SELECT a.id, CASE WHEN b.kind = 'DEPENDENT' THEN b.person_id END AS dependent
         FROM prior_authorisation a JOIN beneficiary b ON b.person_id = a.beneficiary_id
        WHERE b.officer_matricule = $1 ORDER BY a.planned_date DESC, a.requested_at DESC, a.id`,
      [person.officer],
    );
    expect(expected.filter((row) => row.dependent === person.dependent).length).toBeGreaterThan(0);
    const asListed = expected.map((row) => ({ id: row.id, dependent: row.dependent ? { id: row.dependent } : null }));
    const officer: Caller = { sub: person.officer, role: 'OFFICER', region: null };
    for (const caller of [ADVISOR, AGENT, officer]) {
      const result = await family(person.officer, caller);
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities[0].priorAuthorisations!.map(({ id, dependent }) => ({ id, dependent }))).toEqual(
        asListed,
      );
    }
    // Another region's agent reads none of Fès's; the roles that do not read clinical detail are refused.
    expect((await family(person.officer, AGENT_RABAT)).data?._entities[0]?.priorAuthorisations ?? []).toEqual([]);
    for (const caller of [ADMIN, { sub: 'test-head-fes', role: 'REGIONAL_HEAD', region: 'FES' } as Caller]) {
      const refused = await family(person.officer, caller);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(refused.data?._entities[0]?.priorAuthorisations ?? null).toBeNull();
    }
  });

  it('leaves out a dependent’s once the link has ended, for the officer; the advisor still reads it', async () => {
    const [dependent] = (await harness.sql<{ person_id: string; officer_matricule: string }>(
      "SELECT person_id, officer_matricule FROM beneficiary WHERE kind = 'DEPENDENT' AND link_ended_on IS NULL AND region_code = 'FES' ORDER BY person_id DESC LIMIT 1",
    )) as [{ person_id: string; officer_matricule: string }];
    const requested = await request({ b: dependent.person_id });
    expect(requested.errors).toBeUndefined();
    const { id } = requested.data!.requestPriorAuthorisation;
    const officer: Caller = { sub: dependent.officer_matricule, role: 'OFFICER', region: null };
    const ids = async (caller: Caller) =>
      (await family(dependent.officer_matricule, caller)).data!._entities[0].priorAuthorisations!.map((a) => a.id);
    expect(await ids(officer)).toContain(id);
    // A divorce, say: from then on the officer reads nothing of that person's health file.
    await harness.sql('UPDATE beneficiary SET link_ended_on = CURRENT_DATE - 1 WHERE person_id = $1', [
      dependent.person_id,
    ]);
    try {
      expect(await ids(officer)).not.toContain(id);
      expect(await ids(ADVISOR)).toContain(id);
    } finally {
      await harness.sql('UPDATE beneficiary SET link_ended_on = NULL WHERE person_id = $1', [dependent.person_id]);
    }
  });
});
