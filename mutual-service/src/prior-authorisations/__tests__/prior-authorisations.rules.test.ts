import { authorisationSnapshot, isPlannedWithinAYear } from '../prior-authorisations.rules';

describe('the audit snapshot of a prior authorisation', () => {
  it('keeps its state and leaves out the clinical reason and note', () => {
    const snapshot = authorisationSnapshot({
      id: 'a',
      beneficiaryId: '101321',
      providerId: 'p',
      regionCode: 'FES',
      plannedDate: '2026-12-01',
      reason: 'Appendicectomie',
      status: 'GRANTED',
      decisionNote: 'Indication confirmée',
      requestedAt: new Date('2026-11-01T10:00:00Z'),
      decidedAt: new Date('2026-11-02T10:00:00Z'),
      version: 2,
    });
    expect(snapshot).toEqual({ status: 'GRANTED', plannedDate: '2026-12-01', providerId: 'p', version: 2 });
  });
});

describe('the planned date of a prior authorisation', () => {
  it('is within a year of the request, before or after, both bounds included', () => {
    expect(isPlannedWithinAYear('2026-12-04', '2026-12-04')).toBe(true);
    expect(isPlannedWithinAYear('2027-12-04', '2026-12-04')).toBe(true);
    expect(isPlannedWithinAYear('2025-12-04', '2026-12-04')).toBe(true);
    expect(isPlannedWithinAYear('2027-12-05', '2026-12-04')).toBe(false);
    expect(isPlannedWithinAYear('2025-12-03', '2026-12-04')).toBe(false);
  });
});
