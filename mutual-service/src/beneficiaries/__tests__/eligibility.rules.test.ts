import {
  ageOn,
  childCoverageEnd,
  isCoverageActive,
  isEligibleDependent,
  type DependentFacts,
} from '../eligibility.rules';

const child = (birthDate: string, extra: Partial<DependentFacts> = {}): DependentFacts => ({
  relation: 'CHILD',
  birthDate,
  studentUntil: null,
  disabled: false,
  ...extra,
});

describe('who the Mutual covers', () => {
  const day = '2026-11-27';

  it('counts age in full years, birthday included', () => {
    expect(ageOn('2005-11-27', day)).toBe(21);
    expect(ageOn('2005-11-28', day)).toBe(20);
  });

  it('covers children until 21', () => {
    expect(isEligibleDependent(child('2005-11-28'), day)).toBe(true);
    expect(isEligibleDependent(child('2005-11-27'), day)).toBe(false);
  });

  it('covers students until 26 while the certificate is valid', () => {
    expect(isEligibleDependent(child('2003-01-01', { studentUntil: '2027-06-30' }), day)).toBe(true);
    expect(isEligibleDependent(child('2003-01-01', { studentUntil: '2025-06-30' }), day)).toBe(false);
    expect(isEligibleDependent(child('2000-01-01', { studentUntil: '2027-06-30' }), day)).toBe(false);
  });

  it('covers disabled children at any age, spouses always, parents never', () => {
    expect(isEligibleDependent(child('1980-01-01', { disabled: true }), day)).toBe(true);
    expect(isEligibleDependent({ ...child('1970-01-01'), relation: 'SPOUSE' }, day)).toBe(true);
    expect(isEligibleDependent({ ...child('1950-01-01'), relation: 'PARENT' }, day)).toBe(false);
  });

  it('ends a child’s rights on the eve of the 21st birthday', () => {
    expect(childCoverageEnd('2004-03-01')).toBe('2025-02-28');
  });

  it('treats a coverage as active from its start to its end date included', () => {
    expect(isCoverageActive({ startDate: '2020-01-01', endDate: null }, day)).toBe(true);
    expect(isCoverageActive({ startDate: '2020-01-01', endDate: day }, day)).toBe(true);
    expect(isCoverageActive({ startDate: '2020-01-01', endDate: '2026-11-26' }, day)).toBe(false);
    expect(isCoverageActive({ startDate: '2026-11-28', endDate: null }, day)).toBe(false);
  });
});
