import {
  type AuditAction,
  addDays,
  BadUserInputError,
  type Caller,
  checkMonth,
  checkWaitingDays,
  ConflictError,
  cursorCodec,
  ForbiddenError,
  checkRegion,
  isUuid,
  monthBounds,
  NotFoundError,
  optionalText,
  pageSize,
  todayUtc,
  waitingSince,
} from '@dsp/common';
import { oncePerKey, writeAudit } from '@dsp/subgraph-kit';
import type { EntityManager } from 'typeorm';
import {
  mayReadClaimEstimate,
  mayReadClaimQueue,
  maySeeClaim,
  maySeeClinical,
  requireAccess,
  requireMedicalAdvisor,
  requireMutualAgent,
} from '../access';
import { BeneficiariesRepository } from '../beneficiaries/beneficiaries.repository';
import { requireBeneficiaryInRegion } from '../beneficiaries/beneficiaries.service';
import { coverageOn } from '../beneficiaries/eligibility.rules';
import type { MutualContext } from '../context';
import type { ClinicalField } from '../diagnoses/diagnoses.repository';
import type {
  CareType,
  ClaimDecision,
  ClaimEstimate,
  ClaimQueueStage,
  ClaimStatus,
  MutationDecideClaimArgs,
  PageInfo,
  RejectionCode,
  SubmitClaimInput,
} from '../generated/schema-types';
import { PlansRepository, type TariffRow } from '../plans/plans.repository';
import { rateOf } from '../plans/plans.rules';
import type { PriorAuthorisationModel } from '../prior-authorisations/prior-authorisation.model';
import { PriorAuthorisationsRepository } from '../prior-authorisations/prior-authorisations.repository';
import type { ProviderEntity } from '../providers/provider.entity';
import { ProvidersRepository } from '../providers/providers.repository';
import type { RegionModel } from '../regions/region.model';
import {
  amountClaimed,
  approvalOf,
  AUTHORISATION_LEAD_DAYS,
  ceilingYear,
  claimSnapshot,
  filingDeadlineMonths,
  isLateFiling,
  MAX_NOTE_LENGTH,
  providerMayBill,
  sameActs,
  validateSubmission,
  type ClaimSubmission,
} from './adjudication.rules';
import type { ClaimLineEntity } from './claim-line.entity';
import type { ClaimEntity } from './claim.entity';
import { ClaimsRepository, type QueueFilter } from './claims.repository';
import { isOverdue, queueRegion, queueStatuses } from './queue.rules';

/**
 * A claim by id; an id that names nothing (or is not even a UUID) gives null,
 * one the caller may not see gives FORBIDDEN, decided from the claim's own
 * handling region and officer as the database records them. Root query and
 * entity resolution alike.
 */
export async function findClaim(context: MutualContext, id: string): Promise<ClaimEntity | null> {
  const scope = await context.loaders.claimScope.load(id);
  if (scope === null) return null;
  requireAccess(context, maySeeClaim(context.caller, scope));
  const claim = await context.loaders.claim.load(id);
  // The rules allowed what row-level security hides: refuse rather than pretend it does not exist.
  requireAccess(context, claim !== null);
  return claim;
}

/** A claim by its reference as people write it (case and surrounding spaces aside); then as findClaim. */
export async function findClaimByReference(context: MutualContext, reference: string): Promise<ClaimEntity | null> {
  const written = reference.trim().toUpperCase();
  if (written.length === 0 || written.length > 40)
    throw new BadUserInputError('reference', 'A claim reference is 1 to 40 characters, such as RB-2026-102884.');
  const id = await new ClaimsRepository(await context.db.manager()).idOfReference(written);
  return id === null ? null : findClaim(context, id);
}

export function linesOf(context: MutualContext, claim: ClaimEntity): Promise<ClaimLineEntity[]> {
  return context.loaders.claimLines.load(claim.id);
}

/**
 * What approving a claim now would reimburse (decideClaim's arithmetic, read
 * without its lock), for the medical advisors while it awaits their decision;
 * null once decided. Batched for a page of claims: the people's coverage, the
 * plans' rules, the lines, the tariffs and the year's approved care are each
 * read once for the page.
 */
