import { checkYear, currentUtcYear, divideRounded, isRegionCode } from '@dsp/common';
import { maySeeFacilities, maySeeRegionHealth, requireAccess } from '../access';
import type { MutualContext } from '../context';
import type { ProviderEntity } from '../providers/provider.entity';
import type { RegionHealthModel, RegionModel } from './region.model';

/** The seventeen regions exist in this subgraph whatever its data; any other code names nothing. */
export function resolveRegion(code: string): RegionModel | null {
  return isRegionCode(code) ? { code } : null;
}

/** National roles everywhere, the mutual's regional roles in their own region; FORBIDDEN otherwise. */
export function regionHealth(
  context: MutualContext,
  region: RegionModel,
  year: number | null,
): Promise<RegionHealthModel> {
  requireAccess(context, maySeeRegionHealth(context.caller, region.code));
  const wanted = checkYear('year', year ?? currentUtcYear());
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

export async function regionReimbursementPerBeneficiary(
  context: MutualContext,
  health: RegionHealthModel,
): Promise<bigint> {
  return divideRounded(health.reimbursedThisYear, BigInt(await regionBeneficiaryCount(context, health)));
}

export function regionProviderCount(context: MutualContext, health: RegionHealthModel): Promise<number> {
  return context.loaders.regionProviders.load(health.regionCode);
}
