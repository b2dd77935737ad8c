import { BadUserInputError } from '@dsp/common';
import {
  beneficiaryKindOf,
  isCampaignOpen,
  rankingScore,
  refusal,
  rulesFromJson,
  validateRules,
  type Applicant,
} from '../eligibility.rules';

const NO_RULES = rulesFromJson({});
const child: Applicant = {
  officerStatus: 'ACTIVE',
  kind: 'CHILD',
  birthDate: '2015-06-01',
  programmeBenefits: 0,
  familyApprovedInCampaign: 0,
};

describe('beneficiary kinds', () => {
  it.each([
    ['ACTIVE', null, 'OFFICER'],
    ['RETIRED', null, 'RETIREE'],
    ['ACTIVE', 'SPOUSE', 'SPOUSE'],
    ['RETIRED', 'SPOUSE', 'SPOUSE'],
    ['DECEASED', 'SPOUSE', 'WIDOW'],
    ['KILLED_ON_DUTY', 'SPOUSE', 'WIDOW'],
    ['ACTIVE', 'CHILD', 'CHILD'],
    ['KILLED_ON_DUTY', 'CHILD', 'ORPHAN'],
    ['DECEASED', 'CHILD', 'ORPHAN'],
  ] as const)('an officer %s and relation %s give %s', (status, relation, kind) => {
    expect(beneficiaryKindOf(status, relation)).toBe(kind);
  });

  it('refuses a deceased officer applying for themself, and parents, as BENEFICIARY', () => {
    const deceased = beneficiaryKindOf('DECEASED', null);
    expect(deceased).toMatchObject({ rule: 'BENEFICIARY' });
    expect(typeof deceased === 'string' ? deceased : deceased.message).toMatch(/deceased officer/);
    expect(beneficiaryKindOf('KILLED_ON_DUTY', null)).toMatchObject({ rule: 'BENEFICIARY' });
    const parent = beneficiaryKindOf('ACTIVE', 'PARENT');
    expect(parent).toMatchObject({ rule: 'BENEFICIARY' });
    expect(typeof parent === 'string' ? parent : parent.message).toMatch(/parents/);
  });
});

describe('campaign period', () => {
  it('is open from the opening day to the closing day, both included', () => {
    const campaign = { opensOn: '2026-09-01', closesOn: '2026-09-30' };
    expect(isCampaignOpen(campaign, '2026-08-31')).toBe(false);
    expect(isCampaignOpen(campaign, '2026-09-01')).toBe(true);
    expect(isCampaignOpen(campaign, '2026-09-30')).toBe(true);
    expect(isCampaignOpen(campaign, '2026-10-01')).toBe(false);
  });
});

