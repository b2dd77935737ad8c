import type { Cell } from './csv';
import type { RegionSupervisionQuery } from './gql/graphql';
import type { MessageId } from './messages/ids';

// The supervision view's rules, apart from React: which series each trend chart draws, what needs
// attention and where it leads, and which regions drift from the national figures (README, "Admin client").

/** A month of the Foundation's series (SocialMonth); amounts are Money strings. */
type RegionSupervision = NonNullable<RegionSupervisionQuery['region']>;

/** A month of the Foundation's series (SocialMonth), as RegionSupervision reads it; amounts are Money strings. */
export type SocialMonthFigures = RegionSupervision['socialTrend'][number];
/** A month of the Mutual's series (HealthMonth). */
export type HealthMonthFigures = NonNullable<RegionSupervision['healthTrend']>[number];
export type Unit = 'count' | 'money' | 'ratio' | 'days';

export interface TrendSeries {
  key: string;
  label: MessageId;
  color: string;
}

export interface TrendChartSpec {
  id: string;
  title: MessageId;
  source: 'social' | 'health';
  unit: Unit;
  series: readonly TrendSeries[];
}

/** The trend charts, in the order the pages show them: the Foundation's, then the Mutual's. */
export const TREND_CHARTS: readonly TrendChartSpec[] = [
  {
    id: 'applications',
    title: 'trendApplications',
    source: 'social',
    unit: 'count',
    series: [
      { key: 'submitted', label: 'trendSubmitted', color: 'blue.7' },
      { key: 'decided', label: 'trendDecided', color: 'grape.7' },
      { key: 'approved', label: 'trendApproved', color: 'green.8' },
    ],
  },
  {
    id: 'amounts',
    title: 'trendAmounts',
    source: 'social',
    unit: 'money',
    series: [
      { key: 'committed', label: 'committed', color: 'teal.7' },
      { key: 'disbursed', label: 'disbursed', color: 'green.9' },
    ],
  },
  {
    id: 'budget',
    title: 'trendBudgetConsumption',
    source: 'social',
    unit: 'ratio',
    series: [{ key: 'budgetConsumption', label: 'trendBudgetConsumption', color: 'orange.8' }],
  },
  {
    id: 'claims',
    title: 'trendClaims',
    source: 'health',
    unit: 'count',
    series: [
      { key: 'submitted', label: 'trendSubmitted', color: 'blue.7' },
      { key: 'decided', label: 'trendDecided', color: 'grape.7' },
      { key: 'paid', label: 'trendPaid', color: 'green.8' },
    ],
  },
  {
    id: 'reimbursed',
    title: 'trendReimbursed',
    source: 'health',
    unit: 'money',
    series: [{ key: 'reimbursed', label: 'trendReimbursed', color: 'teal.7' }],
  },
  {
    id: 'processing',
    title: 'trendProcessingDays',
    source: 'health',
    unit: 'days',
    series: [{ key: 'averageProcessingDays', label: 'trendProcessingDays', color: 'red.8' }],
  },
  {
    id: 'withinTarget',
    title: 'trendWithinTarget',
    source: 'health',
    unit: 'ratio',
    series: [{ key: 'decidedWithinTarget', label: 'trendWithinTarget', color: 'cyan.8' }],
  },
];

export type TrendRow = { month: string } & Record<string, number | null | string>;

const toNumber = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
};

/** A chart's rows: one per month, each series as a plain number (null when the API has none, e.g. no decided claim). */
export function trendRows(
  spec: TrendChartSpec,
  months: readonly (SocialMonthFigures | HealthMonthFigures)[],
): TrendRow[] {
  return months.map((m) => {
    const row: TrendRow = { month: m.month };
    const record = m as unknown as Record<string, unknown>;
    for (const s of spec.series) row[s.key] = toNumber(record[s.key]);
    return row;
  });
}

/** A chart's CSV: the month, then one column per series, named by its API field (stable across languages). */
export function trendCsv(spec: TrendChartSpec, rows: readonly TrendRow[]): { header: string[]; rows: Cell[][] } {
  return {
    header: ['month', ...spec.series.map((s) => s.key)],
    rows: rows.map((r) => [r.month, ...spec.series.map((s) => r[s.key] as number | null)]),
  };
}