export async function estimateOf(context: MutualContext, claim: ClaimEntity): Promise<ClaimEstimate | null> {
  requireAccess(
    context,
    mayReadClaimEstimate(context.caller),
    'What approving a claim would reimburse is for the medical advisors, who decide.',
  );
  if (claim.status !== 'CHECKED' && claim.status !== 'UNDER_REVIEW') return null;
  const filed = await context.loaders.coverageFacts.load(claim.beneficiaryId);
  const coverage = filed ? coverageOn(filed.facts, filed.periods, claim.careStartDate) : null;
  const rule = coverage?.covered
    ? (await context.loaders.planRules.load(coverage.planId)).find((row) => row.careType === claim.careType)
    : undefined;
  if (rule === undefined)
    return { outcome: 'NOT_COVERED', amount: 0n, reimbursable: 0n, rate: 0, yearlyCeiling: 0n, ceilingLeft: 0n };
  const [lines, approved] = await Promise.all([
    context.loaders.claimLines.load(claim.id),
    context.loaders.useInYear.load({ beneficiaryId: claim.beneficiaryId, year: ceilingYear(claim.careStartDate) }),
  ]);
  const tariffs = (await context.loaders.tariff.loadMany([...new Set(lines.map((line) => line.actCode))])).filter(
    (row): row is TariffRow => row !== null && !(row instanceof Error),
  );
  const yearlyCeiling = BigInt(rule.yearlyCeiling);
  const approval = approvalOf(
    lines,
    tariffs,
    { rate: rule.rate, yearlyCeiling },
    approved.find((row) => row.careType === claim.careType)?.approved ?? 0n,
  );
  return {
    outcome: approval.outcome,
    amount: approval.granted.total,
    reimbursable: approval.reimbursable,
    rate: rateOf(rule),
    yearlyCeiling,
    ceilingLeft: approval.ceilingLeft,
  };
}

export function providerOf(context: MutualContext, claim: ClaimEntity): Promise<ProviderEntity | null> | null {
  return claim.providerId ? context.loaders.provider.load(claim.providerId) : null;
}

export function handlingRegionOf(claim: ClaimEntity): RegionModel {
  return { code: claim.handlingRegionCode };
}

/**
 * Whether the caller may read the clinical fields of claim `claimId`, decided
 * from where the claim belongs as the database says; when they may, the read
 * of `field` is logged in the request transaction before anything is
 * returned, so no clinical detail leaves unlogged.
 */
async function readClinical(context: MutualContext, claimId: string, field: ClinicalField): Promise<boolean> {
  const scope = await context.loaders.claimScope.load(claimId);
  if (scope === null || !maySeeClinical(context.caller, scope)) return false;
  await context.loaders.clinicalRead.load({ field, claimId, priorAuthorisationId: null });
  return true;
}

/**
 * The claim's diagnoses: FORBIDDEN (the field null) to whoever may not read
 * clinical detail, as the contract has always said.
 */
export async function diagnosesOf(context: MutualContext, claim: ClaimEntity): Promise<string[]> {
  requireAccess(
    context,
    await readClinical(context, claim.id, 'diagnosisCodes'),
    'Diagnoses are shown only to medical advisors, to the mutual agents of the region handling the claim and to the person concerned.',
  );
  return claim.diagnosisCodes;
}

/** The medical advisor's note on the decision: null to whoever may not read clinical detail. */
export async function decisionNoteOf(context: MutualContext, claim: ClaimEntity): Promise<string | null> {
  if (claim.decisionNote === null) return null;
  return (await readClinical(context, claim.id, 'decisionNote')) ? claim.decisionNote : null;
}

/**
 * A hospitalisation's prior authorisation, the one its approval would rest
 * on: for whoever may read the claim's clinical detail (a planned
 * hospitalisation is itself one); null for everyone else and for other care
 * types. Each read is logged against the claim, whether one was found or not.
 */
export async function coveringAuthorisationOf(
  context: MutualContext,
  claim: ClaimEntity,
): Promise<PriorAuthorisationModel | null> {
  if (claim.careType !== 'HOSPITALISATION') return null;
  if (!(await readClinical(context, claim.id, 'priorAuthorisation'))) return null;
  return context.loaders.coveringAuthorisation.load(claim.id);
}

/** A claim line's act code: null to whoever may not read clinical detail (its amounts are not clinical). */
export async function actCodeOf(context: MutualContext, line: ClaimLineEntity): Promise<string | null> {
  return (await readClinical(context, line.claimId, 'actCode')) ? line.actCode : null;
}

