import { type Caller } from '@dsp/common';
import { StatementCounter } from '@dsp/subgraph-kit';
import {
  asApplicationRole,
  createTestGatewayIdentity,
  handMadeToken,
  identityClaims,
  testRegionalHead,
} from '@dsp/testing';
import type { Client } from 'pg';
import { startFoundationService } from '../../server';
import {
  startFoundationUnderTest,
  type FoundationUnderTest,
  type GraphQLResponse,
} from '../../testing/foundation-test-server';

/**
 * What holds below the rules: the subgraph serves only identities the
 * gateway signed, the database hands the application role only the rows its
 * settings allow, settings never leak between requests sharing a pool, and
 * the service will not run with more rights than the application role's.
 */

let foundation: FoundationUnderTest;
const statements = new StatementCounter();

beforeAll(async () => {
  foundation = await startFoundationUnderTest({ queryLogger: statements });
});
afterAll(async () => {
  await foundation.stop();
});

const FES_HEAD: Caller = testRegionalHead('FES');
const RABAT_HEAD: Caller = testRegionalHead('RABAT');

const now = (): number => Math.floor(Date.now() / 1000);
const claimsFor = (caller: Caller, issuedAt: number): Record<string, unknown> =>
  identityClaims(caller, 'foundation', issuedAt);

async function post(
  url: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<{ status: number; body: GraphQLResponse<unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<unknown> };
}

/** A non-head officer of `region` with dependents. */
async function officerIn(region: string): Promise<{ matricule: string; dependents: string[] }> {
  const [row] = await foundation.sql<{ matricule: string }>(
    `SELECT o.matricule FROM officer o WHERE o.region_code = $1
        AND NOT EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = o.matricule)
        AND EXISTS (SELECT 1 FROM dependent d WHERE d.officer_matricule = o.matricule)
      ORDER BY o.matricule LIMIT 1`,
    [region],
  );
  const dependents = await foundation.sql<{ id: string }>(
    'SELECT id FROM dependent WHERE officer_matricule = $1 ORDER BY birth_date, id',
    [row.matricule],
  );
  return { matricule: row.matricule, dependents: dependents.map((d) => d.id) };
}

