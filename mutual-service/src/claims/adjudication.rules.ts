import { BadUserInputError, StartupError } from '@dsp/common';
import type { CareType, ClaimStatus, RejectionCode } from '../generated/schema-types';
import { rateOf } from '../plans/plans.rules';

/**
 * The claim rules as pure functions: input validation, the automatic checks'
 * pieces (late filing, duplicates) and the reimbursement arithmetic. Amounts
 * are bigint centimes throughout; rates are basis points (8000 = 80%).
 */

/**
 * Claims must be filed within this many months after the end of care, or
 * they are REJECTED with LATE_FILING. Two years by default;
 * MUTUAL_CLAIM_FILING_DEADLINE_MONTHS changes it.
 */
export const DEFAULT_FILING_DEADLINE_MONTHS = 24;

export function filingDeadlineMonths(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MUTUAL_CLAIM_FILING_DEADLINE_MONTHS;
  if (raw === undefined || raw === '') return DEFAULT_FILING_DEADLINE_MONTHS;
  const months = Number(raw);
  if (!Number.isInteger(months) || months < 1 || months > 120) {
    throw new StartupError(
      `MUTUAL_CLAIM_FILING_DEADLINE_MONTHS must be a whole number of months between 1 and 120; got "${raw}".`,
    );
  }
  return months;
}

/** The last day a claim for care ending on `careEndDate` may be filed. */
export function filingDeadline(careEndDate: string, months: number): string {
  const [year, month, dayOfMonth] = careEndDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(dayOfMonth, lastDay));
  return target.toISOString().slice(0, 10);
}

export function isLateFiling(careEndDate: string, filedOn: string, months: number): boolean {
  return filedOn > filingDeadline(careEndDate, months);
}

/** "0.8000" → 8000n. */
export function rateBasisPoints(rate: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,4})\d*)?$/.exec(rate.trim());
  if (!match) throw new Error(`Not a rate: ${rate}`);
  return BigInt(match[1]) * 10_000n + BigInt((match[2] ?? '').padEnd(4, '0'));
}

/** What one line reimburses before any ceiling: the tariff (or the price, if lower) times the quantity times the rate, rounded down. */
export function lineReimbursable(unitPrice: bigint, quantity: number, tariff: bigint, rate: bigint): bigint {
  const base = unitPrice < tariff ? unitPrice : tariff;
  return (base * BigInt(quantity) * rate) / 10_000n;
}

/** What each line reimburses before any ceiling, from the tariffs of its acts (an act without one reimburses nothing). */
export function linesReimbursable(
  lines: readonly { actCode: string; unitPrice: string; quantity: number }[],
  tariffs: readonly { actCode: string; tariff: string }[],
  rate: string,
): bigint[] {
  const tariffOf = new Map(tariffs.map((row) => [row.actCode, BigInt(row.tariff)]));
  const basisPoints = rateBasisPoints(rate);
  return lines.map((line) =>
    lineReimbursable(BigInt(line.unitPrice), line.quantity, tariffOf.get(line.actCode) ?? 0n, basisPoints),
  );
}

export interface CappedAmounts {
  lines: bigint[];
  total: bigint;
  /** Less than the lines reimburse on their own: the ceiling cut it. */
  capped: boolean;
}

/** Caps the lines' amounts to what remains of the ceiling, filling lines in order. */
export function capToCeiling(lineAmounts: readonly bigint[], remaining: bigint): CappedAmounts {
  let left = remaining > 0n ? remaining : 0n;
  let capped = false;
  const lines = lineAmounts.map((amount) => {
    const granted = amount <= left ? amount : left;
    if (granted < amount) capped = true;
    left -= granted;
    return granted;
  });
  return { lines, total: lines.reduce((sum, amount) => sum + amount, 0n), capped };
}

/** What a yearly ceiling leaves once `used` was approved of it: never below 0. */
function leftOf(yearlyCeiling: bigint, used: bigint): bigint {
  return used < yearlyCeiling ? yearlyCeiling - used : 0n;
}

