import { type HeadTermSnapshot, REGION_CODES, type RegionCode } from '@dsp/common';
import { createRandom, demoHeadTerm, type DemoOfficer, demoPopulation, type Random } from '@dsp/demo';
import { childCoverageEnd, isEligibleDependent } from '../beneficiaries/eligibility.rules';
import { later, MUTUAL_FILE_OPENED, OFFICER_RANKS, SENIOR_RANKS } from '../beneficiaries/enrolment.rules';
import { AUTHORISATION_LEAD_DAYS } from '../claims/adjudication.rules';
import type { CareType, ClaimStatus, RejectionCode } from '../generated/schema-types';
import type { PriorAuthorisationModel } from '../prior-authorisations/prior-authorisation.model';
import {
  ACT_TARIFFS,
  DIAGNOSES,
  PLANS,
  PROVIDER_TEMPLATES,
  REGION_CITIES,
  type ActTariff,
  type ProviderTemplate,
} from './catalogue';
import { schemeReference } from '../registry-feed/registry-feed.rules';

/**
 * The demonstration data, computed in memory from the shared population and
 * a fixed seed, so every run and every machine gets the same rows. Dates are
 * fixed too: the data describes the Mutual as of REFERENCE_INSTANT.
 */
export const REFERENCE_INSTANT = new Date('2026-11-27T17:00:00Z');
export const REFERENCE_DAY = REFERENCE_INSTANT.toISOString().slice(0, 10);
/** Claims start here: the last months of 2025, then all of 2026. */
const CLAIMS_FROM = new Date('2025-09-01T08:00:00Z');
const DAY_MS = 86_400_000;

export interface BeneficiaryRow {
  personId: string;
  kind: 'OFFICER' | 'DEPENDENT';
  officerMatricule: string;
  relation: 'SPOUSE' | 'CHILD' | 'PARENT' | null;
  birthDate: string;
  studentUntil: string | null;
  disabled: boolean;
  officerStatus: DemoOfficer['status'];
  regionCode: string;
}
export interface CoverageRow {
  id: string;
  beneficiaryId: string;
  planId: string;
  memberNumber: string;
  compulsorySchemeReference: string;
  startDate: string;
  endDate: string | null;
}
export interface PlanRow {
  id: string;
  code: string;
  name: string;
  nameAr: string;
}
export interface PlanRuleRow {
  planId: string;
  careType: CareType;
  rate: string;
  yearlyCeiling: number;
}
export interface ProviderRow {
  id: string;
  name: string;
  nameAr: string;
  kind: 'MEDICAL_CENTRE' | 'CONTRACTED';
  city: string;
  cityAr: string;
  regionCode: string;
  careTypes: CareType[];
}
export interface ClaimRow {
  id: string;
  reference: string;
  beneficiaryId: string;
  handlingRegionCode: string;
  providerId: string | null;
  careType: CareType;
  careStartDate: string;
  careEndDate: string;
  status: ClaimStatus;
  rejectionCode: RejectionCode | null;
  diagnosisCodes: string[];
  submittedAt: Date;
  decidedAt: Date | null;
  paidAt: Date | null;
  amountClaimed: number;
  amountApproved: number | null;
}
export interface ClaimLineRow {
  id: string;
  claimId: string;
  lineNumber: number;
  actCode: string;
  quantity: number;
  unitPrice: number;
  amountClaimed: number;
  amountApproved: number | null;
}
/** A prior authorisation as the seed writes it (the database sets its version). */
export type PriorAuthorisationRow = Omit<PriorAuthorisationModel, 'version'>;
export interface DemoData {
  plans: PlanRow[];
  planRules: PlanRuleRow[];
  acts: readonly ActTariff[];
  providers: ProviderRow[];
  beneficiaries: BeneficiaryRow[];
  coverages: CoverageRow[];
  claims: ClaimRow[];
  claimLines: ClaimLineRow[];
  priorAuthorisations: PriorAuthorisationRow[];
  /** The heads' terms in force, as the registry feed's demo events give them. */
  headTerms: HeadTermSnapshot[];
}

export const STATUSES: readonly ClaimStatus[] = [
  'ENTERED',
  'CHECKED',
  'UNDER_REVIEW',
  'APPROVED',
  'PARTIALLY_APPROVED',
  'REJECTED',
  'PAID',
];
export const PENDING: ReadonlySet<ClaimStatus> = new Set(['ENTERED', 'CHECKED', 'UNDER_REVIEW']);
export const REJECTIONS: readonly RejectionCode[] = [
  'NOT_COVERED',
  'CEILING_REACHED',
  'DUPLICATE',
  'LATE_FILING',
  'ACT_NOT_IN_TARIFF',
  'PRIOR_AUTHORISATION_MISSING',
  'MEDICAL_ADVICE',
];

