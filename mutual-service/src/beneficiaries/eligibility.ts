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
