import { ageOn, beneficiaryKind, candidateOf, refusingRule, type CampaignRules } from '../eligibility';

const camp = (eligibility: Partial<CampaignRules['eligibility']>): CampaignRules => ({
  opensOn: '2026-07-01',
  eligibility: {
    beneficiaryKinds: [],
    minAge: null,
    maxAge: null,
    ageReferenceDate: null,
    officerStatuses: [],
    ...eligibility,
  },
});

describe('eligibility before sending', () => {
  it('counts whole years up to the day before a birthday', () => {
    expect(ageOn('2010-07-02', '2026-07-01')).toBe(15);
    expect(ageOn('2010-07-01', '2026-07-01')).toBe(16);
  });

  it("names a deceased officer's spouse a widow and child an orphan, and refuses a parent", () => {
    expect(beneficiaryKind({ officerStatus: 'KILLED_ON_DUTY', relation: 'CHILD', birthDate: null })).toBe('ORPHAN');
    expect(beneficiaryKind({ officerStatus: 'DECEASED', relation: 'SPOUSE', birthDate: null })).toBe('WIDOW');
    expect(refusingRule(camp({}), { officerStatus: 'ACTIVE', relation: 'PARENT', birthDate: '1950-01-01' })).toBe(
      'BENEFICIARY',
    );
  });

  it('names the rule the API would give, in its order: kind, then ages at the reference date, then the officer status', () => {
    const summerCamp = camp({
      beneficiaryKinds: ['CHILD', 'ORPHAN'],
      minAge: 6,
      maxAge: 15,
      ageReferenceDate: '2026-07-15',
    });
    expect(refusingRule(summerCamp, { officerStatus: 'ACTIVE', relation: null, birthDate: null })).toBe(
      'BENEFICIARY_KIND',
    );
    expect(refusingRule(summerCamp, { officerStatus: 'ACTIVE', relation: 'CHILD', birthDate: '2022-01-01' })).toBe(
      'MIN_AGE',
    );
    expect(refusingRule(summerCamp, { officerStatus: 'ACTIVE', relation: 'CHILD', birthDate: '2010-07-14' })).toBe(
      'MAX_AGE',
    );
    expect(
      refusingRule(summerCamp, { officerStatus: 'ACTIVE', relation: 'CHILD', birthDate: '2015-01-01' }),
    ).toBeNull();
    expect(
      refusingRule(camp({ officerStatuses: ['ACTIVE'] }), {
        officerStatus: 'RETIRED',
        relation: null,
        birthDate: null,
      }),
    ).toBe('OFFICER_STATUS');
  });

  it('counts the officer’s own age, not only a dependent’s', () => {
    const file = {
      status: 'ACTIVE' as const,
      birthDate: '1970-03-01',
      dependents: [{ id: 'd1', relation: 'CHILD' as const, birthDate: '2012-05-01' }],
    };
    const youngOnly = camp({ maxAge: 30 });
    expect(refusingRule(youngOnly, candidateOf(file, '')!)).toBe('MAX_AGE');
    expect(refusingRule(youngOnly, candidateOf(file, 'd1')!)).toBeNull();
    expect(candidateOf(file, 'someone else')).toBeNull();
  });
});
