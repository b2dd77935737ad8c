import { type Caller, createMetrics, type ServiceMetrics } from '@dsp/common';
import { testRegionalHead } from '@dsp/testing';
import { createHash } from 'node:crypto';
import { operation, startPlatform, type Platform } from '../platform';
import { sql } from './sql';

const FES_HEAD: Caller = testRegionalHead('FES');
const FES_DEPUTY: Caller = { sub: 'deputy-fes', role: 'REGIONAL_HEAD', region: 'FES' };
const RABAT_HEAD: Caller = testRegionalHead('RABAT');
const FES_FOUNDATION_AGENT: Caller = { sub: 'agent-fes', role: 'FOUNDATION_AGENT', region: 'FES' };
const ADVISOR: Caller = { sub: 'advisor', role: 'MEDICAL_ADVISOR', region: null };
const TTL_SECONDS = 4;

const DASHBOARD = operation('RegionalDashboard');
const OFFICERS = '{ officers(first: 5) { edges { node { matricule region { code } } } } }';

interface Dashboard {
  region: { nameFr: string; health: { pendingClaims: number } | null } | null;
}

let platform: Platform;
let metrics: ServiceMetrics;

beforeAll(async () => {
  metrics = createMetrics('gateway');
  platform = await startPlatform({ metrics, responseCache: { ttlSeconds: TTL_SECONDS, maxEntries: 100 } });
});
afterAll(() => platform.stop());

/** Calls the gateway made to the subgraphs so far. */
async function subgraphCalls(): Promise<number> {
  const { values } = await metrics.subgraphFetches.get();
  return values.filter((value) => value.metricName?.endsWith('_count')).reduce((sum, value) => sum + value.value, 0);
}

/** Runs `work` and says how many subgraph calls it cost. */
async function callsDuring(work: () => Promise<unknown>): Promise<number> {
  const before = await subgraphCalls();
  await work();
  return (await subgraphCalls()) - before;
}

async function dashboard(caller: Caller): Promise<Dashboard> {
  const response = await platform.query<Dashboard>(await platform.tokenFor(caller), DASHBOARD, { code: 'FES' });
  expect(response.errors).toBeUndefined();
  return response.data as Dashboard;
}

