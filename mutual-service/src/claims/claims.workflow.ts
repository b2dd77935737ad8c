import { addDays, BadUserInputError, type Caller, ConflictError, DomainError, ForbiddenError, NotFoundError, optionalText, requiredText, todayUtc } from '@dsp/common';
import { oncePerKey, updateVersioned, writeAudit } from '@dsp/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { coverageOn } from '../beneficiaries/eligibility';
import type { MutualContext } from '../context';
import type { ClaimDecision, MutationDecideClaimArgs, RejectionCode, SubmitClaimInput } from '../generated/schema-types';
import type { PriorAuthorisationModel } from '../prior-authorisations/prior-authorisation.model';
import {
  capToCeiling,
  ceilingYear,
  filingDeadlineMonths,
  isLateFiling,
  lineReimbursable,
  rateBasisPoints,
  sameActs,
  validateSubmission,
  type ClaimSubmission,
} from './adjudication';
import type { ClaimEntity } from './claim.entity';
import { claimSnapshot, ClaimWritesRepository } from './claim-writes.repository';

/**
 * The claim workflow (docs/architecture.md): ENTERED → CHECKED → UNDER_REVIEW →
 * APPROVED / PARTIALLY_APPROVED / REJECTED → PAID, and prior authorisations
 * REQUESTED → GRANTED / REFUSED. Every mutation validates before writing,
 * runs in a savepoint of the request transaction (ctx.db.write), writes one
 * audit record per state change there, and changes a row only at the
 * version the caller saw (CONFLICT otherwise).
 */

/** A granted authorisation counts for a hospitalisation planned up to this many days before care started. */
export const AUTHORISATION_LEAD_DAYS = 30;
/** Reasons and the medical advisor's notes: free text, bounded. */
const MAX_NOTE_LENGTH = 2000;

/**
 * Care types bought from providers outside the provider file: pharmacies are
 * not listed, so a PHARMACY claim names the prescribing provider, whatever
 * it offers. Every other claim names a provider that offers its care type.
 */
export const PROVIDER_FREE_CARE_TYPES: ReadonlySet<string> = new Set(['PHARMACY']);

function requireMutualAgent(caller: Caller): string {
  if (caller.role !== 'MUTUAL_AGENT' || caller.region === null) throw new ForbiddenError('Only a mutual agent can do this.');
  return caller.region;
}

function requireMedicalAdvisor(caller: Caller): void {
  if (caller.role !== 'MEDICAL_ADVISOR') throw new ForbiddenError('Only a medical advisor can do this.');
}

/** The beneficiary must exist (BAD_USER_INPUT) and belong to the agent's region (FORBIDDEN). */
async function beneficiaryInRegion(context: MutualContext, beneficiaryId: string, region: string): Promise<void> {
  const scope = await context.loaders.person.load(beneficiaryId);
  if (scope === null) throw new BadUserInputError('beneficiaryId', `No beneficiary ${beneficiaryId} in the Mutual's file.`);
  if (scope.regionCode !== region) throw new ForbiddenError('This beneficiary is affiliated to another region.');
}

/** The claim exists and its handling region is the agent's: NOT_FOUND or FORBIDDEN otherwise. */
async function requireHandledIn(context: MutualContext, id: string, region: string): Promise<void> {
  const scope = await context.loaders.claimScope.load(id);
  if (scope === null) throw new NotFoundError('Claim', id);
  if (scope.handlingRegionCode !== region) throw new ForbiddenError('This claim is handled by another region.');
}


