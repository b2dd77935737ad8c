import { BadUserInputError, wholeYearsBetween } from '@dsp/common';
import type {
  BeneficiaryKind,
  DependentRelation,
  EligibilityRulesInput,
  OfficerStatus,
} from '../generated/schema-types';

/**
 * A campaign's eligibility rules, stored as data in campaign.eligibility
 * (jsonb, checked by eligibility_rules_valid() in the database). The
 * vocabulary is small and documented in README "Eligibility rules"; every
 * rule that is set must hold, an unset one (null, false or an empty list)
 * does not apply. Everything here is a pure function.
 */
export interface CampaignRules {
  beneficiaryKinds: BeneficiaryKind[];
  minAge: number | null;
  maxAge: number | null;
  ageReferenceDate: string | null;
  officerStatuses: OfficerStatus[];
  oncePerLifetime: boolean;
  maxPerFamily: number | null;
  priorityKilledOnDuty: boolean;
}

/** The rule an application fails, as it appears in the NOT_ELIGIBLE error's extensions.rule. */
export type EligibilityRuleName =
  | 'BENEFICIARY'
  | 'CAMPAIGN_PERIOD'
  | 'REGION_ALLOCATION'
  | 'BENEFICIARY_KIND'
  | 'MIN_AGE'
  | 'MAX_AGE'
  | 'OFFICER_STATUS'
  | 'ONCE_PER_LIFETIME'
  | 'MAX_PER_FAMILY';

export interface Refusal {
  rule: EligibilityRuleName;
  message: string;
}

export const BENEFICIARY_KINDS: readonly BeneficiaryKind[] = [
  'OFFICER',
  'SPOUSE',
  'CHILD',
  'RETIREE',
  'WIDOW',
  'ORPHAN',
];
export const OFFICER_STATUSES: readonly OfficerStatus[] = ['ACTIVE', 'RETIRED', 'DECEASED', 'KILLED_ON_DUTY'];
const MAX_AGE_LIMIT = 120;
const MAX_FAMILY_LIMIT = 50;

const isBereaved = (status: OfficerStatus): boolean => status === 'DECEASED' || status === 'KILLED_ON_DUTY';

/**
 * Who the beneficiary is for a campaign's rules, or why they are none:
 * the officer in service (OFFICER) or retired (RETIREE), never a deceased
 * officer themself; a spouse (SPOUSE, or WIDOW once the officer is deceased
 * or killed on duty); a child (CHILD, or ORPHAN likewise). Parents are
 * dependents for the Mutual, not beneficiaries of the Foundation's
 * campaigns.
 */
export function beneficiaryKindOf(
  officerStatus: OfficerStatus,
  relation: DependentRelation | null,
): BeneficiaryKind | Refusal {
  if (relation === null) {
    if (officerStatus === 'ACTIVE') return 'OFFICER';
    if (officerStatus === 'RETIRED') return 'RETIREE';
    return {
      rule: 'BENEFICIARY',
      message:
        'Not eligible (BENEFICIARY): a deceased officer cannot apply for themself; apply for their widow or orphans.',
    };
  }
  if (relation === 'SPOUSE') return isBereaved(officerStatus) ? 'WIDOW' : 'SPOUSE';
  if (relation === 'CHILD') return isBereaved(officerStatus) ? 'ORPHAN' : 'CHILD';
  return {
    rule: 'BENEFICIARY',
    message: "Not eligible (BENEFICIARY): an officer's parents are not beneficiaries of the Foundation's campaigns.",
  };
}

/** A campaign takes applications from its opening day to its closing day, both included. */
export function isCampaignOpen(campaign: { opensOn: string; closesOn: string }, today: string): boolean {
  return campaign.opensOn <= today && today <= campaign.closesOn;
}

