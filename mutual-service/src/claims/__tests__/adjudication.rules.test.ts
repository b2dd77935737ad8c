import { coverageOn, type BeneficiaryFacts } from '../../beneficiaries/eligibility.rules';
import {
  amountClaimed,
  approvalOf,
  capToCeiling,
  ceilingsLeft,
  claimSnapshot,
  filingDeadline,
  filingDeadlineMonths,
  isLateFiling,
  lineReimbursable,
  linesReimbursable,
  providerMayBill,
  rateBasisPoints,
  sameActs,
  validateSubmission,
} from '../adjudication.rules';

const officer: BeneficiaryFacts = {
  kind: 'OFFICER',
  relation: null,
  birthDate: '1975-03-01',
  studentUntil: null,
  disabled: false,
  officerStatus: 'ACTIVE',
};
const child = (facts: Partial<BeneficiaryFacts>): BeneficiaryFacts => ({
  ...officer,
  kind: 'DEPENDENT',
  relation: 'CHILD',
  birthDate: '2003-06-15',
  ...facts,
});
const open = [{ planId: 'P', startDate: '2010-01-01', endDate: null }];

describe('coverage at the date of care', () => {
  it('covers a child to 21, to 26 while the student certificate is valid, and at any age when disabled', () => {
    expect(coverageOn(child({}), open, '2024-06-14')).toEqual({ covered: true, planId: 'P' });
    expect(coverageOn(child({}), open, '2026-06-15')).toEqual({ covered: false });
    expect(coverageOn(child({ studentUntil: '2027-09-30' }), open, '2026-06-15').covered).toBe(true);
    expect(coverageOn(child({ studentUntil: '2025-09-30' }), open, '2026-06-15').covered).toBe(false);
    expect(coverageOn(child({ studentUntil: '2035-09-30' }), open, '2029-06-15').covered).toBe(false);
    expect(coverageOn(child({ disabled: true }), open, '2060-01-01').covered).toBe(true);
  });

  it('decides at the date of care, not of filing', () => {
    // Care at 20, filed at 22: covered.
    expect(coverageOn(child({}), open, '2023-12-01').covered).toBe(true);
  });

  it('keeps widows and orphans covered after the officer died', () => {
    expect(
      coverageOn(
        { ...officer, kind: 'DEPENDENT', relation: 'SPOUSE', officerStatus: 'KILLED_ON_DUTY' },
        open,
        '2026-01-01',
      ).covered,
    ).toBe(true);
    expect(coverageOn(child({ officerStatus: 'DECEASED' }), open, '2020-01-01').covered).toBe(true);
  });

  it('needs a coverage period containing the day; parents are not covered', () => {
    expect(
      coverageOn(officer, [{ planId: 'P', startDate: '2010-01-01', endDate: '2019-12-31' }], '2020-01-01').covered,
    ).toBe(false);
    expect(coverageOn(officer, [], '2020-01-01').covered).toBe(false);
    expect(coverageOn({ ...officer, kind: 'DEPENDENT', relation: 'PARENT' }, open, '2020-01-01').covered).toBe(false);
  });
});

