import { BadUserInputError, ConflictError, DomainError, isUuid, requiredText, todayUtc } from '@dsp/common';
import { isUniqueViolation, oncePerKey, updateVersioned, writeAudit } from '@dsp/subgraph-kit';
import type { EntityManager } from 'typeorm';
import {
  mayDecideApplication,
  mayReadApplication,
  mayRecordDisbursement,
  maySubmitApplication,
  mayStartReview,
  mayWithdrawApplication,
  requireAccess,
  type ApplicationScope,
} from '../access';
import type { FoundationContext } from '../context';
import type { ApplicationChangeInput, ApplicationStatus, BeneficiaryKind, DecideApplicationInput, DependentRelation, OfficerStatus, RecordDisbursementInput, SubmitApplicationInput, WithdrawApplicationInput } from '../generated/schema-types';
import { ProgrammesRepository } from '../programmes/programmes.repository';
import { beneficiaryKindOf, familyRefusal, rankingScore, refusal, rulesFromJson, type Refusal } from '../programmes/eligibility.rules';
import { type ApplicationEntity } from './application.entity';
import { DisbursementEntity } from './disbursement.entity';

/**
 * The application workflow (README "Programmes and applications"):
 * SUBMITTED -> UNDER_REVIEW -> APPROVED / WAITLISTED / REJECTED -> PAID, and
 * WITHDRAWN from any state before PAID. Every mutation checks its input
 * first (BAD_USER_INPUT names the field, nothing written), then who may do
 * it (FORBIDDEN), then works in a savepoint of the request's transaction:
 * state changes go through updateVersioned (a stale expectedVersion is a
 * CONFLICT), each writes an audit record there, and creating mutations run
 * once per idempotency key. Approvals of one campaign and region take turns
 * on the allocation row (lock_allocation), so the budget and quota hold
 * under any concurrency.
 */

const MAX_REASON_LENGTH = 500;
const MAX_REFERENCE_LENGTH = 100;
const LIVE_STATUSES: readonly ApplicationStatus[] = ['SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED', 'APPROVED', 'PAID'];
const WITHDRAWABLE: readonly ApplicationStatus[] = ['SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED', 'APPROVED'];
const PROMOTION_REASON = "Promu depuis la liste d'attente après un désistement";

function notEligible(refused: Refusal): DomainError {
  return new DomainError(refused.message, 'NOT_ELIGIBLE', { rule: refused.rule });
}

function checkVersion(version: number): number {
  if (!Number.isInteger(version) || version < 1) throw new BadUserInputError('expectedVersion', 'expectedVersion is the version last read, a positive whole number.');
  return version;
}

interface ApplicationRow {
  id: string;
  campaign_id: string;
  officer_matricule: string;
  dependent_id: string | null;
  region_code: string;
  status: ApplicationStatus;
  amount: string;
  ranking_score: number;
  beneficiary_kind: BeneficiaryKind | null;
  decided_at: string | null;
  decided_by: string | null;
  decision_reason: string | null;
  version: number;
}

const APPLICATION_COLUMNS = `id, campaign_id, officer_matricule, dependent_id, region_code, status, amount::text, ranking_score, beneficiary_kind,
  to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS decided_at, decided_by, decision_reason, version`;

/** What the audit trail keeps of an application. */
function snapshot(row: ApplicationRow): Record<string, unknown> {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    officerMatricule: row.officer_matricule,
    dependentId: row.dependent_id,
    regionCode: row.region_code,
    status: row.status,
    amount: row.amount,
    rankingScore: row.ranking_score,
    beneficiaryKind: row.beneficiary_kind,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    decisionReason: row.decision_reason,
    version: row.version,
  };
}

