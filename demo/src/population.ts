/**
 * The demonstration population shared by both services' seeds (until the
 * registry feed carries it): deterministic, so that the foundation's registry
 * and the mutual's beneficiary file agree person by person.
 */
import { REGION_CODES, type RegionCode } from '@dsp/common';
import { FAMILY_NAMES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, type Name } from './names';
import { createRandom, type Random } from './random';
import { SOCIAL_CASE_MANAGEMENT, TRAININGS } from './trainings';

export type DemoRank =
  | 'GARDIEN_DE_LA_PAIX'
  | 'BRIGADIER'
  | 'BRIGADIER_CHEF'
  | 'OFFICIER_DE_PAIX'
  | 'INSPECTEUR'
  | 'OFFICIER_DE_POLICE'
  | 'OFFICIER_PRINCIPAL'
  | 'COMMISSAIRE'
  | 'COMMISSAIRE_PRINCIPAL'
  | 'COMMISSAIRE_DIVISIONNAIRE'
  | 'CONTROLEUR_GENERAL';

export type DemoOfficerStatus = 'ACTIVE' | 'RETIRED' | 'DECEASED' | 'KILLED_ON_DUTY';

export interface DemoTraining {
  code: string;
  title: string;
  completedOn: string;
}

export interface DemoOfficer {
  matricule: string;
  firstNameAr: string;
  lastNameAr: string;
  firstNameLatin: string;
  lastNameLatin: string;
  rank: DemoRank;
  regionCode: string;
  status: DemoOfficerStatus;
  birthDate: string;
  serviceStartDate: string;
  trainings: DemoTraining[];
}

export interface DemoDependent {
  /** A UUID, the `Dependent` key in both subgraphs. */
  id: string;
  officerMatricule: string;
  relation: 'SPOUSE' | 'CHILD' | 'PARENT';
  firstNameAr: string;
  firstNameLatin: string;
  /** The family name, same as the officer's for children. */
  lastNameAr: string;
  lastNameLatin: string;
  birthDate: string;
  /** Last day of a student certificate's validity, or null. */
  studentUntil: string | null;
  disabled: boolean;
}

export interface DemoHead {
  regionCode: string;
  matricule: string;
  startDate: string;
  decisionReference: string;
  approvedBy: string;
}

export interface DemoPopulation {
  officers: DemoOfficer[];
  dependents: DemoDependent[];
  /** The 17 heads appointed on 2025-09-09 (all eligible: 15+ years, SOCIAL_CASE_MANAGEMENT training). */
  heads: DemoHead[];
}

/** Officers per region in the demonstration data: bigger cities, bigger services. */
const OFFICERS_PER_REGION: Readonly<Record<RegionCode, number>> = {
  ALHOCEIMA: 80,
  SAFI: 110,
  CASABLANCA: 420,
  ERRACHIDIA: 90,
  NADOR: 110,
  SALE: 160,
  OUJDA: 160,
  LAAYOUNE: 100,
  TAZA: 90,
  FES: 240,
  KENITRA: 150,
  BENIMELLAL: 130,
  DAKHLA: 60,
  TANGIER: 220,
  RABAT: 300,
  TETOUAN: 140,
  AGADIR: 200,
};

/** Ranks from the first to the highest, reached with seniority. */
const RANKS: readonly DemoRank[] = [
  'GARDIEN_DE_LA_PAIX',
  'BRIGADIER',
  'BRIGADIER_CHEF',
  'OFFICIER_DE_PAIX',
  'INSPECTEUR',
  'OFFICIER_DE_POLICE',
  'OFFICIER_PRINCIPAL',
  'COMMISSAIRE',
  'COMMISSAIRE_PRINCIPAL',
  'COMMISSAIRE_DIVISIONNAIRE',
  'CONTROLEUR_GENERAL',
];

/** The date the seventeen heads were appointed. */
export const HEADS_APPOINTED_ON = '2025-09-09';
const REFERENCE_YEAR = 2026;
const APPROVER = 'Directeur Général de la Sûreté Nationale';

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function randomDate(random: Random, fromYear: number, toYear: number): string {
  return isoDate(random.int(fromYear, toYear), random.int(1, 12), random.int(1, 28));
}

function rankFor(random: Random, serviceYears: number): DemoRank {
  const step = Math.min(RANKS.length - 1, Math.max(0, Math.floor(serviceYears / 3.5) + random.int(-1, 1)));
  return RANKS[step];
}

function trainingsFor(random: Random, serviceStartYear: number): DemoTraining[] {
  return Object.entries(TRAININGS)
    .filter(() => random.chance(0.25))
    .map(([code, title]) => ({
      code,
      title,
      completedOn: randomDate(random, Math.min(serviceStartYear + 2, 2024), 2025),
    }));
}

function officerStatus(random: Random, birthYear: number): DemoOfficerStatus {
  if (birthYear <= 1964) return random.chance(0.85) ? 'RETIRED' : 'DECEASED';
  const roll = random.next();
  return roll < 0.025 ? 'DECEASED' : roll < 0.035 ? 'KILLED_ON_DUTY' : 'ACTIVE';
}

/**
 * The demonstration population: about 2,800 officers across the 17 regions
 * with their spouses, children and some parents, and one eligible head per
 * region. Pure and deterministic: the same call gives the same people.
 */