/** The months up to and including `month`, at most `count` of them: a report's trends stop at its month. */
export function upTo<T extends { month: string }>(series: readonly T[], month: string, count: number): T[] {
  const end = series.findIndex((m) => m.month === month);
  if (end < 0) return [];
  return series.slice(Math.max(0, end - count + 1), end + 1);
}

/** How many calendar months `month` is before today's (0 for this month, negative for a future one). */
export function monthsAgo(month: string, today: Date): number {
  const [y, m] = month.split('-').map(Number);
  return (today.getUTCFullYear() - y) * 12 + (today.getUTCMonth() + 1 - m);
}

/** How many months a series ending this month must hold to reach back `count` months before `month` (1 to 36). */
export function monthsToFetch(month: string, today: Date, count: number): number {
  return Math.min(36, Math.max(1, monthsAgo(month, today) + count));
}

/** Whether a report can be made for a month: a well-formed month among the 36 the API serves. */
export function reportableMonth(month: string, today: Date): boolean {
  if (!isMonth(month)) return false;
  const ago = monthsAgo(month, today);
  return ago >= 0 && ago < 36;
}

/** "YYYY-MM", the only month shape the API reads. */
export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

// ---------------- What needs attention ----------------

export type StrainedAllocationFigures = SocialAttentionFigures['strainedAllocations'][number];
export type SocialAttentionFigures = RegionSupervision['socialAttention'];
export type HealthAttentionFigures = NonNullable<RegionSupervision['healthAttention']>;
export type AttentionKind =
  | 'overdueApplications'
  | 'overdueClaims'
  | 'pendingPriorAuthorisations'
  | 'strainedAllocation'
  | 'headTermEnding'
  | 'registryFeedBehind';

export interface AttentionItem {
  kind: AttentionKind;
  /** How many records are behind the item (1 for a campaign, a term or the feed). */
  count: number;
  /** Where the records are; null when there is nothing to open, only something to know. */
  link: string | null;
  /** What the words of the item need beside the count. */
  values: Record<string, string | number>;
}

/** The statuses of an application waiting for a decision and of a claim not yet decided: every record still waiting. */
export const WAITING_APPLICATION = ['SUBMITTED', 'UNDER_REVIEW'] as const;
export const UNDECIDED_CLAIM = ['ENTERED', 'CHECKED', 'UNDER_REVIEW'] as const;
/** "Approved" in the series counts applications approved or already paid. */
export const APPROVED_APPLICATION = ['APPROVED', 'PAID'] as const;
/** "Decided" counts the applications decided in the month that still stand decided (a waitlisted one is not). */
export const DECIDED_APPLICATION = ['APPROVED', 'PAID', 'REJECTED'] as const;

/** The address of the applications list behind a figure. */
export function applicationsLink(filter: {
  region: string | null;
  status?: readonly string[];
  decidedIn?: string;
  submittedIn?: string;
  waitingLongerThanDays?: number;
  campaignId?: string;
  programmeId?: string;
}): string {
  const q = new URLSearchParams();
  if (filter.region) q.set('region', filter.region);
  if (filter.status?.length) q.set('status', filter.status.join(','));
  if (filter.decidedIn) q.set('decidedIn', filter.decidedIn);
  if (filter.submittedIn) q.set('submittedIn', filter.submittedIn);
  if (filter.waitingLongerThanDays !== undefined) q.set('waitingDays', String(filter.waitingLongerThanDays));
  if (filter.campaignId) q.set('campaign', filter.campaignId);
  if (filter.programmeId) q.set('programme', filter.programmeId);
  return `/supervision/applications?${q.toString()}`;
}