/** What approving a claim grants: decideClaim records it, and the advisor reads it beforehand (Claim.estimate). */
export interface Approval {
  /** The lines at the plan's rate on the tariff, before the ceiling. */
  reimbursable: bigint;
  /** What the ceiling of the claim's care type and year leaves before this claim (never below 0). */
  ceilingLeft: bigint;
  /** Each line's amount once capped, and their total. */
  granted: CappedAmounts;
  /** APPROVED, PARTIALLY_APPROVED (capped by the ceiling), or CEILING_REACHED (nothing left for care that costs something). */
  outcome: 'APPROVED' | 'PARTIALLY_APPROVED' | 'CEILING_REACHED';
}

/** The approval of a claim's lines under a plan's rule, when `consumed` was already approved of its ceiling. */
export function approvalOf(
  lines: readonly { actCode: string; unitPrice: string; quantity: number }[],
  tariffs: readonly { actCode: string; tariff: string }[],
  rule: { rate: string; yearlyCeiling: bigint },
  consumed: bigint,
): Approval {
  const due = linesReimbursable(lines, tariffs, rule.rate);
  const left = leftOf(rule.yearlyCeiling, consumed);
  const granted = capToCeiling(due, left);
  const outcome =
    granted.total === 0n && due.some((amount) => amount > 0n)
      ? 'CEILING_REACHED'
      : granted.capped
        ? 'PARTIALLY_APPROVED'
        : 'APPROVED';
  return {
    reimbursable: due.reduce((sum, amount) => sum + amount, 0n),
    ceilingLeft: left,
    granted,
    outcome,
  };
}

/**
 * One care type of a plan for one person and year: its ceiling, what was
 * approved, what is left (never below 0), and what the claims not decided
 * yet ask for (not taken from what is left until decided).
 */
export interface CeilingLeft {
  careType: CareType;
  rate: number;
  yearlyCeiling: bigint;
  approved: bigint;
  remaining: bigint;
  inProgress: bigint;
  claimsInProgress: number;
}

/**
 * What each of the plan's rules leaves a person for the year, in the rules'
 * order: a ceiling less the approved amounts of its care type, beside what
 * is still being examined (a care type the plan does not cover has no rule,
 * and no line here).
 */
export function ceilingsLeft(
  rules: readonly { careType: CareType; rate: string; yearlyCeiling: string }[],
  use: readonly { careType: CareType; approved: bigint; inProgress: bigint; claimsInProgress: number }[],
): CeilingLeft[] {
  return rules.map((rule) => {
    const yearlyCeiling = BigInt(rule.yearlyCeiling);
    const row = use.find((candidate) => candidate.careType === rule.careType);
    const approved = row?.approved ?? 0n;
    return {
      careType: rule.careType,
      rate: rateOf(rule),
      yearlyCeiling,
      approved,
      remaining: leftOf(yearlyCeiling, approved),
      inProgress: row?.inProgress ?? 0n,
      claimsInProgress: row?.claimsInProgress ?? 0,
    };
  });
}

/** The calendar year whose ceiling a claim consumes: the year care started. */
export function ceilingYear(careStartDate: string): number {
  return Number(careStartDate.slice(0, 4));
}

export interface ActLine {
  actCode: string;
  quantity: number;
  unitPrice: bigint | string;
}

const lineKey = (line: ActLine): string => `${line.actCode}|${line.quantity}|${BigInt(line.unitPrice).toString()}`;

/** The same acts, quantities and prices, in any order. */
export function sameActs(a: readonly ActLine[], b: readonly ActLine[]): boolean {
  if (a.length !== b.length) return false;
  const left = a.map(lineKey).sort();
  const right = b.map(lineKey).sort();
  return left.every((key, i) => key === right[i]);
}

export interface ClaimSubmission {
  beneficiaryId: string;
  providerId: string;
  careType: CareType;
  careStartDate: string;
  careEndDate: string;
  diagnosisCodes: readonly string[];
  lines: ReadonlyArray<{ actCode: string; quantity: number; unitPrice: bigint }>;
}

