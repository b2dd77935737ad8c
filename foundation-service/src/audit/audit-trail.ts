import { type AuditRecordRow, BadUserInputError, isUuid, readAuditRecords } from '@dsp/common';
import { mayReadAuditTrail, requireAccess } from '../access';
import type { FoundationContext } from '../context';

/** The entities whose changes the Foundation audits. */
export const AUDITED_ENTITIES: readonly string[] = ['head_appointment'];

/**
 * Every recorded change of one record, oldest first: the national
 * administration everywhere, a regional head when the record belongs to their
 * region (read from the record itself, never from the request); FORBIDDEN
 * otherwise.
 */
export async function auditTrail(ctx: FoundationContext, entity: string, id: string): Promise<AuditRecordRow[]> {
  if (!AUDITED_ENTITIES.includes(entity)) throw new BadUserInputError('entity', `entity is one of ${AUDITED_ENTITIES.join(', ')}.`);
  const role = ctx.caller.role;
  requireAccess(role === 'NATIONAL_ADMIN' || role === 'REGIONAL_HEAD', 'The audit trail is for the national administration and regional heads.');
  const manager = await ctx.db.manager();
  const rows = await readAuditRecords(manager, entity, id);
  const regions = rows.map((row) => row.regionCode);
  if (entity === 'head_appointment' && isUuid(id)) {
    const [appointment] = await manager.query<Array<{ region_code: string }>>('SELECT region_code FROM head_appointment WHERE id = $1', [id]);
    if (appointment) regions.push(appointment.region_code);
  }
  requireAccess(mayReadAuditTrail(ctx.caller, regions), 'This record belongs to another region.');
  return rows;
}