/** The automatic checks of a claim filed on `filedOn`; `self`, when the claim is already stored, is not its own duplicate. */
async function automaticCheck(repository: ClaimWritesRepository, submission: ClaimSubmission, filedOn: string, self: string | null = null): Promise<RejectionCode | null> {
  const facts = await repository.beneficiaryFacts(submission.beneficiaryId);
  const coverage = facts ? coverageOn(facts, await repository.coveragePeriods(submission.beneficiaryId), submission.careStartDate) : { covered: false as const };
  if (!coverage.covered) return 'NOT_COVERED';
  if (isLateFiling(submission.careEndDate, filedOn, filingDeadlineMonths())) return 'LATE_FILING';
  const tariffs = await repository.tariffs([...new Set(submission.lines.map((line) => line.actCode))]);
  const known = new Map(tariffs.map((row) => [row.actCode, row]));
  if (submission.lines.some((line) => known.get(line.actCode)?.careType !== submission.careType)) return 'ACT_NOT_IN_TARIFF';
  // A claim without a provider (the demonstration's pharmacy claims) has no duplicates to compare with.
  const sameCare = submission.providerId
    ? await repository.sameCareClaims(submission.beneficiaryId, submission.providerId, submission.careStartDate, submission.careEndDate)
    : [];
  if (sameCare.some((other) => other.id !== self && sameActs(other.lines, submission.lines))) return 'DUPLICATE';
  const rule = await repository.planRule(coverage.planId, submission.careType);
  if (rule === null) return 'NOT_COVERED';
  const consumed = await repository.consumed(submission.beneficiaryId, ceilingYear(submission.careStartDate), submission.careType, null);
  if (consumed >= rule.yearlyCeiling) return 'CEILING_REACHED';
  return null;
}

async function reject(manager: EntityManager, caller: Caller, claim: ClaimEntity, code: RejectionCode, note: string | null, action: string): Promise<void> {
  await updateVersioned(manager, 'claim', claim.id, claim.version, "status = 'REJECTED', rejection_code = $3, decided_at = now(), amount_approved = 0, decision_note = $4", [
    code,
    note,
  ]);
  await manager.query('UPDATE claim_line SET amount_approved = 0 WHERE claim_id = $1', [claim.id]);
  await audit(manager, caller, claim, action, { ...claimSnapshot(claim), status: 'REJECTED', rejectionCode: code, amountApproved: '0', version: claim.version + 1 });
}

function audit(manager: EntityManager, caller: Caller, claim: ClaimEntity, action: string, after: Record<string, unknown>, before: unknown = claimSnapshot(claim)): Promise<void> {
  return writeAudit(manager, caller, { entity: 'claim', entityId: claim.id, regionCode: claim.handlingRegionCode, action, before, after });
}