/** Rules read from the database: missing keys are unset rules. */
export function rulesFromJson(json: unknown): CampaignRules {
  const value = (json ?? {}) as Partial<CampaignRules>;
  return {
    beneficiaryKinds: value.beneficiaryKinds ?? [],
    minAge: value.minAge ?? null,
    maxAge: value.maxAge ?? null,
    ageReferenceDate: value.ageReferenceDate ?? null,
    officerStatuses: value.officerStatuses ?? [],
    oncePerLifetime: value.oncePerLifetime ?? false,
    maxPerFamily: value.maxPerFamily ?? null,
    priorityKilledOnDuty: value.priorityKilledOnDuty ?? false,
  };
}

function optionalInteger(field: string, value: number | null | undefined, min: number, max: number): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < min || value > max)
    throw new BadUserInputError(field, `${field} is a whole number from ${min} to ${max}.`);
  return value;
}

/**
 * Input rules checked and normalised for storage, or BAD_USER_INPUT naming
 * the field: at least one beneficiary kind, no duplicates, ages from 0 to
 * 120 in order, at most N per family with N from 1 to 50, a reference date
 * only with an age rule.
 */
export function validateRules(input: EligibilityRulesInput): CampaignRules {
  const kinds = input.beneficiaryKinds;
  if (kinds.length === 0)
    throw new BadUserInputError('eligibility.beneficiaryKinds', 'Name at least one kind of beneficiary.');
  if (new Set(kinds).size !== kinds.length)
    throw new BadUserInputError('eligibility.beneficiaryKinds', 'A kind of beneficiary is listed twice.');
  const statuses = input.officerStatuses ?? [];
  if (new Set(statuses).size !== statuses.length)
    throw new BadUserInputError('eligibility.officerStatuses', 'An officer status is listed twice.');
  const minAge = optionalInteger('eligibility.minAge', input.minAge, 0, MAX_AGE_LIMIT);
  const maxAge = optionalInteger('eligibility.maxAge', input.maxAge, 0, MAX_AGE_LIMIT);
  if (minAge !== null && maxAge !== null && minAge > maxAge)
    throw new BadUserInputError('eligibility.maxAge', 'maxAge must not be below minAge.');
  const ageReferenceDate = input.ageReferenceDate ?? null;
  if (ageReferenceDate !== null && minAge === null && maxAge === null) {
    throw new BadUserInputError('eligibility.ageReferenceDate', 'An age reference date needs minAge or maxAge.');
  }
  return {
    beneficiaryKinds: BENEFICIARY_KINDS.filter((kind) => kinds.includes(kind)),
    minAge,
    maxAge,
    ageReferenceDate,
    officerStatuses: OFFICER_STATUSES.filter((status) => statuses.includes(status)),
    oncePerLifetime: input.oncePerLifetime ?? false,
    maxPerFamily: optionalInteger('eligibility.maxPerFamily', input.maxPerFamily, 1, MAX_FAMILY_LIMIT),
    priorityKilledOnDuty: input.priorityKilledOnDuty ?? false,
  };
}

/** What the rules look at, read from the registry and the family's applications when the application is made. */
export interface Applicant {
  officerStatus: OfficerStatus;
  kind: BeneficiaryKind;
  birthDate: string;
  /** APPROVED or PAID applications of this beneficiary in any campaign of the programme. */
  programmeBenefits: number;
  /** APPROVED or PAID applications of the officer's family in this campaign. */
  familyApprovedInCampaign: number;
}

