import { BadUserInputError, cursorCodec, isRegionCode, isUuid } from '@dsp/common';
import type { EntityManager } from 'typeorm';
import { mayReadClaimQueue, requireAccess } from '../access';
import type { MutualContext } from '../context';
import type { CareType, ClaimQueueStage, ClaimStatus, PageInfo } from '../generated/schema-types';
import { ClaimEntity } from './claim.entity';

/** The statuses each work queue holds. */
export const QUEUE_STATUSES: Record<ClaimQueueStage, readonly ClaimStatus[]> = {
  AWAITING_CHECK: ['ENTERED'],
  AWAITING_REVIEW: ['CHECKED', 'UNDER_REVIEW'],
  AWAITING_PAYMENT: ['APPROVED', 'PARTIALLY_APPROVED'],
};

const MAX_PAGE_SIZE = 100;
/**
 * A cursor names the last claim of the page; the next page starts after its
 * (submitted_at, id), read from the database at full (microsecond) precision,
 * which a JavaScript Date would round.
 */
const claimQueueCursor = cursorCodec('claim-queue:', isUuid);

export interface ClaimQueueArgs {
  stage: ClaimQueueStage;
  region?: string | null;
  careType?: CareType | null;
  first?: number | null;
  after?: string | null;
}

export interface ClaimPage {
  edges: Array<{ cursor: string; node: ClaimEntity }>;
  pageInfo: PageInfo;
  totalCount: number;
}

function queueQuery(manager: EntityManager, statuses: readonly ClaimStatus[], region: string | null, careType: CareType | null) {
  const query = manager.getRepository(ClaimEntity).createQueryBuilder('c').where('c.status = ANY(:statuses)', { statuses });
  if (region !== null) query.andWhere('c.handlingRegionCode = :region', { region });
  if (careType !== null) query.andWhere('c.careType = :careType', { careType });
  return query;
}

/**
 * A page of a work queue, oldest submission first (keyset pagination on
 * submitted_at, id). Regional roles see their own region whatever they ask
 * for by default; another region is FORBIDDEN.
 */
export async function claimQueue(context: MutualContext, args: ClaimQueueArgs): Promise<ClaimPage> {
  const asked = args.region ?? null;
  if (asked !== null && !isRegionCode(asked)) throw new BadUserInputError('region', `"${asked}" is not a region code.`);
  requireAccess(context, mayReadClaimQueue(context.caller, asked), 'Work queues are for the mutual: agents and heads in their own region, advisors and the national administration everywhere.');
  const region = asked ?? (context.caller.role === 'REGIONAL_HEAD' || context.caller.role === 'MUTUAL_AGENT' ? context.caller.region : null);
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `\`first\` must be between 1 and ${MAX_PAGE_SIZE}; got ${first}.`);
  }
  const after = args.after == null ? null : claimQueueCursor.decode(args.after);
  const statuses = QUEUE_STATUSES[args.stage];
  const manager = await context.db.manager();
  const page = queueQuery(manager, statuses, region, args.careType ?? null);
  if (after) {
    page.andWhere('(c.submittedAt, c.id) > (SELECT a.submitted_at, a.id FROM claim a WHERE a.id = :afterId)', { afterId: after });
  }
  const rows = await page.orderBy('c.submittedAt', 'ASC').addOrderBy('c.id', 'ASC').take(first + 1).getMany();
  const totalCount = await queueQuery(manager, statuses, region, args.careType ?? null).getCount();
  const edges = rows.slice(0, first).map((node) => ({ cursor: claimQueueCursor.encode(node.id), node }));
  for (const edge of edges) context.loaders.claim.prime(edge.node.id, edge.node);
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