/** The address of the claims list behind a figure. */
export function claimsLink(filter: {
  region: string | null;
  status?: readonly string[];
  decidedIn?: string;
  submittedIn?: string;
  waitingLongerThanDays?: number;
}): string {
  const q = new URLSearchParams();
  if (filter.region) q.set('region', filter.region);
  if (filter.status?.length) q.set('status', filter.status.join(','));
  if (filter.decidedIn) q.set('decidedIn', filter.decidedIn);
  if (filter.submittedIn) q.set('submittedIn', filter.submittedIn);
  if (filter.waitingLongerThanDays !== undefined) q.set('waitingDays', String(filter.waitingLongerThanDays));
  return `/supervision/claims?${q.toString()}`;
}

/**
 * The list behind one figure of a trend (a month's decided claims, its approved applications), or null
 * when no list holds exactly those records (amounts, ratios, claims paid in the month).
 */
export function drillLink(
  spec: TrendChartSpec,
  seriesKey: string,
  month: string,
  region: string | null,
): string | null {
  if (spec.source === 'social') {
    if (spec.id !== 'applications') return null;
    if (seriesKey === 'submitted') return applicationsLink({ region, submittedIn: month });
    if (seriesKey === 'decided') return applicationsLink({ region, decidedIn: month, status: DECIDED_APPLICATION });
    if (seriesKey === 'approved') return applicationsLink({ region, decidedIn: month, status: APPROVED_APPLICATION });
    return null;
  }
  if (spec.id !== 'claims') return null;
  if (seriesKey === 'submitted') return claimsLink({ region, submittedIn: month });
  if (seriesKey === 'decided') return claimsLink({ region, decidedIn: month });
  return null;
}

/**
 * One list across both organisations, most pressing first: the records waiting past their target,
 * then the campaigns running out, the head's term and the registry feed. Nothing to do, no item.
 * `national` says whether the reader may open the heads page (the national administration).
 */
export function attentionItems(
  region: string,
  social: SocialAttentionFigures | null | undefined,
  health: HealthAttentionFigures | null | undefined,
  national: boolean,
): AttentionItem[] {
  const items: AttentionItem[] = [];
  if (health && health.overdueClaims > 0)
    items.push({
      kind: 'overdueClaims',
      count: health.overdueClaims,
      link: claimsLink({ region, waitingLongerThanDays: health.claimTargetDays }),
      values: { days: health.claimTargetDays },
    });
  if (social && social.overdueApplications > 0)
    items.push({
      kind: 'overdueApplications',
      count: social.overdueApplications,
      link: applicationsLink({ region, waitingLongerThanDays: social.applicationTargetDays }),
      values: { days: social.applicationTargetDays },
    });
  if (health && health.pendingPriorAuthorisations > 0)
    items.push({
      kind: 'pendingPriorAuthorisations',
      count: health.pendingPriorAuthorisations,
      // The medical advisor's list holds clinical reasons: the API refuses it to heads and the national
      // administration (law 09-08), so the item says who acts, without a link to a refusal.
      link: null,
      values: {},
    });
  for (const s of social?.strainedAllocations ?? [])
    items.push({
      kind: 'strainedAllocation',
      count: 1,
      link: applicationsLink({ region, campaignId: s.allocation.campaign.id }),
      values: {
        fr: s.allocation.campaign.programme.nameFr,
        ar: s.allocation.campaign.programme.nameAr,
        season: s.allocation.campaign.season,
        used: Math.max(s.budgetUsed, s.quotaUsed),
        waitlisted: s.waitlisted,
        exhausted: s.exhausted ? 'yes' : 'no',
      },
    });
  if (social?.headTermEnding)
    items.push({
      kind: 'headTermEnding',
      count: 1,
      link: national ? '/heads' : null,
      values: { name: social.headTermEnding.officer.fullName, date: social.headTermEndsOn ?? '' },
    });
  if (health?.registryFeedBehind)
    items.push({
      kind: 'registryFeedBehind',
      count: 1,
      link: null,
      values: { minutes: Math.round((health.registryFeedLagSeconds ?? 0) / 60) },
    });
  return items;
}

// ---------------- The national attention table ----------------