describe('reimbursement arithmetic', () => {
  it('reimburses the tariff (or a lower price) times the rate, rounded down', () => {
    expect(rateBasisPoints('0.8000')).toBe(8000n);
    expect(rateBasisPoints('1')).toBe(10000n);
    expect(lineReimbursable(20_000n, 1, 15_000n, 8000n)).toBe(12_000n);
    expect(lineReimbursable(10_000n, 3, 15_000n, 8000n)).toBe(24_000n);
    expect(lineReimbursable(333n, 1, 1000n, 7000n)).toBe(233n);
  });

  it("reimburses each line from its act's tariff and the plan's rate, and nothing for an act without a tariff", () => {
    const tariffs = [
      { actCode: 'C1', tariff: '15000' },
      { actCode: 'B12', tariff: '1000' },
    ];
    const lines = [
      { actCode: 'C1', unitPrice: '20000', quantity: 1 },
      { actCode: 'B12', unitPrice: '333', quantity: 2 },
      { actCode: 'UNKNOWN', unitPrice: '5000', quantity: 1 },
    ];
    expect(linesReimbursable(lines, tariffs, '0.7000')).toEqual([10_500n, 466n, 0n]);
  });

  it('caps to the remaining ceiling, line by line', () => {
    expect(capToCeiling([100n, 200n], 1000n)).toEqual({ lines: [100n, 200n], total: 300n, capped: false });
    expect(capToCeiling([100n, 200n], 150n)).toEqual({ lines: [100n, 50n], total: 150n, capped: true });
    expect(capToCeiling([100n], 0n)).toEqual({ lines: [0n], total: 0n, capped: true });
    expect(capToCeiling([100n], -5n).total).toBe(0n);
  });

  it('grants the lines at the rate, capped by what the ceiling leaves, and says which decision that is', () => {
    const lines = [
      { actCode: 'CS', unitPrice: '15000', quantity: 2 },
      { actCode: 'C', unitPrice: '8000', quantity: 1 },
    ];
    const tariffs = [
      { actCode: 'CS', tariff: '15000' },
      { actCode: 'C', tariff: '8000' },
    ];
    const rule = { rate: '0.8000', yearlyCeiling: 600_000n };
    expect(approvalOf(lines, tariffs, rule, 0n)).toEqual({
      reimbursable: 30_400n,
      ceilingLeft: 600_000n,
      granted: { lines: [24_000n, 6_400n], total: 30_400n, capped: false },
      outcome: 'APPROVED',
    });
    expect(approvalOf(lines, tariffs, rule, 580_000n)).toMatchObject({
      ceilingLeft: 20_000n,
      granted: { lines: [20_000n, 0n], total: 20_000n, capped: true },
      outcome: 'PARTIALLY_APPROVED',
    });
    expect(approvalOf(lines, tariffs, rule, 600_000n)).toMatchObject({
      ceilingLeft: 0n,
      granted: { total: 0n },
      outcome: 'CEILING_REACHED',
    });
    expect(approvalOf(lines, tariffs, rule, 700_000n).ceilingLeft).toBe(0n);
    // Acts the tariff does not price reimburse nothing, which no ceiling refuses.
    expect(approvalOf(lines, [], rule, 600_000n)).toMatchObject({ reimbursable: 0n, outcome: 'APPROVED' });
  });

  it("says what each of a plan's ceilings leaves for the year, never below 0, beside what is still examined", () => {
    const rules = [
      { careType: 'CONSULTATION' as const, rate: '0.8000', yearlyCeiling: '600000' },
      { careType: 'DENTAL' as const, rate: '0.7000', yearlyCeiling: '300000' },
      { careType: 'OPTICAL' as const, rate: '0.6000', yearlyCeiling: '150000' },
    ];
    const none = { inProgress: 0n, claimsInProgress: 0 };
    const use = [
      { careType: 'DENTAL' as const, approved: 120_050n, inProgress: 250_000n, claimsInProgress: 2 },
      { careType: 'OPTICAL' as const, approved: 150_000n, ...none },
      { careType: 'PHARMACY' as const, approved: 9_999n, ...none },
    ];
    expect(ceilingsLeft(rules, use)).toEqual([
      { careType: 'CONSULTATION', rate: 0.8, yearlyCeiling: 600_000n, approved: 0n, remaining: 600_000n, ...none },
      {
        careType: 'DENTAL',
        rate: 0.7,
        yearlyCeiling: 300_000n,
        approved: 120_050n,
        // What is being examined is said beside what is left, never taken from it before the decision.
        remaining: 179_950n,
        inProgress: 250_000n,
        claimsInProgress: 2,
      },
      { careType: 'OPTICAL', rate: 0.6, yearlyCeiling: 150_000n, approved: 150_000n, remaining: 0n, ...none },
    ]);
    const lowered = ceilingsLeft(
      [{ ...rules[0], yearlyCeiling: '100000' }],
      [{ careType: 'CONSULTATION', approved: 120_000n, ...none }],
    );
    expect(lowered[0]).toMatchObject({ approved: 120_000n, remaining: 0n });
  });
});

