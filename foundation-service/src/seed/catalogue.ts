import type { ApplicationDecisionReason, EligibilityRulesInput, ProgrammeKind } from '../generated/schema-types';

export interface SeedProgramme {
  kind: ProgrammeKind;
  nameFr: string;
  nameAr: string;
  campaign: {
    season: string;
    year: number;
    opensOn: string;
    closesOn: string;
    /** Centimes granted per approved application. */
    benefitAmount: bigint;
    /** The campaign's eligibility rules (README "Eligibility rules"), as an administrator would enter them. */
    eligibility: EligibilityRulesInput;
  };
  /** A seed-only filter beyond the rules: scholarships go to students. */
  studentsOnly?: boolean;
}

/**
 * One programme of every kind, each with its 2026 campaign and rules;
 * exceptional aid stays open to the end of the year, so the demonstration
 * has a campaign taking applications.
 */
export const PROGRAMMES: readonly SeedProgramme[] = [
  {
    kind: 'HAJJ',
    nameFr: 'Pèlerinage aux Lieux Saints (Hajj)',
    nameAr: 'برنامج أداء مناسك الحج',
    campaign: {
      season: '2026',
      year: 2026,
      opensOn: '2026-01-05',
      closesOn: '2026-02-28',
      benefitAmount: 5_000_000n,
      eligibility: {
        beneficiaryKinds: ['OFFICER', 'RETIREE'],
        minAge: 40,
        officerStatuses: ['ACTIVE', 'RETIRED'],
        oncePerLifetime: true,
      },
    },
  },
  {
    kind: 'SUMMER_CAMP',
    nameFr: 'Colonies de vacances',
    nameAr: 'المخيمات الصيفية',
    campaign: {
      season: '2026',
      year: 2026,
      opensOn: '2026-04-01',
      closesOn: '2026-05-31',
      benefitAmount: 150_000n,
      eligibility: {
        beneficiaryKinds: ['CHILD', 'ORPHAN'],
        minAge: 6,
        maxAge: 15,
        ageReferenceDate: '2026-07-01',
        maxPerFamily: 2,
        priorityKilledOnDuty: true,
      },
    },
  },
  {
    kind: 'SCHOOL_SUPPORT',
    nameFr: 'Soutien à la rentrée scolaire',
    nameAr: 'الدعم المدرسي',
    campaign: {
      season: '2026-2027',
      year: 2026,
      opensOn: '2026-07-01',
      closesOn: '2026-09-30',
      benefitAmount: 120_000n,
      eligibility: {
        beneficiaryKinds: ['CHILD', 'ORPHAN'],
        minAge: 6,
        maxAge: 18,
        ageReferenceDate: '2026-09-01',
        maxPerFamily: 3,
        priorityKilledOnDuty: true,
      },
    },
  },
  {
    kind: 'SCHOLARSHIP',
    nameFr: "Bourses d'excellence",
    nameAr: 'منح التفوق الدراسي',
    campaign: {
      season: '2026-2027',
      year: 2026,
      opensOn: '2026-07-15',
      closesOn: '2026-10-15',
      benefitAmount: 800_000n,
      eligibility: { beneficiaryKinds: ['CHILD', 'ORPHAN'], minAge: 17, maxAge: 26, priorityKilledOnDuty: true },
    },
    studentsOnly: true,
  },
  {
    kind: 'HOUSING',
    nameFr: 'Aide au logement',
    nameAr: 'دعم السكن',
    campaign: {
      season: '2026',
      year: 2026,
      opensOn: '2026-02-01',
      closesOn: '2026-10-31',
      benefitAmount: 3_000_000n,
      eligibility: { beneficiaryKinds: ['OFFICER'], officerStatuses: ['ACTIVE'], oncePerLifetime: true },
    },
  },
  {
    kind: 'EXCEPTIONAL_AID',
    nameFr: 'Aides exceptionnelles',
    nameAr: 'المساعدات الاستثنائية',
    campaign: {
      season: '2026',
      year: 2026,
      opensOn: '2026-01-01',
      closesOn: '2026-12-31',
      benefitAmount: 1_000_000n,
      eligibility: {
        beneficiaryKinds: ['OFFICER', 'RETIREE', 'SPOUSE', 'WIDOW', 'CHILD', 'ORPHAN'],
        priorityKilledOnDuty: true,
      },
    },
  },
  {
    kind: 'EID_GRANT',
    nameFr: "Aide de l'Aïd Al-Adha",
    nameAr: 'منحة عيد الأضحى',
    campaign: {
      season: '2026',
      year: 2026,
      opensOn: '2026-04-01',
      closesOn: '2026-05-15',
      benefitAmount: 200_000n,
      eligibility: { beneficiaryKinds: ['OFFICER', 'RETIREE', 'WIDOW'], maxPerFamily: 1 },
    },
  },
];

/** Why the demonstration's heads reject: codes, which every reader sees in their own language. */
export const REJECTION_REASONS: readonly ApplicationDecisionReason[] = [
  'CONDITIONS_NOT_MET',
  'INCOMPLETE_FILE',
  'ALREADY_SUPPORTED',
];

/** The same campaign a year earlier (dates and season one year back), closed by now: the data sets' previous year. */
export function campaignYearBefore(campaign: SeedProgramme['campaign']): SeedProgramme['campaign'] {
  const back = (text: string) => text.replace(/\d{4}/g, (year) => String(Number(year) - 1));
  return {
    ...campaign,
    season: back(campaign.season),
    year: campaign.year - 1,
    opensOn: back(campaign.opensOn),
    closesOn: back(campaign.closesOn),
  };
}

/**
 * The seeded applications' references, in the order given: DS, the year of
 * submission (UTC) and a serial per year in the order of submission, seven
 * digits with leading zeros (DS-2025-0000042). The migration that added
 * references numbers existing applications alike; a serial with a leading
 * zero is never one application_reference_seq gives a new application.
 */
export function seedReferences(submittedAt: readonly Date[]): string[] {
  const order = submittedAt.map((_, i) => i).sort((a, b) => submittedAt[a].getTime() - submittedAt[b].getTime());
  const serials = new Map<number, number>();
  const references: string[] = new Array<string>(submittedAt.length);
  for (const i of order) {
    const year = submittedAt[i].getUTCFullYear();
    const serial = (serials.get(year) ?? 0) + 1;
    serials.set(year, serial);
    references[i] = `DS-${year}-${String(serial).padStart(7, '0')}`;
  }
  return references;
}
