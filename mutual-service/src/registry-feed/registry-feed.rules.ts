import type { DependentSnapshot, RegistryOfficerStatus } from '@dsp/common';
import { childCoverageEnd } from '../beneficiaries/eligibility.rules';
import { later, MUTUAL_FILE_OPENED } from '../beneficiaries/enrolment.rules';

const FINAL: ReadonlySet<RegistryOfficerStatus> = new Set<RegistryOfficerStatus>(['DECEASED', 'KILLED_ON_DUTY']);

/** A status after which the officer is never covered again. */
export function isFinalStatus(status: RegistryOfficerStatus): boolean {
  return FINAL.has(status);
}

/** The member number of a coverage the feed opens: from the event's sequence, so a replay gives the same number. */
export function feedMemberNumber(sequence: number): string {
  return `MUT-R${String(sequence).padStart(7, '0')}`;
}

/** The compulsory scheme's reference of a family member: the officer is 00, dependents count from 01. */
export function schemeReference(officerMatricule: string, rank: number): string {
  return `AMO-${officerMatricule}-${String(rank).padStart(2, '0')}`;
}

/** The first day a coverage opened by the feed runs: never before the file opened, the service began or the birth. */
export function coverageStart(serviceStartDate: string, birthDate?: string): string {
  const opened = later(serviceStartDate, MUTUAL_FILE_OPENED);
  return birthDate === undefined ? opened : later(opened, birthDate);
}

/**
 * The last day of a dependent's rights once they have none on the effective
 * day: the link's end, or for a child the eve of the 21st birthday (the
 * seed's rule: rights beyond it, a student certificate's, are decided day by
 * day from the certificate, see coverageOn).
 */
export function rightsEnd(dependent: DependentSnapshot, effectiveDate: string): string {
  if (dependent.linkEndedOn !== null) return dependent.linkEndedOn;
  if (dependent.relation !== 'CHILD' || dependent.disabled) return effectiveDate;
  return childCoverageEnd(dependent.birthDate);
}