describe('a direct call without a valid gateway identity', () => {
  const cases: Array<[string, () => Record<string, string>]> = [
    ['no identity at all', () => ({})],
    [
      'raw x-user-* headers and nothing else',
      () => ({ 'x-user-region': 'RABAT', 'x-user-role': 'NATIONAL_ADMIN', 'x-user-sub': 'admin' }),
    ],
    [
      'an expired identity',
      () => ({
        authorization: `Bearer ${handMadeToken({ alg: 'EdDSA', typ: 'JWT' }, claimsFor(FES_HEAD, now() - 3600), foundation.gateway.privateKey)}`,
      }),
    ],
    [
      'an identity signed with another key',
      () => ({
        authorization: `Bearer ${handMadeToken({ alg: 'EdDSA', typ: 'JWT' }, claimsFor(FES_HEAD, now()), createTestGatewayIdentity().privateKey)}`,
      }),
    ],
    [
      'an unsigned identity (alg none)',
      () => ({
        authorization: `Bearer ${handMadeToken({ alg: 'none', typ: 'JWT' }, claimsFor(FES_HEAD, now()), null)}`,
      }),
    ],
  ];
  const queries = [
    '{ officers(first: 5) { totalCount edges { node { matricule } } } }',
    '{ _service { sdl } }',
    '{ _entities(representations: [{ __typename: "Region", code: "FES" }]) { ... on Region { staffCount } } }',
    '{ me { role } }',
  ];

  it.each(cases)('gets 401 UNAUTHENTICATED and runs no SQL: %s', async (_name, headers) => {
    for (const query of queries) {
      statements.reset();
      const { status, body } = await post(foundation.server.url, { query }, headers());
      expect([query, status]).toEqual([query, 401]);
      expect(body.data).toBeUndefined();
      expect(body.errors!.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(statements.count).toBe(0);
    }
  });

  it('accepts the hand-made token when it is right, so the refusals above are about what was wrong', async () => {
    const token = handMadeToken(
      { alg: 'EdDSA', typ: 'JWT' },
      claimsFor(FES_HEAD, now()),
      foundation.gateway.privateKey,
    );
    statements.reset();
    const { status, body } = await post(
      foundation.server.url,
      { query: '{ me { role region { code } } }' },
      { authorization: `Bearer ${token}` },
    );
    expect(status).toBe(200);
    expect(body).toEqual({ data: { me: { role: 'REGIONAL_HEAD', region: { code: 'FES' } } } });
    expect(statements.count).toBeGreaterThan(0);
  });

  it('ignores a raw x-user-region header next to a valid identity', async () => {
    const rabat = await officerIn('RABAT');
    const query = `{ me { region { code } } officers { totalCount edges { node { region { code } } } }
      officer(matricule: "${rabat.matricule}") { matricule }
      _entities(representations: [{ __typename: "Region", code: "RABAT" }]) { ... on Region { staffCount } } }`;
    const headers = {
      ...(await foundation.gateway.headersFor(FES_HEAD, 'foundation')),
      'x-user-region': 'RABAT',
      'x-user-role': 'NATIONAL_ADMIN',
    };
    const { status, body } = await post(foundation.server.url, { query }, headers);
    expect(status).toBe(200);
    const data = body.data as {
      me: { region: { code: string } };
      officers: { edges: Array<{ node: { region: { code: string } } }> };
      officer: unknown;
      _entities: unknown[];
    };
    expect(data.me.region.code).toBe('FES');
    expect(data.officers.edges.every((edge) => edge.node.region.code === 'FES')).toBe(true);
    expect(data.officer).toBeNull();
    expect(data._entities).toEqual([null]);
    expect(body.errors!.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });
});

describe('row-level security for the application role', () => {
  const asApplication = <T>(settings: Record<string, string>, work: (client: Client) => Promise<T>): Promise<T> =>
    asApplicationRole(foundation.database.appUrl, settings, work);
  const count = async (client: Client, sql: string): Promise<number> =>
    Number((await client.query<{ count: string }>(sql)).rows[0].count);
  const TABLES = ['officer', 'training', 'dependent', 'application', 'disbursement', 'campaign_allocation'];

  it("hides another region's officers from a regional head, whatever the query says", async () => {
    await asApplication({ 'app.role': 'REGIONAL_HEAD', 'app.region': 'FES', 'app.sub': 'head-fes' }, async (client) => {
      // The RABAT head is public: every other RABAT officer is out of reach.
      const rabat = await client.query(
        `SELECT matricule, first_name_latin, birth_date FROM officer WHERE region_code = 'RABAT'
            AND NOT EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = officer.matricule)`,
      );
      expect(rabat.rows).toEqual([]);
      expect(await count(client, "SELECT count(*) FROM officer WHERE region_code = 'RABAT'")).toBe(
        await count(
          client,
          "SELECT count(DISTINCT officer_matricule) FROM head_appointment h JOIN officer o ON o.matricule = h.officer_matricule WHERE o.region_code = 'RABAT'",
        ),
      );
      expect(await count(client, "SELECT count(*) FROM officer WHERE region_code = 'FES'")).toBeGreaterThan(0);
      expect(
        await count(
          client,
          "SELECT count(*) FROM dependent d JOIN officer o ON o.matricule = d.officer_matricule WHERE o.region_code <> 'FES'",
        ),
      ).toBe(0);
      expect(
        await count(
          client,
          "SELECT count(*) FROM training t JOIN officer o ON o.matricule = t.officer_matricule WHERE o.region_code <> 'FES'",
        ),
      ).toBe(0);
      expect(await count(client, "SELECT count(*) FROM application WHERE region_code <> 'FES'")).toBe(0);
      expect(await count(client, "SELECT count(*) FROM application WHERE region_code = 'FES'")).toBeGreaterThan(0);
      expect(await count(client, "SELECT count(*) FROM disbursement WHERE region_code <> 'FES'")).toBe(0);
      expect(await count(client, "SELECT count(*) FROM campaign_allocation WHERE region_code <> 'FES'")).toBe(0);
    });
  });

  it('gives no row at all without a role, with an empty one, or an unknown one', async () => {
    const cases: Array<Record<string, string>> = [
      {},
      { 'app.role': '', 'app.region': 'FES', 'app.sub': 'x' },
      { 'app.role': 'SUPERVISOR', 'app.region': 'FES' },
    ];
    for (const settings of cases) {
      await asApplication(settings, async (client) => {
        for (const table of TABLES)
          expect([settings, table, await count(client, `SELECT count(*) FROM ${table}`)]).toEqual([settings, table, 0]);
      });
    }
  });

  it('gives a regional role without a region, or an officer without a subject, only the public heads', async () => {
    const [heads] = await foundation.sql<{ count: number }>(
      'SELECT count(DISTINCT officer_matricule)::int AS count FROM head_appointment',
    );
    const cases: Array<Record<string, string>> = [
      { 'app.role': 'REGIONAL_HEAD', 'app.region': '' },
      { 'app.role': 'OFFICER', 'app.sub': '' },
    ];
    for (const settings of cases) {
      await asApplication(settings, async (client) => {
        expect(
          await count(
            client,
            'SELECT count(*) FROM officer o WHERE NOT EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = o.matricule)',
          ),
        ).toBe(0);
        expect(await count(client, 'SELECT count(*) FROM officer')).toBe(heads.count);
        for (const table of TABLES.filter((table) => table !== 'officer'))
          expect([table, await count(client, `SELECT count(*) FROM ${table}`)]).toEqual([table, 0]);
      });
    }
  });

  it('shows the mutual and the medical advisors the registry but no application, payment or budget', async () => {
    for (const settings of [
      { 'app.role': 'MUTUAL_AGENT', 'app.region': 'FES' },
      { 'app.role': 'MEDICAL_ADVISOR', 'app.region': '' },
    ]) {
      await asApplication(settings, async (client) => {
        expect(await count(client, "SELECT count(*) FROM officer WHERE region_code = 'FES'")).toBeGreaterThan(0);
        for (const table of ['application', 'disbursement', 'campaign_allocation'])
          expect([table, await count(client, `SELECT count(*) FROM ${table}`)]).toEqual([table, 0]);
      });
    }
  });

  it("shows an officer their own file, dependents and applications, and of others only the heads' rows", async () => {
    const fes = await officerIn('FES');
    const [expected] = await foundation.sql<{ applications: number; heads: number }>(
      `SELECT (SELECT count(*)::int FROM application WHERE officer_matricule = $1) AS applications,
              (SELECT count(DISTINCT officer_matricule)::int FROM head_appointment WHERE officer_matricule <> $1) AS heads`,
      [fes.matricule],
    );
    await asApplication({ 'app.role': 'OFFICER', 'app.sub': fes.matricule }, async (client) => {
      expect(await count(client, 'SELECT count(*) FROM officer')).toBe(expected.heads + 1);
      expect(await count(client, 'SELECT count(*) FROM dependent')).toBe(fes.dependents.length);
      expect(await count(client, 'SELECT count(*) FROM application')).toBe(expected.applications);
      expect(await count(client, `SELECT count(*) FROM training WHERE officer_matricule <> '${fes.matricule}'`)).toBe(
        0,
      );
    });
  });

  it('refuses the application role a write outside its region', async () => {
    await asApplication({ 'app.role': 'REGIONAL_HEAD', 'app.region': 'FES', 'app.sub': 'head-fes' }, async (client) => {
      const result = await client.query("UPDATE officer SET status = 'RETIRED' WHERE region_code = 'RABAT'");
      expect(result.rowCount).toBe(0);
    });
  });
});

describe('two regions sharing a pool of two connections', () => {
  it("never see each other's officers over 200 interleaved requests", async () => {
    const small = await startFoundationUnderTest({ poolSize: 2 });
    try {
      const regions = {
        FES: { caller: FES_HEAD, ...(await officerIn('FES')) },
        RABAT: { caller: RABAT_HEAD, ...(await officerIn('RABAT')) },
      };
      const totals = await small.sql<{ region: string; count: number }>(
        "SELECT region_code AS region, count(*)::int AS count FROM officer WHERE region_code IN ('FES', 'RABAT') GROUP BY 1",
      );
      const expectedTotal = new Map(totals.map((row) => [row.region, row.count]));

      const ask = async (region: 'FES' | 'RABAT'): Promise<void> => {
        const own = regions[region];
        const other = regions[region === 'FES' ? 'RABAT' : 'FES'];
        const result = await small.query<{
          officers: { totalCount: number; edges: Array<{ node: { matricule: string; region: { code: string } } }> };
          _entities: [{ matricule: string; dependents: Array<{ id: string }> }];
          other: unknown;
        }>(
          `query ($r: [_Any!]!, $other: ID!) {
            officers(first: 50) { totalCount edges { node { matricule region { code } } } }
            _entities(representations: $r) { ... on Officer { matricule dependents { id } } }
            other: officer(matricule: $other) { matricule }
          }`,
          { r: [{ __typename: 'Officer', matricule: own.matricule }], other: other.matricule },
          own.caller,
        );
        expect(result.data!.officers.totalCount).toBe(expectedTotal.get(region));
        expect(result.data!.officers.edges.every((edge) => edge.node.region.code === region)).toBe(true);
        expect(result.data!._entities[0].dependents.map((d) => d.id)).toEqual(own.dependents);
        expect(result.data!.other).toBeNull();
        expect(result.errors!.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      };
      // 200 requests, alternating regions, 20 in flight at a time: always more than the pool's two connections.
      for (let batch = 0; batch < 10; batch += 1) {
        await Promise.all(Array.from({ length: 20 }, (_, index) => ask(index % 2 === 0 ? 'FES' : 'RABAT')));
      }
    } finally {
      await small.stop();
    }
  });
});

describe('the database role the service runs as', () => {
  it('refuses to start as the superuser, with one line saying what to change', async () => {
    const start = startFoundationService({
      gatewayPublicKey: foundation.gateway.publicKey,
      databaseUrl: foundation.database.superuserUrl,
      port: 0,
      host: '127.0.0.1',
    });
    await expect(start).rejects.toMatchObject({ name: 'StartupError' });
    const message = await start.then(
      () => '',
      (error: Error) => error.message,
    );
    expect(message).not.toContain('\n');
    expect(message).toMatch(/superuser.*FOUNDATION_DATABASE_URL/);
  });

  it('refuses to start as the owner of the tables', async () => {
    const start = startFoundationService({
      gatewayPublicKey: foundation.gateway.publicKey,
      databaseUrl: foundation.database.ownerUrl,
      port: 0,
      host: '127.0.0.1',
    });
    await expect(start).rejects.toThrow(/owns the tables; set FOUNDATION_DATABASE_URL/);
  });
});