describe('filing deadline and duplicates', () => {
  it('is two years after the end of care by default, configurable', () => {
    expect(filingDeadlineMonths({})).toBe(24);
    expect(filingDeadlineMonths({ MUTUAL_CLAIM_FILING_DEADLINE_MONTHS: '6' })).toBe(6);
    expect(() => filingDeadlineMonths({ MUTUAL_CLAIM_FILING_DEADLINE_MONTHS: 'two' })).toThrow(
      /MUTUAL_CLAIM_FILING_DEADLINE_MONTHS/,
    );
    expect(filingDeadline('2024-02-29', 24)).toBe('2026-02-28');
    expect(isLateFiling('2024-03-10', '2026-03-10', 24)).toBe(false);
    expect(isLateFiling('2024-03-10', '2026-03-11', 24)).toBe(true);
  });

  it('compares act lines in any order', () => {
    const a = [
      { actCode: 'C', quantity: 1, unitPrice: 8000n },
      { actCode: 'B', quantity: 40, unitPrice: '110' },
    ];
    expect(sameActs(a, [...a].reverse())).toBe(true);
    expect(sameActs(a, [a[0]])).toBe(false);
    expect(sameActs(a, [a[0], { ...a[1], quantity: 41 }])).toBe(false);
  });
});

describe('input validation', () => {
  const valid = {
    beneficiaryId: '101321',
    providerId: 'p',
    careType: 'CONSULTATION' as const,
    careStartDate: '2026-01-10',
    careEndDate: '2026-01-12',
    diagnosisCodes: ['J06.9'],
    lines: [{ actCode: 'C', quantity: 1, unitPrice: 8000n }],
  };
  const fieldOf = (overrides: object): unknown => {
    try {
      validateSubmission({ ...valid, ...overrides }, '2026-02-01');
      return null;
    } catch (error) {
      return (error as { extensions: { field: string } }).extensions.field;
    }
  };

  it('names the field at fault', () => {
    expect(fieldOf({})).toBeNull();
    expect(fieldOf({ careEndDate: '2026-01-09' })).toBe('careEndDate');
    expect(fieldOf({ careStartDate: '2026-03-01', careEndDate: '2026-03-02' })).toBe('careStartDate');
    expect(fieldOf({ lines: [{ actCode: 'C', quantity: 0, unitPrice: 8000n }] })).toBe('lines.0.quantity');
    expect(fieldOf({ lines: [{ actCode: 'C', quantity: 1, unitPrice: -1n }] })).toBe('lines.0.unitPrice');
    expect(fieldOf({ lines: [] })).toBe('lines');
    expect(fieldOf({ diagnosisCodes: ['x'] })).toBe('diagnosisCodes.0');
    // An unknown act is a rejection code, not an input error.
    expect(fieldOf({ lines: [{ actCode: 'NOPE1', quantity: 1, unitPrice: 100n }] })).toBeNull();
  });
});

describe('claim figures', () => {
  it('claims price times quantity over every line', () => {
    expect(
      amountClaimed([
        { actCode: 'C', quantity: 2, unitPrice: 8000n },
        { actCode: 'B', quantity: 1, unitPrice: 150n },
      ]),
    ).toBe(16150n);
  });

  it('lets a pharmacy claim name any provider, other care only one that offers it', () => {
    expect(providerMayBill(['CONSULTATION'], 'PHARMACY')).toBe(true);
    expect(providerMayBill(['CONSULTATION'], 'CONSULTATION')).toBe(true);
    expect(providerMayBill(['CONSULTATION'], 'HOSPITALISATION')).toBe(false);
  });

  it('audits a claim by its state and amounts as strings, never its diagnoses', () => {
    const snapshot = claimSnapshot({
      status: 'APPROVED',
      rejectionCode: null,
      amountClaimed: 16150n,
      amountApproved: '12920',
      version: 3,
    });
    expect(snapshot).toEqual({
      status: 'APPROVED',
      rejectionCode: null,
      amountClaimed: '16150',
      amountApproved: '12920',
      version: 3,
    });
  });
});