describe('the response cache, when turned on', () => {
  it('answers the same caller’s repeated dashboard without calling the subgraphs', async () => {
    let first: Dashboard | undefined;
    let second: Dashboard | undefined;
    expect(await callsDuring(async () => (first = await dashboard(FES_HEAD)))).toBe(2);
    expect(await callsDuring(async () => (second = await dashboard(FES_HEAD)))).toBe(0);
    expect(second).toEqual(first);
  });

  it('never crosses subjects, roles or regions', async () => {
    await dashboard(FES_HEAD);
    // Another subject with the same role and region is not the head: refused afresh, never served the head's cached dashboard.
    let refused: unknown;
    const deputy = await platform.tokenFor(FES_DEPUTY);
    expect(
      await callsDuring(
        async () =>
          (refused = (await platform.query(deputy, DASHBOARD, { code: 'FES' })).errors?.[0]?.extensions?.code),
      ),
    ).toBeGreaterThan(0);
    expect(refused).toBe('FORBIDDEN');

    const fesHead = await platform.tokenFor(FES_HEAD);
    const fesOfficers = await platform.query<{ officers: { edges: { node: { region: { code: string } } }[] } }>(
      fesHead,
      OFFICERS,
    );
    let rabatRegions: string[] = [];
    const rabatCalls = await callsDuring(async () => {
      const rabat = await platform.query<{ officers: { edges: { node: { region: { code: string } } }[] } }>(
        await platform.tokenFor(RABAT_HEAD),
        OFFICERS,
      );
      rabatRegions = rabat.data?.officers.edges.map((edge) => edge.node.region.code) ?? [];
    });
    expect(rabatCalls).toBeGreaterThan(0);
    expect(new Set(fesOfficers.data?.officers.edges.map((edge) => edge.node.region.code))).toEqual(new Set(['FES']));
    expect(new Set(rabatRegions)).toEqual(new Set(['RABAT']));

    // The same subject in another role is refused the list, not served the head's copy of it.
    const asOfficer = await platform.query(
      await platform.tokenFor({ sub: FES_HEAD.sub, role: 'OFFICER', region: null }),
      OFFICERS,
    );
    expect(asOfficer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      await callsDuring(() => platform.tokenFor(FES_FOUNDATION_AGENT).then((token) => platform.query(token, OFFICERS))),
    ).toBeGreaterThan(0);
  });

  it('never keeps mutations or clinical reads, and a mutation through the gateway is seen at once', async () => {
    const before = await dashboard(FES_HEAD);
    const [claim] = await sql<{ id: string; version: number }>(
      platform.mutual.db.superuserUrl,
      "SELECT id::text, version FROM claim WHERE handling_region_code = 'FES' AND status = 'CHECKED' ORDER BY id LIMIT 1",
    );
    const advisor = await platform.tokenFor(ADVISOR);
    // Every clinical field is fetched (and logged by the mutual) on every read, never served from the cache.
    for (const field of ['diagnosisCodes', 'decisionNote', 'lines { actCode }']) {
      const clinical = `{ claim(id: "${claim.id}") { ${field} } }`;
      expect(await callsDuring(() => platform.query(advisor, clinical))).toBe(1);
      expect(await callsDuring(() => platform.query(advisor, clinical))).toBe(1);
    }

    const review = 'mutation ($id: ID!, $v: Int!) { reviewClaim(id: $id, version: $v) { version } }';
    const reviewed = await platform.query<{ reviewClaim: { version: number } }>(advisor, review, {
      id: claim.id,
      v: claim.version,
    });
    expect(reviewed.errors).toBeUndefined();
    const again = await platform.query(advisor, review, { id: claim.id, v: claim.version });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // The dashboard is in the cache again (the review emptied it) just before the decision, well within the TTL.
    await dashboard(FES_HEAD);
    expect(await callsDuring(() => dashboard(FES_HEAD))).toBe(0);
    const decided = await platform.query(advisor, operation('DecideClaim'), {
      id: claim.id,
      version: reviewed.data?.reviewClaim.version,
      decision: 'APPROVE',
    });
    expect(decided.errors).toBeUndefined();
    let after: Dashboard | undefined;
    expect(await callsDuring(async () => (after = await dashboard(FES_HEAD)))).toBeGreaterThan(0);
    expect(after?.region?.health?.pendingClaims).toBe((before.region?.health?.pendingClaims ?? 0) - 1);
  });

  it('serves a change made behind the gateway’s back only once the TTL has passed', async () => {
    // The region's head (only the current head reads the dashboard); the answer cached here or by an earlier test.
    const head = FES_HEAD;
    const before = await dashboard(head);
    await sql(
      platform.foundation.db.superuserUrl,
      "UPDATE region SET name_fr = name_fr || ' (renamed)' WHERE code = 'FES'",
    );
    expect((await dashboard(head)).region?.nameFr).toBe(before.region?.nameFr);
    await new Promise((resolve) => setTimeout(resolve, TTL_SECONDS * 1000 + 500));
    expect((await dashboard(head)).region?.nameFr).toBe(`${before.region?.nameFr ?? ''} (renamed)`);
  });
});

describe('automatic persisted queries', () => {
  async function post(body: unknown): Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }> {
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await platform.tokenFor(FES_HEAD)}` },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  }

  it('answer a hash alone once the query is registered, and ask for the text of an unknown hash', async () => {
    const query = '{ region(code: "FES") { code nameAr } }';
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const unknown = await post({ extensions: { persistedQuery } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post({ query, extensions: { persistedQuery } });
    expect(registered.errors).toBeUndefined();
    const byHash = await post({ extensions: { persistedQuery } });
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data).toEqual(registered.data);
    expect(byHash.data).toEqual({ region: { code: 'FES', nameAr: expect.any(String) as string } });
  });
});