async function reload(context: MutualContext, id: string): Promise<ClaimEntity> {
  context.loaders.claim.clear(id);
  context.loaders.claimLines.clear(id);
  const claim = await new ClaimWritesRepository(await context.db.manager()).claim(id);
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
    lines: input.lines.map((line) => ({ actCode: line.actCode, quantity: line.quantity, unitPrice: BigInt(line.unitPrice) })),
  };
  const today = todayUtc();
  validateSubmission(submission, today);
  await beneficiaryInRegion(context, submission.beneficiaryId, region);
  const { id } = await context.db.write(async (manager) => {
    const repository = new ClaimWritesRepository(manager);
    const careTypes = await repository.providerCareTypes(submission.providerId);
    if (careTypes === null) throw new BadUserInputError('providerId', `No provider ${submission.providerId}.`);
    if (!PROVIDER_FREE_CARE_TYPES.has(submission.careType) && !careTypes.includes(submission.careType)) {
      throw new BadUserInputError('providerId', `Provider ${submission.providerId} does not offer ${submission.careType}.`);
    }
    return oncePerKey(manager, context.caller, 'submitClaim', input.idempotencyKey, submission, async () => {
      // One submission at a time per beneficiary, so two copies of a claim cannot both pass the duplicate check.
      await repository.lock(`claim-submission:${submission.beneficiaryId}`);
      const rejection = await automaticCheck(repository, submission, today);
      const amountClaimed = submission.lines.reduce((sum, line) => sum + line.unitPrice * BigInt(line.quantity), 0n);
      const claimId = await repository.insertClaim({ ...submission, handlingRegionCode: region, amountClaimed });
      const entered = (await repository.claim(claimId))!;
      await audit(manager, context.caller, entered, 'SUBMIT', claimSnapshot(entered), null);
      if (rejection) {
        await reject(manager, context.caller, entered, rejection, null, 'AUTOMATIC_CHECK');
      } else {
        await updateVersioned(manager, 'claim', claimId, entered.version, "status = 'CHECKED'");
        await audit(manager, context.caller, entered, 'AUTOMATIC_CHECK', { ...claimSnapshot(entered), status: 'CHECKED', version: entered.version + 1 });
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
    const repository = new ClaimWritesRepository(manager);
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
      lines: lines.map((line) => ({ actCode: line.actCode, quantity: line.quantity, unitPrice: BigInt(line.unitPrice) })),
    };
    const rejection = await automaticCheck(repository, submission, claim.submittedAt.toISOString().slice(0, 10), claim.id);
    if (rejection) {
      await reject(manager, context.caller, claim, rejection, null, 'AUTOMATIC_CHECK');
    } else {
      await updateVersioned(manager, 'claim', id, version, "status = 'CHECKED'");
      await audit(manager, context.caller, claim, 'AUTOMATIC_CHECK', { ...claimSnapshot(claim), status: 'CHECKED', version: version + 1 });
    }
  });
  return reload(context, id);
}

/** Reads the claim for a change at `version`: NOT_FOUND, or CONFLICT when it moved on or is not in a state that allows the change. */
async function claimAt(repository: ClaimWritesRepository, id: string, version: number, allowed: readonly string[]): Promise<ClaimEntity> {
  const claim = await repository.claim(id);
  if (!claim) throw new NotFoundError('Claim', id);
  if (claim.version !== version) throw new ConflictError('This claim was changed by someone else; reload it and try again.');
  if (!allowed.includes(claim.status)) throw new ConflictError(`This claim is ${claim.status}; it must be ${allowed.join(' or ')}.`);
  return claim;
}

export async function reviewClaim(context: MutualContext, id: string, version: number): Promise<ClaimEntity> {
  requireMedicalAdvisor(context.caller);
  await context.db.write(async (manager) => {
    const claim = await claimAt(new ClaimWritesRepository(manager), id, version, ['CHECKED']);
    await updateVersioned(manager, 'claim', id, version, "status = 'UNDER_REVIEW'");
    await audit(manager, context.caller, claim, 'REVIEW', { ...claimSnapshot(claim), status: 'UNDER_REVIEW', version: version + 1 });
  });
  return reload(context, id);
}

export async function decideClaim(context: MutualContext, args: MutationDecideClaimArgs): Promise<ClaimEntity> {
  requireMedicalAdvisor(context.caller);
  const decision: ClaimDecision = args.decision;
  const note = optionalText('note', args.note, MAX_NOTE_LENGTH);
  if (decision === 'APPROVE' && args.rejectionCode) throw new BadUserInputError('rejectionCode', 'An approval has no rejection code.');
  await context.db.write(async (manager) => {
    const repository = new ClaimWritesRepository(manager);
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
      !(await repository.hasGrantedAuthorisation(claim.beneficiaryId, addDays(claim.careStartDate, -AUTHORISATION_LEAD_DAYS), claim.careEndDate))
    ) {
      throw new DomainError('A hospitalisation is approved only with a GRANTED prior authorisation; reject it with PRIOR_AUTHORISATION_MISSING instead.', 'CONFLICT', {
        reason: 'PRIOR_AUTHORISATION_MISSING',
      });
    }
    const facts = await repository.beneficiaryFacts(claim.beneficiaryId);
    const coverage = facts ? coverageOn(facts, await repository.coveragePeriods(claim.beneficiaryId), claim.careStartDate) : { covered: false as const };
    const rule = coverage.covered ? await repository.planRule(coverage.planId, claim.careType) : null;
    if (rule === null) {
      await reject(manager, context.caller, claim, 'NOT_COVERED', note, 'DECIDE');
      return;
    }
    const lines = await repository.lines([claim.id]);
    const tariffs = new Map((await repository.tariffs(lines.map((line) => line.actCode))).map((row) => [row.actCode, BigInt(row.tariff)]));
    const rate = rateBasisPoints(rule.rate);
    const due = lines.map((line) => lineReimbursable(BigInt(line.unitPrice), line.quantity, tariffs.get(line.actCode) ?? 0n, rate));
    const remaining = rule.yearlyCeiling - (await repository.consumed(claim.beneficiaryId, year, claim.careType, claim.id));
    const granted = capToCeiling(due, remaining);
    if (granted.total === 0n && due.some((amount) => amount > 0n)) {
      await reject(manager, context.caller, claim, 'CEILING_REACHED', note, 'DECIDE');
      return;
    }
    const status = granted.capped ? 'PARTIALLY_APPROVED' : 'APPROVED';
    await updateVersioned(manager, 'claim', claim.id, claim.version, 'status = $3, decided_at = now(), amount_approved = $4, decision_note = $5', [
      status,
      granted.total.toString(),
      note,
    ]);
    await repository.setLineAmounts(
      lines.map((line) => line.id),
      granted.lines,
    );
    await audit(manager, context.caller, claim, 'DECIDE', { ...claimSnapshot(claim), status, amountApproved: granted.total.toString(), version: claim.version + 1 });
  });
  return reload(context, args.id);
}