export function demoPopulation(): DemoPopulation {
  const random = createRandom(20250909);
  const officers: DemoOfficer[] = [];
  const dependents: DemoDependent[] = [];
  const heads: DemoHead[] = [];
  let serial = 100000;

  for (const regionCode of REGION_CODES) {
    const regionOfficers: DemoOfficer[] = [];
    for (let i = 0; i < OFFICERS_PER_REGION[regionCode]; i++) {
      const female = random.chance(0.14);
      const [firstNameLatin, firstNameAr] = random.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
      const [lastNameLatin, lastNameAr] = random.pick(FAMILY_NAMES);
      const birthYear = random.int(1958, 2003);
      const serviceStartYear = Math.min(REFERENCE_YEAR - 1, birthYear + random.int(21, 27));
      const officer: DemoOfficer = {
        matricule: String(++serial),
        firstNameAr,
        lastNameAr,
        firstNameLatin,
        lastNameLatin,
        rank: rankFor(random, REFERENCE_YEAR - serviceStartYear),
        regionCode,
        status: officerStatus(random, birthYear),
        birthDate: randomDate(random, birthYear, birthYear),
        serviceStartDate: randomDate(random, serviceStartYear, serviceStartYear),
        trainings: trainingsFor(random, serviceStartYear),
      };
      regionOfficers.push(officer);
      dependents.push(...familyOf(random, officer, female, birthYear));
    }
    heads.push(appointHead(regionCode, regionOfficers));
    officers.push(...regionOfficers);
  }
  return { officers, dependents, heads };
}

/**
 * The region's head: the most senior active officer (at least 15 years of
 * service by the appointment date), who is given the social case management
 * training if they lack it, so every demonstration head is eligible.
 */
function appointHead(regionCode: RegionCode, regionOfficers: DemoOfficer[]): DemoHead {
  const eligibleBy = isoDate(2010, 9, 9);
  const candidates = regionOfficers
    .filter((officer) => officer.status === 'ACTIVE' && officer.serviceStartDate <= eligibleBy)
    .sort((a, b) => a.serviceStartDate.localeCompare(b.serviceStartDate) || a.matricule.localeCompare(b.matricule));
  const head = candidates[0];
  if (!head) throw new Error(`The demonstration data has no eligible head for ${regionCode}.`);
  if (!head.trainings.some((training) => training.code === SOCIAL_CASE_MANAGEMENT)) {
    head.trainings.push({
      code: SOCIAL_CASE_MANAGEMENT,
      title: TRAININGS[SOCIAL_CASE_MANAGEMENT] ?? SOCIAL_CASE_MANAGEMENT,
      completedOn: '2024-05-20',
    });
  }
  if (!['COMMISSAIRE', 'COMMISSAIRE_PRINCIPAL', 'COMMISSAIRE_DIVISIONNAIRE', 'CONTROLEUR_GENERAL'].includes(head.rank))
    head.rank = 'COMMISSAIRE_PRINCIPAL';
  return {
    regionCode,
    matricule: head.matricule,
    startDate: HEADS_APPOINTED_ON,
    decisionReference: `DGSN/DRH/2025/0909-${regionCode}`,
    approvedBy: APPROVER,
  };
}

function familyOf(random: Random, officer: DemoOfficer, female: boolean, birthYear: number): DemoDependent[] {
  const family: DemoDependent[] = [];
  const person = (
    relation: DemoDependent['relation'],
    name: Name,
    lastName: Name,
    birthDate: string,
  ): DemoDependent => ({
    id: random.uuid(),
    officerMatricule: officer.matricule,
    relation,
    firstNameLatin: name[0],
    firstNameAr: name[1],
    lastNameLatin: lastName[0],
    lastNameAr: lastName[1],
    birthDate,
    studentUntil: null,
    disabled: random.chance(0.015),
  });
  const familyName: Name = [officer.lastNameLatin, officer.lastNameAr];
  const age = REFERENCE_YEAR - birthYear;
  if (age >= 25 && random.chance(0.82)) {
    const spouseBirthYear = birthYear + random.int(-3, 6);
    family.push(
      person(
        'SPOUSE',
        random.pick(female ? MALE_FIRST_NAMES : FEMALE_FIRST_NAMES),
        random.pick(FAMILY_NAMES),
        randomDate(random, spouseBirthYear, spouseBirthYear),
      ),
    );
    const children = random.int(0, Math.min(5, Math.floor((age - 24) / 4) + 1));
    for (let c = 0; c < children; c++) {
      const childYear = Math.min(REFERENCE_YEAR - 1, birthYear + random.int(25, 42));
      const child = person(
        'CHILD',
        random.pick(random.chance(0.5) ? MALE_FIRST_NAMES : FEMALE_FIRST_NAMES),
        familyName,
        randomDate(random, childYear, childYear),
      );
      const childAge = REFERENCE_YEAR - childYear;
      if (childAge >= 18 && childAge <= 27 && random.chance(0.55)) {
        child.studentUntil = random.chance(0.8) ? isoDate(2027, 6, 30) : isoDate(2025, 6, 30);
      }
      family.push(child);
    }
  }
  if (age <= 45 && random.chance(0.1)) {
    const parentYear = birthYear - random.int(22, 35);
    family.push(
      person('PARENT', random.pick(FEMALE_FIRST_NAMES), familyName, randomDate(random, parentYear, parentYear)),
    );
  }
  return family;
}
