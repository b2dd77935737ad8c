import { csvHeader, csvRows, toRows } from '../comparison';
import { sortBy } from '../sort';
import type { ComparisonRegion } from '../comparison';

const region = (code: string, spend: string, health: string | null, rate: number | null): ComparisonRegion => ({
  code,
  nameFr: `R ${code}`,
  nameAr: `ج ${code}`,
  staffCount: 10,
  beneficiaryCount: 20,
  social: {
    year: 2026,
    approvalRate: rate,
    spendPerBeneficiary: spend,
    budget: { allocated: '1', committed: '1', disbursed: '1' },
  },
  health:
    health === null
      ? null
      : {
          year: 2026,
          beneficiaryCount: 20,
          reimbursementPerBeneficiary: health,
          averageProcessingDays: 4.5,
          decidedWithin15Days: 1,
        },
});

describe('national comparison rows', () => {
  const rows = toRows([
    region('FES', '12.50', '3.00', 0.5),
    region('RABAT', '100.00', null, null),
    region('OUJDA', '7', '9', 1),
  ]);

  it('turns Money strings into numbers and keeps a missing half as null', () => {
    expect(rows[0]).toMatchObject({
      code: 'FES',
      socialPerBeneficiary: 12.5,
      healthPerBeneficiary: 3,
      approvalRate: 0.5,
      processingDays: 4.5,
    });
    expect(rows[1]).toMatchObject({ healthPerBeneficiary: null, processingDays: null, approvalRate: null });
  });

  it('sorts by any column both ways, missing values last either way', () => {
    expect(sortBy(rows, (r) => r.socialPerBeneficiary, 'desc').map((r) => r.code)).toEqual(['RABAT', 'FES', 'OUJDA']);
    expect(sortBy(rows, (r) => r.socialPerBeneficiary, 'asc').map((r) => r.code)).toEqual(['OUJDA', 'FES', 'RABAT']);
    expect(sortBy(rows, (r) => r.healthPerBeneficiary, 'asc').map((r) => r.code)).toEqual(['FES', 'OUJDA', 'RABAT']);
    expect(sortBy(rows, (r) => r.healthPerBeneficiary, 'desc').map((r) => r.code)).toEqual(['OUJDA', 'FES', 'RABAT']);
    expect(sortBy(rows, (r) => r.nameFr, 'desc').map((r) => r.code)).toEqual(
      ['R RABAT', 'R OUJDA', 'R FES'].map((n) => n.slice(2)),
    );
  });

  it('gives one CSV row per region in the header order', () => {
    expect(csvRows(rows)[0]).toEqual(['FES', 'R FES', 'ج FES', 10, 20, 12.5, 3, 0.5, 4.5]);
    expect(csvHeader).toHaveLength(csvRows(rows)[0].length);
  });
});
