import type { ClaimStatus } from '../generated/schema-types';
import type { RegionHealthModel } from './region.model';
import type { RegionClaimFigures, RegionStatusCount } from './regions.repository';

/** Pure rules of the region's health figures (no database, no caller): unit-tested on their own. */

/** Every claim status, in workflow order. */
export const CLAIM_STATUSES: readonly ClaimStatus[] = [
  'ENTERED',
  'CHECKED',
  'UNDER_REVIEW',
  'APPROVED',
  'PARTIALLY_APPROVED',
  'REJECTED',
  'PAID',
];

/**
 * One region's claim figures from the batched aggregates. A region with no
 * claims gets zeros, and nulls where an average of nothing would be
 * meaningless.
 */
export function composeRegionHealth(
  regionCode: string,
  year: number,
  figures: RegionClaimFigures | undefined,
  statusCounts: readonly RegionStatusCount[],
): RegionHealthModel {
  const decided = figures?.decided ?? 0;
  const counts = new Map(statusCounts.map((entry) => [entry.status, entry.count]));
  return {
    regionCode,
    year,
    pendingClaims: figures?.pending ?? 0,
    claimsThisYear: figures?.submitted ?? 0,
    reimbursedThisYear: BigInt(figures?.reimbursed ?? '0'),
    averageProcessingDays: decided > 0 ? (figures?.averageProcessingDays ?? null) : null,
    decidedWithin15Days: decided > 0 && figures ? figures.decidedWithin15Days / decided : null,
    claimsByStatus: CLAIM_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
  };
}
