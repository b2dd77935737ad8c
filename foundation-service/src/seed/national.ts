import { bulkLoad, type BulkLoadPlan, type NationalSeedOptions, reportProgress } from '@dsp/subgraph-kit';
import { createRandom, type DemoPopulation, NATIONAL_OFFICERS, nationalPopulation, serialUuid } from '@dsp/demo';
import type { ApplicationStatus } from '../generated/schema-types';
import { officerSearchText } from '../officers/officers.rules';
import { campaignYearBefore, PROGRAMMES, seedReferences, type SeedProgramme } from './catalogue';

/**
 * The national-scale foundation (`npm run seed -- --scale national`): the
 * national population (75,000 officers, about 225,000 dependents, their
 * trainings and the seventeen heads), the demonstration's programmes with
 * their 2026 campaigns and the same campaigns a year earlier (closed: every
 * application decided or withdrawn), 150,000 applications spread over them
 * with the payments of paid ones, and per-region allocations that cover what
 * was approved. The earlier year gives the supervision view's 24-month
 * trends two years of figures. Loaded with COPY in one transaction, indexes and constraints
 * rebuilt after the rows are in, the staff and social summaries recomputed (the
 * load runs with triggers off), then analysed.
 */
export const NATIONAL_APPLICATIONS = 150_000;

const STATUS_WEIGHTS: ReadonlyArray<readonly [ApplicationStatus, number]> = [
  ['SUBMITTED', 14],
  ['UNDER_REVIEW', 10],
  ['APPROVED', 20],
  ['WAITLISTED', 5],
  ['REJECTED', 11],
  ['PAID', 35],
  ['WITHDRAWN', 5],
];
/** A closed campaign's applications: every one decided or withdrawn, the approved ones paid, none waitlisted (a waiting list ends with its campaign). */
const CLOSED_STATUS_WEIGHTS: ReadonlyArray<readonly [ApplicationStatus, number]> = [
  ['PAID', 60],
  ['REJECTED', 30],
  ['WITHDRAWN', 10],
];
const DECIDED: ReadonlySet<ApplicationStatus> = new Set(['APPROVED', 'WAITLISTED', 'REJECTED', 'PAID']);
const LIVE: ReadonlySet<ApplicationStatus> = new Set(['SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED', 'APPROVED', 'PAID']);
const APPROVING: ReadonlySet<ApplicationStatus> = new Set(['APPROVED', 'PAID']);
/** The programmes whose rules grant a beneficiary one approval, ever (PROGRAMMES' indexes). */
const ONCE_PER_LIFETIME: ReadonlySet<number> = new Set(
  PROGRAMMES.flatMap((p, i) => (p.campaign.eligibility.oncePerLifetime ? [i] : [])),
);
const CHILD_PROGRAMMES: ReadonlySet<string> = new Set(['SUMMER_CAMP', 'SCHOOL_SUPPORT', 'SCHOLARSHIP']);
const DAY_MS = 86_400_000;
const FOUNDATION_LOAD: BulkLoadPlan = {
  service: 'foundation',
  guardTable: 'officer',
  loadedTables: [
    'officer',
    'training',
    'dependent',
    'head_appointment',
    'programme',
    'campaign',
    'campaign_allocation',
    'application',
    'disbursement',
  ],
  summaries: {
    sql: 'SELECT region_staff_summary_rebuild(), social_summary_rebuild(), application_month_summary_rebuild()',
    tables: ['region_staff_summary', 'application_summary', 'disbursement_summary', 'application_month_summary'],
  },
};

/** A campaign of the data set: a programme's, this year or, closed, the year before. */
interface SeedCampaign {
  programme: number;
  campaign: SeedProgramme['campaign'];
  closed: boolean;
}

/** Last year's campaigns, closed, then this year's: an application's `campaign` is its index here. */
const CAMPAIGNS: readonly SeedCampaign[] = [
  ...PROGRAMMES.map((p, programme) => ({ programme, campaign: campaignYearBefore(p.campaign), closed: true })),
  ...PROGRAMMES.map((p, programme) => ({ programme, campaign: p.campaign, closed: false })),
];

function drawStatus(random: { next(): number }, weights: ReadonlyArray<readonly [ApplicationStatus, number]>) {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [value, weight] of weights) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weights[weights.length - 1][0];
}

interface Application {
  id: string;
  campaign: number;
  officerMatricule: string;
  dependentId: string | null;
  regionCode: string;
  status: ApplicationStatus;
  submittedAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
}