export function weighted<T>(random: Random, choices: ReadonlyArray<readonly [T, number]>): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return choices[choices.length - 1][0];
}

export const CARE_WEIGHTS: ReadonlyArray<readonly [CareType, number]> = [
  ['CONSULTATION', 30],
  ['PHARMACY', 25],
  ['LABORATORY', 12],
  ['DENTAL', 10],
  ['IMAGING', 8],
  ['OPTICAL', 5],
  ['PHYSIOTHERAPY', 5],
  ['HOSPITALISATION', 5],
];
export const STATUS_WEIGHTS: ReadonlyArray<readonly [ClaimStatus, number]> = [
  ['PAID', 62],
  ['REJECTED', 9],
  ['APPROVED', 6],
  ['PARTIALLY_APPROVED', 5],
  ['ENTERED', 6],
  ['CHECKED', 5],
  ['UNDER_REVIEW', 7],
];

export const day = (instant: Date): string => instant.toISOString().slice(0, 10);
export const addDays = (instant: Date, days: number): Date => new Date(instant.getTime() + days * DAY_MS);

/** Days from submission to decision: most within two weeks, a tail up to six. */
function processingDays(random: Random): number {
  return random.chance(0.65) ? random.int(1, 14) : random.int(15, 42);
}

/** An instant during office hours on a random day in [from, to]. */
function instantBetween(random: Random, from: Date, to: Date): Date {
  const days = Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
  const base = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()) + random.int(0, days) * DAY_MS;
  return new Date(Math.min(base + random.int(8 * 60, 17 * 60) * 60_000, to.getTime()));
}

interface Timeline {
  submittedAt: Date;
  decidedAt: Date | null;
  paidAt: Date | null;
}

/** Times consistent with the status: pending claims are recent, decided ones were submitted earlier, paid ones paid after. */
export function timelineFor(random: Random, status: ClaimStatus): Timeline {
  if (PENDING.has(status)) {
    return {
      submittedAt: instantBetween(random, addDays(REFERENCE_INSTANT, -40), REFERENCE_INSTANT),
      decidedAt: null,
      paidAt: null,
    };
  }
  if (status === 'APPROVED' || status === 'PARTIALLY_APPROVED') {
    const decidedAt = instantBetween(random, addDays(REFERENCE_INSTANT, -20), REFERENCE_INSTANT);
    return { submittedAt: addDays(decidedAt, -processingDays(random)), decidedAt, paidAt: null };
  }
  const submittedAt = instantBetween(random, CLAIMS_FROM, addDays(REFERENCE_INSTANT, -70));
  const decidedAt = addDays(submittedAt, processingDays(random));
  return { submittedAt, decidedAt, paidAt: status === 'PAID' ? addDays(decidedAt, random.int(2, 20)) : null };
}

export function planFor(random: Random, officer: DemoOfficer): string {
  const upgrade = random.chance(0.15);
  if (SENIOR_RANKS.has(officer.rank)) return 'PREMIUM';
  if (OFFICER_RANKS.has(officer.rank)) return upgrade ? 'PREMIUM' : 'CONFORT';
  return upgrade ? 'CONFORT' : 'ESSENTIEL';
}

/** One of a region's providers from its template: a name picked from the template's, in both languages, in the template's city. */
export function providerRow(
  id: string,
  regionCode: RegionCode,
  template: ProviderTemplate,
  random: Random,
): ProviderRow {
  const name = random.pick(template.names);
  const city = REGION_CITIES[regionCode][template.city];
  return {
    id,
    name: name.fr,
    nameAr: name.ar,
    kind: template.kind,
    city: city.fr,
    cityAr: city.ar,
    regionCode,
    careTypes: [...template.careTypes],
  };
}

