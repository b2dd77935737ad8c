import type { Caller } from '@dsp/common';
import { testRegionalHead } from '@dsp/testing';
import { consultationInput, startHarness, type MutualHarness } from '../../testing/harness';

const AGENT: Caller = { sub: 'test-agent-fes', role: 'MUTUAL_AGENT', region: 'FES' };
const AGENT_RABAT: Caller = { sub: 'test-agent-rabat', role: 'MUTUAL_AGENT', region: 'RABAT' };
const HEAD = testRegionalHead('FES');
const ADVISOR: Caller = { sub: 'test-advisor-1', role: 'MEDICAL_ADVISOR', region: null };
const FOUNDATION_AGENT: Caller = { sub: 'test-foundation-agent', role: 'FOUNDATION_AGENT', region: 'FES' };
const OFFICER: Caller = { sub: '101321', role: 'OFFICER', region: null };
const TODAY = new Date().toISOString().slice(0, 10);

const RECENT = `query ($region: ID, $first: Int, $after: String) {
  recentMutualChanges(region: $region, first: $first, after: $after) {
    edges { node { id entity entityId region action actorSub actorRole before after claim { id reference } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Change {
  id: string;
  entity: string;
  entityId: string;
  region: string | null;
  action: string;
  actorSub: string;
  actorRole: string;
  claim: { id: string; reference: string } | null;
}
interface Recent {
  recentMutualChanges: { edges: Array<{ node: Change }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

let harness: MutualHarness;
let keySerial = 0;
const key = (): string => `test-recent-${++keySerial}-${Date.now()}`;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
});

async function firstId(sql: string): Promise<string> {
  const [row] = (await harness.sql<{ id: string }>(sql)) as [{ id: string }];
  return row.id;
}

/** The first officer of a region's beneficiary file. */
function officerOf(region: string): Promise<string> {
  return firstId(
    `SELECT person_id AS id FROM beneficiary WHERE region_code = '${region}' AND kind = 'OFFICER' ORDER BY person_id LIMIT 1`,
  );
}

/** A consultation of today entered for `beneficiary` at a provider of `region`, by `agent`. */
async function consultation(beneficiary: string, region: string, agent: Caller) {
  const provider = await firstId(
    `SELECT id FROM provider WHERE region_code = '${region}' AND 'CONSULTATION' = ANY (care_types) ORDER BY kind, name LIMIT 1`,
  );
  return harness.query<{ submitClaim: { id: string; reference: string } }>(
    `mutation ($input: SubmitClaimInput!) { submitClaim(input: $input) { id reference } }`,
    { input: consultationInput(beneficiary, provider, TODAY, key()) },
    agent,
  );
}

/** The audit table's ids as SQL reads them, newest first. */
async function latest(region: string | null, limit: number): Promise<string[]> {
  const rows = await harness.sql<{ id: string }>(
    'SELECT id::text FROM audit_record WHERE $1::text IS NULL OR region_code = $1 ORDER BY id DESC LIMIT $2',
    [region, limit],
  );
  return rows.map((row) => row.id);
}

describe('recentMutualChanges: what the audit page opens on', () => {
  it("gives the region's head and agents its latest changes, newest first, a claim's with its reference, nothing clinical", async () => {
    const beneficiary = await officerOf('FES');
    const clinic = await firstId(
      "SELECT id FROM provider WHERE region_code = 'FES' AND 'HOSPITALISATION' = ANY (care_types) ORDER BY kind, name LIMIT 1",
    );
    const claim = await consultation(beneficiary, 'FES', AGENT);
    expect(claim.errors).toBeUndefined();
    const authorisation = await harness.query<{ requestPriorAuthorisation: { id: string } }>(
      `mutation ($b: ID!, $p: ID!, $d: Date!, $k: String!) {
        requestPriorAuthorisation(beneficiaryId: $b, providerId: $p, plannedDate: $d, reason: "Appendicectomie programmée", idempotencyKey: $k) { id } }`,
      { b: beneficiary, p: clinic, d: TODAY, k: key() },
      AGENT,
    );
    expect(authorisation.errors).toBeUndefined();
    // Another region's change, last: FES's readers must not see it, the national administration must.
    const rabat = await consultation(await officerOf('RABAT'), 'RABAT', AGENT_RABAT);
    expect(rabat.errors).toBeUndefined();

    for (const reader of [HEAD, AGENT]) {
      const page = await harness.query<Recent>(RECENT, { first: 2 }, reader);
      expect(page.errors).toBeUndefined();
      const { edges, pageInfo } = page.data!.recentMutualChanges;
      const next = (await harness.query<Recent>(RECENT, { first: 2, after: pageInfo.endCursor }, reader)).data!
        .recentMutualChanges;
      const changes = [...edges, ...next.edges].map(({ node }) => node);
      expect([pageInfo.hasNextPage, next.pageInfo.hasNextPage]).toEqual([true, false]);
      expect(changes.map((node) => [node.entity, node.action, node.entityId, node.region, node.actorRole])).toEqual([
        ['prior_authorisation', 'REQUEST', authorisation.data!.requestPriorAuthorisation.id, 'FES', 'MUTUAL_AGENT'],
        // The automatic check runs in the submission's transaction, recorded after it.
        ['claim', 'AUTOMATIC_CHECK', claim.data!.submitClaim.id, 'FES', 'MUTUAL_AGENT'],
        ['claim', 'SUBMIT', claim.data!.submitClaim.id, 'FES', 'MUTUAL_AGENT'],
      ]);
      expect(changes.map((node) => node.id)).toEqual(await latest('FES', 10));
      expect(changes.map((node) => node.claim)).toEqual([null, claim.data!.submitClaim, claim.data!.submitClaim]);
      // The audit keeps no clinical text: neither the authorisation's reason nor the claim's diagnoses.
      expect(JSON.stringify(changes)).not.toMatch(/Appendicectomie|J06/);
    }
    const national = await harness.query<Recent>(
      RECENT,
      { first: 10 },
      { sub: 'test-admin', role: 'NATIONAL_ADMIN', region: null },
    );
    const everywhere = national.data!.recentMutualChanges.edges.map(({ node }) => node);
    expect(everywhere.map((node) => node.id)).toEqual(await latest(null, 10));
    expect(everywhere[0]).toMatchObject({ region: 'RABAT', entityId: rabat.data!.submitClaim.id });
  });

  it('refuses another region, the roles that do not read the trail and bad arguments', async () => {
    const refusals: Array<[Record<string, unknown>, Caller, string, string?]> = [
      [{ region: 'FES' }, AGENT_RABAT, 'FORBIDDEN'],
      [{}, ADVISOR, 'FORBIDDEN'],
      [{}, FOUNDATION_AGENT, 'FORBIDDEN'],
      [{}, OFFICER, 'FORBIDDEN'],
      [{ region: 'Fès' }, HEAD, 'BAD_USER_INPUT', 'region'],
      [{ first: 500 }, HEAD, 'BAD_USER_INPUT', 'first'],
      [{ after: 'xyz' }, HEAD, 'BAD_USER_INPUT', 'after'],
    ];
    for (const [variables, caller, code, field] of refusals) {
      const response = await harness.query<Recent>(RECENT, variables, caller);
      expect([
        caller.role,
        variables,
        response.data,
        response.errors?.[0]?.extensions?.code,
        response.errors?.[0]?.extensions?.field,
      ]).toEqual([caller.role, variables, null, code, field]);
    }
  });
});
