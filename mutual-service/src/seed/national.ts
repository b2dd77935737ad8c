import { REGION_CODES } from '@dsp/common';
import {
  bulkLoad,
  type BulkLoadPlan,
  copyArray,
  CopyBuffer,
  type CopyRow,
  type NationalSeedOptions,
  reportProgress,
} from '@dsp/subgraph-kit';
import {
  createRandom,
  type DemoHead,
  demoHeadTerm,
  NATIONAL_OFFICERS,
  nationalPopulation,
  serialUuid,
} from '@dsp/demo';
import { childCoverageEnd, isEligibleDependent } from '../beneficiaries/eligibility.rules';
import { later, MUTUAL_FILE_OPENED } from '../beneficiaries/enrolment.rules';
import type { CareType } from '../generated/schema-types';
import { ACT_TARIFFS, DIAGNOSES, PLANS, PROVIDER_TEMPLATES, type ActTariff } from './catalogue';
import {
  addDays,
  CARE_WEIGHTS,
  day,
  PENDING,
  planFor,
  providerRow,
  REFERENCE_DAY,
  REJECTIONS,
  STATUS_WEIGHTS,
  STATUSES,
  timelineFor,
  weighted,
  type BeneficiaryRow,
  type CoverageRow,
  type ProviderRow,
} from './demo-data';
import { schemeReference } from '../registry-feed/registry-feed.rules';

/**
 * The national-scale mutual (`npm run seed -- --scale national`): the
 * beneficiary file of the national population (the foundation loads the
 * same people), one coverage each, the demonstration's plans, tariffs and
 * providers, and 1,000,000 claims with one or two lines each, drawn as the
 * demonstration's are (statuses, care types, timelines, tariffs and plan
 * rates), spread evenly over the covered people. Prior authorisations and
 * yearly ceilings are left out at this scale: the data set is for
 * measuring reads. Loaded with COPY in one transaction; indexes,
 * constraints and the claim summary rows are built after the rows are in.
 */
export const NATIONAL_CLAIMS = 1_000_000;
const DAY_MS = 86_400_000;

const LOADED_TABLES = [
  'plan',
  'plan_rule',
  'act_tariff',
  'provider',
  'beneficiary',
  'coverage',
  'claim',
  'claim_line',
  'head_term',
];
const MUTUAL_LOAD: BulkLoadPlan = {
  service: 'mutual',
  guardTable: 'beneficiary',
  loadedTables: LOADED_TABLES,
  // What the demonstration seed writes besides, emptied too so that nothing points at a claim or a person that is gone.
  replacedTables: [...LOADED_TABLES, 'prior_authorisation', 'diagnosis_read', 'audit_record', 'idempotency_key'],
  summaries: {
    sql: 'SELECT claim_summary_rebuild(), claim_month_summary_rebuild()',
    tables: ['claim_summary', 'claim_month_summary'],
  },
};

interface File {
  /** The national population's heads: the foundation appoints the same. */
  heads: readonly DemoHead[];
  beneficiaries: BeneficiaryRow[];
  coverages: CoverageRow[];
  providers: ProviderRow[];
  planIds: Map<string, string>;
  rates: Map<string, Record<CareType, { rateBasisPoints: number }>>;
}