export function buildDemoData(): DemoData {
  const random = createRandom(20260101);
  const population = demoPopulation();

  const plans: PlanRow[] = PLANS.map(({ code, name, nameAr }) => ({ id: random.uuid(), code, name, nameAr }));
  const planIds = new Map(plans.map((plan) => [plan.code, plan.id]));
  const planRules: PlanRuleRow[] = PLANS.flatMap((plan) =>
    Object.entries(plan.rules).map(([careType, rule]) => ({
      planId: planIds.get(plan.code)!,
      careType: careType as CareType,
      rate: (rule.rateBasisPoints / 10_000).toFixed(4),
      yearlyCeiling: rule.yearlyCeiling,
    })),
  );
  const rateOf = new Map(PLANS.map((plan) => [planIds.get(plan.code)!, plan.rules]));

  const providers: ProviderRow[] = REGION_CODES.flatMap((regionCode: RegionCode) =>
    PROVIDER_TEMPLATES.map((template) => providerRow(random.uuid(), regionCode, template, random)),
  );

  // The beneficiary file: officers (not those who died: their widows and
  // orphans stay covered), and dependents with rights on the reference day.
  // Children who outgrew their rights keep their file with an ended coverage.
  const beneficiaries: BeneficiaryRow[] = [];
  const coverages: CoverageRow[] = [];
  const officers = new Map(population.officers.map((officer) => [officer.matricule, officer]));
  const officerPlan = new Map<string, string>();
  const officerStart = new Map<string, string>();
  let memberSerial = 0;
  const cover = (
    personId: string,
    planId: string,
    reference: string,
    startDate: string,
    endDate: string | null,
  ): void => {
    coverages.push({
      id: random.uuid(),
      beneficiaryId: personId,
      planId,
      memberNumber: `MUT-${String(++memberSerial).padStart(6, '0')}`,
      compulsorySchemeReference: reference,
      startDate,
      endDate,
    });
  };

  for (const officer of population.officers) {
    const planId = planIds.get(planFor(random, officer))!;
    officerPlan.set(officer.matricule, planId);
    officerStart.set(officer.matricule, later(officer.serviceStartDate, MUTUAL_FILE_OPENED));
    if (officer.status === 'DECEASED' || officer.status === 'KILLED_ON_DUTY') continue;
    beneficiaries.push({
      personId: officer.matricule,
      kind: 'OFFICER',
      officerMatricule: officer.matricule,
      relation: null,
      birthDate: officer.birthDate,
      studentUntil: null,
      disabled: false,
      officerStatus: officer.status,
      regionCode: officer.regionCode,
    });
    cover(officer.matricule, planId, schemeReference(officer.matricule, 0), officerStart.get(officer.matricule)!, null);
  }

  const dependentsSeen = new Map<string, number>();
  for (const dependent of population.dependents) {
    if (dependent.relation === 'PARENT') continue;
    const officer = officers.get(dependent.officerMatricule);
    if (!officer) continue;
    const eligible = isEligibleDependent(dependent, REFERENCE_DAY);
    const startDate = later(officerStart.get(officer.matricule)!, dependent.birthDate);
    const endDate = eligible ? null : childCoverageEnd(dependent.birthDate);
    if (endDate !== null && endDate < startDate) continue;
    const rank = (dependentsSeen.get(officer.matricule) ?? 0) + 1;
    dependentsSeen.set(officer.matricule, rank);
    beneficiaries.push({
      personId: dependent.id,
      kind: 'DEPENDENT',
      officerMatricule: officer.matricule,
      relation: dependent.relation,
      birthDate: dependent.birthDate,
      studentUntil: dependent.studentUntil,
      disabled: dependent.disabled,
      officerStatus: officer.status,
      regionCode: officer.regionCode,
    });
    cover(
      dependent.id,
      officerPlan.get(officer.matricule)!,
      schemeReference(officer.matricule, rank),
      startDate,
      endDate,
    );
  }

  const { claims, claimLines } = buildClaims(random, beneficiaries, coverages, providers, rateOf);
  // A random stream of their own, so adding authorisations left every other row as it was.
  const priorAuthorisations = buildPriorAuthorisations(
    createRandom(20260102),
    beneficiaries,
    coverages,
    providers,
    claims,
  );
  return {
    plans,
    planRules,
    acts: ACT_TARIFFS,
    providers,
    beneficiaries,
    coverages,
    claims,
    claimLines,
    priorAuthorisations,
    headTerms: population.heads.map(demoHeadTerm),
  };
}

