import { type Caller, ForbiddenError, type Role } from '@dsp/common';

/**
 * Who may see what of the Mutual (docs/architecture.md, README "Access"), as pure functions of the
 * caller and of where the data belongs. Where it belongs is always read from
 * the database (the beneficiary's region of affiliation, the claim's handling
 * region), never from what the client sent. The database's row-level
 * security says the same thing again; these rules are the ones that answer
 * FORBIDDEN.
 */

/** Where a person of the beneficiary file belongs. */
export interface PersonScope {
  /** The beneficiary's region of affiliation. */
  regionCode: string;
  /** The officer's own matricule, or the officer a dependent depends on. */
  officerMatricule: string;
  /** A dependent whose link to the officer has ended (divorce, death, independence): no longer the officer's family. */
  linkEnded: boolean;
}

/** Where a claim belongs. */
export interface ClaimScope {
  /** The region whose service handles the claim: it stays there when the officer moves. */
  handlingRegionCode: string;
  /** The officer whose file (or whose dependent's) the claim is in. */
  officerMatricule: string;
  /** The claim is a dependent's whose link to the officer has ended. */
  linkEnded: boolean;
}

/** Roles that read every region's health data. */
const NATIONAL_HEALTH_ROLES: ReadonlySet<Role> = new Set<Role>(['NATIONAL_ADMIN', 'MEDICAL_ADVISOR']);
/** Roles that read their own region's health data. */
const REGIONAL_HEALTH_ROLES: ReadonlySet<Role> = new Set<Role>(['REGIONAL_HEAD', 'MUTUAL_AGENT']);

function inOwnRegion(caller: Caller, regionCode: string): boolean {
  return REGIONAL_HEALTH_ROLES.has(caller.role) && caller.region !== null && caller.region === regionCode;
}

/**
 * The officer's own file, or a dependent's while the link lasts: once it has
 * ended the officer reads nothing more of that person's health data, whatever
 * the date of care.
 */
function isTheFamily(caller: Caller, record: { officerMatricule: string; linkEnded: boolean }): boolean {
  return caller.role === 'OFFICER' && caller.sub === record.officerMatricule && !record.linkEnded;
}

/** Providers and medical centres are public knowledge: every authenticated role. */
export function maySeeFacilities(_caller: Caller): boolean {
  return true;
}

/** A region's health figures: national roles everywhere, the mutual's regional roles at home. */
export function maySeeRegionHealth(caller: Caller, regionCode: string): boolean {
  return NATIONAL_HEALTH_ROLES.has(caller.role) || inOwnRegion(caller, regionCode);
}

/** A person's coverage (and their file as a whole): by region of affiliation, or the officer's own family. */
export function maySeePerson(caller: Caller, person: PersonScope): boolean {
  return (
    NATIONAL_HEALTH_ROLES.has(caller.role) || inOwnRegion(caller, person.regionCode) || isTheFamily(caller, person)
  );
}

/**
 * What a person's plan has left to reimburse this year (per care type): the
 * people who enter, decide or receive their care. The mutual agents of the
 * person's region, the medical advisors, and the officer for their family
 * while the link lasts; not the heads nor the national administration, who
 * supervise figures rather than a person's care.
 */
export function mayReadCeilingUse(caller: Caller, person: PersonScope): boolean {
  if (caller.role === 'MEDICAL_ADVISOR') return true;
  if (caller.role === 'MUTUAL_AGENT') return caller.region !== null && caller.region === person.regionCode;
  return isTheFamily(caller, person);
}

/**
 * About a person the Mutual has no file on there is nothing to see, and
 * nothing to refuse, except to whoever may never look: a foundation agent,
 * or an officer asking about another officer.
 */
export function mayAskAboutUnfiledPerson(
  caller: Caller,
  person: { kind: 'OFFICER'; matricule: string } | { kind: 'DEPENDENT' },
): boolean {
  if (caller.role === 'FOUNDATION_AGENT') return false;
  if (caller.role === 'OFFICER' && person.kind === 'OFFICER') return caller.sub === person.matricule;
  return true;
}

/** A claim: by its handling region, or the officer's own family. */
export function maySeeClaim(caller: Caller, claim: ClaimScope): boolean {
  return (
    NATIONAL_HEALTH_ROLES.has(caller.role) ||
    inOwnRegion(caller, claim.handlingRegionCode) ||
    isTheFamily(caller, claim)
  );
}

