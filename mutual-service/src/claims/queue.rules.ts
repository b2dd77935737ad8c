import { waitingSince, type Caller } from '@dsp/common';
import type { ClaimQueueStage, ClaimStatus } from '../generated/schema-types';
import { CLAIM_STATUSES } from '../regions/region-health.rules';

/** The statuses each work queue holds. */
export const QUEUE_STATUSES: Record<ClaimQueueStage, readonly ClaimStatus[]> = {
  AWAITING_CHECK: ['ENTERED'],
  AWAITING_REVIEW: ['CHECKED', 'UNDER_REVIEW'],
  AWAITING_PAYMENT: ['APPROVED', 'PARTIALLY_APPROVED'],
};

/** The region a queue reads: the one asked for, else a regional role's own, else every region (null). */
export function queueRegion(caller: Caller, asked: string | null): string | null {
  return asked ?? (caller.role === 'REGIONAL_HEAD' || caller.role === 'MUTUAL_AGENT' ? caller.region : null);
}

/**
 * Claims still waiting for a decision: the attention list counts those
 * waiting past the service target, and a queue filtered on waiting time
 * lists only these.
 */
export const WAITING_FOR_DECISION: readonly ClaimStatus[] = ['ENTERED', 'CHECKED', 'UNDER_REVIEW'];

/** Whether a claim waits for a decision past the service target, as the attention list counts it. */
export function isOverdue(claim: { status: ClaimStatus; submittedAt: Date }, targetDays: number, now: Date): boolean {
  return WAITING_FOR_DECISION.includes(claim.status) && claim.submittedAt < waitingSince(now, targetDays);
}

/**
 * The statuses a queue page lists: a stage's (only those also in `asked`
 * when both are given), else `asked`, else every status (the drill-down from
 * a month's figure to its claims); only those still waiting for a decision
 * when the queue is filtered on waiting time.
 */
export function queueStatuses(
  stage: ClaimQueueStage | null,
  asked: readonly ClaimStatus[] | null,
  waitingOnly = false,
): readonly ClaimStatus[] {
  const statuses = stage === null ? CLAIM_STATUSES : QUEUE_STATUSES[stage];
  return statuses.filter(
    (status) => (asked === null || asked.includes(status)) && (!waitingOnly || WAITING_FOR_DECISION.includes(status)),
  );
}
