import type { MutualContext } from '../context';
import type { ProviderEntity } from '../providers/provider.entity';
import type { RegionModel } from '../regions/region.model';
import type { ClaimLineEntity } from './claim-line.entity';
import type { ClaimEntity } from './claim.entity';

/** A claim by id; an id that names nothing (or is not even a UUID) gives null. */
export function findClaim(context: MutualContext, id: string): Promise<ClaimEntity | null> {
  return context.loaders.claim.load(id);
}

export function linesOf(context: MutualContext, claim: ClaimEntity): Promise<ClaimLineEntity[]> {
  return context.loaders.claimLines.load(claim.id);
}

export function providerOf(context: MutualContext, claim: ClaimEntity): Promise<ProviderEntity | null> | null {
  return claim.providerId ? context.loaders.provider.load(claim.providerId) : null;
}

export function handlingRegionOf(claim: ClaimEntity): RegionModel {
  return { code: claim.handlingRegionCode };
}