function applications(population: DemoPopulation, count: number): Application[] {
  const random = createRandom(20260301);
  const children = new Map<string, string[]>();
  for (const dependent of population.dependents) {
    if (dependent.relation !== 'CHILD') continue;
    const list = children.get(dependent.officerMatricule);
    if (list) list.push(dependent.id);
    else children.set(dependent.officerMatricule, [dependent.id]);
  }
  const heads = new Map(population.heads.map((head) => [head.regionCode, head.matricule]));
  const active = population.officers.filter((officer) => officer.status === 'ACTIVE' || officer.status === 'RETIRED');
  const rows: Application[] = [];
  const live = new Set<string>();
  const approvedOnce = new Set<string>();
  for (let n = 0; n < count; n++) {
    const officer = active[random.int(0, active.length - 1)];
    const campaign = n % CAMPAIGNS.length;
    const { programme, campaign: dates, closed } = CAMPAIGNS[campaign];
    const kids = CHILD_PROGRAMMES.has(PROGRAMMES[programme].kind) ? children.get(officer.matricule) : undefined;
    const status = drawStatus(random, closed ? CLOSED_STATUS_WEIGHTS : STATUS_WEIGHTS);
    const opens = Date.parse(`${dates.opensOn}T08:00:00Z`);
    const closes = Date.parse(`${dates.closesOn}T17:00:00Z`);
    const submittedAt = new Date(opens + Math.floor(random.next() * (closes - opens)));
    const decided = DECIDED.has(status);
    rows.push({
      id: serialUuid(0xf0a1, n + 1),
      campaign,
      officerMatricule: officer.matricule,
      dependentId: kids ? kids[random.int(0, kids.length - 1)] : null,
      regionCode: officer.regionCode,
      status,
      submittedAt,
      decidedAt: decided ? new Date(submittedAt.getTime() + random.int(1, 30) * DAY_MS) : null,
      decidedBy: decided ? (heads.get(officer.regionCode) ?? null) : null,
    });
    // One live application per beneficiary and campaign (application_one_live_per_beneficiary): a repeated draw is a withdrawn one.
    const row = rows[rows.length - 1];
    const key = `${row.campaign}:${row.officerMatricule}:${row.dependentId ?? ''}`;
    if (LIVE.has(row.status)) {
      if (live.has(key)) Object.assign(row, { status: 'WITHDRAWN', decidedAt: null, decidedBy: null });
      else live.add(key);
    }
    // Once in a lifetime (Hajj, housing): a second approval in the programme, either year, is a withdrawn one too.
    const lifetimeKey = `${programme}:${row.officerMatricule}:${row.dependentId ?? ''}`;
    if (ONCE_PER_LIFETIME.has(programme) && APPROVING.has(row.status)) {
      if (approvedOnce.has(lifetimeKey)) Object.assign(row, { status: 'WITHDRAWN', decidedAt: null, decidedBy: null });
      else approvedOnce.add(lifetimeKey);
    }
  }
  return rows;
}

/** How much to load: the national figures by default, less for tests that need the same shape smaller. */
export interface FoundationScale {
  officers: number;
  applications: number;
}