describe('eligibility rules', () => {
  it('lets anyone through when no rule is set', () => {
    expect(refusal(NO_RULES, '2026-07-01', child)).toBeNull();
  });

  it('names each rule an applicant fails', () => {
    const rules = (json: Record<string, unknown>) => rulesFromJson(json);
    expect(refusal(rules({ beneficiaryKinds: ['OFFICER'] }), '2026-07-01', child)?.rule).toBe('BENEFICIARY_KIND');
    expect(refusal(rules({ minAge: 12 }), '2026-07-01', child)?.rule).toBe('MIN_AGE');
    expect(refusal(rules({ minAge: 12 }), '2026-07-01', child)?.message).toMatch(/is 11 on 2026-07-01/);
    expect(refusal(rules({ maxAge: 10 }), '2026-07-01', child)?.rule).toBe('MAX_AGE');
    expect(refusal(rules({ officerStatuses: ['RETIRED'] }), '2026-07-01', child)?.rule).toBe('OFFICER_STATUS');
    expect(refusal(rules({ oncePerLifetime: true }), '2026-07-01', { ...child, programmeBenefits: 1 })?.rule).toBe(
      'ONCE_PER_LIFETIME',
    );
    expect(refusal(rules({ maxPerFamily: 2 }), '2026-07-01', { ...child, familyApprovedInCampaign: 2 })?.rule).toBe(
      'MAX_PER_FAMILY',
    );
    expect(refusal(rules({ maxPerFamily: 2 }), '2026-07-01', { ...child, familyApprovedInCampaign: 1 })).toBeNull();
  });

  it('measures ages at the reference date, the opening date by default, an anniversary counting on its day', () => {
    expect(refusal(rulesFromJson({ minAge: 11 }), '2026-05-31', child)?.rule).toBe('MIN_AGE');
    expect(refusal(rulesFromJson({ minAge: 11 }), '2026-06-01', child)).toBeNull();
    expect(refusal(rulesFromJson({ minAge: 11, ageReferenceDate: '2026-06-01' }), '2026-01-01', child)).toBeNull();
  });

  it('validates input rules naming the field, and normalises their order', () => {
    const valid = validateRules({
      beneficiaryKinds: ['ORPHAN', 'CHILD'],
      minAge: 6,
      maxAge: 15,
      officerStatuses: ['KILLED_ON_DUTY', 'ACTIVE'],
    });
    expect(valid).toEqual({
      beneficiaryKinds: ['CHILD', 'ORPHAN'],
      minAge: 6,
      maxAge: 15,
      ageReferenceDate: null,
      officerStatuses: ['ACTIVE', 'KILLED_ON_DUTY'],
      oncePerLifetime: false,
      maxPerFamily: null,
      priorityKilledOnDuty: false,
    });
    const field = (input: Parameters<typeof validateRules>[0]): string | undefined => {
      try {
        validateRules(input);
        return undefined;
      } catch (error) {
        expect(error).toBeInstanceOf(BadUserInputError);
        return (error as BadUserInputError).extensions.field as string;
      }
    };
    expect(field({ beneficiaryKinds: [] })).toBe('eligibility.beneficiaryKinds');
    expect(field({ beneficiaryKinds: ['CHILD', 'CHILD'] })).toBe('eligibility.beneficiaryKinds');
    expect(field({ beneficiaryKinds: ['CHILD'], minAge: 16, maxAge: 15 })).toBe('eligibility.maxAge');
    expect(field({ beneficiaryKinds: ['CHILD'], minAge: -1 })).toBe('eligibility.minAge');
    expect(field({ beneficiaryKinds: ['CHILD'], maxPerFamily: 0 })).toBe('eligibility.maxPerFamily');
    expect(field({ beneficiaryKinds: ['CHILD'], ageReferenceDate: '2026-01-01' })).toBe('eligibility.ageReferenceDate');
    expect(field({ beneficiaryKinds: ['OFFICER'], officerStatuses: ['ACTIVE', 'ACTIVE'] })).toBe(
      'eligibility.officerStatuses',
    );
  });
});

describe('ranking score', () => {
  const facts = { officerStatus: 'ACTIVE' as const, serviceStartDate: '2006-03-01', children: 2, programmeBenefits: 0 };

  it('adds first time, children and seniority at the submission date', () => {
    // 300 first time + 2 × 20 children + 20 whole years of service.
    expect(rankingScore({ priorityKilledOnDuty: false }, facts, '2026-03-01')).toBe(360);
    expect(rankingScore({ priorityKilledOnDuty: false }, facts, '2026-02-28')).toBe(359);
    expect(rankingScore({ priorityKilledOnDuty: false }, { ...facts, programmeBenefits: 1 }, '2026-03-01')).toBe(60);
  });

  it('caps children at 6 and seniority at 40 years', () => {
    expect(
      rankingScore(
        { priorityKilledOnDuty: false },
        { ...facts, children: 9, serviceStartDate: '1970-01-01' },
        '2026-03-01',
      ),
    ).toBe(300 + 120 + 40);
  });

  it('ranks families of officers killed on duty first when the campaign says so, and bereaved families higher always', () => {
    const killed = { ...facts, officerStatus: 'KILLED_ON_DUTY' as const };
    expect(rankingScore({ priorityKilledOnDuty: true }, killed, '2026-03-01')).toBe(1000 + 200 + 360);
    expect(rankingScore({ priorityKilledOnDuty: false }, killed, '2026-03-01')).toBe(200 + 360);
    expect(rankingScore({ priorityKilledOnDuty: true }, { ...facts, officerStatus: 'DECEASED' }, '2026-03-01')).toBe(
      200 + 360,
    );
  });
});
