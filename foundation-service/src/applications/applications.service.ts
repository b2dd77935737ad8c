import {
  type AuditAction,
  BadUserInputError,
  checkMonth,
  checkWaitingDays,
  ConflictError,
  cursorCodec,
  DomainError,
  isRegionCode,
  isUuid,
  monthBounds,
  optionalText,
  requiredText,
  todayUtc,
  waitingSince,
  checkExpectedVersion,
} from '@dsp/common';
import { isUniqueViolation, oncePerKey, writeAudit } from '@dsp/subgraph-kit';
import type { EntityManager } from 'typeorm';
import {
  applicationQueueRegion,
  mayDecideApplication,
  mayReadApplication,
  mayRecordDisbursement,
  maySubmitApplication,
  mayStartReview,
  mayWithdrawApplication,
  requireAccess,
  type ApplicationScope,
} from '../access';
import { readApplication } from '../access/access.service';
import type { FoundationContext } from '../context';
import { required } from '../base/required';
import type {
  ApplicationChangeInput,
  ApplicationQueueKind,
  ApplicationStatus,
  BeneficiaryKind,
  DecideApplicationInput,
  PageInfo,
  RecordDisbursementInput,
  SubmitApplicationInput,
  WithdrawApplicationInput,
} from '../generated/schema-types';
import { ProgrammesRepository } from '../programmes/programmes.repository';
import {
  beneficiaryKindOf,
  familyRefusal,
  isCampaignOpen,
  rankingScore,
  refusal,
  rulesFromJson,
  type Refusal,
} from '../programmes/eligibility.rules';
import type { ApplicationEntity } from './application.entity';
import { applicationSnapshot, isOverdue, queueStatuses, quotaRefusal } from './applications.rules';
import { ApplicationsRepository, type ApplicationRow, type DecisionReason } from './applications.repository';
import type { DisbursementEntity } from './disbursement.entity';
import type { RegionSocialModel } from './social.model';

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

const NO_REASON: DecisionReason = { code: null, note: null };

/**
 * The reason a decision carries, checked: WAITLIST and REJECT need a code
 * (words alone are OTHER), OTHER needs the words, an approval takes none;
 * PROMOTED_FROM_WAITLIST is the platform's, ROOM_FOR_HIGHER_RANKED only waitlists.
 */
function decisionReason(input: DecideApplicationInput): DecisionReason {
  const note = optionalText('reason', input.reason, MAX_REASON_LENGTH);
  const given = input.reasonCode ?? null;
  if (input.decision === 'APPROVE') {
    if (given !== null)
      throw new BadUserInputError('reasonCode', 'An approval takes no reasonCode; say anything about it in reason.');
    return { code: null, note };
  }
  const code = given ?? (note === null ? null : 'OTHER');
  if (code === null)
    throw new BadUserInputError(
      'reasonCode',
      `${input.decision} needs a reasonCode (or a reason in words, taken as OTHER).`,
    );
  if (code === 'PROMOTED_FROM_WAITLIST')
    throw new BadUserInputError(
      'reasonCode',
      'PROMOTED_FROM_WAITLIST is set by the platform when a withdrawal frees a place.',
    );
  if (code === 'ROOM_FOR_HIGHER_RANKED' && input.decision !== 'WAITLIST')
    throw new BadUserInputError(
      'reasonCode',
      'ROOM_FOR_HIGHER_RANKED waitlists an application; it does not reject one.',
    );
  if (code === 'OTHER' && note === null)
    throw new BadUserInputError('reason', 'OTHER needs the reason in words (reason).');
  return { code, note };
}

function notEligible(refused: Refusal): DomainError {
  return new DomainError(refused.message, 'NOT_ELIGIBLE', { rule: refused.rule });
}