function buildClaims(
  random: Random,
  beneficiaries: readonly BeneficiaryRow[],
  coverages: readonly CoverageRow[],
  providers: readonly ProviderRow[],
  rules: Map<string, Record<CareType, { rateBasisPoints: number; yearlyCeiling: number }>>,
): { claims: ClaimRow[]; claimLines: ClaimLineRow[] } {
  // What each person has been granted per care type and year of care: the
  // seed never grants past the plan's yearly ceiling, as adjudication would not.
  const consumed = new Map<string, number>();
  const claims: ClaimRow[] = [];
  const claimLines: ClaimLineRow[] = [];
  const coverageOf = new Map(coverages.map((coverage) => [coverage.beneficiaryId, coverage]));
  const actsOf = (careType: CareType): ActTariff[] => ACT_TARIFFS.filter((act) => act.careType === careType);
  const perRegion = new Map<string, number>();
  const referenceSerial = new Map<number, number>();

  for (const beneficiary of beneficiaries) {
    const coverage = coverageOf.get(beneficiary.personId);
    if (!coverage || coverage.endDate !== null) continue;
    const count = random.int(1, 5);
    for (let n = 0; n < count; n++) {
      // The first claims of each region go through every status, so every
      // region shows every status whatever the draw.
      const seen = perRegion.get(beneficiary.regionCode) ?? 0;
      perRegion.set(beneficiary.regionCode, seen + 1);
      const status = seen < STATUSES.length ? STATUSES[seen] : weighted(random, STATUS_WEIGHTS);
      const careType = weighted(random, CARE_WEIGHTS);
      const timeline = timelineFor(random, status);
      const careEnd = addDays(timeline.submittedAt, -random.int(1, 30));
      const careDays =
        careType === 'HOSPITALISATION' ? random.int(1, 6) : careType === 'PHYSIOTHERAPY' ? random.int(7, 30) : 0;
      const careStartDate = day(addDays(careEnd, -careDays));
      if (careStartDate < coverage.startDate) continue;

      const candidates =
        careType === 'PHARMACY'
          ? []
          : providers.filter((p) => p.regionCode === beneficiary.regionCode && p.careTypes.includes(careType));
      const provider = candidates.length > 0 ? random.pick(candidates) : null;
      const rate = rules.get(coverage.planId)![careType].rateBasisPoints;
      const ceilingKey = `${beneficiary.personId}:${careStartDate.slice(0, 4)}:${careType}`;
      let remaining = rules.get(coverage.planId)![careType].yearlyCeiling - (consumed.get(ceilingKey) ?? 0);
      const year = timeline.submittedAt.getUTCFullYear();
      const serial = (referenceSerial.get(year) ?? 0) + 1;
      referenceSerial.set(year, serial);
      const claimId = random.uuid();

      const lineCount = random.int(1, 3);
      const acts = actsOf(careType);
      let claimed = 0;
      let approved = 0;
      for (let l = 1; l <= lineCount; l++) {
        const act = random.pick(acts);
        const quantity = random.int(act.quantity[0], act.quantity[1]);
        // Own centres and pharmacies charge the tariff; contracted providers often charge above it.
        const unitPrice =
          provider?.kind === 'CONTRACTED'
            ? Math.round((act.tariff * (1 + random.int(0, 80) / 100)) / 10) * 10
            : act.tariff;
        const lineClaimed = unitPrice * quantity;
        let lineApproved: number | null = Math.floor((Math.min(unitPrice, act.tariff) * quantity * rate) / 10_000);
        if (status === 'REJECTED' || (status === 'PARTIALLY_APPROVED' && l === lineCount)) {
          lineApproved = status === 'PARTIALLY_APPROVED' && lineCount === 1 ? Math.floor(lineApproved / 2) : 0;
        }
        if (PENDING.has(status)) lineApproved = null;
        if (lineApproved !== null) {
          lineApproved = Math.max(0, Math.min(lineApproved, remaining));
          remaining -= lineApproved;
        }
        claimed += lineClaimed;
        approved += lineApproved ?? 0;
        claimLines.push({
          id: random.uuid(),
          claimId,
          lineNumber: l,
          actCode: act.actCode,
          quantity,
          unitPrice,
          amountClaimed: lineClaimed,
          amountApproved: lineApproved,
        });
      }
      if (!PENDING.has(status) && status !== 'REJECTED')
        consumed.set(ceilingKey, (consumed.get(ceilingKey) ?? 0) + approved);
      const diagnoses = DIAGNOSES[careType];
      const firstDiagnosis = random.pick(diagnoses);
      const secondDiagnosis = random.chance(0.3) ? random.pick(diagnoses) : firstDiagnosis;
      claims.push({
        id: claimId,
        reference: `RB-${year}-${String(serial).padStart(6, '0')}`,
        beneficiaryId: beneficiary.personId,
        handlingRegionCode: beneficiary.regionCode,
        providerId: provider?.id ?? null,
        careType,
        careStartDate,
        careEndDate: day(careEnd),
        status,
        rejectionCode: status === 'REJECTED' ? random.pick(REJECTIONS) : null,
        diagnosisCodes: [...new Set([firstDiagnosis, secondDiagnosis])],
        submittedAt: timeline.submittedAt,
        decidedAt: timeline.decidedAt,
        paidAt: timeline.paidAt,
        amountClaimed: claimed,
        amountApproved: PENDING.has(status) ? null : approved,
      });
    }
  }
  return { claims, claimLines };
}

