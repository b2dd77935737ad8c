import { BadUserInputError, currentUtcYear, isRegionCode } from '@dsp/common';
import { maySeeFacilities, maySeeRegionHealth, requireAccess } from '../access';
import type { ClaimStatus } from '../generated/graphql';
import type { MutualContext } from '../context';
import type { ProviderEntity } from '../providers/provider.entity';
import type { RegionHealthModel, RegionModel } from './region.model';
import type { RegionClaimFigures, RegionStatusCount } from './regions.repository';

const CLAIM_STATUSES: readonly ClaimStatus[] = ['ENTERED', 'CHECKED', 'UNDER_REVIEW', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'PAID'];

/** The seventeen regions exist in this subgraph whatever its data; any other code names nothing. */
export function resolveRegion(code: string): RegionModel | null {
  return isRegionCode(code) ? { code } : null;
}

/** Years the Mutual can hold claims for; anything else is a typo, not an empty year. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** National roles everywhere, the mutual's regional roles in their own region; FORBIDDEN otherwise. */
export function regionHealth(context: MutualContext, region: RegionModel, year: number | null): Promise<RegionHealthModel> {
  requireAccess(context, maySeeRegionHealth(context.caller, region.code));
  const wanted = year ?? currentUtcYear();
  if (!Number.isInteger(wanted) || wanted < FIRST_YEAR || wanted > LAST_YEAR) {
    throw new BadUserInputError('year', `year must be between ${FIRST_YEAR} and ${LAST_YEAR}; got ${wanted}.`);
  }
  return context.loaders.regionHealth.load({ code: region.code, year: wanted });
}

export function regionFacilities(context: MutualContext, region: RegionModel): Promise<ProviderEntity[]> {
  requireAccess(context, maySeeFacilities(context.caller));
  return context.loaders.regionFacilities.load(region.code);
}

/** Rounds half up: amounts per beneficiary are shown to the centime. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) return 0n;
  return (2n * numerator + denominator) / (2n * denominator);
}

/**
 * One region's claim figures from the batched aggregates. A region with no
 * claims gets zeros, and nulls where an average of nothing would be
 * meaningless.
 */
export function composeRegionHealth(regionCode: string, year: number, figures: RegionClaimFigures | undefined, statusCounts: readonly RegionStatusCount[]): RegionHealthModel {
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

/** Beneficiaries affiliated to the region and covered today (the health figures were allowed before this is asked). */
export function regionBeneficiaryCount(context: MutualContext, health: RegionHealthModel): Promise<number> {
  return context.loaders.regionBeneficiaries.load(health.regionCode);
}

export async function regionReimbursementPerBeneficiary(context: MutualContext, health: RegionHealthModel): Promise<bigint> {
  return divideRounded(health.reimbursedThisYear, BigInt(await regionBeneficiaryCount(context, health)));
}

export function regionProviderCount(context: MutualContext, health: RegionHealthModel): Promise<number> {
  return context.loaders.regionProviders.load(health.regionCode);
}