/** The first rule the applicant fails, in the order of the vocabulary, or null when every set rule holds. */
export function refusal(rules: CampaignRules, campaignOpensOn: string, applicant: Applicant): Refusal | null {
  if (rules.beneficiaryKinds.length > 0 && !rules.beneficiaryKinds.includes(applicant.kind)) {
    return {
      rule: 'BENEFICIARY_KIND',
      message: `Not eligible (BENEFICIARY_KIND): this campaign is for ${rules.beneficiaryKinds.join(', ')}; the beneficiary is ${applicant.kind}.`,
    };
  }
  const referenceDate = rules.ageReferenceDate ?? campaignOpensOn;
  const age = wholeYearsBetween(applicant.birthDate, referenceDate);
  if (rules.minAge !== null && age < rules.minAge) {
    return {
      rule: 'MIN_AGE',
      message: `Not eligible (MIN_AGE): the beneficiary is ${age} on ${referenceDate}; the campaign starts at ${rules.minAge}.`,
    };
  }
  if (rules.maxAge !== null && age > rules.maxAge) {
    return {
      rule: 'MAX_AGE',
      message: `Not eligible (MAX_AGE): the beneficiary is ${age} on ${referenceDate}; the campaign ends at ${rules.maxAge}.`,
    };
  }
  if (rules.officerStatuses.length > 0 && !rules.officerStatuses.includes(applicant.officerStatus)) {
    return {
      rule: 'OFFICER_STATUS',
      message: `Not eligible (OFFICER_STATUS): the officer must be ${rules.officerStatuses.join(' or ')}; they are ${applicant.officerStatus}.`,
    };
  }
  return familyRefusal(rules, applicant);
}

/** The rules that depend on other applications, checked again when an application is approved. */
export function familyRefusal(
  rules: CampaignRules,
  applicant: Pick<Applicant, 'programmeBenefits' | 'familyApprovedInCampaign'>,
): Refusal | null {
  if (rules.oncePerLifetime && applicant.programmeBenefits > 0) {
    return {
      rule: 'ONCE_PER_LIFETIME',
      message:
        'Not eligible (ONCE_PER_LIFETIME): the beneficiary has already benefited from this programme, which is granted once in a lifetime.',
    };
  }
  if (rules.maxPerFamily !== null && applicant.familyApprovedInCampaign >= rules.maxPerFamily) {
    return {
      rule: 'MAX_PER_FAMILY',
      message: `Not eligible (MAX_PER_FAMILY): the family already has ${applicant.familyApprovedInCampaign} approved application(s) in this campaign, the most it may have.`,
    };
  }
  return null;
}

/** What the ranking looks at, at submission. */
export interface RankingFacts {
  officerStatus: OfficerStatus;
  serviceStartDate: string;
  /** The officer's children (CHILD dependents), whatever their age. */
  children: number;
  /** APPROVED or PAID applications of this beneficiary in any campaign of the programme. */
  programmeBenefits: number;
}

/** The points of the ranking, published as they are by `Query.rankingRule` for the queues to say what a score counts. */
export const RANKING = {
  killedOnDutyPriority: 1000,
  firstTime: 300,
  bereaved: 200,
  perChild: 20,
  maxChildren: 6,
  perServiceYear: 1,
  maxServiceYears: 40,
} as const;

/**
 * The ranking score (README "Ranking"), computed once at submission and
 * stored: 1000 when the campaign gives priority to families of officers
 * killed on duty and this is one; 300 when the beneficiary never benefited
 * from the programme; 200 for the family of a deceased or killed officer
 * (widows, orphans); 20 per child of the officer, up to 6 children; plus the
 * officer's whole years of service at the submission date, up to 40.
 */
export function rankingScore(
  rules: Pick<CampaignRules, 'priorityKilledOnDuty'>,
  facts: RankingFacts,
  submittedOn: string,
): number {
  const priority =
    rules.priorityKilledOnDuty && facts.officerStatus === 'KILLED_ON_DUTY' ? RANKING.killedOnDutyPriority : 0;
  const firstTime = facts.programmeBenefits === 0 ? RANKING.firstTime : 0;
  const bereaved = isBereaved(facts.officerStatus) ? RANKING.bereaved : 0;
  const children = Math.min(facts.children, RANKING.maxChildren) * RANKING.perChild;
  const seniority =
    Math.min(Math.max(wholeYearsBetween(facts.serviceStartDate, submittedOn), 0), RANKING.maxServiceYears) *
    RANKING.perServiceYear;
  return priority + firstTime + bereaved + children + seniority;
}
