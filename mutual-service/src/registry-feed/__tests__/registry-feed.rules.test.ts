import type { DependentSnapshot } from '@dsp/common';
import { coverageStart, feedMemberNumber, isFinalStatus, rightsEnd, schemeReference } from '../registry-feed.rules';

const child: DependentSnapshot = {
  id: '00000000-0000-4000-8000-000000000001',
  officerMatricule: 'M000001',
  relation: 'CHILD',
  birthDate: '2004-03-15',
  studentFrom: null,
  studentUntil: null,
  disabled: false,
  linkEndedOn: null,
  officerRegionCode: 'CE',
  officerStatus: 'ACTIVE',
  officerRank: 'INSPECTEUR',
  officerServiceStartDate: '1998-09-01',
};

describe('registry feed rules', () => {
  it('never covers again an officer who died', () => {
    expect(isFinalStatus('DECEASED')).toBe(true);
    expect(isFinalStatus('KILLED_ON_DUTY')).toBe(true);
    expect(isFinalStatus('RETIRED')).toBe(false);
    expect(isFinalStatus('ACTIVE')).toBe(false);
  });

  it('numbers a coverage from the event that opened it, and a family member from the officer', () => {
    expect(feedMemberNumber(42)).toBe('MUT-R0000042');
    expect(schemeReference('M000001', 0)).toBe('AMO-M000001-00');
    expect(schemeReference('M000001', 3)).toBe('AMO-M000001-03');
  });

  it('opens a coverage no earlier than the file, the service and the birth', () => {
    expect(coverageStart('1998-09-01')).toBe('2010-01-01');
    expect(coverageStart('2015-06-01')).toBe('2015-06-01');
    expect(coverageStart('1998-09-01', '2012-02-29')).toBe('2012-02-29');
    expect(coverageStart('2015-06-01', '2012-02-29')).toBe('2015-06-01');
  });

  it("ends a dependent's rights with the link, on the eve of a child's 21st birthday, or on the day otherwise", () => {
    expect(rightsEnd({ ...child, linkEndedOn: '2024-05-31' }, '2024-06-30')).toBe('2024-05-31');
    expect(rightsEnd(child, '2026-01-10')).toBe('2025-03-14');
    expect(rightsEnd({ ...child, disabled: true }, '2026-01-10')).toBe('2026-01-10');
    expect(rightsEnd({ ...child, relation: 'SPOUSE' }, '2026-01-10')).toBe('2026-01-10');
  });
});
