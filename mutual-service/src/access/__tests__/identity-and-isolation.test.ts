import { type Caller, type RunningServer } from '@dsp/common';
import { StatementCounter } from '@dsp/subgraph-kit';
import {
  asApplicationRole,
  createTestGatewayIdentity,
  handMadeToken,
  identityClaims,
  type TestGatewayIdentity,
} from '@dsp/testing';
import type { Client } from 'pg';
import { startMutualService } from '../../server';
import { startHarness, type GraphQLResponse, type MutualHarness } from '../../testing/harness';

/**
 * What holds below the rules: the subgraph serves only identities the
 * gateway signed, the database hands the application role only the rows its
 * settings allow, and settings never leak between requests sharing a pool.
 */

let harness: MutualHarness;
let gateway: TestGatewayIdentity;
let statements: StatementCounter;
let service: RunningServer;

beforeAll(async () => {
  harness = await startHarness();
  gateway = createTestGatewayIdentity();
  statements = new StatementCounter();
  service = await startMutualService({
    gatewayPublicKey: gateway.publicKey,
    databaseUrl: harness.database.appUrl,
    port: 0,
    host: '127.0.0.1',
    queryLogger: statements,
  });
});
afterAll(async () => {
  await service.stop();
  await harness.stop();
});

const FES_AGENT: Caller = { sub: 'agent-fes', role: 'MUTUAL_AGENT', region: 'FES' };
const RABAT_AGENT: Caller = { sub: 'agent-rabat', role: 'MUTUAL_AGENT', region: 'RABAT' };

const now = (): number => Math.floor(Date.now() / 1000);
const claimsFor = (caller: Caller, issuedAt: number): Record<string, unknown> =>
  identityClaims(caller, 'mutual', issuedAt);

async function post(
  url: string,
  query: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: GraphQLResponse<unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<unknown> };
}

