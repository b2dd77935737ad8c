import {
  activeOfficers,
  agent,
  expectNoErrors,
  head,
  openCampaign,
  submit,
  underReview,
} from '../../testing/campaign-fixtures';
import { startFoundationUnderTest, type FoundationUnderTest } from '../../testing/foundation-test-server';

let foundation: FoundationUnderTest;

beforeAll(async () => {
  foundation = await startFoundationUnderTest();
});

afterAll(async () => {
  await foundation.stop();
});

const RECENT = `query ($region: ID, $first: Int, $after: String) {
  recentChanges(region: $region, first: $first, after: $after) {
    edges { cursor node { id entity entityId region action actorSub actorRole application { id officer { matricule } } } }
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
  application: { id: string; officer: { matricule: string } } | null;
}

interface Recent {
  recentChanges: {
    edges: Array<{ cursor: string; node: Change }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** The audit table's rows as SQL reads them, newest first: what every page must follow. */
async function latest(region: string | null, limit: number): Promise<Array<{ id: string; entity: string }>> {
  return foundation.sql(
    `SELECT id::text, entity FROM audit_record WHERE $1::text IS NULL OR region_code = $1 ORDER BY id DESC LIMIT $2`,
    [region, limit],
  );
}

describe('recentChanges: what the audit page opens on', () => {
  it("gives a head their region's latest changes, newest first, a page at a time, each application's change with its application", async () => {
    const campaignId = await openCampaign(foundation, {
      allocations: [{ region: 'FES', allocated: '10000.00', quota: 5 }],
    });
    const [first, second] = await activeOfficers(foundation, 'FES', 2);
    const reviewed = await underReview(foundation, 'FES', campaignId, first);
    const submitted = await submit(foundation, agent('FES'), campaignId, second);
    // Another region's change, which the FES head must not see.
    const other = await openCampaign(foundation, {
      allocations: [{ region: 'TAZA', allocated: '10000.00', quota: 5 }],
    });
    const [taza] = await activeOfficers(foundation, 'TAZA', 1);
    await submit(foundation, agent('TAZA'), other, taza);

    const page = expectNoErrors(await foundation.query<Recent>(RECENT, { first: 2 }, head('FES'))).recentChanges;
    expect(
      page.edges.map((edge) => [edge.node.entity, edge.node.action, edge.node.entityId, edge.node.region]),
    ).toEqual([
      ['application', 'SUBMIT', submitted.id, 'FES'],
      ['application', 'START_REVIEW', reviewed.id, 'FES'],
    ]);
    expect(page.edges[0].node).toMatchObject({
      actorSub: agent('FES').sub,
      actorRole: 'FOUNDATION_AGENT',
      application: { id: submitted.id, officer: { matricule: second } },
    });
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = expectNoErrors(
      await foundation.query<Recent>(RECENT, { first: 3, after: page.pageInfo.endCursor }, head('FES')),
    ).recentChanges;
    const fes = await latest('FES', 5);
    expect([...page.edges, ...next.edges].map((edge) => edge.node.id)).toEqual(fes.map((row) => row.id));
    expect(next.edges[0].node).toMatchObject({ action: 'SUBMIT', entityId: reviewed.id });
  });

  it("gives the national administration every change, the campaigns' included, or one region's", async () => {
    const everything = expectNoErrors(await foundation.query<Recent>(RECENT, { first: 10 })).recentChanges;
    expect(everything.edges.map((edge) => edge.node.id)).toEqual((await latest(null, 10)).map((row) => row.id));
    expect(everything.edges.some((edge) => edge.node.entity === 'campaign' && edge.node.region === null)).toBe(true);
    const taza = expectNoErrors(await foundation.query<Recent>(RECENT, { region: 'TAZA', first: 10 })).recentChanges;
    expect(taza.edges.map((edge) => edge.node.id)).toEqual((await latest('TAZA', 10)).map((row) => row.id));
    expect(taza.edges.every((edge) => edge.node.region === 'TAZA')).toBe(true);
  });

  it('refuses another region, other roles and bad arguments, naming the argument', async () => {
    const refusals: Array<[Record<string, unknown>, Parameters<FoundationUnderTest['query']>[2], string, string?]> = [
      [{ region: 'TAZA' }, head('FES'), 'FORBIDDEN'],
      [{}, agent('FES'), 'FORBIDDEN'],
      [{ region: 'fes' }, undefined, 'BAD_USER_INPUT', 'region'],
      [{ first: 0 }, undefined, 'BAD_USER_INPUT', 'first'],
      [{ first: 101 }, undefined, 'BAD_USER_INPUT', 'first'],
      [{ after: 'not-a-cursor' }, undefined, 'BAD_USER_INPUT', 'after'],
      [{ after: Buffer.from('claim-queue:1').toString('base64') }, undefined, 'BAD_USER_INPUT', 'after'],
    ];
    for (const [variables, caller, code, field] of refusals) {
      const response = await foundation.query<Recent>(RECENT, variables, caller);
      expect([
        variables,
        response.data,
        response.errors?.[0]?.extensions?.code,
        response.errors?.[0]?.extensions?.field,
      ]).toEqual([variables, null, code, field]);
    }
  });
});
