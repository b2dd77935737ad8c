/**
 * Who the Mutual covers among an officer's dependents, on a given day:
 * the spouse (also after the officer's death: widows stay covered), children
 * until 21, until 26 while a student certificate is valid, and without limit
 * when disabled. Parents are not beneficiaries of the Mutual.
 */
export interface DependentFacts {
  relation: 'SPOUSE' | 'CHILD' | 'PARENT';
  birthDate: string;
  studentUntil: string | null;
  disabled: boolean;
}

export const CHILD_AGE_LIMIT = 21;
export const STUDENT_AGE_LIMIT = 26;

/** Full years of age on `day`; both YYYY-MM-DD. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

export function isEligibleDependent(dependent: DependentFacts, day: string): boolean {
  switch (dependent.relation) {
    case 'SPOUSE':
      return true;
    case 'PARENT':
      return false;
    case 'CHILD': {
      if (dependent.disabled) return true;
      const age = ageOn(dependent.birthDate, day);
      if (age < CHILD_AGE_LIMIT) return true;
      return age < STUDENT_AGE_LIMIT && dependent.studentUntil !== null && dependent.studentUntil >= day;
    }
  }
}

/** The day a child's rights end when nothing extends them: the eve of the 21st birthday. */
export function childCoverageEnd(birthDate: string): string {
  const birthday = new Date(`${birthDate}T00:00:00Z`);
  birthday.setUTCFullYear(birthday.getUTCFullYear() + CHILD_AGE_LIMIT);
  birthday.setUTCDate(birthday.getUTCDate() - 1);
  return birthday.toISOString().slice(0, 10);
}

/** What the Mutual's file says about a person, for deciding rights on a day. */
export interface BeneficiaryFacts {
  kind: 'OFFICER' | 'DEPENDENT';
  relation: 'SPOUSE' | 'CHILD' | 'PARENT' | null;
  birthDate: string;
  studentUntil: string | null;
  disabled: boolean;
  officerStatus: 'ACTIVE' | 'RETIRED' | 'DECEASED' | 'KILLED_ON_DUTY';
}

export interface CoveragePeriod {
  planId: string;
  startDate: string;
  endDate: string | null;
}

/**
 * Whether the person is covered on `day` (the date of care), and by which
 * plan: a coverage period must contain the day, and a dependent must still
 * be eligible on that day (a child's age, student certificate and
 * disability are read as of the day of care, not of filing). A dependent's
 * rights do not depend on the officer being alive: widows and orphans keep
 * their coverage after the officer's death. An officer is covered by their
 * coverage period alone.
 */
/** Covered on `day`: started, and not yet ended (the end date is the last day covered). */
export function isCoverageActive(coverage: Pick<CoveragePeriod, 'startDate' | 'endDate'>, day: string): boolean {
  return coverage.startDate <= day && (coverage.endDate === null || coverage.endDate >= day);
}

export function coverageOn(
  person: BeneficiaryFacts,
  coverages: readonly CoveragePeriod[],
  day: string,
): { covered: true; planId: string } | { covered: false } {
  const period = coverages.find((coverage) => isCoverageActive(coverage, day));
  if (!period) return { covered: false };
  if (person.kind === 'DEPENDENT') {
    if (person.relation === null) return { covered: false };
    const eligible = isEligibleDependent(
      {
        relation: person.relation,
        birthDate: person.birthDate,
        studentUntil: person.studentUntil,
        disabled: person.disabled,
      },
      day,
    );
    if (!eligible) return { covered: false };
  }
  return { covered: true, planId: period.planId };
}
