import type { ProgrammeFigures } from '../applications.repository';
import { composeRegionSocial } from '../social.rules';

function figures(overrides: Partial<ProgrammeFigures>): ProgrammeFigures {
  return {
    regionCode: 'FES',
    programmeId: 'p',
    programmeKind: 'HAJJ',
    allocated: '0',
    open: 0,
    committed: '0',
    disbursed: '0',
    approvedInYear: 0,
    decidedInYear: 0,
    paidInYear: '0',
    ...overrides,
  };
}

describe('social figures', () => {
  it('adds programmes up, lists them in kind order, and has no rate without decisions', () => {
    const social = composeRegionSocial(
      'FES',
      2026,
      [
        figures({
          programmeId: 'eid',
          programmeKind: 'EID_GRANT',
          allocated: '500',
          committed: '200',
          open: 2,
          approvedInYear: 1,
          decidedInYear: 4,
          paidInYear: '300',
        }),
        figures({
          programmeId: 'hajj',
          programmeKind: 'HAJJ',
          allocated: '10000',
          committed: '5000',
          disbursed: '5000',
          open: 1,
          approvedInYear: 1,
          decidedInYear: 1,
          paidInYear: '5000',
        }),
      ],
      10,
    );
    expect(social.programmes.map((p) => p.programmeId)).toEqual(['hajj', 'eid']);
    expect(social).toMatchObject({
      openApplications: 3,
      approvedThisYear: 2,
      decidedThisYear: 5,
      approvalRate: 0.4,
      spendPerBeneficiary: 530n,
    });
    expect(social.budget).toEqual({ allocated: 10500n, committed: 5200n, disbursed: 5000n });
    expect(composeRegionSocial('FES', 2026, [], 10).approvalRate).toBeNull();
  });
});