/**
 * The claim workflow (docs/architecture.md): ENTERED → CHECKED → UNDER_REVIEW →
 * APPROVED / PARTIALLY_APPROVED / REJECTED → PAID. Every mutation validates before writing,
 * runs in a savepoint of the request transaction (ctx.db.write), writes one
 * audit record per state change there, and changes a row only at the
 * version the caller saw (CONFLICT otherwise).
 */

/** The claim exists and its handling region is the agent's: NOT_FOUND or FORBIDDEN otherwise. */
async function requireHandledIn(context: MutualContext, id: string, region: string): Promise<void> {
  const scope = await context.loaders.claimScope.load(id);
  if (scope === null) throw new NotFoundError('Claim', id);
  if (scope.handlingRegionCode !== region) throw new ForbiddenError('This claim is handled by another region.');
}

/** The repositories a claim step reads and writes, all in the step's transaction. */
interface Repositories {
  claims: ClaimsRepository;
  beneficiaries: BeneficiariesRepository;
  plans: PlansRepository;
  providers: ProvidersRepository;
  authorisations: PriorAuthorisationsRepository;
}

function repositoriesOf(manager: EntityManager): Repositories {
  return {
    claims: new ClaimsRepository(manager),
    beneficiaries: new BeneficiariesRepository(manager),
    plans: new PlansRepository(manager),
    providers: new ProvidersRepository(manager),
    authorisations: new PriorAuthorisationsRepository(manager),
  };
}

/** The beneficiary's coverage on `day`, as the file says. */
async function coverageFor(
  repositories: Repositories,
  beneficiaryId: string,
  day: string,
): Promise<ReturnType<typeof coverageOn>> {
  const [filed] = await repositories.beneficiaries.coverageFacts([beneficiaryId]);
  return filed ? coverageOn(filed.facts, filed.periods, day) : { covered: false };
}

/** The automatic checks of a claim filed on `filedOn`; `self`, when the claim is already stored, is not its own duplicate. */
async function automaticCheck(
  repositories: Repositories,
  submission: ClaimSubmission,
  filedOn: string,
  self: string | null = null,
): Promise<RejectionCode | null> {
  const coverage = await coverageFor(repositories, submission.beneficiaryId, submission.careStartDate);
  if (!coverage.covered) return 'NOT_COVERED';
  if (isLateFiling(submission.careEndDate, filedOn, filingDeadlineMonths())) return 'LATE_FILING';
  const tariffs = await repositories.plans.tariffs([...new Set(submission.lines.map((line) => line.actCode))]);
  const known = new Map(tariffs.map((row) => [row.actCode, row]));
  if (submission.lines.some((line) => known.get(line.actCode)?.careType !== submission.careType))
    return 'ACT_NOT_IN_TARIFF';
  // A claim without a provider (the demonstration's pharmacy claims) has no duplicates to compare with.
  const sameCare = submission.providerId
    ? await repositories.claims.sameCareClaims(
        submission.beneficiaryId,
        submission.providerId,
        submission.careStartDate,
        submission.careEndDate,
      )
    : [];
  if (sameCare.some((other) => other.id !== self && sameActs(other.lines, submission.lines))) return 'DUPLICATE';
  const rule = await repositories.plans.planRule(coverage.planId, submission.careType);
  if (rule === null) return 'NOT_COVERED';
  const consumed = await repositories.claims.consumed(
    submission.beneficiaryId,
    ceilingYear(submission.careStartDate),
    submission.careType,
    null,
  );
  if (consumed >= rule.yearlyCeiling) return 'CEILING_REACHED';
  return null;
}

async function reject(
  manager: EntityManager,
  caller: Caller,
  claim: ClaimEntity,
  code: RejectionCode,
  note: string | null,
  action: AuditAction,
): Promise<void> {
  await new ClaimsRepository(manager).markRejected(claim.id, claim.version, code, note);
  await audit(manager, caller, claim, action, {
    ...claimSnapshot(claim),
    status: 'REJECTED',
    rejectionCode: code,
    amountApproved: '0',
    version: claim.version + 1,
  });
}

function audit(
  manager: EntityManager,
  caller: Caller,
  claim: ClaimEntity,
  action: AuditAction,
  after: Record<string, unknown>,
  before: unknown = claimSnapshot(claim),
): Promise<void> {
  return writeAudit(manager, caller, {
    entity: 'claim',
    entityId: claim.id,
    regionCode: claim.handlingRegionCode,
    action,
    before,
    after,
  });
}

