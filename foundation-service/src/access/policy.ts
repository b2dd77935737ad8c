import type { Caller, Role } from '@dsp/common';

/**
 * Who may see what of the Foundation (the table is in
 * README.md, "Access"), as pure functions of the caller and of where the data
 * belongs. Where it belongs (an officer's region, an application's region)
 * is always read from the database row, never from what the client sent.
 * The database's row-level security says the same thing again; these rules
 * are the ones that answer FORBIDDEN.
 */

/** Where an officer's file belongs. */
export interface OfficerScope {
  matricule: string;
  /** The officer's region (region_code of the officer row). */
  regionCode: string;
}

/** An officer who is or was a region's head: their identity is public. */
export interface OfficerIdentityScope extends OfficerScope {
  isHead: boolean;
}

/** Where an application belongs: the region whose budget it draws on, and its applicant. */
export interface ApplicationScope {
  regionCode: string;
  officerMatricule: string;
}

/** Roles that read every region's staff registry. */
const NATIONAL_REGISTRY_ROLES: ReadonlySet<Role> = new Set<Role>(['NATIONAL_ADMIN', 'MEDICAL_ADVISOR']);
/** Roles that read their own region's staff registry. */
const REGIONAL_REGISTRY_ROLES: ReadonlySet<Role> = new Set<Role>(['REGIONAL_HEAD', 'FOUNDATION_AGENT', 'MUTUAL_AGENT']);
/** Roles that read their own region's social figures and applications (the national administration reads all). */
const REGIONAL_SOCIAL_ROLES: ReadonlySet<Role> = new Set<Role>(['REGIONAL_HEAD', 'FOUNDATION_AGENT']);

function inOwnRegion(caller: Caller, roles: ReadonlySet<Role>, regionCode: string): boolean {
  return roles.has(caller.role) && caller.region !== null && caller.region === regionCode;
}

function isTheOfficer(caller: Caller, matricule: string): boolean {
  return caller.role === 'OFFICER' && caller.sub === matricule;
}

/** Region names and kinds, current heads and head history: every authenticated role. */
export function mayReadRegionReference(_caller: Caller): boolean {
  return true;
}

/** A region's figures (staff, beneficiaries, social): the national administration, and the foundation's regional roles at home. */
export function mayReadRegionFigures(caller: Caller, regionCode: string): boolean {
  return caller.role === 'NATIONAL_ADMIN' || inOwnRegion(caller, REGIONAL_SOCIAL_ROLES, regionCode);
}

/** An officer's whole file (dependents, trainings, service dates): by the officer's region, or the officer themself. */
export function mayReadOfficerFile(caller: Caller, officer: OfficerScope): boolean {
  return (
    NATIONAL_REGISTRY_ROLES.has(caller.role) ||
    inOwnRegion(caller, REGIONAL_REGISTRY_ROLES, officer.regionCode) ||
    isTheOfficer(caller, officer.matricule)
  );
}

/**
 * Who changes the staff registry (issue 6): the national administration in
 * every region, a FOUNDATION_AGENT in their own. Where an officer belongs is
 * the region of their row as the database says; a transfer's destination is
 * not checked against the agent's region (an agent of FES sends an officer to
 * RABAT). Row-level security repeats this (migration RegistryChanges1764900000001).
 */
export function mayChangeRegistry(caller: Caller, regionCode: string): boolean {
  return caller.role === 'NATIONAL_ADMIN' || (caller.role === 'FOUNDATION_AGENT' && caller.region === regionCode);
}

/** An officer's identity (matricule, names, rank, region, status): whoever may read the file, and everyone for a head. */
export function mayReadOfficerIdentity(caller: Caller, officer: OfficerIdentityScope): boolean {
  return officer.isHead || mayReadOfficerFile(caller, officer);
}

/**
 * The region an `officers` list is limited to, or `undefined` when the list
 * is refused: national roles list any region (null: all of them), regional
 * roles only their own (their own when none is asked), officers none.
 */
export function officerListRegion(caller: Caller, requested: string | null): string | null | undefined {
  if (NATIONAL_REGISTRY_ROLES.has(caller.role)) return requested;
  if (REGIONAL_REGISTRY_ROLES.has(caller.role) && caller.region !== null) {
    if (requested === null || requested === caller.region) return caller.region;
  }
  return undefined;
}

/** One application: by the region it draws on, or the applicant themself. */
export function mayReadApplication(caller: Caller, application: ApplicationScope): boolean {
  return (
    caller.role === 'NATIONAL_ADMIN' ||
    inOwnRegion(caller, REGIONAL_SOCIAL_ROLES, application.regionCode) ||
    isTheOfficer(caller, application.officerMatricule)
  );
}