export interface RegionAttentionInput {
  code: string;
  nameFr: string;
  nameAr: string;
  /** Applications waiting for a decision (RegionSocial.openApplications) and this year's budget. */
  openApplications: number | null;
  allocated: number | null;
  committed: number | null;
  /** Claims not yet decided (RegionHealth.pendingClaims). */
  pendingClaims: number | null;
  social: SocialAttentionFigures | null;
  health: HealthAttentionFigures | null;
}

export interface RegionAttentionRow {
  code: string;
  nameFr: string;
  nameAr: string;
  overdueApplications: number | null;
  overdueClaims: number | null;
  pendingPriorAuthorisations: number | null;
  strainedAllocations: number | null;
  headTermEnding: boolean;
  registryFeedBehind: boolean;
  /** Overdue applications and claims ÷ those waiting; null when none wait. */
  overdueShare: number | null;
  /** Committed ÷ allocated this year; null when nothing is allocated. */
  budgetConsumption: number | null;
  drifting: boolean;
  driftReasons: ('overdueShare' | 'budgetConsumption')[];
}

/** A region drifts when its figure is more than this many times the national one. */
export const DRIFT_FACTOR = 1.5;

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * The national attention table: each region's counts, its overdue share and budget consumption,
 * and whether it drifts. The national figures are over all regions together (sums, not an average
 * of the regions' ratios), so a small region weighs as little as it is; a region drifts when its
 * overdue share or its budget consumption is more than 1.5× the national figure.
 */
export function regionAttentionRows(regions: readonly RegionAttentionInput[]): {
  rows: RegionAttentionRow[];
  national: { overdueShare: number | null; budgetConsumption: number | null };
} {
  const overdueOf = (r: RegionAttentionInput) => (r.social?.overdueApplications ?? 0) + (r.health?.overdueClaims ?? 0);
  const waitingOf = (r: RegionAttentionInput) => (r.openApplications ?? 0) + (r.pendingClaims ?? 0);
  const sum = (f: (r: RegionAttentionInput) => number) => regions.reduce((total, r) => total + f(r), 0);
  const national = {
    overdueShare: ratio(sum(overdueOf), sum(waitingOf)),
    budgetConsumption: ratio(
      sum((r) => r.committed ?? 0),
      sum((r) => r.allocated ?? 0),
    ),
  };
  // The margin keeps a region exactly at the limit (0.45 against 1.5 × 0.3 = 0.44999...) from drifting by rounding.
  const above = (value: number | null, reference: number | null) =>
    value !== null && reference !== null && value > DRIFT_FACTOR * reference + 1e-9;
  const rows = regions.map((r): RegionAttentionRow => {
    const overdueShare = ratio(overdueOf(r), waitingOf(r));
    const budgetConsumption = ratio(r.committed ?? 0, r.allocated ?? 0);
    const driftReasons: RegionAttentionRow['driftReasons'] = [];
    if (above(overdueShare, national.overdueShare)) driftReasons.push('overdueShare');
    if (above(budgetConsumption, national.budgetConsumption)) driftReasons.push('budgetConsumption');
    return {
      code: r.code,
      nameFr: r.nameFr,
      nameAr: r.nameAr,
      overdueApplications: r.social?.overdueApplications ?? null,
      overdueClaims: r.health?.overdueClaims ?? null,
      pendingPriorAuthorisations: r.health?.pendingPriorAuthorisations ?? null,
      strainedAllocations: r.social ? r.social.strainedAllocations.length : null,
      headTermEnding: Boolean(r.social?.headTermEnding),
      registryFeedBehind: r.health?.registryFeedBehind ?? false,
      overdueShare,
      budgetConsumption,
      drifting: driftReasons.length > 0,
      driftReasons,
    };
  });
  return { rows, national };
}

// ---------------- Solidarity candidates ----------------

export interface CandidateFigures {
  outOfPocket: string;
  officer: { socialSupportThisYear?: string | null };
}

/** The candidates the page lists: by default only the families no social support reached this year. */
export function visibleCandidates<T extends CandidateFigures>(candidates: readonly T[], showAll: boolean): T[] {
  return showAll ? [...candidates] : candidates.filter((c) => !(Number(c.officer.socialSupportThisYear ?? 0) > 0));
}