async function readRow(manager: EntityManager, id: string, lock = false): Promise<ApplicationRow> {
  const row = await new ApplicationsRepository(manager).row(id, lock);
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
  action: AuditAction,
  next: { status: ApplicationStatus; reason?: DecisionReason },
  decides: boolean,
): Promise<void> {
  if (row.version !== expectedVersion)
    throw new ConflictError(
      `This application is at version ${row.version}, not ${expectedVersion}; reload it and try again.`,
    );
  if (!allowed.includes(row.status))
    throw new ConflictError(
      `This application is ${row.status}; ${action.toLowerCase().replace(/_/g, ' ')} needs ${allowed.join(' or ')}.`,
    );
  const applications = new ApplicationsRepository(manager);
  const after = decides
    ? await applications.setDecision(row.id, expectedVersion, next.status, ctx.caller.sub, next.reason ?? NO_REASON)
    : await applications.setStatus(row.id, expectedVersion, next.status);
  await writeAudit(manager, ctx.caller, {
    entity: 'application',
    entityId: row.id,
    regionCode: row.region_code,
    action,
    before: applicationSnapshot(row),
    after: applicationSnapshot(after),
  });
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
  const applications = new ApplicationsRepository(manager);
  const { campaign, officer, dependent, ...family } = await applications.applicantFile(
    submission.campaignId,
    submission.matricule,
    submission.dependentId,
    LIVE_STATUSES,
  );
  if (!campaign) throw new BadUserInputError('campaignId', `No campaign ${submission.campaignId}.`);
  if (!officer) throw new BadUserInputError('matricule', `No officer ${submission.matricule}.`);
  if (submission.dependentId !== null && !dependent) {
    throw new BadUserInputError(
      'dependentId',
      `No dependent ${submission.dependentId} of officer ${submission.matricule}.`,
    );
  }

  const today = todayUtc();
  if (!isCampaignOpen({ opensOn: campaign.opens_on, closesOn: campaign.closes_on }, today)) {
    throw notEligible({
      rule: 'CAMPAIGN_PERIOD',
      message: `Not eligible (CAMPAIGN_PERIOD): the campaign takes applications from ${campaign.opens_on} to ${campaign.closes_on}.`,
    });
  }
  const kind = beneficiaryKindOf(officer.status, dependent?.relation ?? null);
  if (typeof kind !== 'string') throw notEligible(kind);

  const rules = rulesFromJson(campaign.eligibility);
  const refused = refusal(rules, campaign.opens_on, {
    officerStatus: officer.status,
    kind,
    birthDate: dependent?.birth_date ?? officer.birth_date,
    programmeBenefits: family.programme_benefits,
    familyApprovedInCampaign: family.family_approved,
  });
  if (refused) throw notEligible(refused);
  const duplicate = (): ConflictError =>
    new ConflictError(
      'The beneficiary already has an open or approved application to this campaign.',
      'DUPLICATE_APPLICATION',
    );
  if (family.live > 0) throw duplicate();

  const score = rankingScore(
    rules,
    {
      officerStatus: officer.status,
      serviceStartDate: officer.service_start_date,
      children: family.children,
      programmeBenefits: family.programme_benefits,
    },
    today,
  );
  try {
    const created = await applications.insert({
      campaignId: submission.campaignId,
      matricule: submission.matricule,
      dependentId: submission.dependentId,
      regionCode: officer.region_code,
      amount: campaign.benefit_amount,
      rankingScore: score,
      beneficiaryKind: kind,
    });
    await writeAudit(manager, ctx.caller, {
      entity: 'application',
      entityId: created.id,
      regionCode: created.region_code,
      action: 'SUBMIT',
      before: null,
      after: applicationSnapshot(created),
    });
    return { id: created.id };
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}

export async function submitApplication(
  ctx: FoundationContext,
  input: SubmitApplicationInput,
): Promise<ApplicationEntity> {
  if (!isUuid(input.campaignId)) throw new BadUserInputError('campaignId', `No campaign ${input.campaignId}.`);
  const matricule = input.matricule.trim();
  if (matricule.length === 0) throw new BadUserInputError('matricule', 'matricule must not be empty.');
  const dependentId = input.dependentId ?? null;
  if (dependentId !== null && !isUuid(dependentId))
    throw new BadUserInputError('dependentId', `No dependent ${dependentId}.`);
  const officer = await ctx.loaders.officerScope.load(matricule);
  if (!officer) throw new BadUserInputError('matricule', `No officer ${matricule}.`);
  requireAccess(
    ctx,
    maySubmitApplication(ctx.caller, officer),
    "Applications are submitted by a foundation agent of the officer's region, or by the officer for their own family.",
  );
  const submission: Submission = { campaignId: input.campaignId, matricule, dependentId };
  const { id } = await ctx.db.write((manager) =>
    oncePerKey(manager, ctx.caller, 'submitApplication', input.idempotencyKey, submission, () =>
      submit(manager, ctx, submission),
    ),
  );
  ctx.loaders.officerApplications.clear(matricule);
  return reload(ctx, id);
}

export async function startApplicationReview(
  ctx: FoundationContext,
  input: ApplicationChangeInput,
): Promise<ApplicationEntity> {
  const expectedVersion = checkExpectedVersion('expectedVersion', input.expectedVersion);
  const scope = await scopeOf(ctx, input.applicationId);
  requireAccess(
    ctx,
    mayStartReview(ctx.caller, scope),
    "Reviews are started by a foundation agent or the head of the application's region.",
  );
  await ctx.db.write(async (manager) => {
    const row = await readRow(manager, input.applicationId);
    await change(manager, ctx, row, expectedVersion, ['SUBMITTED'], 'START_REVIEW', { status: 'UNDER_REVIEW' }, false);
  });
  return reload(ctx, input.applicationId);
}

async function approve(
  manager: EntityManager,
  ctx: FoundationContext,
  row: ApplicationRow,
  expectedVersion: number,
  reason: DecisionReason,
): Promise<void> {
  if (row.version !== expectedVersion)
    throw new ConflictError(
      `This application is at version ${row.version}, not ${expectedVersion}; reload it and try again.`,
    );
  if (row.status !== 'UNDER_REVIEW' && row.status !== 'WAITLISTED')
    throw new ConflictError(`This application is ${row.status}; only one UNDER_REVIEW or WAITLISTED is decided.`);
  // Approvals of this campaign and region wait here for each other; what the previous one committed is counted.
  const room = await new ProgrammesRepository(manager).lockAllocation(row.campaign_id, row.region_code);
  const exhausted = quotaRefusal(room, BigInt(row.amount));
  if (exhausted) throw exhausted;
  const campaign = await new ApplicationsRepository(manager).approvalFigures(row);
  if (!campaign) throw new Error(`The campaign ${row.campaign_id} of application ${row.id} is missing.`);
  const refused = familyRefusal(rulesFromJson(campaign.eligibility), {
    programmeBenefits: campaign.programme_benefits,
    familyApprovedInCampaign: campaign.family_approved,
  });
  if (refused) throw notEligible(refused);
  await change(
    manager,
    ctx,
    row,
    expectedVersion,
    ['UNDER_REVIEW', 'WAITLISTED'],
    'APPROVE',
    { status: 'APPROVED', reason },
    true,
  );
}

export async function decideApplication(
  ctx: FoundationContext,
  input: DecideApplicationInput,
): Promise<ApplicationEntity> {
  const expectedVersion = checkExpectedVersion('expectedVersion', input.expectedVersion);
  const reason = decisionReason(input);
  const scope = await scopeOf(ctx, input.applicationId);
  requireAccess(
    ctx,
    mayDecideApplication(ctx.caller, scope),
    "Applications are decided by the head of the application's region.",
  );
  await ctx.db.write(async (manager) => {
    const row = await readRow(manager, input.applicationId);
    if (input.decision === 'APPROVE') return approve(manager, ctx, row, expectedVersion, reason);
    if (input.decision === 'WAITLIST')
      return change(
        manager,
        ctx,
        row,
        expectedVersion,
        ['UNDER_REVIEW'],
        'WAITLIST',
        { status: 'WAITLISTED', reason },
        true,
      );
    return change(
      manager,
      ctx,
      row,
      expectedVersion,
      ['UNDER_REVIEW', 'WAITLISTED'],
      'REJECT',
      { status: 'REJECTED', reason },
      true,
    );
  });
  return reload(ctx, input.applicationId);
}

export interface Withdrawal {
  withdrawn: ApplicationEntity;
  promoted: ApplicationEntity | null;
}

export async function withdrawApplication(
  ctx: FoundationContext,
  input: WithdrawApplicationInput,
): Promise<Withdrawal> {
  const expectedVersion = checkExpectedVersion('expectedVersion', input.expectedVersion);
  const reason = requiredText('reason', input.reason, MAX_REASON_LENGTH);
  const scope = await scopeOf(ctx, input.applicationId);
  requireAccess(
    ctx,
    mayWithdrawApplication(ctx.caller, scope),
    "Applications are withdrawn by the applicant, or a foundation agent or the head of the application's region.",
  );
  const promotedId = await ctx.db.write(async (manager) => {
    const row = await readRow(manager, input.applicationId);
    // An approval gives back its place: take the allocation first, as approvals do, so the two never wait on each other crosswise.
    if (row.status === 'APPROVED' && row.version === expectedVersion)
      await new ProgrammesRepository(manager).lockAllocation(row.campaign_id, row.region_code);
    await change(
      manager,
      ctx,
      row,
      expectedVersion,
      WITHDRAWABLE,
      'WITHDRAW',
      { status: 'WITHDRAWN', reason: { code: null, note: reason } },
      true,
    );
    if (row.status !== 'APPROVED') return null;
    const promoted = await new ApplicationsRepository(manager).promoteFirstWaitlisted(
      row.campaign_id,
      row.region_code,
      ctx.caller.sub,
    );
    if (!promoted) return null;
    await writeAudit(manager, ctx.caller, {
      entity: 'application',
      entityId: promoted.id,
      regionCode: row.region_code,
      action: 'PROMOTE',
      before: { id: promoted.id, status: 'WAITLISTED', version: promoted.version - 1 },
      after: {
        id: promoted.id,
        status: 'APPROVED',
        decidedBy: ctx.caller.sub,
        decisionReasonCode: 'PROMOTED_FROM_WAITLIST',
        decisionReason: null,
        version: promoted.version,
        promotedAfter: row.id,
      },
    });
    return promoted.id;
  });
  const withdrawn = await reload(ctx, input.applicationId);
  if (promotedId === null) return { withdrawn, promoted: null };
  const promotedScope = await ctx.loaders.applicationScope.load(promotedId);
  return {
    withdrawn,
    promoted: promotedScope && mayReadApplication(ctx.caller, promotedScope) ? await reload(ctx, promotedId) : null,
  };
}

interface Payment {
  applicationId: string;
  reference: string;
  paidOn: string | null;
}

async function pay(manager: EntityManager, ctx: FoundationContext, payment: Payment): Promise<{ id: string }> {
  const row = await readRow(manager, payment.applicationId, true);
  if (row.status !== 'APPROVED')
    throw new ConflictError(`This application is ${row.status}; only an APPROVED application is paid.`);
  if (payment.paidOn !== null && row.decided_at !== null && payment.paidOn < row.decided_at.slice(0, 10)) {
    throw new BadUserInputError('paidOn', `paidOn must not be before the approval (${row.decided_at.slice(0, 10)}).`);
  }
  try {
    const created = await new ApplicationsRepository(manager).insertDisbursement(
      row,
      payment.paidOn,
      payment.reference,
      ctx.caller.sub,
    );
    await writeAudit(manager, ctx.caller, {
      entity: 'disbursement',
      entityId: created.id,
      regionCode: row.region_code,
      action: 'RECORD',
      before: null,
      after: {
        id: created.id,
        applicationId: row.id,
        amount: row.amount,
        paidAt: created.paid_at,
        reference: payment.reference,
        recordedBy: ctx.caller.sub,
      },
    });
    await change(manager, ctx, row, row.version, ['APPROVED'], 'PAY', { status: 'PAID' }, false);
    return { id: created.id };
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('This application was paid at the same time; reload it.');
    throw error;
  }
}

export async function recordDisbursement(
  ctx: FoundationContext,
  input: RecordDisbursementInput,
): Promise<DisbursementEntity> {
  const reference = requiredText('reference', input.reference, MAX_REFERENCE_LENGTH);
  const paidOn = input.paidOn ?? null;
  if (paidOn !== null && paidOn > todayUtc())
    throw new BadUserInputError('paidOn', 'paidOn must not be in the future.');
  const scope = await scopeOf(ctx, input.applicationId);
  requireAccess(
    ctx,
    mayRecordDisbursement(ctx.caller, scope),
    "Payments are recorded by a foundation agent of the application's region.",
  );
  const payment: Payment = { applicationId: input.applicationId, reference, paidOn };
  const { id } = await ctx.db.write((manager) =>
    oncePerKey(manager, ctx.caller, 'recordDisbursement', input.idempotencyKey, payment, () =>
      pay(manager, ctx, payment),
    ),
  );
  ctx.loaders.application.clear(input.applicationId);
  const disbursement = await new ApplicationsRepository(await ctx.db.manager()).disbursementById(id);
  if (!disbursement) throw new Error(`The disbursement ${id} was not found after it was written.`);
  return disbursement;
}

const MAX_PAGE_SIZE = 100;
/** A cursor names the last application of the page; the next page starts after its sort key. */
const applicationCursor = cursorCodec('application-queue:', isUuid);

export interface ApplicationQueueArgs {
  queue: ApplicationQueueKind;
  region?: string | null;
  campaignId?: string | null;
  status?: readonly ApplicationStatus[] | null;
  programmeId?: string | null;
  decidedIn?: string | null;
  submittedIn?: string | null;
  waitingLongerThanDays?: number | null;
  first?: number | null;
  after?: string | null;
}

export interface ApplicationPage {
  edges: Array<{ cursor: string; node: ApplicationEntity }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A page of a work queue (Relay connection, keyset pagination): two
 * statements whatever the page size, the page and its total count; the
 * fields of its nodes are batched by the request's loaders.
 */
export async function applicationQueue(ctx: FoundationContext, args: ApplicationQueueArgs): Promise<ApplicationPage> {
  const asked = args.region?.trim().toUpperCase() ?? null;
  if (asked !== null && !isRegionCode(asked))
    throw new BadUserInputError('region', `"${args.region}" is not a region code.`);
  const campaignId = args.campaignId ?? null;
  if (campaignId !== null && !isUuid(campaignId))
    throw new BadUserInputError('campaignId', `No campaign ${campaignId}.`);
  const programmeId = args.programmeId ?? null;
  if (programmeId !== null && !isUuid(programmeId))
    throw new BadUserInputError('programmeId', `No programme ${programmeId}.`);
  const submittedIn = checkMonth('submittedIn', args.submittedIn);
  const decidedIn = checkMonth('decidedIn', args.decidedIn);
  const waitingDays = checkWaitingDays('waitingLongerThanDays', args.waitingLongerThanDays);
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw new BadUserInputError('first', `\`first\` must be between 1 and ${MAX_PAGE_SIZE}; got ${first}.`);
  if (args.status && args.status.length === 0)
    throw new BadUserInputError('status', 'status lists at least one status, or is omitted.');
  const after = args.after == null ? null : applicationCursor.decode(args.after);
  const region = applicationQueueRegion(ctx.caller, asked);
  requireAccess(
    ctx,
    region !== undefined,
    "Work queues are for the foundation's agents and heads in their own region, and the national administration.",
  );

  const statuses = queueStatuses(args.queue, args.status ?? null, waitingDays !== null);
  const filter = {
    queue: args.queue,
    statuses,
    region: region ?? null,
    campaignId,
    programmeId,
    submitted: submittedIn === null ? null : monthBounds(submittedIn),
    decided: decidedIn === null ? null : monthBounds(decidedIn),
    submittedBefore: waitingDays === null ? null : waitingSince(new Date(), waitingDays),
  };
  const applications = new ApplicationsRepository(await ctx.db.manager());
  const rows = await applications.queuePage(filter, after, first + 1);
  const totalCount = await applications.queueCount(filter);
  const edges = rows.slice(0, first).map((node) => ({ cursor: applicationCursor.encode(node.id), node }));
  for (const edge of edges) ctx.loaders.application.prime(edge.node.id, edge.node);
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

/** A payment by reference: whoever may read its application (region read from the rows, never from the request). */
/** An application by its reference as people write it (case and surrounding spaces aside); then as application(id). */
export async function applicationByReference(
  ctx: FoundationContext,
  reference: string,
): Promise<ApplicationEntity | null> {
  const written = reference.trim().toUpperCase();
  if (written.length === 0 || written.length > 40)
    throw new BadUserInputError('reference', 'An application reference is 1 to 40 characters, such as DS-2026-100123.');
  const id = await new ApplicationsRepository(await ctx.db.manager()).idOfReference(written);
  return id === null ? null : readApplication(ctx, id);
}

export async function disbursementByReference(ctx: FoundationContext, id: string): Promise<DisbursementEntity | null> {
  const scope = await ctx.loaders.disbursementScope.load(id);
  if (scope === null) return null;
  requireAccess(ctx, mayReadApplication(ctx.caller, scope));
  return ctx.loaders.disbursement.load(id);
}

/** Stored at submission; derived from the registry today for rows loaded without it. */
export async function beneficiaryKind(
  ctx: FoundationContext,
  application: ApplicationEntity,
): Promise<BeneficiaryKind> {
  if (application.beneficiaryKind !== null) return application.beneficiaryKind;
  const officer = await required(
    ctx.loaders.officer.load(application.officerMatricule),
    'Officer',
    application.officerMatricule,
  );
  const dependent =
    application.dependentId === null
      ? null
      : await required(ctx.loaders.dependent.load(application.dependentId), 'Dependent', application.dependentId);
  const kind = beneficiaryKindOf(officer.status, dependent?.relation ?? null);
  if (typeof kind !== 'string')
    throw new Error(`Application ${application.id} has no beneficiary kind: ${kind.message}`);
  return kind;
}

/** An application's payment: only a PAID application has one. */
export function applicationDisbursement(
  ctx: FoundationContext,
  application: ApplicationEntity,
): Promise<DisbursementEntity | null> | null {
  return application.status === 'PAID' ? ctx.loaders.applicationDisbursement.load(application.id) : null;
}

/** Distinct people reached is a costly count over the applications, so it is read only when asked for. */
export function beneficiariesReached(ctx: FoundationContext, social: RegionSocialModel): Promise<number> {
  return ctx.loaders.regionReached.load({ code: social.regionCode, year: social.year });
}

/** Whether an application waits for a decision past the decision target (APPLICATION_TARGET_DAYS), as of now. */
export function overdueOf(ctx: FoundationContext, application: ApplicationEntity): boolean {
  return isOverdue(application, ctx.settings.applicationTargetDays, new Date());
}
