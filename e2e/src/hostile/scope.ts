import type { Caller } from '@dsp/common';

/**
 * The README's access matrix ("Access"), restated on its own from the table
 * rather than imported from the services, so that the hostile-input tests
 * compare what the platform answers with what the documentation promises.
 * `region` is always read from the database row.
 */
const REGIONAL_REGISTRY = new Set(['REGIONAL_HEAD', 'FOUNDATION_AGENT', 'MUTUAL_AGENT']);
const NATIONAL_REGISTRY = new Set(['NATIONAL_ADMIN', 'MEDICAL_ADVISOR']);
const REGIONAL_HEALTH = new Set(['REGIONAL_HEAD', 'MUTUAL_AGENT']);
const REGIONAL_SOCIAL = new Set(['REGIONAL_HEAD', 'FOUNDATION_AGENT']);

const atHome = (caller: Caller, roles: Set<string>, region: string): boolean =>
  roles.has(caller.role) && caller.region === region;
const isOfficer = (caller: Caller, matricule: string): boolean => caller.role === 'OFFICER' && caller.sub === matricule;

/** An officer's whole file (`officer`, `Officer`, `Dependent`, trainings). */
export function mayReadOfficerFile(caller: Caller, officer: { matricule: string; region: string }): boolean {
  return (
    NATIONAL_REGISTRY.has(caller.role) ||
    atHome(caller, REGIONAL_REGISTRY, officer.region) ||
    isOfficer(caller, officer.matricule)
  );
}

/** A claim, by its handling region, or the officer's own family. */
export function mayReadClaim(caller: Caller, claim: { handlingRegion: string; officerMatricule: string }): boolean {
  return (
    NATIONAL_REGISTRY.has(caller.role) ||
    atHome(caller, REGIONAL_HEALTH, claim.handlingRegion) ||
    isOfficer(caller, claim.officerMatricule)
  );
}

/** An application, by the region it draws on, or the applicant. */
export function mayReadApplication(caller: Caller, application: { region: string; officerMatricule: string }): boolean {
  return (
    caller.role === 'NATIONAL_ADMIN' ||
    atHome(caller, REGIONAL_SOCIAL, application.region) ||
    isOfficer(caller, application.officerMatricule)
  );
}

/** A region's figures (staffCount, beneficiaryCount, social). */
export function mayReadRegionFigures(caller: Caller, region: string): boolean {
  return caller.role === 'NATIONAL_ADMIN' || atHome(caller, REGIONAL_SOCIAL, region);
}

/** What a list may show: every region, one region, or nothing. */
export type ListScope = { all: true } | { region: string } | { none: true };

/** The regions an `officers` list may show: every region, the caller's own, or none. */
export function officerListScope(caller: Caller): ListScope {
  if (NATIONAL_REGISTRY.has(caller.role)) return { all: true };
  if (REGIONAL_REGISTRY.has(caller.role) && caller.region) return { region: caller.region };
  return { none: true };
}

/** The regions a claim queue may show: every region, the caller's own, or none. */
export function claimQueueScope(caller: Caller): ListScope {
  if (NATIONAL_REGISTRY.has(caller.role)) return { all: true };
  if (REGIONAL_HEALTH.has(caller.role) && caller.region) return { region: caller.region };
  return { none: true };
}

/** Whether a list under `scope` may hold a row of `region`. */
export function inListScope(scope: ListScope, region: string | undefined): boolean {
  return 'all' in scope || ('region' in scope && scope.region === region);
}
