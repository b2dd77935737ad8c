import type { ClaimStatus } from '../generated/schema-types';

/** A region as this subgraph knows it: only its code (the foundation owns the rest). */
export interface RegionModel {
  code: string;
}

/**
 * A region's health figures from the claim summary; the figures that need
 * the beneficiary file or the providers (beneficiaryCount,
 * reimbursementPerBeneficiary, providers) are resolved only when asked for,
 * so the dashboard's claim figures never wait on a count of the file.
 */
export interface RegionHealthModel {
  regionCode: string;
  year: number;
  pendingClaims: number;
  claimsThisYear: number;
  reimbursedThisYear: bigint;
  averageProcessingDays: number | null;
  decidedWithin15Days: number | null;
  claimsByStatus: Array<{ status: ClaimStatus; count: number }>;
}
