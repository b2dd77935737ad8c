import { BadUserInputError, cursorCodec, isRegionCode, isUuid } from '@dsp/common';
import { applicationQueueRegion, requireAccess } from '../access';
import type { FoundationContext } from '../context';
import type { ApplicationQueueKind, ApplicationStatus, PageInfo } from '../generated/schema-types';
import { ApplicationEntity } from './application.entity';

/** The statuses each work queue holds (ALL: every one, or those asked for). */
export const QUEUE_STATUSES: Record<ApplicationQueueKind, readonly ApplicationStatus[]> = {
  TO_REVIEW: ['SUBMITTED'],
  TO_DECIDE: ['UNDER_REVIEW', 'WAITLISTED'],
  ALL: ['SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'WAITLISTED', 'REJECTED', 'PAID', 'WITHDRAWN'],
};

const MAX_PAGE_SIZE = 100;
/**
 * A cursor names the last application of the page; the next page starts
 * after its sort key, read again from the database at full precision (a
 * JavaScript Date would round submitted_at's microseconds).
 */
const applicationCursor = cursorCodec('application-queue:', isUuid);

export interface ApplicationQueueArgs {
  queue: ApplicationQueueKind;
  region?: string | null;
  campaignId?: string | null;
  status?: readonly ApplicationStatus[] | null;
  first?: number | null;
  after?: string | null;
}

export interface ApplicationPage {
  edges: Array<{ cursor: string; node: ApplicationEntity }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** Each queue's order, and the keyset condition "comes after the cursor's row s" in that order. */
const ORDERS: Record<ApplicationQueueKind, { orderBy: Array<[string, 'ASC' | 'DESC']>; after: string }> = {
  TO_REVIEW: { orderBy: [['a.submittedAt', 'ASC'], ['a.id', 'ASC']], after: '(a.submitted_at, a.id) > (s.submitted_at, s.id)' },
  TO_DECIDE: {
    orderBy: [['a.rankingScore', 'DESC'], ['a.submittedAt', 'ASC'], ['a.id', 'ASC']],
    after: '(a.ranking_score < s.ranking_score OR (a.ranking_score = s.ranking_score AND (a.submitted_at, a.id) > (s.submitted_at, s.id)))',
  },
  ALL: { orderBy: [['a.submittedAt', 'DESC'], ['a.id', 'DESC']], after: '(a.submitted_at, a.id) < (s.submitted_at, s.id)' },
};

/**
 * A page of a work queue (Relay connection, keyset pagination): two
 * statements whatever the page size, the page and its total count; the
 * fields of its nodes are batched by the request's loaders.
 */
export async function applicationQueue(ctx: FoundationContext, args: ApplicationQueueArgs): Promise<ApplicationPage> {
  const asked = args.region?.trim().toUpperCase() ?? null;
  if (asked !== null && !isRegionCode(asked)) throw new BadUserInputError('region', `"${args.region}" is not a region code.`);
  const campaignId = args.campaignId ?? null;
  if (campaignId !== null && !isUuid(campaignId)) throw new BadUserInputError('campaignId', `No campaign ${campaignId}.`);
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw new BadUserInputError('first', `\`first\` must be between 1 and ${MAX_PAGE_SIZE}; got ${first}.`);
  if (args.status && args.status.length === 0) throw new BadUserInputError('status', 'status lists at least one status, or is omitted.');
  const after = args.after == null ? null : applicationCursor.decode(args.after);
  const region = applicationQueueRegion(ctx.caller, asked);
  requireAccess(ctx, region !== undefined, "Work queues are for the foundation's agents and heads in their own region, and the national administration.");

  const statuses = QUEUE_STATUSES[args.queue].filter((status) => !args.status || args.status.includes(status));
  const manager = await ctx.db.manager();
  const filtered = () => {
    const query = manager.getRepository(ApplicationEntity).createQueryBuilder('a').where('a.status = ANY(:statuses)', { statuses });
    if (region) query.andWhere('a.regionCode = :region', { region });
    if (campaignId) query.andWhere('a.campaignId = :campaignId', { campaignId });
    return query;
  };
  const order = ORDERS[args.queue];
  const page = filtered();
  if (after) page.andWhere(`EXISTS (SELECT 1 FROM application s WHERE s.id = :afterId AND ${order.after})`, { afterId: after });
  order.orderBy.forEach(([column, direction], i) => (i === 0 ? page.orderBy(column, direction) : page.addOrderBy(column, direction)));
  const rows = await page.take(first + 1).getMany();
  const totalCount = await filtered().getCount();
  const edges = rows.slice(0, first).map((node) => ({ cursor: applicationCursor.encode(node.id), node }));
  for (const edge of edges) ctx.loaders.application.prime(edge.node.id, edge.node);
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
