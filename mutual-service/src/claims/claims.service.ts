import { maySeeClaim, maySeeDiagnoses, requireAccess } from '../access';
import type { MutualContext } from '../context';
import type { ProviderEntity } from '../providers/provider.entity';
import type { RegionModel } from '../regions/region.model';
import type { ClaimLineEntity } from './claim-line.entity';
import type { ClaimEntity } from './claim.entity';

/**
 * A claim by id; an id that names nothing (or is not even a UUID) gives null,
 * one the caller may not see gives FORBIDDEN, decided from the claim's own
 * handling region and officer as the database records them. Root query and
 * entity resolution alike.
 */
export async function findClaim(context: MutualContext, id: string): Promise<ClaimEntity | null> {
  const scope = await context.loaders.claimScope.load(id);
  if (scope === null) return null;
  requireAccess(maySeeClaim(context.caller, scope));
  const claim = await context.loaders.claim.load(id);
  // The rules allowed what row-level security hides: refuse rather than pretend it does not exist.
  requireAccess(claim !== null);
  return claim;
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

/**
 * The claim's diagnoses, to medical advisors and to the mutual agents of the
 * handling region only; the read is logged in the request transaction before
 * the codes are returned, so no diagnosis leaves unlogged.
 */
export async function diagnosesOf(context: MutualContext, claim: ClaimEntity): Promise<string[]> {
  requireAccess(
    maySeeDiagnoses(context.caller, claim),
    'Diagnoses are shown only to medical advisors and to the mutual agents of the region handling the claim.',
  );
  await context.loaders.diagnosisRead.load(claim.id);
  return claim.diagnosisCodes;
}
