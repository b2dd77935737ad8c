import { maySeeClaim, maySeeClinical, requireAccess } from '../access';
import type { MutualContext } from '../context';
import type { ClinicalField } from '../diagnoses/diagnosis-reads.repository';
import type { PriorAuthorisationModel } from '../prior-authorisations/prior-authorisation.model';
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
  requireAccess(context, maySeeClaim(context.caller, scope));
  const claim = await context.loaders.claim.load(id);
  // The rules allowed what row-level security hides: refuse rather than pretend it does not exist.
  requireAccess(context, claim !== null);
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
 * Whether the caller may read the clinical fields of claim `claimId`, decided
 * from where the claim belongs as the database says; when they may, the read
 * of `field` is logged in the request transaction before anything is
 * returned, so no clinical detail leaves unlogged.
 */
async function readClinical(context: MutualContext, claimId: string, field: ClinicalField): Promise<boolean> {
  const scope = await context.loaders.claimScope.load(claimId);
  if (scope === null || !maySeeClinical(context.caller, scope)) return false;
  await context.loaders.clinicalRead.load({ field, claimId, priorAuthorisationId: null });
  return true;
}

/**
 * The claim's diagnoses: FORBIDDEN (the field null) to whoever may not read
 * clinical detail, as the contract has always said.
 */
export async function diagnosesOf(context: MutualContext, claim: ClaimEntity): Promise<string[]> {
  requireAccess(context,
    await readClinical(context, claim.id, 'diagnosisCodes'),
    'Diagnoses are shown only to medical advisors, to the mutual agents of the region handling the claim and to the person concerned.',
  );
  return claim.diagnosisCodes;
}

/** The medical advisor's note on the decision: null to whoever may not read clinical detail. */
export async function decisionNoteOf(context: MutualContext, claim: ClaimEntity): Promise<string | null> {
  if (claim.decisionNote === null) return null;
  return (await readClinical(context, claim.id, 'decisionNote')) ? claim.decisionNote : null;
}

/** A claim line's act code: null to whoever may not read clinical detail (its amounts are not clinical). */
export async function actCodeOf(context: MutualContext, line: ClaimLineEntity): Promise<string | null> {
  return (await readClinical(context, line.claimId, 'actCode')) ? line.actCode : null;
}

/**
 * A prior authorisation's reason or decision note: clinical, so null to
 * whoever may not read clinical detail of the beneficiary's file in the
 * authorisation's region, and logged when read.
 */
export async function priorAuthorisationClinicalOf(
  context: MutualContext,
  authorisation: PriorAuthorisationModel,
  field: 'reason' | 'decisionNote',
): Promise<string | null> {
  const value = authorisation[field];
  if (value === null) return null;
  const person = await context.loaders.person.load(authorisation.beneficiaryId);
  if (person === null) return null;
  if (!maySeeClinical(context.caller, { handlingRegionCode: authorisation.regionCode, officerMatricule: person.officerMatricule, linkEnded: person.linkEnded })) {
    return null;
  }
  await context.loaders.clinicalRead.load({ field, claimId: null, priorAuthorisationId: authorisation.id });
  return value;
}
