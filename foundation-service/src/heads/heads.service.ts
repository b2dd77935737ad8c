import {
  addDays,
  BadUserInputError,
  type Caller,
  ConflictError,
  DomainError,
  optionalText,
  requiredText,
  todayUtc,
} from '@dsp/common';
import { isUniqueViolation, oncePerKey, writeAudit } from '@dsp/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { mayAppointHeads, requireAccess, rotationRegion } from '../access';
import type { FoundationContext, FoundationSettings } from '../context';
import type { AppointHeadInput } from '../generated/schema-types';
import { appendRegistryEvent } from '../registry/registry.repository';
import type { HeadAppointmentEntity } from './head-appointment.entity';
import { HeadsRepository, type NewAppointment } from './heads.repository';
import {
  appointmentSnapshot,
  eligibilityMessage,
  failedEligibilityRule,
  headTermEvent,
  isRotationDue,
} from './heads.rules';

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

async function appoint(
  manager: EntityManager,
  caller: Caller,
  settings: FoundationSettings,
  input: NewAppointment,
): Promise<{ id: string }> {
  const heads = new HeadsRepository(manager);
  if (!(await heads.regionExists(input.regionCode)))
    throw new BadUserInputError('regionCode', `No region ${input.regionCode}.`);
  const candidate = await heads.candidate(input.matricule);
  if (!candidate) throw new BadUserInputError('matricule', `No officer ${input.matricule}.`);

  const current = await heads.lockOpenTerm(input.regionCode);
  if (current && input.startDate === current.start_date) {
    // Most often a concurrent appointment that won the race for the same day.
    throw new ConflictError(
      `${input.regionCode} already has a head appointed from ${current.start_date}; reload and try again.`,
    );
  }
  if (current && input.startDate < current.start_date) {
    throw new BadUserInputError(
      'startDate',
      `The start date must be after the current head's start (${current.start_date}).`,
    );
  }

  const rule = failedEligibilityRule(candidate, input.startDate, settings);
  if (rule) throw new DomainError(eligibilityMessage(rule, settings), 'NOT_ELIGIBLE', { rule });

  const headed = await heads.regionHeadedBy(input.matricule);
  if (headed) {
    throw new ConflictError(
      headed === input.regionCode
        ? `Officer ${input.matricule} already heads ${input.regionCode}.`
        : `Officer ${input.matricule} already heads ${headed}; end that term first.`,
      'ALREADY_HEADS_A_REGION',
    );
  }

  try {
    if (current) {
      const endDate = addDays(input.startDate, -1);
      await heads.endTerm(current, endDate);
      await writeAudit(manager, caller, {
        entity: 'head_appointment',
        entityId: current.id,
        regionCode: current.region_code,
        action: 'END_TERM',
        before: appointmentSnapshot(current),
        after: appointmentSnapshot({ ...current, end_date: endDate, version: current.version + 1 }),
      });
      await appendRegistryEvent(
        manager,
        headTermEvent('HEAD_TERM_ENDED', { ...current, end_date: endDate }, input.startDate),
      );
    }
    const created = await heads.insert(input);
    await writeAudit(manager, caller, {
      entity: 'head_appointment',
      entityId: created.id,
      regionCode: created.region_code,
      action: 'APPOINT',
      before: null,
      after: appointmentSnapshot(created),
    });
    await appendRegistryEvent(manager, headTermEvent('HEAD_APPOINTED', created, input.startDate));
    return { id: created.id };
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(
        'Another appointment to this region or of this officer was made at the same time; reload and try again.',
      );
    throw error;
  }
}

/** How far ahead an appointment may start: a year. */
const MAX_START_DAYS_AHEAD = 366;

export async function appointHead(ctx: FoundationContext, input: AppointHeadInput): Promise<HeadAppointmentEntity> {
  requireAccess(ctx, mayAppointHeads(ctx.caller), 'Only the national administration appoints regional heads.');
  // A decision names a start within the coming year; a later one is a typing error, and a term that starts in 9999
  // would end past any date the API can write.
  if (input.startDate > addDays(todayUtc(), MAX_START_DAYS_AHEAD))
    throw new BadUserInputError('startDate', `An appointment starts at most ${MAX_START_DAYS_AHEAD} days from today.`);
  const appointment: NewAppointment = {
    regionCode: input.regionCode.trim().toUpperCase(),
    matricule: input.matricule.trim(),
    startDate: input.startDate,
    decisionReference: requiredText('decisionReference', input.decisionReference, MAX_TEXT_LENGTH),
    approvedBy: optionalText('approvedBy', input.approvedBy, MAX_TEXT_LENGTH) ?? DEFAULT_APPROVER,
  };
  const { id } = await ctx.db.write((manager) =>
    oncePerKey(manager, ctx.caller, 'appointHead', input.idempotencyKey, appointment, () =>
      appoint(manager, ctx.caller, ctx.settings, appointment),
    ),
  );
  ctx.loaders.currentHead.clear(appointment.regionCode);
  ctx.loaders.headHistory.clear(appointment.regionCode);
  ctx.loaders.officerScope.clear(appointment.matricule);
  const created = await new HeadsRepository(await ctx.db.manager()).byId(id);
  if (!created) throw new Error(`The appointment ${id} was not found after it was written.`);
  return created;
}

export function findHeadAppointment(ctx: FoundationContext, id: string): Promise<HeadAppointmentEntity | null> {
  return ctx.loaders.headAppointment.load(id);
}

/** Region names, kinds and heads are public: every authenticated role reads them. */
export function currentHead(ctx: FoundationContext, regionCode: string): Promise<HeadAppointmentEntity | null> {
  return ctx.loaders.currentHead.load(regionCode);
}

/** Every appointment of the region, newest first. */
export function headHistory(ctx: FoundationContext, regionCode: string): Promise<HeadAppointmentEntity[]> {
  return ctx.loaders.headHistory.load(regionCode);
}

/** Heads in office past the term limit, oldest term first: every region for the national administration, their own for a regional head. */
export async function regionsDueForRotation(ctx: FoundationContext): Promise<HeadAppointmentEntity[]> {
  const region = rotationRegion(ctx.caller);
  requireAccess(ctx, region !== undefined, 'Rotation is for the national administration and regional heads.');
  const open = await new HeadsRepository(await ctx.db.manager()).openTerms(region ?? null);
  return open.filter((appointment) => isRotationDue(appointment, ctx.settings.headTermYears));
}