const ICD10 = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/;
const ACT_CODE = /^[A-Z0-9]{1,12}$/;
export const MAX_LINES = 50;
/** One line above a million dirhams is a typing error, not a care act. */
const MAX_UNIT_PRICE = 100_000_000n;
const MAX_QUANTITY = 1000;

/**
 * Refuses a submission that cannot be a claim (BAD_USER_INPUT naming the
 * field), before anything is written. An unknown act code is not an input
 * error: the claim is kept and rejected with ACT_NOT_IN_TARIFF.
 */
export function validateSubmission(input: ClaimSubmission, today: string): void {
  if (input.beneficiaryId.trim() === '') throw new BadUserInputError('beneficiaryId', 'beneficiaryId is required.');
  if (input.careEndDate < input.careStartDate)
    throw new BadUserInputError('careEndDate', 'Care cannot end before it starts.');
  if (input.careStartDate > today)
    throw new BadUserInputError('careStartDate', 'Care in the future cannot be claimed.');
  if (input.careEndDate > today) throw new BadUserInputError('careEndDate', 'Care in the future cannot be claimed.');
  if (input.diagnosisCodes.length > 10) throw new BadUserInputError('diagnosisCodes', 'At most 10 diagnosis codes.');
  input.diagnosisCodes.forEach((code, i) => {
    if (!ICD10.test(code))
      throw new BadUserInputError(`diagnosisCodes.${i}`, `"${code}" is not an ICD-10 code such as "J06.9".`);
  });
  if (input.lines.length === 0) throw new BadUserInputError('lines', 'A claim has at least one line.');
  if (input.lines.length > MAX_LINES) throw new BadUserInputError('lines', `A claim has at most ${MAX_LINES} lines.`);
  input.lines.forEach((line, i) => {
    if (!ACT_CODE.test(line.actCode))
      throw new BadUserInputError(`lines.${i}.actCode`, 'An act code is 1 to 12 capital letters or digits.');
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_QUANTITY) {
      throw new BadUserInputError(`lines.${i}.quantity`, `The quantity is a whole number from 1 to ${MAX_QUANTITY}.`);
    }
    if (line.unitPrice <= 0n) throw new BadUserInputError(`lines.${i}.unitPrice`, 'The unit price is more than zero.');
    if (line.unitPrice > MAX_UNIT_PRICE)
      throw new BadUserInputError(`lines.${i}.unitPrice`, 'The unit price is at most 1000000.00.');
  });
}

/** A granted authorisation counts for a hospitalisation planned up to this many days before care started. */
export const AUTHORISATION_LEAD_DAYS = 30;
/** Reasons and the medical advisor's notes: free text, bounded. */
export const MAX_NOTE_LENGTH = 2000;

/**
 * Care types bought from providers outside the provider file: pharmacies are
 * not listed, so a PHARMACY claim names the prescribing provider, whatever
 * it offers. Every other claim names a provider that offers its care type.
 */
export const PROVIDER_FREE_CARE_TYPES: ReadonlySet<string> = new Set(['PHARMACY']);

/** Whether a provider offering `careTypes` may be named on a claim of `careType`. */
export function providerMayBill(careTypes: readonly string[], careType: CareType): boolean {
  return PROVIDER_FREE_CARE_TYPES.has(careType) || careTypes.includes(careType);
}

/** What the lines claim in all: price times quantity, summed. */
export function amountClaimed(lines: ClaimSubmission['lines']): bigint {
  return lines.reduce((sum, line) => sum + line.unitPrice * BigInt(line.quantity), 0n);
}

/** What the audit keeps of a claim: its state, never its diagnoses. */
export function claimSnapshot(claim: {
  status: ClaimStatus;
  rejectionCode: RejectionCode | null;
  amountClaimed: string | bigint;
  amountApproved: string | bigint | null;
  version: number;
}): Record<string, unknown> {
  return {
    status: claim.status,
    rejectionCode: claim.rejectionCode,
    amountClaimed: String(claim.amountClaimed),
    amountApproved: claim.amountApproved === null ? null : String(claim.amountApproved),
    version: claim.version,
  };
}
