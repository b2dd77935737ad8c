import type { BeneficiaryKind, OfficerStatus } from './gql/graphql';

/** The campaign rules a page can check before sending (the API checks them all again, and the family ones only it can). */
export interface CampaignRules {
  opensOn: string;
  eligibility: {
    beneficiaryKinds: readonly BeneficiaryKind[];
    minAge: number | null;
    maxAge: number | null;
    ageReferenceDate: string | null;
    officerStatuses: readonly OfficerStatus[];
  };
}

export interface Candidate {
  officerStatus: OfficerStatus;
  /** Null for the officer, the dependent's relation otherwise. */
  relation: 'SPOUSE' | 'CHILD' | 'PARENT' | null;
  birthDate: string | null;
}

/** What the family file says of the officer and their dependents, as the officer's file reads it. */
export interface FamilyFile {
  status: OfficerStatus;
  birthDate: string;
  dependents: readonly { id: string; relation: 'SPOUSE' | 'CHILD' | 'PARENT'; birthDate: string }[];
}

/** The person an application would be for: the officer ('') or one of their dependents. */
export function candidateOf(officer: FamilyFile, beneficiary: string): Candidate | null {
  if (beneficiary === '') return { officerStatus: officer.status, relation: null, birthDate: officer.birthDate };
  const dependent = officer.dependents.find((d) => d.id === beneficiary);
  return dependent
    ? { officerStatus: officer.status, relation: dependent.relation, birthDate: dependent.birthDate }
    : null;
}

/** What kind of beneficiary a person is for the Foundation: a deceased officer's spouse is a widow, their child an orphan. */
export function beneficiaryKind(candidate: Candidate): BeneficiaryKind | null {
  const deceased = candidate.officerStatus === 'DECEASED' || candidate.officerStatus === 'KILLED_ON_DUTY';
  if (candidate.relation === null)
    return candidate.officerStatus === 'ACTIVE' ? 'OFFICER' : candidate.officerStatus === 'RETIRED' ? 'RETIREE' : null;
  if (candidate.relation === 'SPOUSE') return deceased ? 'WIDOW' : 'SPOUSE';
  if (candidate.relation === 'CHILD') return deceased ? 'ORPHAN' : 'CHILD';
  return null;
}

/** Whole years between a birth date and a day (both yyyy-mm-dd). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * The first campaign rule that refuses the candidate, named and ordered as the
 * API's NOT_ELIGIBLE `rule`, or null when none of these does. The family rules
 * (once per lifetime, per family) need other applications: only the API checks them.
 */
export function refusingRule(campaign: CampaignRules, candidate: Candidate): string | null {
  const rules = campaign.eligibility;
  const kind = beneficiaryKind(candidate);
  if (kind === null) return 'BENEFICIARY';
  if (rules.beneficiaryKinds.length > 0 && !rules.beneficiaryKinds.includes(kind)) return 'BENEFICIARY_KIND';
  if (candidate.birthDate !== null) {
    const age = ageOn(candidate.birthDate, rules.ageReferenceDate ?? campaign.opensOn);
    if (rules.minAge !== null && age < rules.minAge) return 'MIN_AGE';
    if (rules.maxAge !== null && age > rules.maxAge) return 'MAX_AGE';
  }
  if (rules.officerStatuses.length > 0 && !rules.officerStatuses.includes(candidate.officerStatus))
    return 'OFFICER_STATUS';
  return null;
}