async function readRow(manager: EntityManager, id: string, lock = false): Promise<ApplicationRow> {
  const [row] = await manager.query<ApplicationRow[]>(`SELECT ${APPLICATION_COLUMNS} FROM application WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  if (!row) throw new BadUserInputError('applicationId', `No application ${id}.`);
  return row;
}

/** Where an application belongs, for the access check; an unknown id is the client's mistake. */
async function scopeOf(ctx: FoundationContext, id: string): Promise<ApplicationScope> {
  const scope = isUuid(id) ? await ctx.loaders.applicationScope.load(id) : null;
  if (!scope) throw new BadUserInputError('applicationId', `No application ${id}.`);
  return scope;
}

/** Applies a state change and audits it; refuses a stale version first, then a status the change does not start from. */
async function change(
  manager: EntityManager,
  ctx: FoundationContext,
  row: ApplicationRow,
  expectedVersion: number,
  allowed: readonly ApplicationStatus[],
  action: string,
  next: Pick<ApplicationRow, 'status'> & Partial<Pick<ApplicationRow, 'decision_reason'>>,
  decides: boolean,
): Promise<void> {
  if (row.version !== expectedVersion) throw new ConflictError(`This application is at version ${row.version}, not ${expectedVersion}; reload it and try again.`);
  if (!allowed.includes(row.status)) throw new ConflictError(`This application is ${row.status}; ${action.toLowerCase().replace(/_/g, ' ')} needs ${allowed.join(' or ')}.`);
  if (decides) {
    await updateVersioned(manager, 'application', row.id, expectedVersion, 'status = $3, decided_at = greatest(now(), submitted_at), decided_by = $4, decision_reason = $5', [
      next.status,
      ctx.caller.sub,
      next.decision_reason ?? null,
    ]);
  } else {
    await updateVersioned(manager, 'application', row.id, expectedVersion, 'status = $3', [next.status]);
  }
  const after = await readRow(manager, row.id);
  await writeAudit(manager, ctx.caller, { entity: 'application', entityId: row.id, regionCode: row.region_code, action, before: snapshot(row), after: snapshot(after) });
}

async function reload(ctx: FoundationContext, id: string): Promise<ApplicationEntity> {
  ctx.loaders.application.clear(id);
  const application = await ctx.loaders.application.load(id);
  if (!application) throw new Error(`The application ${id} was not found after it was written.`);
  return application;
}

interface Submission {
  campaignId: string;
  matricule: string;
  dependentId: string | null;
}

async function submit(manager: EntityManager, ctx: FoundationContext, submission: Submission): Promise<{ id: string }> {
  const [campaign] = await manager.query<Array<{ programme_id: string; opens_on: string; closes_on: string; benefit_amount: string; eligibility: unknown }>>(
    `SELECT programme_id, to_char(opens_on, 'YYYY-MM-DD') AS opens_on, to_char(closes_on, 'YYYY-MM-DD') AS closes_on, benefit_amount::text, eligibility
       FROM campaign WHERE id = $1`,
    [submission.campaignId],
  );
  if (!campaign) throw new BadUserInputError('campaignId', `No campaign ${submission.campaignId}.`);
  const [officer] = await manager.query<Array<{ status: OfficerStatus; birth_date: string; service_start_date: string; region_code: string }>>(
    `SELECT status, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, to_char(service_start_date, 'YYYY-MM-DD') AS service_start_date, region_code
       FROM officer WHERE matricule = $1`,
    [submission.matricule],
  );
  if (!officer) throw new BadUserInputError('matricule', `No officer ${submission.matricule}.`);
  let dependent: { relation: DependentRelation; birth_date: string } | undefined;
  if (submission.dependentId !== null) {
    [dependent] = await manager.query<Array<{ relation: DependentRelation; birth_date: string }>>(
      `SELECT relation, to_char(birth_date, 'YYYY-MM-DD') AS birth_date FROM dependent WHERE id = $1 AND officer_matricule = $2`,
      [submission.dependentId, submission.matricule],
    );
    if (!dependent) throw new BadUserInputError('dependentId', `No dependent ${submission.dependentId} of officer ${submission.matricule}.`);
  }

  const today = todayUtc();
  if (today < campaign.opens_on || today > campaign.closes_on) {
    throw notEligible({ rule: 'CAMPAIGN_PERIOD', message: `Not eligible (CAMPAIGN_PERIOD): the campaign takes applications from ${campaign.opens_on} to ${campaign.closes_on}.` });
  }
  const kind = beneficiaryKindOf(officer.status, dependent?.relation ?? null);
  if (typeof kind !== 'string') throw notEligible(kind);

  const [family] = await manager.query<Array<{ programme_benefits: number; family_approved: number; children: number; live: number }>>(
    `SELECT (SELECT count(*) FROM application a JOIN campaign c ON c.id = a.campaign_id
              WHERE c.programme_id = $1 AND a.officer_matricule = $2 AND a.dependent_id IS NOT DISTINCT FROM $3::uuid AND a.status IN ('APPROVED', 'PAID'))::int AS programme_benefits,
            (SELECT count(*) FROM application a WHERE a.campaign_id = $4 AND a.officer_matricule = $2 AND a.status IN ('APPROVED', 'PAID'))::int AS family_approved,
            (SELECT count(*) FROM dependent d WHERE d.officer_matricule = $2 AND d.relation = 'CHILD')::int AS children,
            (SELECT count(*) FROM application a WHERE a.campaign_id = $4 AND a.officer_matricule = $2 AND a.dependent_id IS NOT DISTINCT FROM $3::uuid
                AND a.status = ANY($5))::int AS live`,
    [campaign.programme_id, submission.matricule, submission.dependentId, submission.campaignId, LIVE_STATUSES],
  );
  if (!family) throw new Error('The family figures query returned nothing.');
  const rules = rulesFromJson(campaign.eligibility);
  const refused = refusal(rules, campaign.opens_on, {
    officerStatus: officer.status,
    kind,
    birthDate: dependent?.birth_date ?? officer.birth_date,
    programmeBenefits: family.programme_benefits,
    familyApprovedInCampaign: family.family_approved,
  });
  if (refused) throw notEligible(refused);
  const duplicate = (): ConflictError => new ConflictError('The beneficiary already has an open or approved application to this campaign.');
  if (family.live > 0) throw duplicate();

  const score = rankingScore(
    rules,
    { officerStatus: officer.status, serviceStartDate: officer.service_start_date, children: family.children, programmeBenefits: family.programme_benefits },
    today,
  );
  try {
    const [created] = await manager.query<ApplicationRow[]>(
      `INSERT INTO application (campaign_id, officer_matricule, dependent_id, region_code, status, amount, submitted_at, ranking_score, beneficiary_kind)
       VALUES ($1, $2, $3, $4, 'SUBMITTED', $5, now(), $6, $7) RETURNING ${APPLICATION_COLUMNS}`,
      [submission.campaignId, submission.matricule, submission.dependentId, officer.region_code, campaign.benefit_amount, score, kind],
    );
    if (!created) throw new Error('The application insert returned nothing.');
    await writeAudit(manager, ctx.caller, { entity: 'application', entityId: created.id, regionCode: created.region_code, action: 'SUBMIT', before: null, after: snapshot(created) });
    return { id: created.id };
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}

export async function submitApplication(ctx: FoundationContext, input: SubmitApplicationInput): Promise<ApplicationEntity> {
  if (!isUuid(input.campaignId)) throw new BadUserInputError('campaignId', `No campaign ${input.campaignId}.`);
  const matricule = input.matricule.trim();
  if (matricule.length === 0) throw new BadUserInputError('matricule', 'matricule must not be empty.');
  const dependentId = input.dependentId ?? null;
  if (dependentId !== null && !isUuid(dependentId)) throw new BadUserInputError('dependentId', `No dependent ${dependentId}.`);
  const officer = await ctx.loaders.officerScope.load(matricule);
  if (!officer) throw new BadUserInputError('matricule', `No officer ${matricule}.`);
  requireAccess(ctx, maySubmitApplication(ctx.caller, officer), "Applications are submitted by a foundation agent of the officer's region, or by the officer for their own family.");
  const submission: Submission = { campaignId: input.campaignId, matricule, dependentId };
  const { id } = await ctx.db.write((manager) =>
    oncePerKey(manager, ctx.caller, 'submitApplication', input.idempotencyKey, submission, () => submit(manager, ctx, submission)),
  );
  ctx.loaders.officerApplications.clear(matricule);
  return reload(ctx, id);
}

export async function startApplicationReview(ctx: FoundationContext, input: ApplicationChangeInput): Promise<ApplicationEntity> {
  const expectedVersion = checkVersion(input.expectedVersion);
  const scope = await scopeOf(ctx, input.applicationId);
  requireAccess(ctx, mayStartReview(ctx.caller, scope), "Reviews are started by a foundation agent or the head of the application's region.");
  await ctx.db.write(async (manager) => {
    const row = await readRow(manager, input.applicationId);
    await change(manager, ctx, row, expectedVersion, ['SUBMITTED'], 'START_REVIEW', { status: 'UNDER_REVIEW' }, false);
  });
  return reload(ctx, input.applicationId);
}

/** QUOTA_EXHAUSTED when one more approval of `amount` would exceed the allocation's quota or budget (or there is none). */
export function quotaRefusal(room: { allocated: bigint; quota: number; committed: bigint; approved: number } | null, amount: bigint): DomainError | null {
  if (!room) return new DomainError("The region has no budget for this campaign; the application stays as it is.", 'QUOTA_EXHAUSTED', { remainingBudget: '0.00', remainingQuota: 0 });
  const remainingQuota = room.quota - room.approved;
  const remainingBudget = room.allocated - room.committed;
  if (remainingQuota >= 1 && remainingBudget >= amount) return null;
  const what = remainingQuota < 1 ? `its quota of ${room.quota} approvals is used` : 'its remaining budget does not cover the benefit';
  return new DomainError(`The region's allocation is exhausted: ${what}; the application stays as it is.`, 'QUOTA_EXHAUSTED', {
    remainingQuota: Math.max(remainingQuota, 0),
    remainingBudget: (remainingBudget < 0n ? 0n : remainingBudget).toString(),
  });
}