async function reload(context: MutualContext, id: string): Promise<ClaimEntity> {
  context.loaders.claim.clear(id);
  context.loaders.claimLines.clear(id);
  const claim = await new ClaimsRepository(await context.db.manager()).claim(id);
  if (!claim) throw new NotFoundError('Claim', id);
  return claim;
}

export async function submitClaim(context: MutualContext, input: SubmitClaimInput): Promise<ClaimEntity> {
  const region = requireMutualAgent(context.caller);
  const submission: ClaimSubmission = {
    beneficiaryId: input.beneficiaryId,
    providerId: input.providerId,
    careType: input.careType,
    careStartDate: input.careStartDate,
    careEndDate: input.careEndDate,
    diagnosisCodes: input.diagnosisCodes,
    lines: input.lines.map((line) => ({
      actCode: line.actCode,
      quantity: line.quantity,
      unitPrice: BigInt(line.unitPrice),
    })),
  };
  const today = todayUtc();
  validateSubmission(submission, today);
  await requireBeneficiaryInRegion(context, submission.beneficiaryId, region);
  const { id } = await context.db.write(async (manager) => {
    const repositories = repositoriesOf(manager);
    const repository = repositories.claims;
    const careTypes = await repositories.providers.providerCareTypes(submission.providerId);
    if (careTypes === null) throw new BadUserInputError('providerId', `No provider ${submission.providerId}.`);
    if (!providerMayBill(careTypes, submission.careType)) {
      throw new BadUserInputError(
        'providerId',
        `Provider ${submission.providerId} does not offer ${submission.careType}.`,
      );
    }
    return oncePerKey(manager, context.caller, 'submitClaim', input.idempotencyKey, submission, async () => {
      // One submission at a time per beneficiary, so two copies of a claim cannot both pass the duplicate check.
      await repository.lock(`claim-submission:${submission.beneficiaryId}`);
      const rejection = await automaticCheck(repositories, submission, today);
      const claimId = await repository.insertClaim({
        ...submission,
        handlingRegionCode: region,
        amountClaimed: amountClaimed(submission.lines),
      });
      const entered = (await repository.claim(claimId))!;
      await audit(manager, context.caller, entered, 'SUBMIT', claimSnapshot(entered), null);
      if (rejection) {
        await reject(manager, context.caller, entered, rejection, null, 'AUTOMATIC_CHECK');
      } else {
        await repository.markChecked(claimId, entered.version);
        await audit(manager, context.caller, entered, 'AUTOMATIC_CHECK', {
          ...claimSnapshot(entered),
          status: 'CHECKED',
          version: entered.version + 1,
        });
      }
      return { id: claimId };
    });
  });
  return reload(context, id);
}

/**
 * Runs the automatic checks on an ENTERED claim (MUTUAL_AGENT of the handling
 * region): CHECKED or REJECTED, with an AUTOMATIC_CHECK audit record, under
 * the beneficiary's submission lock so a concurrent submission cannot slip
 * past the duplicate check.
 */
export async function recheckClaim(context: MutualContext, id: string, version: number): Promise<ClaimEntity> {
  const region = requireMutualAgent(context.caller);
  await context.db.write(async (manager) => {
    const repositories = repositoriesOf(manager);
    const repository = repositories.claims;
    await requireHandledIn(context, id, region);
    const seen = await repository.claim(id);
    if (!seen) throw new NotFoundError('Claim', id);
    await repository.lock(`claim-submission:${seen.beneficiaryId}`);
    const claim = await claimAt(repository, id, version, ['ENTERED']);
    const lines = await repository.lines([id]);
    const submission: ClaimSubmission = {
      beneficiaryId: claim.beneficiaryId,
      providerId: claim.providerId ?? '',
      careType: claim.careType,
      careStartDate: claim.careStartDate,
      careEndDate: claim.careEndDate,
      diagnosisCodes: claim.diagnosisCodes,
      lines: lines.map((line) => ({
        actCode: line.actCode,
        quantity: line.quantity,
        unitPrice: BigInt(line.unitPrice),
      })),
    };
    const rejection = await automaticCheck(repositories, submission, todayUtc(claim.submittedAt), claim.id);
    if (rejection) {
      await reject(manager, context.caller, claim, rejection, null, 'AUTOMATIC_CHECK');
    } else {
      await repository.markChecked(id, version);
      await audit(manager, context.caller, claim, 'AUTOMATIC_CHECK', {
        ...claimSnapshot(claim),
        status: 'CHECKED',
        version: version + 1,
      });
    }
  });
  return reload(context, id);
}

