import { DomainError, formatMoney, waitingSince } from '@dsp/common';
import type { ApplicationQueueKind, ApplicationStatus } from '../generated/schema-types';
import { remainingBudget as budgetLeft, remainingQuota as quotaLeft } from '../programmes/allocation.rules';
import { APPLICATION_STATUSES } from './application.entity';
import type { ApplicationRow } from './applications.repository';

/** QUOTA_EXHAUSTED when one more approval of `amount` would exceed the allocation's quota or budget (or there is none). */
export function quotaRefusal(
  room: { allocated: bigint; quota: number; committed: bigint; approved: number } | null,
  amount: bigint,
): DomainError | null {
  if (!room)
    return new DomainError(
      'The region has no budget for this campaign; the application stays as it is.',
      'QUOTA_EXHAUSTED',
      { remainingBudget: '0.00', remainingQuota: 0 },
    );
  const remainingQuota = quotaLeft(room.quota, room.approved);
  const remainingBudget = budgetLeft(room.allocated, room.committed);
  if (remainingQuota >= 1 && remainingBudget >= amount) return null;
  const what =
    remainingQuota < 1
      ? `its quota of ${room.quota} approvals is used`
      : 'its remaining budget does not cover the benefit';
  return new DomainError(
    `The region's allocation is exhausted: ${what}; the application stays as it is.`,
    'QUOTA_EXHAUSTED',
    {
      remainingQuota: Math.max(remainingQuota, 0),
      remainingBudget: formatMoney(remainingBudget < 0n ? 0n : remainingBudget),
    },
  );
}

/** What the audit trail keeps of an application. */
export function applicationSnapshot(row: ApplicationRow): Record<string, unknown> {
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
    decisionReasonCode: row.decision_reason_code,
    decisionReason: row.decision_reason,
    version: row.version,
  };
}

/** The statuses each work queue holds. */
export const QUEUE_STATUSES: Record<ApplicationQueueKind, readonly ApplicationStatus[]> = {
  TO_REVIEW: ['SUBMITTED'],
  TO_DECIDE: ['UNDER_REVIEW', 'WAITLISTED'],
  TO_PAY: ['APPROVED'],
  ALL: APPLICATION_STATUSES,
};

/**
 * Applications still waiting for a decision: the attention list counts those
 * waiting past the decision target, and a queue filtered on waiting time
 * lists only these.
 */
export const WAITING_FOR_DECISION: readonly ApplicationStatus[] = ['SUBMITTED', 'UNDER_REVIEW'];

/** Whether an application waits for a decision past the decision target, as the attention list counts it. */
export function isOverdue(
  application: { status: ApplicationStatus; submittedAt: Date },
  targetDays: number,
  now: Date,
): boolean {
  return WAITING_FOR_DECISION.includes(application.status) && application.submittedAt < waitingSince(now, targetDays);
}

/**
 * The statuses a queue page lists: the queue's, narrowed to those asked for
 * (null: every one of the queue's), and to those still waiting for a
 * decision when the queue is filtered on waiting time.
 */
export function queueStatuses(
  queue: ApplicationQueueKind,
  asked: readonly ApplicationStatus[] | null,
  waitingOnly = false,
): ApplicationStatus[] {
  return QUEUE_STATUSES[queue].filter(
    (status) => (!asked || asked.includes(status)) && (!waitingOnly || WAITING_FOR_DECISION.includes(status)),
  );
}
