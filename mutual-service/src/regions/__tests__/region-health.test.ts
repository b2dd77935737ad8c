import { composeRegionHealth } from '../regions.service';

describe('composeRegionHealth', () => {
  it('gives zeros and no averages to a region with nothing decided', () => {
    const health = composeRegionHealth(2026, undefined, [], 0);
    expect(health).toMatchObject({ pendingClaims: 0, claimsThisYear: 0, averageProcessingDays: null, decidedWithin15Days: null });
    expect(health.reimbursementPerBeneficiary).toBe(0n);
    expect(health.claimsByStatus.every((entry) => entry.count === 0)).toBe(true);
  });

  it('rounds the amount per beneficiary to the nearest centime', () => {
    const figures = { regionCode: 'SAFI', pending: 1, submitted: 4, reimbursed: '1000', decided: 4, averageProcessingDays: 10, decidedWithin15Days: 3 };
    const health = composeRegionHealth(2026, figures, [{ regionCode: 'SAFI', status: 'PAID', count: 4 }], 3);
    expect(health.reimbursementPerBeneficiary).toBe(333n);
    expect(composeRegionHealth(2026, { ...figures, reimbursed: '1001' }, [], 2).reimbursementPerBeneficiary).toBe(501n);
    expect(health.decidedWithin15Days).toBe(0.75);
    expect(health.claimsByStatus.find((entry) => entry.status === 'PAID')?.count).toBe(4);
  });
});
