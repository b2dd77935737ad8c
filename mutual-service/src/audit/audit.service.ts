import { BadUserInputError } from '@dsp/common';
import {
  type AuditRecordRow,
  readAuditRecords,
  recentAuditPage,
  type RecentAuditArgs,
  type RecentAuditPage,
} from '@dsp/subgraph-kit';
import { mayReadAuditTrail, requireAccess } from '../access';
import type { MutualContext } from '../context';

/** The entities whose changes the Mutual audits. */
export const AUDITED_ENTITIES: readonly string[] = ['claim', 'prior_authorisation'];

function requireAuditReader(context: MutualContext): void {
  const role = context.caller.role;
  requireAccess(
    context,
    role === 'NATIONAL_ADMIN' || role === 'REGIONAL_HEAD' || role === 'MUTUAL_AGENT',
    'The audit trail is for the national administration and the region.',
  );
}

/**
 * Every recorded change of one record, oldest first: the national
 * administration everywhere, regional heads and mutual agents when the
 * record belongs to their region; FORBIDDEN otherwise.
 */
export async function auditTrail(context: MutualContext, entity: string, id: string): Promise<AuditRecordRow[]> {
  if (!AUDITED_ENTITIES.includes(entity))
    throw new BadUserInputError('entity', `entity is one of ${AUDITED_ENTITIES.join(', ')}.`);
  requireAuditReader(context);
  const manager = await context.db.manager();
  const rows = await readAuditRecords(manager, entity, id);
  requireAccess(
    context,
    mayReadAuditTrail(
      context.caller,
      rows.map((row) => row.regionCode),
    ),
    'This record belongs to another region.',
  );
  return rows;
}

/**
 * The latest recorded changes of a region's records, newest first: regional
 * heads' and mutual agents' own region (another is FORBIDDEN), any region or
 * all for the national administration; FORBIDDEN to other roles.
 */
export async function recentChanges(context: MutualContext, args: RecentAuditArgs): Promise<RecentAuditPage> {
  requireAuditReader(context);
  return recentAuditPage(await context.db.manager(), context.caller, args, (region) =>
    requireAccess(context, mayReadAuditTrail(context.caller, [region]), 'These changes belong to another region.'),
  );
}
