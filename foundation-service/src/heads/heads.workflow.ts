import { addDays, BadUserInputError, type Caller, ConflictError, DomainError, optionalText, requiredText, wholeYearsBetween } from '@dsp/common';
import { isUniqueViolation, oncePerKey, updateVersioned, writeAudit } from '@dsp/subgraph-kit';
import { IsNull, type EntityManager } from 'typeorm';
import { mayAppointHeads, requireAccess, rotationRegion } from '../access';
import type { FoundationContext, FoundationSettings } from '../context';
import type { AppointHeadInput } from '../generated/schema-types';
import { appendRegistryEvent } from '../registry/outbox';
import { HeadAppointmentEntity } from './head-appointment.entity';
import { isRotationDue } from './heads.service';

/**
 * Appointing regional heads (docs/architecture.md): the national administration
 * appoints; the previous head's term ends the day before the new one starts,
 * in the same transaction (a savepoint of the request's, ctx.db.write); every
 * change writes an audit record there, and a registry event that carries the
 * term to the mutual (which checks its heads against it, too); history is
 * never overwritten.
 * Concurrent appointments to a region take turns on the open term's row
 * (FOR UPDATE), and the partial unique indexes (one open term per region and
 * per officer) refuse whoever comes second: exactly one wins, the others get
 * CONFLICT.
 */

/** Who approves when the input names nobody (as in the announcement of 9 September 2025). */
export const DEFAULT_APPROVER = 'Directeur Général de la Sûreté Nationale';
export const MAX_TEXT_LENGTH = 200;

/** The eligibility rule an officer fails, named in the NOT_ELIGIBLE error's extensions.rule. */
export type EligibilityRule = 'ACTIVE_STATUS' | 'MIN_SERVICE_YEARS' | 'REQUIRED_TRAINING';

export interface Candidate {
  status: string;
  serviceStartDate: string;
  trainingCodes: readonly string[];
}

/** The first eligibility rule the candidate fails at the start date, or null when eligible. */
export function failedEligibilityRule(candidate: Candidate, startDate: string, settings: Pick<FoundationSettings, 'headMinServiceYears' | 'headRequiredTraining'>): EligibilityRule | null {
  if (candidate.status !== 'ACTIVE') return 'ACTIVE_STATUS';
  if (wholeYearsBetween(candidate.serviceStartDate, startDate) < settings.headMinServiceYears) return 'MIN_SERVICE_YEARS';
  if (!candidate.trainingCodes.includes(settings.headRequiredTraining)) return 'REQUIRED_TRAINING';
  return null;
}

function eligibilityMessage(rule: EligibilityRule, settings: Pick<FoundationSettings, 'headMinServiceYears' | 'headRequiredTraining'>): string {
  switch (rule) {
    case 'ACTIVE_STATUS':
      return 'Not eligible (ACTIVE_STATUS): a head must be an officer in active service.';
    case 'MIN_SERVICE_YEARS':
      return `Not eligible (MIN_SERVICE_YEARS): a head needs ${settings.headMinServiceYears} years of service at the start date.`;
    case 'REQUIRED_TRAINING':
      return `Not eligible (REQUIRED_TRAINING): a head must have completed the ${settings.headRequiredTraining} training.`;
  }
}


interface HeadRow {
  id: string;
  region_code: string;
  officer_matricule: string;
  start_date: string;
  end_date: string | null;
  decision_reference: string;
  approved_by: string;
  version: number;
}

const snapshot = (row: HeadRow): Record<string, unknown> => ({
  id: row.id,
  regionCode: row.region_code,
  officerMatricule: row.officer_matricule,
  startDate: row.start_date,
  endDate: row.end_date,
  decisionReference: row.decision_reference,
  approvedBy: row.approved_by,
  version: row.version,
});

/** A term as the registry feed carries it (named by region and start date on both sides). */
function headTermEvent(type: 'HEAD_APPOINTED' | 'HEAD_TERM_ENDED', row: HeadRow, effectiveDate: string) {
  return {
    type,
    entity: 'head_term',
    entityId: `${row.region_code}:${row.start_date}`,
    effectiveDate,
    data: { term: { regionCode: row.region_code, officerMatricule: row.officer_matricule, startDate: row.start_date, endDate: row.end_date } },
  } as const;
}

const HEAD_COLUMNS = `id, region_code, officer_matricule, to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date,
  decision_reference, approved_by, version`;

interface Appointment {
  regionCode: string;
  matricule: string;
  startDate: string;
  decisionReference: string;
  approvedBy: string;
}

