import { BadUserInputError, isUuid } from '@dsp/common';
import { type AuditRecordRow, recentAuditPage, type RecentAuditArgs, type RecentAuditPage } from '@dsp/subgraph-kit';
import { mayReadAuditTrail, requireAccess } from '../access';
import type { FoundationContext } from '../context';
import { AuditRepository } from './audit.repository';

/** The entities whose changes the Foundation audits. */
export const AUDITED_ENTITIES: readonly string[] = [
  'head_appointment',
  'application',
  'campaign',
  'campaign_allocation',
  'disbursement',
];

/**
 * The region a record belongs to, read from the record itself (through the
 * scope functions where row-level security would hide it): null for a
 * campaign (national), undefined when there is no such record.
 */
async function regionOf(ctx: FoundationContext, entity: string, id: string): Promise<string | null | undefined> {
  if (!isUuid(id)) return undefined;
  switch (entity) {
    case 'head_appointment':
      return new AuditRepository(await ctx.db.manager()).headAppointmentRegion(id);
    case 'application':
      return (await ctx.loaders.applicationScope.load(id))?.regionCode;
    case 'campaign_allocation':
      return (await ctx.loaders.allocationScope.load(id))?.regionCode;
    case 'disbursement':
      return (await ctx.loaders.disbursementScope.load(id))?.regionCode;
    default:
      return null;
  }
}

function requireAuditReader(ctx: FoundationContext): void {
  const role = ctx.caller.role;
  requireAccess(
    ctx,
    role === 'NATIONAL_ADMIN' || role === 'REGIONAL_HEAD',
    'The audit trail is for the national administration and regional heads.',
  );
}

/**
 * Every recorded change of one record, oldest first: the national
 * administration everywhere, a regional head when the record belongs to their
 * region (read from the record and its audit rows, never from the request);
 * campaigns are national, so theirs is for the national administration.
 * FORBIDDEN otherwise.
 */
export async function auditTrail(ctx: FoundationContext, entity: string, id: string): Promise<AuditRecordRow[]> {
  if (!AUDITED_ENTITIES.includes(entity))
    throw new BadUserInputError('entity', `entity is one of ${AUDITED_ENTITIES.join(', ')}.`);
  requireAuditReader(ctx);
  const rows = await new AuditRepository(await ctx.db.manager()).records(entity, id);
  const regions: Array<string | null> = rows.map((row) => row.regionCode);
  const region = await regionOf(ctx, entity, id);
  if (region !== undefined) regions.push(region);
  requireAccess(ctx, mayReadAuditTrail(ctx.caller, regions), 'This record belongs to another region.');
  return rows;
}

/**
 * The latest recorded changes of a region's records, newest first: a regional
 * head's own region (another is FORBIDDEN), any region or all for the
 * national administration; FORBIDDEN to other roles.
 */
export async function recentChanges(ctx: FoundationContext, args: RecentAuditArgs): Promise<RecentAuditPage> {
  requireAuditReader(ctx);
  return recentAuditPage(await ctx.db.manager(), ctx.caller, args, (region) =>
    requireAccess(ctx, mayReadAuditTrail(ctx.caller, [region]), 'These changes belong to another region.'),
  );
}
