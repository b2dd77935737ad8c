import { todayUtc } from '../calendar';
import type { ClaimEntity } from '../claims/claim.entity';
import type { MutualContext } from '../context';
import type { PlanEntity } from '../plans/plan.entity';
import type { BeneficiaryEntity, BeneficiaryKind } from './beneficiary.entity';
import type { CoverageEntity } from './coverage.entity';
import type { DependentModel, OfficerModel } from './person.model';

/** Adds the officer's entry in the beneficiary file (if any); an unknown matricule is still an officer, just not affiliated. */
export async function resolveOfficer(context: MutualContext, matricule: string): Promise<OfficerModel> {
  return { matricule, beneficiary: ofKind(await context.loaders.beneficiary.load(matricule), 'OFFICER') };
}

export async function resolveDependent(context: MutualContext, id: string): Promise<DependentModel> {
  return { id, beneficiary: ofKind(await context.loaders.beneficiary.load(id), 'DEPENDENT') };
}

/** A matricule must not reach a dependent's file, nor a dependent's id an officer's. */
function ofKind(beneficiary: BeneficiaryEntity | null, kind: BeneficiaryKind): BeneficiaryEntity | null {
  return beneficiary?.kind === kind ? beneficiary : null;
}

export function coverageOf(context: MutualContext, beneficiary: BeneficiaryEntity | null): Promise<CoverageEntity | null> | null {
  return beneficiary ? context.loaders.coverage.load(beneficiary.personId) : null;
}

/** Newest first; a person outside the beneficiary file has no claims. */
export function claimsOf(context: MutualContext, beneficiary: BeneficiaryEntity | null): Promise<ClaimEntity[]> | ClaimEntity[] {
  return beneficiary ? context.loaders.claimsOfBeneficiary.load(beneficiary.personId) : [];
}

export async function planOf(context: MutualContext, coverage: CoverageEntity): Promise<PlanEntity> {
  const plan = await context.loaders.plan.load(coverage.planId);
  // The foreign key makes this impossible; say so plainly if it ever happens.
  if (!plan) throw new Error(`Coverage ${coverage.id} names plan ${coverage.planId}, which does not exist.`);
  return plan;
}

/** Covered on `day`: started, and not yet ended (the end date is the last day covered). */
export function isCoverageActive(coverage: Pick<CoverageEntity, 'startDate' | 'endDate'>, day: string = todayUtc()): boolean {
  return coverage.startDate <= day && (coverage.endDate === null || coverage.endDate >= day);
}
