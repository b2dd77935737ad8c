import { BadUserInputError, currentUtcYear, divideRounded, isRegionCode } from '@dsp/common';
import { maySeeFacilities, maySeeRegionHealth, requireAccess } from '../access';
import type { MutualContext } from '../context';
import type { ProviderEntity } from '../providers/provider.entity';
import type { RegionHealthModel, RegionModel } from './region.model';


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
