import { composeRegionHealth } from '../region-health.rules';

describe('composeRegionHealth', () => {
  it('gives zeros and no averages to a region with nothing decided', () => {
    const health = composeRegionHealth('SAFI', 2026, undefined, []);
    expect(health).toMatchObject({
      pendingClaims: 0,
      claimsThisYear: 0,
      reimbursedThisYear: 0n,
      averageProcessingDays: null,
      decidedWithin15Days: null,
    });
    expect(health.claimsByStatus.every((entry) => entry.count === 0)).toBe(true);
  });

  it('gives the share decided within 15 days and the counts per status', () => {
    const figures = {
      regionCode: 'SAFI',
      pending: 1,
      submitted: 4,
      reimbursed: '1000',
      decided: 4,
      averageProcessingDays: 10,
      decidedWithin15Days: 3,
    };
    const health = composeRegionHealth('SAFI', 2026, figures, [{ regionCode: 'SAFI', status: 'PAID', count: 4 }]);
    expect(health.reimbursedThisYear).toBe(1000n);
    expect(health.decidedWithin15Days).toBe(0.75);
    expect(health.claimsByStatus.find((entry) => entry.status === 'PAID')?.count).toBe(4);
  });
});
