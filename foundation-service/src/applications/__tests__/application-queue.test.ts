import { type Caller } from '@dsp/common';
import { StatementCounter } from '@dsp/subgraph-kit';
import { agent, head, officer } from '../../testing/campaign-fixtures';
import { startFoundationUnderTest, type FoundationUnderTest } from '../../testing/foundation-test-server';

const counter = new StatementCounter();
let foundation: FoundationUnderTest;

beforeAll(async () => {
  foundation = await startFoundationUnderTest({ queryLogger: counter });
});

afterAll(async () => {
  await foundation.stop();
});

const QUEUE = `query ($queue: ApplicationQueueKind!, $region: ID, $campaignId: ID, $status: [ApplicationStatus!], $first: Int, $after: String) {
  applicationQueue(queue: $queue, region: $region, campaignId: $campaignId, status: $status, first: $first, after: $after) {
    totalCount
    edges { cursor node { id status rankingScore submittedAt decidedAt region { code } campaign { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The admin client's own queue operation, every field it shows. */
const FULL_PAGE = `query ($first: Int) {
  applicationQueue(queue: ALL, first: $first) {
    totalCount
    edges { cursor node { id version status amount rankingScore beneficiaryKind submittedAt decidedAt decisionReason
      campaign { id season programme { kind nameFr nameAr } } officer { matricule fullName fullNameAr }
      dependent { id fullName fullNameAr relation } region { code } disbursement { id reference } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Node {
  id: string;
  status: string;
  rankingScore: number;
  submittedAt: string;
  decidedAt: string | null;
  region: { code: string };
  campaign: { id: string };
}
interface Page {
  applicationQueue: {
    totalCount: number;
    edges: Array<{ cursor: string; node: Node }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** Every page of a queue, `first` at a time. */
async function walk(
  variables: Record<string, unknown>,
  caller: Caller,
  first = 7,
): Promise<{ nodes: Node[]; totalCount: number }> {
  const nodes: Node[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let pages = 0; pages < 100; pages++) {
    const response: { data?: Page | null; errors?: unknown } = await foundation.query<Page>(
      QUEUE,
      { ...variables, first, after },
      caller,
    );
    expect(response.errors).toBeUndefined();
    const page: Page['applicationQueue'] = response.data!.applicationQueue;
    totalCount = page.totalCount;
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes, totalCount };
}

describe('applicationQueue', () => {
  it('lists the region’s SUBMITTED applications to review, oldest first, across pages without gaps or repeats', async () => {
    const { nodes, totalCount } = await walk({ queue: 'TO_REVIEW' }, agent('FES'), 3);
    const [expected] = await foundation.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM application WHERE region_code = 'FES' AND status = 'SUBMITTED'`,
    );
    expect(totalCount).toBe(expected?.count);
    expect(nodes).toHaveLength(totalCount);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
    expect(nodes.every((node) => node.status === 'SUBMITTED' && node.region.code === 'FES')).toBe(true);
    const times = nodes.map((node) => node.submittedAt);
    expect(times).toEqual([...times].sort());
  });

  it('lists applications to decide by ranking score, highest first, and filters by campaign', async () => {
    const { nodes } = await walk({ queue: 'TO_DECIDE', region: 'CASABLANCA' }, head('CASABLANCA'), 4);
    expect(nodes.length).toBeGreaterThan(4);
    expect(nodes.every((node) => node.status === 'UNDER_REVIEW' || node.status === 'WAITLISTED')).toBe(true);
    const scores = nodes.map((node) => node.rankingScore);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const campaignId = nodes[0].campaign.id;
    const one = await walk({ queue: 'TO_DECIDE', campaignId }, head('CASABLANCA'), 2);
    expect(one.nodes.length).toBe(nodes.filter((node) => node.campaign.id === campaignId).length);
    expect(one.nodes.every((node) => node.campaign.id === campaignId)).toBe(true);
  });

  it('lists every status newest first, limited by `status` when asked, in any region for the national administration', async () => {
    const paid = await walk(
      { queue: 'ALL', status: ['PAID', 'APPROVED'] },
      { sub: 'admin', role: 'NATIONAL_ADMIN', region: null },
      100,
    );
    const [expected] = await foundation.sql<{ count: number; regions: number }>(
      `SELECT count(*)::int AS count, count(DISTINCT region_code)::int AS regions FROM application WHERE status IN ('PAID', 'APPROVED')`,
    );
    expect(paid.totalCount).toBe(expected?.count);
    expect(new Set(paid.nodes.map((node) => node.region.code)).size).toBe(expected?.regions);
    expect(paid.nodes.every((node) => node.status === 'PAID' || node.status === 'APPROVED')).toBe(true);
    const times = paid.nodes.map((node) => node.submittedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('lists the region’s APPROVED applications to pay, the earliest decided first, across pages without gaps or repeats', async () => {
    const { nodes, totalCount } = await walk({ queue: 'TO_PAY' }, agent('FES'), 3);
    const rows = await foundation.sql<{ id: string }>(
      `SELECT id FROM application WHERE region_code = 'FES' AND status = 'APPROVED' ORDER BY decided_at, id`,
    );
    expect(rows.length).toBeGreaterThan(3);
    expect(totalCount).toBe(rows.length);
    expect(nodes.map((node) => node.id)).toEqual(rows.map((row) => row.id));
    expect(nodes.every((node) => node.status === 'APPROVED' && node.region.code === 'FES')).toBe(true);
    const decided = nodes.map((node) => node.decidedAt!);
    expect(decided).toEqual([...decided].sort());
  });

  it('refuses another region, and the roles without queues, with FORBIDDEN', async () => {
    const cases: Array<[Caller, Record<string, unknown>]> = [
      [head('FES'), { queue: 'ALL', region: 'RABAT' }],
      [agent('FES'), { queue: 'TO_REVIEW', region: 'RABAT' }],
      [officer('100001'), { queue: 'ALL' }],
      [{ sub: 'mutual', role: 'MUTUAL_AGENT', region: 'FES' }, { queue: 'ALL' }],
      [{ sub: 'advisor', role: 'MEDICAL_ADVISOR', region: null }, { queue: 'ALL' }],
    ];
    for (const [caller, variables] of cases) {
      const response = await foundation.query<Page>(QUEUE, variables, caller);
      expect([caller.role, response.errors?.[0]?.extensions?.code, response.data ?? null]).toEqual([
        caller.role,
        'FORBIDDEN',
        null,
      ]);
    }
  });

  it('refuses a page size out of 1..100, a foreign cursor and an unknown region, naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ queue: 'ALL', first: 0 }, 'first'],
      [{ queue: 'ALL', first: 101 }, 'first'],
      [{ queue: 'ALL', after: Buffer.from('officer:100001').toString('base64') }, 'after'],
      [{ queue: 'ALL', region: 'ATLANTIS' }, 'region'],
      [{ queue: 'ALL', campaignId: 'x' }, 'campaignId'],
      [{ queue: 'ALL', status: [] }, 'status'],
    ];
    for (const [variables, field] of cases) {
      const response = await foundation.query<Page>(QUEUE, variables);
      expect([field, response.errors?.[0]?.extensions]).toEqual([
        field,
        expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      ]);
    }
  });

  it('costs the same SQL statements for a page of 100 as for a page of 10', async () => {
    const statementsFor = async (first: number): Promise<number> => {
      counter.reset();
      const response = await foundation.query<{ applicationQueue: { edges: unknown[] } }>(FULL_PAGE, { first });
      expect(response.errors).toBeUndefined();
      expect(response.data?.applicationQueue.edges).toHaveLength(first);
      return counter.count;
    };
    const small = await statementsFor(10);
    const large = await statementsFor(100);
    expect(large).toBe(small);
  });
});