/**
 * An officer's list of applications, once their file is readable: the roles
 * that see applications at all (each then limited by mayReadApplication);
 * the mutual's agents and the medical advisors never.
 */
export function mayListApplicationsOf(caller: Caller, officer: OfficerScope): boolean {
  if (!mayReadOfficerFile(caller, officer)) return false;
  return (
    caller.role === 'NATIONAL_ADMIN' ||
    REGIONAL_SOCIAL_ROLES.has(caller.role) ||
    isTheOfficer(caller, officer.matricule)
  );
}

/** Appointing regional heads: the national administration only. */
export function mayAppointHeads(caller: Caller): boolean {
  return caller.role === 'NATIONAL_ADMIN';
}

/**
 * The regions whose heads due for rotation the caller may list: null for
 * every region (the national administration), their own for a regional head,
 * `undefined` when refused.
 */
export function rotationRegion(caller: Caller): string | null | undefined {
  if (caller.role === 'NATIONAL_ADMIN') return null;
  if (caller.role === 'REGIONAL_HEAD' && caller.region !== null) return caller.region;
  return undefined;
}

/** An audit trail: the national administration everywhere, a regional head when every record belongs to their region. */
export function mayReadAuditTrail(caller: Caller, regionCodes: ReadonlyArray<string | null>): boolean {
  if (caller.role === 'NATIONAL_ADMIN') return true;
  if (caller.role !== 'REGIONAL_HEAD' || caller.region === null) return false;
  return regionCodes.every((region) => region === caller.region);
}

/** Opening campaigns and setting regions' budgets and quotas: the national administration only. */
export function mayManageCampaigns(caller: Caller): boolean {
  return caller.role === 'NATIONAL_ADMIN';
}

/** A region's allocation of a campaign (budget, quota, use): the national administration, and the foundation's regional roles at home. */
export function mayReadAllocation(caller: Caller, regionCode: string): boolean {
  return caller.role === 'NATIONAL_ADMIN' || inOwnRegion(caller, REGIONAL_SOCIAL_ROLES, regionCode);
}

/** Submitting an application for an officer's family: a foundation agent of the officer's region, or the officer themself. */
export function maySubmitApplication(caller: Caller, officer: OfficerScope): boolean {
  return (
    (caller.role === 'FOUNDATION_AGENT' && caller.region === officer.regionCode) ||
    isTheOfficer(caller, officer.matricule)
  );
}

/** Taking a SUBMITTED application under review: a foundation agent or the head of its region. */
export function mayStartReview(caller: Caller, application: ApplicationScope): boolean {
  return inOwnRegion(caller, REGIONAL_SOCIAL_ROLES, application.regionCode);
}

/** Approving, waitlisting or rejecting: the head of the application's region. */
export function mayDecideApplication(caller: Caller, application: ApplicationScope): boolean {
  return caller.role === 'REGIONAL_HEAD' && caller.region === application.regionCode;
}

/** Withdrawing: the applicant, or a foundation agent or the head of the application's region. */
export function mayWithdrawApplication(caller: Caller, application: ApplicationScope): boolean {
  return (
    inOwnRegion(caller, REGIONAL_SOCIAL_ROLES, application.regionCode) ||
    isTheOfficer(caller, application.officerMatricule)
  );
}

/** Recording a payment: a foundation agent of the application's region. */
export function mayRecordDisbursement(caller: Caller, application: ApplicationScope): boolean {
  return caller.role === 'FOUNDATION_AGENT' && caller.region === application.regionCode;
}

/**
 * The region an application work queue is limited to, or `undefined` when
 * refused: the national administration any region (null: all), regional
 * foundation roles their own (their own when none is asked), others none.
 */
export function applicationQueueRegion(caller: Caller, requested: string | null): string | null | undefined {
  if (caller.role === 'NATIONAL_ADMIN') return requested;
  if (
    REGIONAL_SOCIAL_ROLES.has(caller.role) &&
    caller.region !== null &&
    (requested === null || requested === caller.region)
  )
    return caller.region;
  return undefined;
}

/** National figures (the sum over every region, such as the national trends): the national administration only. */
export function mayReadNationalFigures(caller: Caller): boolean {
  return caller.role === 'NATIONAL_ADMIN';
}

/**
 * What the Foundation gave an officer's family this year, read beside the
 * Mutual's out-of-pocket amounts for solidarity candidates: the head of the
 * officer's region and the national administration only.
 */
export function mayReadSocialSupport(caller: Caller, officer: OfficerScope): boolean {
  return (
    caller.role === 'NATIONAL_ADMIN' ||
    (caller.role === 'REGIONAL_HEAD' && caller.region !== null && caller.region === officer.regionCode)
  );
}