async function approve(manager: EntityManager, ctx: FoundationContext, row: ApplicationRow, expectedVersion: number, reason: string | null): Promise<void> {
  if (row.version !== expectedVersion) throw new ConflictError(`This application is at version ${row.version}, not ${expectedVersion}; reload it and try again.`);
  if (row.status !== 'UNDER_REVIEW' && row.status !== 'WAITLISTED') throw new ConflictError(`This application is ${row.status}; only one UNDER_REVIEW or WAITLISTED is decided.`);
  // Approvals of this campaign and region wait here for each other; what the previous one committed is counted.
  const room = await new ProgrammesRepository(manager).lockAllocation(row.campaign_id, row.region_code);
  const exhausted = quotaRefusal(room, BigInt(row.amount));
  if (exhausted) throw exhausted;
  const [campaign] = await manager.query<Array<{ eligibility: unknown; programme_benefits: number; family_approved: number }>>(
    `SELECT c.eligibility,
            (SELECT count(*) FROM application a JOIN campaign pc ON pc.id = a.campaign_id
              WHERE pc.programme_id = c.programme_id AND a.officer_matricule = $2 AND a.dependent_id IS NOT DISTINCT FROM $3::uuid AND a.status IN ('APPROVED', 'PAID'))::int AS programme_benefits,
            (SELECT count(*) FROM application a WHERE a.campaign_id = c.id AND a.officer_matricule = $2 AND a.status IN ('APPROVED', 'PAID'))::int AS family_approved
       FROM campaign c WHERE c.id = $1`,
    [row.campaign_id, row.officer_matricule, row.dependent_id],
  );
  if (!campaign) throw new Error(`The campaign ${row.campaign_id} of application ${row.id} is missing.`);
  const refused = familyRefusal(rulesFromJson(campaign.eligibility), { programmeBenefits: campaign.programme_benefits, familyApprovedInCampaign: campaign.family_approved });
  if (refused) throw notEligible(refused);
  await change(manager, ctx, row, expectedVersion, ['UNDER_REVIEW', 'WAITLISTED'], 'APPROVE', { status: 'APPROVED', decision_reason: reason }, true);
}

