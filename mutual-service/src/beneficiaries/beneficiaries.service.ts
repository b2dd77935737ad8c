import { BadUserInputError, ForbiddenError, todayUtc } from '@dsp/common';
import { mayAskAboutUnfiledPerson, mayReadCeilingUse, maySeeClaim, maySeePerson, requireAccess } from '../access';
import { type CeilingLeft, ceilingsLeft, ceilingYear } from '../claims/adjudication.rules';
import type { ClaimEntity } from '../claims/claim.entity';
import type { MutualContext } from '../context';
import type { PlanEntity } from '../plans/plan.entity';
import { inCareTypeOrder } from '../plans/plans.rules';
import type { BeneficiaryKind } from './beneficiary.entity';
import type { CoverageEntity } from './coverage.entity';
import { isCoverageActive } from './eligibility.rules';
import type { DependentModel, FiledPerson, OfficerModel } from './person.model';

/**
 * An officer by matricule. Someone outside the beneficiary file is still an
 * officer, just not affiliated. A filed person the caller may see nothing of
 * (not their region, not their family, no claim their region handles) is
 * refused here, so an `_entities` call gets FORBIDDEN and no data.
 */
export async function resolveOfficer(context: MutualContext, matricule: string): Promise<OfficerModel> {
  const person = ofKind(await context.loaders.person.load(matricule), 'OFFICER');
  await requirePersonInScope(context, person, { kind: 'OFFICER', matricule });
  return { matricule, person };
}

export async function resolveDependent(context: MutualContext, id: string): Promise<DependentModel> {
  const person = ofKind(await context.loaders.person.load(id), 'DEPENDENT');
  await requirePersonInScope(context, person, { kind: 'DEPENDENT' });
  return { id, person };
}

/** A claim's or a prior authorisation's beneficiary from the file (the record's foreign key keeps them there). */
async function filedBeneficiary(context: MutualContext, beneficiaryId: string): Promise<FiledPerson> {
  const person = await context.loaders.person.load(beneficiaryId);
  if (person === null) throw new Error(`beneficiary ${beneficiaryId} is not in the file`);
  return person;
}

/**
 * The officer a prior authorisation concerns: the beneficiary, or
 * the officer a dependent beneficiary depends on. The caller already reads
 * the record; the officer's names come from the foundation, under its rules.
 */
export async function officerOfBeneficiary(context: MutualContext, beneficiaryId: string): Promise<OfficerModel> {
  const person = await filedBeneficiary(context, beneficiaryId);
  const officer = person.kind === 'OFFICER' ? person : await context.loaders.person.load(person.officerMatricule);
  return { matricule: person.officerMatricule, person: officer };
}

/** Whom a claim is for: the officer, or the dependent (whose officer the foundation resolves). */
export async function beneficiaryOf(
  context: MutualContext,
  beneficiaryId: string,
): Promise<OfficerModel | DependentModel> {
  const person = await filedBeneficiary(context, beneficiaryId);
  return person.kind === 'OFFICER' ? { matricule: person.officerMatricule, person } : { id: person.personId, person };
}

/** The dependent a prior authorisation is for, or null when it is for the officer. */
export async function dependentOfBeneficiary(
  context: MutualContext,
  beneficiaryId: string,
): Promise<DependentModel | null> {
  const person = await filedBeneficiary(context, beneficiaryId);
  return person.kind === 'DEPENDENT' ? { id: person.personId, person } : null;
}

/** For a mutual agent's request: the beneficiary must exist (BAD_USER_INPUT) and belong to the agent's region (FORBIDDEN). */
export async function requireBeneficiaryInRegion(
  context: MutualContext,
  beneficiaryId: string,
  region: string,
): Promise<void> {
  const scope = await context.loaders.person.load(beneficiaryId);
  if (scope === null)
    throw new BadUserInputError('beneficiaryId', `No beneficiary ${beneficiaryId} in the Mutual's file.`);
  if (scope.regionCode !== region) throw new ForbiddenError('This beneficiary is affiliated to another region.');
}

async function requirePersonInScope(
  context: MutualContext,
  person: FiledPerson | null,
  asked: { kind: 'OFFICER'; matricule: string } | { kind: 'DEPENDENT' },
): Promise<void> {
  if (person === null) {
    requireAccess(context, mayAskAboutUnfiledPerson(context.caller, asked));
    return;
  }
  if (maySeePerson(context.caller, person)) return;
  requireAccess(context, (await claimsInScope(context, person)).length > 0);
}

/** A matricule must not reach a dependent's file, nor a dependent's id an officer's. */
function ofKind(person: FiledPerson | null, kind: BeneficiaryKind): FiledPerson | null {
  return person?.kind === kind ? person : null;
}

/** The person's coverage: only to whoever may see the person (by region of affiliation, or family). */
export async function coverageOf(context: MutualContext, person: FiledPerson | null): Promise<CoverageEntity | null> {
  if (person === null) return null;
  requireAccess(context, maySeePerson(context.caller, person));
  return context.loaders.coverage.load(person.personId);
}

/**
 * Newest first, and only the claims the caller may see (those their region
 * handles, for a regional role); FORBIDDEN when that leaves the caller
 * nothing of the person at all. A person outside the file has no claims.
 */
export async function claimsOf(context: MutualContext, person: FiledPerson | null): Promise<ClaimEntity[]> {
  if (person === null) return [];
  const claims = await claimsInScope(context, person);
  requireAccess(context, claims.length > 0 || maySeePerson(context.caller, person));
  return claims;
}

async function claimsInScope(context: MutualContext, person: FiledPerson): Promise<ClaimEntity[]> {
  // Row-level security already hides the others; the rules decide again from each row.
  const claims = await context.loaders.claimsOfBeneficiary.load(person.personId);
  return claims.filter((claim) =>
    maySeeClaim(context.caller, {
      handlingRegionCode: claim.handlingRegionCode,
      officerMatricule: person.officerMatricule,
      linkEnded: person.linkEnded,
    }),
  );
}

/** This year's ceilings of the person's plan and what is left of each, to whoever enters, decides or receives their care. */
export async function ceilingUseOf(context: MutualContext, coverage: CoverageEntity): Promise<CeilingLeft[]> {
  const person = await context.loaders.person.load(coverage.beneficiaryId);
  requireAccess(
    context,
    person !== null && mayReadCeilingUse(context.caller, person),
    'What a plan has left to reimburse is read by the person, the mutual agents of their region and the medical advisors.',
  );
  const [rules, approved] = await Promise.all([
    context.loaders.planRules.load(coverage.planId),
    context.loaders.useInYear.load({
      beneficiaryId: coverage.beneficiaryId,
      year: ceilingYear(todayUtc()),
    }),
  ]);
  return ceilingsLeft(inCareTypeOrder(rules), approved);
}

export async function planOf(context: MutualContext, coverage: CoverageEntity): Promise<PlanEntity> {
  const plan = await context.loaders.plan.load(coverage.planId);
  // The foreign key makes this impossible; say so plainly if it ever happens.
  if (!plan) throw new Error(`Coverage ${coverage.id} names plan ${coverage.planId}, which does not exist.`);
  return plan;
}

/** Whether the coverage runs today (the rule takes the day; the clock is read here). */
export function isCoverageActiveToday(coverage: CoverageEntity): boolean {
  return isCoverageActive(coverage, todayUtc());
}