export async function recordClaimPayment(context: MutualContext, id: string, version: number): Promise<ClaimEntity> {
  const region = requireMutualAgent(context.caller);
  await context.db.write(async (manager) => {
    const repository = new ClaimWritesRepository(manager);
    await requireHandledIn(context, id, region);
    const claim = await claimAt(repository, id, version, ['APPROVED', 'PARTIALLY_APPROVED']);
    await updateVersioned(manager, 'claim', id, version, "status = 'PAID', paid_at = now()");
    await audit(manager, context.caller, claim, 'PAY', { ...claimSnapshot(claim), status: 'PAID', version: version + 1 });
  });
  return reload(context, id);
}

function authorisationSnapshot(model: PriorAuthorisationModel): Record<string, unknown> {
  return { status: model.status, plannedDate: model.plannedDate, providerId: model.providerId, version: model.version };
}

export async function requestPriorAuthorisation(
  context: MutualContext,
  args: { beneficiaryId: string; providerId: string; plannedDate: string; reason: string; idempotencyKey: string },
): Promise<PriorAuthorisationModel> {
  const region = requireMutualAgent(context.caller);
  const reason = requiredText('reason', args.reason, MAX_NOTE_LENGTH);
  const today = todayUtc();
  if (args.plannedDate < addDays(today, -365) || args.plannedDate > addDays(today, 365)) {
    throw new BadUserInputError('plannedDate', 'The planned date is within a year from today, before or after.');
  }
  await beneficiaryInRegion(context, args.beneficiaryId, region);
  const { id } = await context.db.write(async (manager) => {
    const repository = new ClaimWritesRepository(manager);
    if (!(await repository.providerExists(args.providerId))) throw new BadUserInputError('providerId', `No provider ${args.providerId}.`);
    const request = { beneficiaryId: args.beneficiaryId, providerId: args.providerId, plannedDate: args.plannedDate, reason };
    return oncePerKey(manager, context.caller, 'requestPriorAuthorisation', args.idempotencyKey, request, async () => {
      const created = await repository.insertPriorAuthorisation({ ...request, regionCode: region });
      const model = (await repository.priorAuthorisation(created))!;
      await writeAudit(manager, context.caller, {
        entity: 'prior_authorisation',
        entityId: created,
        regionCode: region,
        action: 'REQUEST',
        before: null,
        after: authorisationSnapshot(model),
      });
      return { id: created };
    });
  });
  return (await new ClaimWritesRepository(await context.db.manager()).priorAuthorisation(id))!;
}

export async function decidePriorAuthorisation(
  context: MutualContext,
  args: { id: string; version: number; grant: boolean; note?: string | null },
): Promise<PriorAuthorisationModel> {
  requireMedicalAdvisor(context.caller);
  const note = optionalText('note', args.note, MAX_NOTE_LENGTH);
  return context.db.write(async (manager) => {
    const repository = new ClaimWritesRepository(manager);
    const current = await repository.priorAuthorisation(args.id);
    if (!current) throw new NotFoundError('Prior authorisation', args.id);
    if (current.version !== args.version) throw new ConflictError('This prior authorisation was changed by someone else; reload it and try again.');
    if (current.status !== 'REQUESTED') throw new ConflictError(`This prior authorisation is already ${current.status}.`);
    const status = args.grant ? 'GRANTED' : 'REFUSED';
    await updateVersioned(manager, 'prior_authorisation', args.id, args.version, 'status = $3, decided_at = now(), decision_note = $4', [status, note]);
    const after = (await repository.priorAuthorisation(args.id))!;
    await writeAudit(manager, context.caller, {
      entity: 'prior_authorisation',
      entityId: args.id,
      regionCode: current.regionCode,
      action: 'DECIDE',
      before: authorisationSnapshot(current),
      after: authorisationSnapshot(after),
    });
    return after;
  });
}