export async function decideApplication(ctx: FoundationContext, input: DecideApplicationInput): Promise<ApplicationEntity> {
  const expectedVersion = checkVersion(input.expectedVersion);
  const reason = input.decision === 'APPROVE' && (input.reason ?? null) === null ? null : requiredText('reason', input.reason, MAX_REASON_LENGTH);
  const scope = await scopeOf(ctx, input.applicationId);
  requireAccess(ctx, mayDecideApplication(ctx.caller, scope), "Applications are decided by the head of the application's region.");
  await ctx.db.write(async (manager) => {
    const row = await readRow(manager, input.applicationId);
    if (input.decision === 'APPROVE') return approve(manager, ctx, row, expectedVersion, reason);
    if (input.decision === 'WAITLIST') return change(manager, ctx, row, expectedVersion, ['UNDER_REVIEW'], 'WAITLIST', { status: 'WAITLISTED', decision_reason: reason }, true);
    return change(manager, ctx, row, expectedVersion, ['UNDER_REVIEW', 'WAITLISTED'], 'REJECT', { status: 'REJECTED', decision_reason: reason }, true);
  });
  return reload(ctx, input.applicationId);
}

export interface Withdrawal {
  withdrawn: ApplicationEntity;
  promoted: ApplicationEntity | null;
}