function beneficiaryFile(officerCount: number): File {
  const random = createRandom(20260401);
  const population = nationalPopulation(officerCount);
  const planIds = new Map(PLANS.map((plan, i) => [plan.code, serialUuid(0xa0a0, i + 1)]));
  const rates = new Map(PLANS.map((plan) => [planIds.get(plan.code)!, plan.rules]));
  const providers: ProviderRow[] = REGION_CODES.flatMap((regionCode, r) =>
    PROVIDER_TEMPLATES.map((template, t) =>
      providerRow(serialUuid(0xa0a1, r * 100 + t + 1), regionCode, template, random),
    ),
  );
  const beneficiaries: BeneficiaryRow[] = [];
  const coverages: CoverageRow[] = [];
  const officerPlan = new Map<string, string>();
  const officerStart = new Map<string, string>();
  const officers = new Map(population.officers.map((officer) => [officer.matricule, officer]));
  const cover = (
    beneficiaryId: string,
    planId: string,
    reference: string,
    startDate: string,
    endDate: string | null,
  ): void => {
    const serial = coverages.length + 1;
    coverages.push({
      id: serialUuid(0xa0a2, serial),
      beneficiaryId,
      planId,
      memberNumber: `MUT-N${String(serial).padStart(7, '0')}`,
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
  const seen = new Map<string, number>();
  for (const dependent of population.dependents) {
    const officer = officers.get(dependent.officerMatricule);
    if (!officer || dependent.relation === 'PARENT') continue;
    const startDate = later(officerStart.get(officer.matricule)!, dependent.birthDate);
    const endDate = isEligibleDependent(dependent, REFERENCE_DAY) ? null : childCoverageEnd(dependent.birthDate);
    if (endDate !== null && endDate < startDate) continue;
    const rank = (seen.get(officer.matricule) ?? 0) + 1;
    seen.set(officer.matricule, rank);
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
  return { heads: population.heads, beneficiaries, coverages, providers, planIds, rates };
}

/**
 * The claims as COPY rows, drawn in one pass with their lines, which go
 * into `lines` as COPY text (about 140 MB at national scale) to be loaded
 * after the claims: drawing every claim a second time for its lines cost
 * about a quarter of the seed's own processor time.
 */
function* claimRows(file: File, total: number, lines: CopyBuffer): Generator<CopyRow> {
  const random = createRandom(20260402);
  const open = file.coverages.filter((coverage) => coverage.endDate === null);
  const regionOf = new Map(file.beneficiaries.map((b) => [b.personId, b.regionCode]));
  const acts = new Map<CareType, ActTariff[]>();
  for (const act of ACT_TARIFFS) acts.set(act.careType, [...(acts.get(act.careType) ?? []), act]);
  const providersFor = new Map<string, ProviderRow[]>();
  for (const provider of file.providers) {
    for (const careType of provider.careTypes) {
      const key = `${provider.regionCode}:${careType}`;
      providersFor.set(key, [...(providersFor.get(key) ?? []), provider]);
    }
  }
  const perRegion = new Map<string, number>();
  const serials = new Map<number, number>();
  let claimSerial = 0;
  let lineSerial = 0;
  // The claims' dates fall on a few hundred days: each day's text is formatted
  // once, and an instant's text (as toISOString writes it) is its day's and its time of day.
  const days = new Map<number, string>();
  const dayOf = (instant: Date): string => {
    const key = Math.floor(instant.getTime() / DAY_MS);
    let text = days.get(key);
    if (text === undefined) {
      text = day(instant);
      days.set(key, text);
    }
    return text;
  };
  const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
  const isoOf = (instant: Date): string => {
    const ms = instant.getTime() - Math.floor(instant.getTime() / DAY_MS) * DAY_MS;
    const milliseconds = ms % 1000;
    return `${dayOf(instant)}T${two(Math.floor(ms / 3_600_000))}:${two(Math.floor(ms / 60_000) % 60)}:${two(Math.floor(ms / 1000) % 60)}.${milliseconds < 10 ? '00' : milliseconds < 100 ? '0' : ''}${milliseconds}Z`;
  };
  for (let i = 0; i < open.length; i++) {
    const coverage = open[i];
    const regionCode = regionOf.get(coverage.beneficiaryId)!;
    const count = Math.floor(((i + 1) * total) / open.length) - Math.floor((i * total) / open.length);
    for (let n = 0; n < count; n++) {
      const seenInRegion = perRegion.get(regionCode) ?? 0;
      perRegion.set(regionCode, seenInRegion + 1);
      const status = seenInRegion < STATUSES.length ? STATUSES[seenInRegion] : weighted(random, STATUS_WEIGHTS);
      const careType = weighted(random, CARE_WEIGHTS);
      const timeline = timelineFor(random, status);
      const careEnd = addDays(timeline.submittedAt, -random.int(1, 30));
      const careDays =
        careType === 'HOSPITALISATION' ? random.int(1, 6) : careType === 'PHYSIOTHERAPY' ? random.int(7, 30) : 0;
      // Care before the coverage opened (a newborn's) starts on its first day.
      const careStartDate = later(dayOf(addDays(careEnd, -careDays)), coverage.startDate);
      const careEndDate = later(dayOf(careEnd), careStartDate);
      const candidates = careType === 'PHARMACY' ? undefined : providersFor.get(`${regionCode}:${careType}`);
      const provider = candidates ? candidates[random.int(0, candidates.length - 1)] : null;
      const rate = file.rates.get(coverage.planId)![careType].rateBasisPoints;
      const year = timeline.submittedAt.getUTCFullYear();
      const serial = (serials.get(year) ?? 0) + 1;
      serials.set(year, serial);
      const claimId = serialUuid(0xa0a3, ++claimSerial);
      const pending = PENDING.has(status);
      const lineCount = random.int(1, 2);
      const choices = acts.get(careType)!;
      let claimed = 0;
      let approved = 0;
      for (let l = 1; l <= lineCount; l++) {
        const act = choices[random.int(0, choices.length - 1)];
        const quantity = random.int(act.quantity[0], act.quantity[1]);
        const unitPrice =
          provider?.kind === 'CONTRACTED'
            ? Math.round((act.tariff * (1 + random.int(0, 80) / 100)) / 10) * 10
            : act.tariff;
        let lineApproved: number | null = Math.floor((Math.min(unitPrice, act.tariff) * quantity * rate) / 10_000);
        if (status === 'REJECTED' || (status === 'PARTIALLY_APPROVED' && l === lineCount)) {
          lineApproved = status === 'PARTIALLY_APPROVED' && lineCount === 1 ? Math.floor(lineApproved / 2) : 0;
        }
        if (pending) lineApproved = null;
        claimed += unitPrice * quantity;
        approved += lineApproved ?? 0;
        lineSerial++;
        // Identifiers, a catalogue code and numbers: nothing to escape (see CopyRow).
        lines.push(
          `${serialUuid(0xa0a4, lineSerial)}\t${claimId}\t${l}\t${act.actCode}\t${quantity}\t${unitPrice}\t${unitPrice * quantity}\t${lineApproved ?? '\\N'}`,
        );
      }
      const diagnoses = DIAGNOSES[careType];
      const first = diagnoses[random.int(0, diagnoses.length - 1)];
      const second = random.chance(0.3) ? diagnoses[random.int(0, diagnoses.length - 1)] : first;
      const rejection = status === 'REJECTED' ? REJECTIONS[random.int(0, REJECTIONS.length - 1)] : null;
      // Identifiers, catalogue codes, dates and numbers: nothing to escape (see CopyRow).
      const fields: Array<string | number | null> = [
        claimId,
        `RB-${year}-${String(serial).padStart(7, '0')}`,
        coverage.beneficiaryId,
        regionCode,
        provider?.id ?? null,
        careType,
        careStartDate,
        careEndDate,
        status,
        rejection,
        copyArray(first === second ? [first] : [first, second]),
        isoOf(timeline.submittedAt),
        timeline.decidedAt ? isoOf(timeline.decidedAt) : null,
        timeline.paidAt ? isoOf(timeline.paidAt) : null,
        claimed,
        pending ? null : approved,
      ];
      yield fields.map((value) => value ?? '\\N').join('\t');
    }
  }
}

/** How much to load: the national figures by default, less for tests that need the same shape smaller. */
export interface MutualScale {
  officers: number;
  claims: number;
}

/** Loads the national data into a migrated mutual database; `replace` empties it first, otherwise it must be empty. Progress goes to `report` (stdout lines for `npm run seed` by default). */
export function seedMutualNational(
  ownerUrl: string,
  {
    replace = false,
    scale = { officers: NATIONAL_OFFICERS, claims: NATIONAL_CLAIMS },
    report = reportProgress,
  }: NationalSeedOptions<MutualScale> = {},
): Promise<{ rows: number; seconds: number }> {
  return bulkLoad(ownerUrl, MUTUAL_LOAD, { replace, report }, async (copy) => {
    const file = beneficiaryFile(scale.officers);
    const lines = new CopyBuffer();
    await copy(
      'plan',
      ['id', 'code', 'name', 'name_ar'],
      PLANS.length,
      PLANS.map((plan) => [file.planIds.get(plan.code)!, plan.code, plan.name, plan.nameAr]),
    );
    const rules = PLANS.flatMap((plan) =>
      Object.entries(plan.rules).map(([careType, rule]) => [
        file.planIds.get(plan.code)!,
        careType,
        (rule.rateBasisPoints / 10_000).toFixed(4),
        rule.yearlyCeiling,
      ]),
    );
    await copy('plan_rule', ['plan_id', 'care_type', 'rate', 'yearly_ceiling'], rules.length, rules);
    await copy(
      'act_tariff',
      ['act_code', 'care_type', 'label', 'label_ar', 'tariff'],
      ACT_TARIFFS.length,
      ACT_TARIFFS.map((a) => [a.actCode, a.careType, a.label, a.labelAr, a.tariff]),
    );
    await copy(
      'provider',
      ['id', 'name', 'name_ar', 'kind', 'city', 'city_ar', 'region_code', 'care_types'],
      file.providers.length,
      file.providers.map((p) => [
        p.id,
        p.name,
        p.nameAr,
        p.kind,
        p.city,
        p.cityAr,
        p.regionCode,
        copyArray(p.careTypes),
      ]),
    );
    await copy(
      'beneficiary',
      [
        'person_id',
        'kind',
        'officer_matricule',
        'relation',
        'birth_date',
        'student_until',
        'disabled',
        'officer_status',
        'region_code',
      ],
      file.beneficiaries.length,
      file.beneficiaries.map((b) => [
        b.personId,
        b.kind,
        b.officerMatricule,
        b.relation,
        b.birthDate,
        b.studentUntil,
        b.disabled,
        b.officerStatus,
        b.regionCode,
      ]),
    );
    await copy(
      'coverage',
      ['id', 'beneficiary_id', 'plan_id', 'member_number', 'compulsory_scheme_reference', 'start_date', 'end_date'],
      file.coverages.length,
      file.coverages.map((c) => [
        c.id,
        c.beneficiaryId,
        c.planId,
        c.memberNumber,
        c.compulsorySchemeReference,
        c.startDate,
        c.endDate,
      ]),
    );
    await copy(
      'claim',
      [
        'id',
        'reference',
        'beneficiary_id',
        'handling_region_code',
        'provider_id',
        'care_type',
        'care_start_date',
        'care_end_date',
        'status',
        'rejection_code',
        'diagnosis_codes',
        'submitted_at',
        'decided_at',
        'paid_at',
        'amount_claimed',
        'amount_approved',
      ],
      scale.claims,
      claimRows(file, scale.claims, lines),
    );
    await copy(
      'claim_line',
      ['id', 'claim_id', 'line_number', 'act_code', 'quantity', 'unit_price', 'amount_claimed', 'amount_approved'],
      lines.rows,
      lines,
    );
    const terms = file.heads.map(demoHeadTerm);
    await copy(
      'head_term',
      ['region_code', 'start_date', 'officer_matricule', 'end_date'],
      terms.length,
      terms.map((t) => [t.regionCode, t.startDate, t.officerMatricule, t.endDate]),
    );
  });
}