async function appoint(manager: EntityManager, caller: Caller, settings: FoundationSettings, input: Appointment): Promise<{ id: string }> {
  const [region] = await manager.query<Array<{ code: string }>>('SELECT code FROM region WHERE code = $1', [input.regionCode]);
  if (!region) throw new BadUserInputError('regionCode', `No region ${input.regionCode}.`);
  const [officer] = await manager.query<Array<{ status: string; service_start_date: string }>>(
    `SELECT status, to_char(service_start_date, 'YYYY-MM-DD') AS service_start_date FROM officer WHERE matricule = $1`,
    [input.matricule],
  );
  if (!officer) throw new BadUserInputError('matricule', `No officer ${input.matricule}.`);

  // The region's open term, locked until the transaction ends: a concurrent
  // appointment waits here, then finds the term closed and loses on the index.
  const [current] = await manager.query<HeadRow[]>(`SELECT ${HEAD_COLUMNS} FROM head_appointment WHERE region_code = $1 AND end_date IS NULL FOR UPDATE`, [
    input.regionCode,
  ]);
  if (current && input.startDate === current.start_date) {
    // Most often a concurrent appointment that won the race for the same day.
    throw new ConflictError(`${input.regionCode} already has a head appointed from ${current.start_date}; reload and try again.`);
  }
  if (current && input.startDate < current.start_date) {
    throw new BadUserInputError('startDate', `The start date must be after the current head's start (${current.start_date}).`);
  }

  const trainings = await manager.query<Array<{ code: string }>>('SELECT code FROM training WHERE officer_matricule = $1', [input.matricule]);
  const rule = failedEligibilityRule(
    { status: officer.status, serviceStartDate: officer.service_start_date, trainingCodes: trainings.map((training) => training.code) },
    input.startDate,
    settings,
  );
  if (rule) throw new DomainError(eligibilityMessage(rule, settings), 'NOT_ELIGIBLE', { rule });

  const [heading] = await manager.query<Array<{ region_code: string }>>('SELECT region_code FROM head_appointment WHERE officer_matricule = $1 AND end_date IS NULL', [
    input.matricule,
  ]);
  if (heading) {
    throw new ConflictError(
      heading.region_code === input.regionCode
        ? `Officer ${input.matricule} already heads ${input.regionCode}.`
        : `Officer ${input.matricule} already heads ${heading.region_code}; end that term first.`,
    );
  }

  try {
    if (current) {
      const endDate = addDays(input.startDate, -1);
      await updateVersioned(manager, 'head_appointment', current.id, current.version, 'end_date = $3', [endDate]);
      await writeAudit(manager, caller, {
        entity: 'head_appointment',
        entityId: current.id,
        regionCode: current.region_code,
        action: 'END_TERM',
        before: snapshot(current),
        after: snapshot({ ...current, end_date: endDate, version: current.version + 1 }),
      });
      await appendRegistryEvent(manager, headTermEvent('HEAD_TERM_ENDED', { ...current, end_date: endDate }, input.startDate));
    }
    const [created] = await manager.query<[HeadRow]>(
      `INSERT INTO head_appointment (region_code, officer_matricule, start_date, decision_reference, approved_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${HEAD_COLUMNS}`,
      [input.regionCode, input.matricule, input.startDate, input.decisionReference, input.approvedBy],
    );
    await writeAudit(manager, caller, {
      entity: 'head_appointment',
      entityId: created.id,
      regionCode: created.region_code,
      action: 'APPOINT',
      before: null,
      after: snapshot(created),
    });
    await appendRegistryEvent(manager, headTermEvent('HEAD_APPOINTED', created, input.startDate));
    return { id: created.id };
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('Another appointment to this region or of this officer was made at the same time; reload and try again.');
    throw error;
  }
}

export async function appointHead(ctx: FoundationContext, input: AppointHeadInput): Promise<HeadAppointmentEntity> {
  requireAccess(ctx, mayAppointHeads(ctx.caller), 'Only the national administration appoints regional heads.');
  const appointment: Appointment = {
    regionCode: input.regionCode.trim().toUpperCase(),
    matricule: input.matricule.trim(),
    startDate: input.startDate,
    decisionReference: requiredText('decisionReference', input.decisionReference, MAX_TEXT_LENGTH),
    approvedBy: optionalText('approvedBy', input.approvedBy, MAX_TEXT_LENGTH) ?? DEFAULT_APPROVER,
  };
  const { id } = await ctx.db.write((manager) =>
    oncePerKey(manager, ctx.caller, 'appointHead', input.idempotencyKey, appointment, () => appoint(manager, ctx.caller, ctx.settings, appointment)),
  );
  ctx.loaders.currentHead.clear(appointment.regionCode);
  ctx.loaders.headHistory.clear(appointment.regionCode);
  ctx.loaders.officerScope.clear(appointment.matricule);
  const created = await (await ctx.db.manager()).findOneBy(HeadAppointmentEntity, { id });
  if (!created) throw new Error(`The appointment ${id} was not found after it was written.`);
  return created;
}

/** Heads in office past the term limit, oldest term first: every region for the national administration, their own for a regional head. */
export async function regionsDueForRotation(ctx: FoundationContext): Promise<HeadAppointmentEntity[]> {
  const region = rotationRegion(ctx.caller);
  requireAccess(ctx, region !== undefined, 'Rotation is for the national administration and regional heads.');
  const manager = await ctx.db.manager();
  const open = await manager.find(HeadAppointmentEntity, {
    where: region ? { regionCode: region, endDate: IsNull() } : { endDate: IsNull() },
    order: { startDate: 'ASC', regionCode: 'ASC' },
  });
  return open.filter((appointment) => isRotationDue(appointment, ctx.settings.headTermYears));
}