/** Reads the claim for a change at `version`: NOT_FOUND, or CONFLICT when it moved on or is not in a state that allows the change. */
async function claimAt(
  repository: ClaimsRepository,
  id: string,
  version: number,
  allowed: readonly string[],
): Promise<ClaimEntity> {
  const claim = await repository.claim(id);
  if (!claim) throw new NotFoundError('Claim', id);
  if (claim.version !== version)
    throw new ConflictError('This claim was changed by someone else; reload it and try again.');
  if (!allowed.includes(claim.status))
    throw new ConflictError(`This claim is ${claim.status}; it must be ${allowed.join(' or ')}.`);
  return claim;
}

export async function reviewClaim(context: MutualContext, id: string, version: number): Promise<ClaimEntity> {
  requireMedicalAdvisor(context.caller);
  await context.db.write(async (manager) => {
    const repository = new ClaimsRepository(manager);
    const claim = await claimAt(repository, id, version, ['CHECKED']);
    await repository.markUnderReview(id, version);
    await audit(manager, context.caller, claim, 'REVIEW', {
      ...claimSnapshot(claim),
      status: 'UNDER_REVIEW',
      version: version + 1,
    });
  });
  return reload(context, id);
}

export async function decideClaim(context: MutualContext, args: MutationDecideClaimArgs): Promise<ClaimEntity> {
  requireMedicalAdvisor(context.caller);
  const decision: ClaimDecision = args.decision;
  const note = optionalText('note', args.note, MAX_NOTE_LENGTH);
  if (decision === 'APPROVE' && args.rejectionCode)
    throw new BadUserInputError('rejectionCode', 'An approval has no rejection code.');
  await context.db.write(async (manager) => {
    const repositories = repositoriesOf(manager);
    const repository = repositories.claims;
    const seen = await repository.claim(args.id);
    if (!seen) throw new NotFoundError('Claim', args.id);
    if (decision === 'REJECT') {
      const claim = await claimAt(repository, args.id, args.version, ['UNDER_REVIEW']);
      await reject(manager, context.caller, claim, args.rejectionCode ?? 'MEDICAL_ADVICE', note, 'DECIDE');
      return;
    }
    // The beneficiary's consumption of this care type and year is locked
    // before it is read, until the transaction ends: concurrent approvals
    // take turns and the ceiling is never exceeded.
    const year = ceilingYear(seen.careStartDate);
    await repository.lock(`ceiling:${seen.beneficiaryId}:${year}:${seen.careType}`);
    const claim = await claimAt(repository, args.id, args.version, ['UNDER_REVIEW']);
    if (
      claim.careType === 'HOSPITALISATION' &&
      !(await repositories.authorisations.hasGrantedAuthorisation(
        claim.beneficiaryId,
        addDays(claim.careStartDate, -AUTHORISATION_LEAD_DAYS),
        claim.careEndDate,
      ))
    ) {
      throw new ConflictError(
        'A hospitalisation is approved only with a GRANTED prior authorisation; reject it with PRIOR_AUTHORISATION_MISSING instead.',
        'PRIOR_AUTHORISATION_MISSING',
      );
    }
    const coverage = await coverageFor(repositories, claim.beneficiaryId, claim.careStartDate);
    const rule = coverage.covered ? await repositories.plans.planRule(coverage.planId, claim.careType) : null;
    if (rule === null) {
      await reject(manager, context.caller, claim, 'NOT_COVERED', note, 'DECIDE');
      return;
    }
    const lines = await repository.lines([claim.id]);
    const tariffs = await repositories.plans.tariffs(lines.map((line) => line.actCode));
    const { granted, outcome } = approvalOf(
      lines,
      tariffs,
      rule,
      await repository.consumed(claim.beneficiaryId, year, claim.careType, claim.id),
    );
    if (outcome === 'CEILING_REACHED') {
      await reject(manager, context.caller, claim, 'CEILING_REACHED', note, 'DECIDE');
      return;
    }
    const status = outcome;
    await repository.markApproved(claim.id, claim.version, status, granted.total, note);
    await repository.setLineAmounts(
      lines.map((line) => line.id),
      granted.lines,
    );
    await audit(manager, context.caller, claim, 'DECIDE', {
      ...claimSnapshot(claim),
      status,
      amountApproved: granted.total.toString(),
      version: claim.version + 1,
    });
  });
  return reload(context, args.id);
}