describe('a direct call without a valid gateway identity', () => {
  const cases: Array<[string, () => Record<string, string>]> = [
    ['no identity at all', () => ({})],
    [
      'a raw x-user-region header and nothing else',
      () => ({ 'x-user-region': 'FES', 'x-user-role': 'NATIONAL_ADMIN' }),
    ],
    [
      'an expired identity',
      () => ({
        authorization: `Bearer ${handMadeToken({ alg: 'EdDSA', typ: 'JWT' }, claimsFor(FES_AGENT, now() - 3600), gateway.privateKey)}`,
      }),
    ],
    [
      'an identity signed with another key',
      () => ({
        authorization: `Bearer ${handMadeToken({ alg: 'EdDSA', typ: 'JWT' }, claimsFor(FES_AGENT, now()), createTestGatewayIdentity().privateKey)}`,
      }),
    ],
    [
      'an unsigned identity (alg none)',
      () => ({
        authorization: `Bearer ${handMadeToken({ alg: 'none', typ: 'JWT' }, claimsFor(FES_AGENT, now()), null)}`,
      }),
    ],
  ];

  it.each(cases)('gets 401 UNAUTHENTICATED and runs no SQL: %s', async (_name, headers) => {
    for (const query of [
      '{ plans { code } }',
      '{ _service { sdl } }',
      '{ _entities(representations: [{ __typename: "Region", code: "FES" }]) { ... on Region { health { pendingClaims } } } }',
    ]) {
      statements.reset();
      const { status, body } = await post(service.url, query, headers());
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(body.errors!.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(statements.count).toBe(0);
    }
  });

  it('accepts the hand-made token when it is right, so the refusals above are about what was wrong', async () => {
    const token = handMadeToken({ alg: 'EdDSA', typ: 'JWT' }, claimsFor(FES_AGENT, now()), gateway.privateKey);
    const { status, body } = await post(service.url, '{ plans { code } }', { authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('ignores a raw x-user-region header next to a valid identity', async () => {
    const [rabatClaim] = await harness.sql<{ id: string }>(
      "SELECT id FROM claim WHERE handling_region_code = 'RABAT' LIMIT 1",
    );
    const query = `{ claim(id: "${rabatClaim.id}") { reference } _entities(representations: [{ __typename: "Region", code: "RABAT" }]) { ... on Region { health { pendingClaims } } } }`;
    const headers = {
      ...(await gateway.headersFor(FES_AGENT, 'mutual')),
      'x-user-region': 'RABAT',
      'x-user-role': 'NATIONAL_ADMIN',
    };
    const { status, body } = await post(service.url, query, headers);
    expect(status).toBe(200);
    expect(body.errors!.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(body.data).toEqual({ claim: null, _entities: [{ health: null }] });
  });
});

describe('row-level security for the application role', () => {
  const asApplication = <T>(settings: Record<string, string>, work: (client: Client) => Promise<T>): Promise<T> =>
    asApplicationRole(harness.database.appUrl, settings, work);
  const count = async (client: Client, sql: string): Promise<number> =>
    Number((await client.query<{ count: string }>(sql)).rows[0].count);

  it("hides another region's claims from a mutual agent, whatever the query says", async () => {
    await asApplication({ 'app.role': 'MUTUAL_AGENT', 'app.region': 'FES', 'app.sub': 'agent-fes' }, async (client) => {
      expect(
        (await client.query("SELECT id, diagnosis_codes FROM claim WHERE handling_region_code = 'RABAT'")).rows,
      ).toEqual([]);
      expect(await count(client, "SELECT count(*) FROM claim WHERE handling_region_code = 'FES'")).toBeGreaterThan(0);
      expect(await count(client, "SELECT count(*) FROM claim WHERE handling_region_code <> 'FES'")).toBe(0);
      expect(await count(client, "SELECT count(*) FROM beneficiary WHERE region_code <> 'FES'")).toBe(0);
      expect(
        await count(
          client,
          "SELECT count(*) FROM coverage c JOIN beneficiary b ON b.person_id = c.beneficiary_id WHERE b.region_code = 'FES'",
        ),
      ).toBeGreaterThan(0);
      expect(
        await count(
          client,
          "SELECT count(*) FROM claim_line l WHERE NOT EXISTS (SELECT 1 FROM claim c WHERE c.id = l.claim_id AND c.handling_region_code = 'FES')",
        ),
      ).toBe(0);
      expect(await count(client, 'SELECT count(*) FROM diagnosis_read')).toBe(0);
    });
  });

  it('gives no row at all without settings, with an empty region, or to a foundation agent', async () => {
    const tables = ['beneficiary', 'coverage', 'claim', 'claim_line', 'diagnosis_read'];
    const cases: Array<Record<string, string>> = [
      {},
      { 'app.role': 'REGIONAL_HEAD', 'app.region': '' },
      { 'app.role': 'FOUNDATION_AGENT', 'app.region': 'FES' },
      { 'app.role': 'OFFICER', 'app.sub': '' },
    ];
    for (const settings of cases) {
      await asApplication(settings, async (client) => {
        for (const table of tables)
          expect([table, await count(client, `SELECT count(*) FROM ${table}`)]).toEqual([table, 0]);
      });
    }
  });

  it("shows an officer their own family's files and nobody else's", async () => {
    const [family] = await harness.sql<{ officer: string; people: string; claims: string }>(
      `SELECT b.officer_matricule AS officer, count(DISTINCT b.person_id)::text AS people, (SELECT count(*) FROM claim c JOIN beneficiary p ON p.person_id = c.beneficiary_id WHERE p.officer_matricule = b.officer_matricule)::text AS claims
         FROM beneficiary b GROUP BY b.officer_matricule HAVING count(*) > 1 ORDER BY b.officer_matricule LIMIT 1`,
    );
    await asApplication({ 'app.role': 'OFFICER', 'app.sub': family.officer }, async (client) => {
      expect(await count(client, 'SELECT count(*) FROM beneficiary')).toBe(Number(family.people));
      expect(await count(client, 'SELECT count(*) FROM claim')).toBe(Number(family.claims));
    });
  });

  it('lets a reader log only their own reads, and only the national administration read the log', async () => {
    const [fesClaim] = await harness.sql<{ id: string }>(
      "SELECT id FROM claim WHERE handling_region_code = 'FES' LIMIT 1",
    );
    await asApplication({ 'app.role': 'MUTUAL_AGENT', 'app.region': 'FES', 'app.sub': 'agent-fes' }, async (client) => {
      const insert =
        'INSERT INTO diagnosis_read (claim_id, reader_sub, reader_role, reader_region) VALUES ($1, $2, $3, $4)';
      await client.query('SAVEPOINT forged');
      await expect(client.query(insert, [fesClaim.id, 'someone-else', 'MUTUAL_AGENT', 'FES'])).rejects.toThrow(
        /row-level security/,
      );
      await client.query('ROLLBACK TO SAVEPOINT forged');
      await client.query(insert, [fesClaim.id, 'agent-fes', 'MUTUAL_AGENT', 'FES']);
      expect(await count(client, 'SELECT count(*) FROM diagnosis_read')).toBe(0);
    });
    await asApplication({ 'app.role': 'REGIONAL_HEAD', 'app.region': 'FES', 'app.sub': 'head-fes' }, async (client) => {
      await expect(
        client.query(
          'INSERT INTO diagnosis_read (claim_id, reader_sub, reader_role, reader_region) VALUES ($1, $2, $3, $4)',
          [fesClaim.id, 'head-fes', 'REGIONAL_HEAD', 'FES'],
        ),
      ).rejects.toThrow(/row-level security/);
    });
  });
});

describe('two regions sharing a pool of two connections', () => {
  it("never see each other's claims over 200 interleaved requests", async () => {
    const small = await startMutualService({
      gatewayPublicKey: gateway.publicKey,
      databaseUrl: harness.database.appUrl,
      port: 0,
      host: '127.0.0.1',
      poolSize: 2,
    });
    try {
      const officerIn = async (region: string): Promise<{ officer: string; claims: string[] }> => {
        const [row] = await harness.sql<{ officer: string }>(
          `SELECT person_id AS officer FROM beneficiary b WHERE kind = 'OFFICER' AND region_code = $1
              AND EXISTS (SELECT 1 FROM claim WHERE beneficiary_id = b.person_id) ORDER BY person_id LIMIT 1`,
          [region],
        );
        const claims = await harness.sql<{ id: string }>(
          'SELECT id FROM claim WHERE beneficiary_id = $1 AND handling_region_code = $2 ORDER BY submitted_at DESC, reference DESC',
          [row.officer, region],
        );
        return { officer: row.officer, claims: claims.map((claim) => claim.id) };
      };
      const regions = {
        FES: { caller: FES_AGENT, ...(await officerIn('FES')) },
        RABAT: { caller: RABAT_AGENT, ...(await officerIn('RABAT')) },
      };
      const pending = await harness.sql<{ region: string; count: string }>(
        "SELECT handling_region_code AS region, count(*)::text AS count FROM claim WHERE status IN ('ENTERED', 'CHECKED', 'UNDER_REVIEW') AND handling_region_code IN ('FES', 'RABAT') GROUP BY 1",
      );
      const expectedPending = new Map(pending.map((row) => [row.region, Number(row.count)]));

      const ask = async (region: 'FES' | 'RABAT'): Promise<void> => {
        const own = regions[region];
        const other = regions[region === 'FES' ? 'RABAT' : 'FES'];
        const response = await fetch(small.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(await gateway.headersFor(own.caller, 'mutual')) },
          body: JSON.stringify({
            query: `query ($r: [_Any!]!, $other: ID!) {
              _entities(representations: $r) { ... on Region { health { pendingClaims } } ... on Officer { claims { id handlingRegion { code } } } }
              other: claim(id: $other) { id }
            }`,
            variables: {
              r: [
                { __typename: 'Region', code: region },
                { __typename: 'Officer', matricule: own.officer },
              ],
              other: other.claims[0],
            },
          }),
        });
        const body = (await response.json()) as GraphQLResponse<{
          _entities: [
            { health: { pendingClaims: number } },
            { claims: Array<{ id: string; handlingRegion: { code: string } }> },
          ];
          other: unknown;
        }>;
        expect(body.data!._entities[0].health.pendingClaims).toBe(expectedPending.get(region));
        expect(body.data!._entities[1].claims.map((claim) => claim.id)).toEqual(own.claims);
        expect(body.data!._entities[1].claims.every((claim) => claim.handlingRegion.code === region)).toBe(true);
        expect(body.data!.other).toBeNull();
        expect(body.errors!.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      };
      // 20 callers at a time, alternating regions, 200 requests in all: the
      // pool of two is shared throughout, without queueing longer than its
      // connection timeout on a busy machine.
      for (let batch = 0; batch < 10; batch++) {
        await Promise.all(Array.from({ length: 20 }, (_, index) => ask(index % 2 === 0 ? 'FES' : 'RABAT')));
      }
    } finally {
      await small.stop();
    }
  });
});