export async function withdrawApplication(ctx: FoundationContext, input: WithdrawApplicationInput): Promise<Withdrawal> {
  const expectedVersion = checkVersion(input.expectedVersion);
  const reason = requiredText('reason', input.reason, MAX_REASON_LENGTH);
  const scope = await scopeOf(ctx, input.applicationId);
  requireAccess(ctx, mayWithdrawApplication(ctx.caller, scope), "Applications are withdrawn by the applicant, or a foundation agent or the head of the application's region.");
  const promotedId = await ctx.db.write(async (manager) => {
    const row = await readRow(manager, input.applicationId);
    // An approval gives back its place: take the allocation first, as approvals do, so the two never wait on each other crosswise.
    if (row.status === 'APPROVED' && row.version === expectedVersion) await new ProgrammesRepository(manager).lockAllocation(row.campaign_id, row.region_code);
    await change(manager, ctx, row, expectedVersion, WITHDRAWABLE, 'WITHDRAW', { status: 'WITHDRAWN', decision_reason: reason }, true);
    if (row.status !== 'APPROVED') return null;
    const [promoted] = await manager.query<Array<{ id: string; version: number }>>('SELECT id, version FROM promote_first_waitlisted($1, $2, $3, $4)', [
      row.campaign_id,
      row.region_code,
      ctx.caller.sub,
      PROMOTION_REASON,
    ]);
    if (!promoted) return null;
    await writeAudit(manager, ctx.caller, {
      entity: 'application',
      entityId: promoted.id,
      regionCode: row.region_code,
      action: 'PROMOTE',
      before: { id: promoted.id, status: 'WAITLISTED', version: promoted.version - 1 },
      after: { id: promoted.id, status: 'APPROVED', decidedBy: ctx.caller.sub, decisionReason: PROMOTION_REASON, version: promoted.version, promotedAfter: row.id },
    });
    return promoted.id;
  });
  const withdrawn = await reload(ctx, input.applicationId);
  if (promotedId === null) return { withdrawn, promoted: null };
  const promotedScope = await ctx.loaders.applicationScope.load(promotedId);
  return { withdrawn, promoted: promotedScope && mayReadApplication(ctx.caller, promotedScope) ? await reload(ctx, promotedId) : null };
}

interface Payment {
  applicationId: string;
  reference: string;
  paidOn: string | null;
}

async function pay(manager: EntityManager, ctx: FoundationContext, payment: Payment): Promise<{ id: string }> {
  const row = await readRow(manager, payment.applicationId, true);
  if (row.status !== 'APPROVED') throw new ConflictError(`This application is ${row.status}; only an APPROVED application is paid.`);
  if (payment.paidOn !== null && row.decided_at !== null && payment.paidOn < row.decided_at.slice(0, 10)) {
    throw new BadUserInputError('paidOn', `paidOn must not be before the approval (${row.decided_at.slice(0, 10)}).`);
  }
  try {
    const [created] = await manager.query<Array<{ id: string; paid_at: Date }>>(
      `INSERT INTO disbursement (application_id, region_code, amount, paid_at, reference, recorded_by)
       VALUES ($1, $2, $3, CASE WHEN $4::date IS NULL OR $4::date = (now() AT TIME ZONE 'UTC')::date THEN now() ELSE ($4::date + time '12:00') AT TIME ZONE 'UTC' END, $5, $6)
       RETURNING id, paid_at`,
      [row.id, row.region_code, row.amount, payment.paidOn, payment.reference, ctx.caller.sub],
    );
    if (!created) throw new Error('The disbursement insert returned nothing.');
    await writeAudit(manager, ctx.caller, {
      entity: 'disbursement',
      entityId: created.id,
      regionCode: row.region_code,
      action: 'RECORD',
      before: null,
      after: { id: created.id, applicationId: row.id, amount: row.amount, paidAt: created.paid_at, reference: payment.reference, recordedBy: ctx.caller.sub },
    });
    await change(manager, ctx, row, row.version, ['APPROVED'], 'PAY', { status: 'PAID' }, false);
    return { id: created.id };
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('This application was paid at the same time; reload it.');
    throw error;
  }
}

export async function recordDisbursement(ctx: FoundationContext, input: RecordDisbursementInput): Promise<DisbursementEntity> {
  const reference = requiredText('reference', input.reference, MAX_REFERENCE_LENGTH);
  const paidOn = input.paidOn ?? null;
  if (paidOn !== null && paidOn > todayUtc()) throw new BadUserInputError('paidOn', 'paidOn must not be in the future.');
  const scope = await scopeOf(ctx, input.applicationId);
  requireAccess(ctx, mayRecordDisbursement(ctx.caller, scope), "Payments are recorded by a foundation agent of the application's region.");
  const payment: Payment = { applicationId: input.applicationId, reference, paidOn };
  const { id } = await ctx.db.write((manager) =>
    oncePerKey(manager, ctx.caller, 'recordDisbursement', input.idempotencyKey, payment, () => pay(manager, ctx, payment)),
  );
  ctx.loaders.application.clear(input.applicationId);
  const disbursement = await (await ctx.db.manager()).findOneBy(DisbursementEntity, { id });
  if (!disbursement) throw new Error(`The disbursement ${id} was not found after it was written.`);
  return disbursement;
}