/**
 * Clinical fields (diagnosis codes, the medical advisor's notes, act codes of
 * claim lines, prior-authorisation reasons): the medical advisors, the
 * mutual's agents of the region handling the record, and the person
 * concerned (the officer, for their own file and their dependents' while the
 * link lasts). Not the regional heads nor the national administration.
 */
export function maySeeClinical(caller: Caller, record: ClaimScope): boolean {
  if (caller.role === 'MEDICAL_ADVISOR') return true;
  if (caller.role === 'MUTUAL_AGENT') return caller.region !== null && caller.region === record.handlingRegionCode;
  return isTheFamily(caller, record);
}

/**
 * Prior authorisations (listed, or read one by one): the medical advisors in
 * every region, a mutual agent in their own (`regionCode` null: the caller's
 * default). Their reasons stay clinical (maySeeClinical).
 */
export function mayReadPriorAuthorisations(caller: Caller, regionCode: string | null): boolean {
  if (caller.role === 'MEDICAL_ADVISOR') return true;
  return (
    caller.role === 'MUTUAL_AGENT' && caller.region !== null && (regionCode === null || regionCode === caller.region)
  );
}

/**
 * An officer's family's prior authorisations, asked from their file: the
 * roles that read clinical detail (the medical advisors, the mutual agents,
 * the officer); each authorisation is then shown to whoever may read its
 * clinical detail (maySeeClinical), since a planned hospitalisation is itself one.
 */
export function mayReadFamilyPriorAuthorisations(caller: Caller): boolean {
  return caller.role === 'MEDICAL_ADVISOR' || caller.role === 'MUTUAL_AGENT' || caller.role === 'OFFICER';
}

/**
 * The act tariff and the diagnoses' names (reference data: which code means
 * what), for whoever enters or reads claims' acts and diagnoses: the mutual's
 * agents, the medical advisors, and the officers, who read their own claims'.
 */
export function mayReadClaimCatalogues(caller: Caller): boolean {
  return caller.role === 'MUTUAL_AGENT' || caller.role === 'MEDICAL_ADVISOR' || caller.role === 'OFFICER';
}

/** What approving a claim would reimburse (Claim.estimate): the medical advisors, who decide. */
export function mayReadClaimEstimate(caller: Caller): boolean {
  return caller.role === 'MEDICAL_ADVISOR';
}

/** The log of who read diagnoses: the national administration only. */
export function maySeeDiagnosisReads(caller: Caller): boolean {
  return caller.role === 'NATIONAL_ADMIN';
}

/** Claim work queues: the mutual's regional roles in their own region, national health roles everywhere. */
export function mayReadClaimQueue(caller: Caller, regionCode: string | null): boolean {
  if (NATIONAL_HEALTH_ROLES.has(caller.role)) return true;
  return (
    REGIONAL_HEALTH_ROLES.has(caller.role) &&
    caller.region !== null &&
    (regionCode === null || regionCode === caller.region)
  );
}

/** The Mutual's audit trail: the national administration everywhere; regional heads and mutual agents for their region's records. */
export function mayReadAuditTrail(caller: Caller, recordRegions: readonly (string | null)[]): boolean {
  if (caller.role === 'NATIONAL_ADMIN') return true;
  if (!REGIONAL_HEALTH_ROLES.has(caller.role) || caller.region === null) return false;
  return recordRegions.every((region) => region === caller.region);
}

/** The steps of the claim and prior-authorisation workflows that are a mutual agent's: their region, FORBIDDEN to anyone else. */
export function requireMutualAgent(caller: Caller): string {
  if (caller.role !== 'MUTUAL_AGENT' || caller.region === null)
    throw new ForbiddenError('Only a mutual agent can do this.');
  return caller.region;
}

/** The steps of the claim and prior-authorisation workflows that are a medical advisor's. */
export function requireMedicalAdvisor(caller: Caller): void {
  if (caller.role !== 'MEDICAL_ADVISOR') throw new ForbiddenError('Only a medical advisor can do this.');
}

/** National figures (the sum over every region, such as the national trends): the national administration only. */
export function mayReadNationalHealthFigures(caller: Caller): boolean {
  return caller.role === 'NATIONAL_ADMIN';
}

/**
 * A region's solidarity candidates (families' out-of-pocket care costs): the
 * head of the region and the national administration only; not the mutual's
 * agents nor the advisors, who see care but not the Foundation's half.
 */
export function mayReadSolidarityCandidates(caller: Caller, regionCode: string): boolean {
  return (
    caller.role === 'NATIONAL_ADMIN' ||
    (caller.role === 'REGIONAL_HEAD' && caller.region !== null && caller.region === regionCode)
  );
}