/** Loads the national data into a migrated foundation database; `replace` empties it first, otherwise it must be empty. Progress goes to `report` (stdout lines for `npm run seed` by default). */
export function seedFoundationNational(
  ownerUrl: string,
  {
    replace = false,
    scale = { officers: NATIONAL_OFFICERS, applications: NATIONAL_APPLICATIONS },
    report = reportProgress,
  }: NationalSeedOptions<FoundationScale> = {},
): Promise<{ rows: number; seconds: number }> {
  return bulkLoad(ownerUrl, FOUNDATION_LOAD, { replace, report }, async (copy) => {
    const population = nationalPopulation(scale.officers);
    const programmeIds = PROGRAMMES.map((_, i) => serialUuid(0xf0a0, i + 1));
    const campaignIds = CAMPAIGNS.map((_, i) => serialUuid(0xf0a0, 100 + i));
    const applicationRows = applications(population, scale.applications);
    const { officers, dependents, heads } = population;
    await copy(
      'officer',
      [
        'matricule',
        'first_name_ar',
        'last_name_ar',
        'first_name_latin',
        'last_name_latin',
        'rank',
        'region_code',
        'status',
        'birth_date',
        'service_start_date',
        'search_text',
      ],
      officers.length,
      officers.map((o) => [
        o.matricule,
        o.firstNameAr,
        o.lastNameAr,
        o.firstNameLatin,
        o.lastNameLatin,
        o.rank,
        o.regionCode,
        o.status,
        o.birthDate,
        o.serviceStartDate,
        officerSearchText(o),
      ]),
    );
    const trainings = officers.flatMap((o) =>
      o.trainings.map((t, i) => [
        serialUuid(0xf0a2, Number(o.matricule) * 10 + i),
        o.matricule,
        t.code,
        t.title,
        t.completedOn,
      ]),
    );
    await copy('training', ['id', 'officer_matricule', 'code', 'title', 'completed_on'], trainings.length, trainings);
    await copy(
      'dependent',
      [
        'id',
        'officer_matricule',
        'relation',
        'first_name_ar',
        'last_name_ar',
        'first_name_latin',
        'last_name_latin',
        'birth_date',
        'student_until',
        'disabled',
      ],
      dependents.length,
      dependents.map((d) => [
        d.id,
        d.officerMatricule,
        d.relation,
        d.firstNameAr,
        d.lastNameAr,
        d.firstNameLatin,
        d.lastNameLatin,
        d.birthDate,
        d.studentUntil,
        d.disabled,
      ]),
    );
    await copy(
      'head_appointment',
      ['id', 'region_code', 'officer_matricule', 'start_date', 'decision_reference', 'approved_by'],
      heads.length,
      heads.map((h, i) => [
        serialUuid(0xf0a3, i + 1),
        h.regionCode,
        h.matricule,
        h.startDate,
        h.decisionReference,
        h.approvedBy,
      ]),
    );
    await copy(
      'programme',
      ['id', 'kind', 'name_fr', 'name_ar'],
      PROGRAMMES.length,
      PROGRAMMES.map((p, i) => [programmeIds[i], p.kind, p.nameFr, p.nameAr]),
    );
    await copy(
      'campaign',
      ['id', 'programme_id', 'season', 'year', 'opens_on', 'closes_on', 'benefit_amount'],
      CAMPAIGNS.length,
      CAMPAIGNS.map(({ programme, campaign }, i) => [
        campaignIds[i],
        programmeIds[programme],
        campaign.season,
        campaign.year,
        campaign.opensOn,
        campaign.closesOn,
        campaign.benefitAmount,
      ]),
    );
    // Each region's allocation covers its approved and paid applications, with a fifth to spare.
    const granted = new Map<string, number>();
    for (const a of applicationRows) {
      if (a.status !== 'APPROVED' && a.status !== 'PAID') continue;
      const key = `${a.campaign}:${a.regionCode}`;
      granted.set(key, (granted.get(key) ?? 0) + 1);
    }
    const allocations = CAMPAIGNS.flatMap((p, c) =>
      population.heads.map((h, r) => {
        const quota = Math.ceil((granted.get(`${c}:${h.regionCode}`) ?? 0) * 1.2) + 5;
        return [
          serialUuid(0xf0a4, c * 100 + r + 1),
          campaignIds[c],
          h.regionCode,
          p.campaign.benefitAmount * BigInt(quota),
          quota,
        ];
      }),
    );
    await copy(
      'campaign_allocation',
      ['id', 'campaign_id', 'region_code', 'allocated', 'quota'],
      allocations.length,
      allocations,
    );
    const references = seedReferences(applicationRows.map((a) => a.submittedAt));
    await copy(
      'application',
      [
        'id',
        'reference',
        'campaign_id',
        'officer_matricule',
        'dependent_id',
        'region_code',
        'status',
        'amount',
        'submitted_at',
        'decided_at',
        'decided_by',
        'decision_reason_code',
      ],
      applicationRows.length,
      applicationRows.map((a, i) => [
        a.id,
        references[i],
        campaignIds[a.campaign],
        a.officerMatricule,
        a.dependentId,
        a.regionCode,
        a.status,
        CAMPAIGNS[a.campaign].campaign.benefitAmount,
        a.submittedAt.toISOString(),
        a.decidedAt?.toISOString() ?? null,
        a.decidedBy,
        a.status === 'REJECTED' ? 'CONDITIONS_NOT_MET' : a.status === 'WAITLISTED' ? 'ROOM_FOR_HIGHER_RANKED' : null,
      ]),
    );
    const paid = applicationRows.filter((a) => a.status === 'PAID');
    await copy(
      'disbursement',
      ['id', 'application_id', 'region_code', 'amount', 'paid_at', 'reference'],
      paid.length,
      paid.map((a, i) => [
        serialUuid(0xf0a5, i + 1),
        a.id,
        a.regionCode,
        CAMPAIGNS[a.campaign].campaign.benefitAmount,
        new Date((a.decidedAt ?? a.submittedAt).getTime() + 3 * DAY_MS).toISOString(),
        `VIR-NAT-${String(i + 1).padStart(7, '0')}`,
      ]),
    );
  });
}