const HOSPITAL_REASONS = [
  'Appendicectomie',
  'Cholécystectomie',
  'Cure de hernie inguinale',
  'Arthroscopie du genou',
  'Accouchement programmé',
  'Coronarographie',
];
const REFUSAL_NOTES = [
  'Indication non justifiée au vu du dossier',
  'Prise en charge ambulatoire suffisante',
  'Pièces médicales insuffisantes',
];
const DECIDED: ReadonlySet<ClaimStatus> = new Set(['APPROVED', 'PARTIALLY_APPROVED', 'PAID']);
const shiftDay = (date: string, days: number): string => day(addDays(new Date(`${date}T00:00:00Z`), days));

/**
 * Prior authorisations consistent with the hospitalisation claims: every
 * approved or paid one has a GRANTED authorisation planned within the
 * workflow's window (AUTHORISATION_LEAD_DAYS before care up to its end);
 * of those awaiting review, one in four has none and one in four a
 * REQUESTED one, so an advisor meets PRIOR_AUTHORISATION_MISSING; a claim
 * rejected for a missing authorisation has a REFUSED one or none. Each
 * region also has upcoming hospitalisations in every state.
 */
function buildPriorAuthorisations(
  random: Random,
  beneficiaries: readonly BeneficiaryRow[],
  coverages: readonly CoverageRow[],
  providers: readonly ProviderRow[],
  claims: readonly ClaimRow[],
): PriorAuthorisationRow[] {
  const rows: PriorAuthorisationRow[] = [];
  const add = (
    beneficiaryId: string,
    regionCode: string,
    providerId: string | null,
    plannedDate: string,
    status: PriorAuthorisationRow['status'],
  ): void => {
    const planned = new Date(`${plannedDate}T00:00:00Z`);
    const latest = new Date(Math.min(addDays(planned, -3).getTime(), addDays(REFERENCE_INSTANT, -4).getTime()));
    const requestedAt = instantBetween(random, addDays(latest, -17), latest);
    rows.push({
      id: random.uuid(),
      beneficiaryId,
      providerId,
      regionCode,
      plannedDate,
      reason: random.pick(HOSPITAL_REASONS),
      status,
      decisionNote: status === 'REFUSED' ? random.pick(REFUSAL_NOTES) : status === 'GRANTED' ? 'Accord' : null,
      requestedAt,
      decidedAt: status === 'REQUESTED' ? null : addDays(requestedAt, random.int(1, 3)),
    });
  };

  const pendingSeen = new Map<string, number>();
  for (const claim of claims) {
    if (claim.careType !== 'HOSPITALISATION') continue;
    const plannedDate = shiftDay(claim.careStartDate, -random.int(0, AUTHORISATION_LEAD_DAYS));
    const here = (status: PriorAuthorisationRow['status']): void =>
      add(claim.beneficiaryId, claim.handlingRegionCode, claim.providerId, plannedDate, status);
    if (DECIDED.has(claim.status)) {
      here('GRANTED');
    } else if (PENDING.has(claim.status)) {
      const seen = pendingSeen.get(claim.handlingRegionCode) ?? 0;
      pendingSeen.set(claim.handlingRegionCode, seen + 1);
      if (seen % 4 === 1) here('REQUESTED');
      else if (seen % 4 >= 2) here('GRANTED');
    } else if (claim.rejectionCode === 'PRIOR_AUTHORISATION_MISSING') {
      if (random.chance(0.5)) here('REFUSED');
    } else if (random.chance(0.7)) {
      here('GRANTED');
    }
  }

  // Upcoming hospitalisations, none claimed yet: every region shows every state.
  const open = new Set(
    coverages.filter((coverage) => coverage.endDate === null).map((coverage) => coverage.beneficiaryId),
  );
  for (const regionCode of REGION_CODES) {
    const people = beneficiaries.filter(
      (beneficiary) => beneficiary.regionCode === regionCode && open.has(beneficiary.personId),
    );
    const clinics = providers.filter(
      (provider) => provider.regionCode === regionCode && provider.careTypes.includes('HOSPITALISATION'),
    );
    const statuses: Array<PriorAuthorisationRow['status']> = [
      'REQUESTED',
      'GRANTED',
      'REFUSED',
      'REQUESTED',
      'GRANTED',
      'REQUESTED',
    ];
    for (const status of statuses) {
      add(
        random.pick(people).personId,
        regionCode,
        clinics.length > 0 ? random.pick(clinics).id : null,
        shiftDay(REFERENCE_DAY, random.int(3, 15)),
        status,
      );
    }
  }
  return rows;
}
