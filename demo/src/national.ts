/**
 * The national-scale population for performance work (`npm run seed --
 * --scale national`): about 75,000 officers and 225,000 dependents, in the
 * same shapes as the demonstration population and, like it, deterministic,
 * so that the foundation's registry and the mutual's beneficiary file agree
 * person by person. Regions keep the demonstration's proportions.
 */
import { REGION_CODES, type RegionCode } from '@dsp/common';
import { FAMILY_NAMES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, type Name } from './names';
import type {
  DemoDependent,
  DemoHead,
  DemoOfficer,
  DemoOfficerStatus,
  DemoPopulation,
  DemoRank,
  DemoTraining,
} from './population';
import { createRandom, type Random } from './random';
import { SOCIAL_CASE_MANAGEMENT, TRAININGS } from './trainings';

export const NATIONAL_OFFICERS = 75_000;

/** The demonstration's officers per region, used as weights. */
const REGION_WEIGHTS: Readonly<Record<RegionCode, number>> = {
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
const SENIOR_RANKS: ReadonlySet<DemoRank> = new Set([
  'COMMISSAIRE',
  'COMMISSAIRE_PRINCIPAL',
  'COMMISSAIRE_DIVISIONNAIRE',
  'CONTROLEUR_GENERAL',
]);
const REFERENCE_YEAR = 2026;
const TRAINING_CODES = Object.keys(TRAININGS);

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const dateIn = (random: Random, year: number): string =>
  `${year}-${pad2(random.int(1, 12))}-${pad2(random.int(1, 28))}`;

/** Officers per region, adding up to exactly `total`. */
export function nationalRegionSizes(total = NATIONAL_OFFICERS): Array<[RegionCode, number]> {
  const weight = REGION_CODES.reduce((sum, code) => sum + REGION_WEIGHTS[code], 0);
  let given = 0;
  return REGION_CODES.map((code, i) => {
    const size = i === REGION_CODES.length - 1 ? total - given : Math.round((REGION_WEIGHTS[code] * total) / weight);
    given += size;
    return [code, size];
  });
}

function status(random: Random, birthYear: number): DemoOfficerStatus {
  if (birthYear <= 1964) return random.chance(0.85) ? 'RETIRED' : 'DECEASED';
  const roll = random.next();
  return roll < 0.02 ? 'DECEASED' : roll < 0.028 ? 'KILLED_ON_DUTY' : 'ACTIVE';
}

function trainings(random: Random, serviceStartYear: number): DemoTraining[] {
  const from = Math.min(serviceStartYear + 2, 2024);
  return TRAINING_CODES.filter(() => random.chance(0.2)).map((code) => ({
    code,
    title: TRAININGS[code] ?? code,
    completedOn: dateIn(random, random.int(from, 2025)),
  }));
}

/**
 * Three dependents per officer on average: a spouse for most, children
 * (students among the young adults), a parent for one in four.
 */
function family(
  random: Random,
  officer: DemoOfficer,
  female: boolean,
  birthYear: number,
  nextId: () => string,
): DemoDependent[] {
  const people: DemoDependent[] = [];
  const person = (
    relation: DemoDependent['relation'],
    name: Name,
    lastName: Name,
    birthDate: string,
  ): DemoDependent => ({
    id: nextId(),
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
  if (age >= 24 && random.chance(0.9)) {
    const spouseYear = birthYear + random.int(-3, 6);
    people.push(
      person(
        'SPOUSE',
        random.pick(female ? MALE_FIRST_NAMES : FEMALE_FIRST_NAMES),
        random.pick(FAMILY_NAMES),
        dateIn(random, spouseYear),
      ),
    );
    const children = random.int(1, Math.min(4, Math.floor((age - 22) / 4) + 1));
    for (let c = 0; c < children; c++) {
      const childYear = Math.min(REFERENCE_YEAR - 1, birthYear + random.int(25, 42));
      const child = person(
        'CHILD',
        random.pick(random.chance(0.5) ? MALE_FIRST_NAMES : FEMALE_FIRST_NAMES),
        familyName,
        dateIn(random, childYear),
      );
      const childAge = REFERENCE_YEAR - childYear;
      if (childAge >= 18 && childAge <= 27 && random.chance(0.55))
        child.studentUntil = random.chance(0.8) ? '2027-06-30' : '2025-06-30';
      people.push(child);
    }
  }
  if (random.chance(0.3)) {
    const parentYear = birthYear - random.int(22, 35);
    people.push(person('PARENT', random.pick(FEMALE_FIRST_NAMES), familyName, dateIn(random, parentYear)));
  }
  return people;
}

/**
 * The national population: pure and deterministic. Matricules run from
 * 100001 upwards, region after region; every region's head is its most
 * senior active officer, eligible (15 years, the social case management
 * training) and of a commissioner's rank.
 */
export function nationalPopulation(total = NATIONAL_OFFICERS): DemoPopulation {
  const random = createRandom(20251231);
  const officers: DemoOfficer[] = [];
  const dependents: DemoDependent[] = [];
  const heads: DemoHead[] = [];
  let serial = 100000;
  let dependentSerial = 0;
  const nextDependentId = (): string => serialUuid(0xde9e, ++dependentSerial);
  for (const [regionCode, size] of nationalRegionSizes(total)) {
    let head: DemoOfficer | undefined;
    for (let i = 0; i < size; i++) {
      const female = random.chance(0.14);
      const [firstNameLatin, firstNameAr] = random.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
      const [lastNameLatin, lastNameAr] = random.pick(FAMILY_NAMES);
      const birthYear = random.int(1958, 2003);
      const serviceStartYear = Math.min(REFERENCE_YEAR - 1, birthYear + random.int(21, 27));
      const step = Math.min(
        RANKS.length - 1,
        Math.max(0, Math.floor((REFERENCE_YEAR - serviceStartYear) / 3.5) + random.int(-1, 1)),
      );
      const officer: DemoOfficer = {
        matricule: String(++serial),
        firstNameAr,
        lastNameAr,
        firstNameLatin,
        lastNameLatin,
        rank: RANKS[step],
        regionCode,
        status: status(random, birthYear),
        birthDate: dateIn(random, birthYear),
        serviceStartDate: dateIn(random, serviceStartYear),
        trainings: trainings(random, serviceStartYear),
      };
      officers.push(officer);
      for (const dependent of family(random, officer, female, birthYear, nextDependentId)) dependents.push(dependent);
      if (
        officer.status === 'ACTIVE' &&
        officer.serviceStartDate <= '2010-09-09' &&
        (!head || officer.serviceStartDate < head.serviceStartDate)
      )
        head = officer;
    }
    if (!head) throw new Error(`The national data has no eligible head for ${regionCode}.`);
    if (!head.trainings.some((training) => training.code === SOCIAL_CASE_MANAGEMENT)) {
      head.trainings.push({
        code: SOCIAL_CASE_MANAGEMENT,
        title: TRAININGS[SOCIAL_CASE_MANAGEMENT] ?? SOCIAL_CASE_MANAGEMENT,
        completedOn: '2024-05-20',
      });
    }
    if (!SENIOR_RANKS.has(head.rank)) head.rank = 'COMMISSAIRE_PRINCIPAL';
    heads.push({
      regionCode,
      matricule: head.matricule,
      startDate: '2025-09-09',
      decisionReference: `DGSN/DRH/2025/0909-${regionCode}`,
      approvedBy: 'Directeur Général de la Sûreté Nationale',
    });
  }
  return { officers, dependents, heads };
}

/** Each tag's first four groups of serialUuid, written once. */
const SERIAL_PREFIXES = new Map<number, string>();

/** A UUID made from a table tag and a serial: deterministic, unique per tag, and in index order. */
export function serialUuid(tag: number, serial: number): string {
  let prefix = SERIAL_PREFIXES.get(tag);
  if (prefix === undefined) {
    prefix = `${tag.toString(16).padStart(8, '0')}-0000-4000-8000-`;
    SERIAL_PREFIXES.set(tag, prefix);
  }
  return prefix + serial.toString(16).padStart(12, '0');
}
