import type { Caller } from '@dsp/common';
import type { ClaimQueueStage, ClaimStatus } from '../generated/schema-types';

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