export async function recordClaimPayment(context: MutualContext, id: string, version: number): Promise<ClaimEntity> {
  const region = requireMutualAgent(context.caller);
  await context.db.write(async (manager) => {
    const repository = new ClaimsRepository(manager);
    await requireHandledIn(context, id, region);
    const claim = await claimAt(repository, id, version, ['APPROVED', 'PARTIALLY_APPROVED']);
    await repository.markPaid(id, version);
    await audit(manager, context.caller, claim, 'PAY', {
      ...claimSnapshot(claim),
      status: 'PAID',
      version: version + 1,
    });
  });
  return reload(context, id);
}

/**
 * A cursor names the last claim of the page; the next page starts after its
 * (submitted_at, id), read from the database at full (microsecond) precision,
 * which a JavaScript Date would round.
 */
const claimQueueCursor = cursorCodec('claim-queue:', isUuid);

export interface ClaimQueueArgs {
  stage?: ClaimQueueStage | null;
  region?: string | null;
  careType?: CareType | null;
  decidedIn?: string | null;
  submittedIn?: string | null;
  waitingLongerThanDays?: number | null;
  status?: readonly ClaimStatus[] | null;
  first?: number | null;
  after?: string | null;
}

export interface ClaimPage {
  edges: Array<{ cursor: string; node: ClaimEntity }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * The statuses, months and waiting time a queue reads: a stage's statuses
 * (only those of them in `status` when both are given), or `status` alone,
 * or every status when only a month or a waiting time is given (the
 * drill-down from a monthly figure or an overdue count).
 */
function drillDownFilter(
  args: ClaimQueueArgs,
  now: Date,
): Pick<QueueFilter, 'statuses' | 'submitted' | 'decided' | 'submittedBefore'> {
  const submittedIn = checkMonth('submittedIn', args.submittedIn);
  const decidedIn = checkMonth('decidedIn', args.decidedIn);
  const waitingDays = checkWaitingDays('waitingLongerThanDays', args.waitingLongerThanDays);
  const asked = args.status ?? null;
  const stage = args.stage ?? null;
  if (stage === null && asked === null && submittedIn === null && decidedIn === null && waitingDays === null) {
    throw new BadUserInputError('stage', 'Give a stage, or a status, month or waiting time to list claims by.');
  }
  return {
    statuses: queueStatuses(stage, asked, waitingDays !== null),
    submitted: submittedIn === null ? null : monthBounds(submittedIn),
    decided: decidedIn === null ? null : monthBounds(decidedIn),
    submittedBefore: waitingDays === null ? null : waitingSince(now, waitingDays),
  };
}

/**
 * A page of a work queue, oldest submission first (keyset pagination on
 * submitted_at, id). Regional roles see their own region whatever they ask
 * for by default; another region is FORBIDDEN.
 */
export async function claimQueue(context: MutualContext, args: ClaimQueueArgs): Promise<ClaimPage> {
  const asked = checkRegion('region', args.region);
  requireAccess(
    context,
    mayReadClaimQueue(context.caller, asked),
    'Work queues are for the mutual: agents and heads in their own region, advisors and the national administration everywhere.',
  );
  const region = queueRegion(context.caller, asked);
  const first = pageSize(args.first, 50);
  const after = args.after == null ? null : claimQueueCursor.decode(args.after);
  const filter = { ...drillDownFilter(args, new Date()), region, careType: args.careType ?? null };
  const repository = new ClaimsRepository(await context.db.manager());
  const rows = await repository.queuePage(filter, after, first + 1);
  const totalCount = await repository.queueCount(filter);
  const edges = rows.slice(0, first).map((node) => ({ cursor: claimQueueCursor.encode(node.id), node }));
  for (const edge of edges) context.loaders.claim.prime(edge.node.id, edge.node);
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

/** Whether a claim waits for a decision past the service target (CLAIM_TARGET_DAYS), as of now. */
export function overdueOf(context: MutualContext, claim: ClaimEntity): boolean {
  return isOverdue(claim, context.settings.claimTargetDays, new Date());
}
