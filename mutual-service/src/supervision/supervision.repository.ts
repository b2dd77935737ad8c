import { enumLiterals, opaqueParameter, queryPrepared } from '@dsp/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { WAITING_FOR_DECISION } from '../claims/queue.rules';
import { CLAIM_STATUSES } from '../regions/region-health.rules';
import type { HealthMonthFigures, RegionSupervisionFigures, SolidarityCandidateModel } from './supervision.model';

type MonthRow = {
  month: string;
  submitted: number;
  decided: number;
  processing_seconds: string;
  within_target: number;
  paid: number;
  reimbursed: string;
};

function toFigures(row: MonthRow): HealthMonthFigures {
  return {
    month: row.month,
    submitted: row.submitted,
    decided: row.decided,
    processingSeconds: Number(row.processing_seconds),
    decidedWithinTarget: row.within_target,
    paid: row.paid,
    reimbursed: BigInt(row.reimbursed),
  };
}

/** Claims decided within the target (the parameter named), added up from a summary row's histogram of days. */
function withinTarget(targetDays: string): string {
  return `(SELECT coalesce(sum(k), 0) FROM unnest(decided_days[1:${targetDays} + 1]) AS k)`;
}

/**
 * The statuses of claims waiting for a decision, written into the statement
 * as literals (enumLiterals): its generic plan, once it is kept prepared,
 * then still counts them from the partial index of open claims; with a
 * parameter for them it anded a bitmap of the region's claims by status with
 * every claim submitted before the date (76 ms for FES at national scale,
 * against 13 ms).
 */
const WAITING_STATUSES = enumLiterals(WAITING_FOR_DECISION, CLAIM_STATUSES);

/**
 * The registry feed's state, measured from the clock, not now(): now() is
 * when the request's transaction began, and the feed may have applied (and
 * committed) since, which read as a negative lag.
 */
const FEED_STATE = `SELECT floor(extract(epoch FROM clock_timestamp() - applied_at))::int AS seconds,
              failed_at IS NOT NULL AND (applied_at IS NULL OR failed_at > applied_at) AS failed
         FROM registry_feed_cursor`;

interface SupervisionRow {
  region_code: string;
  months: MonthRow[] | null;
  overdue: number | null;
  pending: number | null;
  seconds: number | null;
  failed: boolean | null;
}

/** The supervision view's reads: the monthly claim summary, the live counts of what needs attention, solidarity candidates. */
export class SupervisionRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Each region's months from `fromMonth` (YYYY-MM) on, from
   * claim_month_summary (kept by a trigger with the claims, read under the
   * claims' regional rule), with the claims decided within `targetDays`
   * added up from the histogram. With `regionCodes` null, the sum over
   * every region, per month.
   */
  async monthFigures(
    regionCodes: readonly string[] | null,
    fromMonth: string,
    targetDays: number,
  ): Promise<Array<HealthMonthFigures & { regionCode: string | null }>> {
    const within = withinTarget('$2');
    const rows: Array<MonthRow & { region_code: string | null }> =
      regionCodes === null
        ? await this.manager.query(
            `SELECT NULL AS region_code, to_char(month, 'YYYY-MM') AS month, sum(submitted)::int AS submitted,
                    sum(decided)::int AS decided, sum(processing_seconds)::text AS processing_seconds,
                    sum(${within})::int AS within_target, sum(paid)::int AS paid, sum(reimbursed)::text AS reimbursed
               FROM claim_month_summary
              WHERE month >= to_date($1, 'YYYY-MM')
              GROUP BY month`,
            [fromMonth, targetDays],
          )
        : await this.manager.query(
            `SELECT region_code, to_char(month, 'YYYY-MM') AS month, submitted::int, decided::int,
                    processing_seconds::text, ${within}::int AS within_target, paid::int, reimbursed::text
               FROM claim_month_summary
              WHERE month >= to_date($1, 'YYYY-MM') AND region_code = ANY($3)`,
            [fromMonth, targetDays, regionCodes],
          );
    return rows.map((row) => ({ regionCode: row.region_code, ...toFigures(row) }));
  }

  /**
   * A region page's supervision half in one prepared statement: for
   * `trendCodes`, their summary months from `fromMonth` (YYYY-MM) with the
   * claims decided within `targetDays`; for `attentionCodes`, their claims
   * waiting for a decision since before `overdueBefore`, their prior
   * authorisations REQUESTED and the registry feed's state. Each table is
   * read under the caller's row-level security as in its own statement
   * (the page used to cost four), but the overdue claims of a region the
   * caller may read, which overdue_claim_count counts without checking the
   * rule on each (migration OverdueClaimCount1767400000000).
   */
  async regionSupervision(
    trendCodes: readonly string[],
    fromMonth: string,
    targetDays: number,
    attentionCodes: readonly string[],
    overdueBefore: Date,
  ): Promise<RegionSupervisionFigures[]> {
    const rows = await queryPrepared<SupervisionRow>(
      this.manager,
      'mutual_region_supervision',
      `SELECT r.code AS region_code,
              CASE WHEN r.code = ANY($1) THEN (
                SELECT coalesce(json_agg(json_build_object(
                         'month', to_char(month, 'YYYY-MM'), 'submitted', submitted::int, 'decided', decided::int,
                         'processing_seconds', processing_seconds::text, 'within_target', ${withinTarget('$3')}::int,
                         'paid', paid::int, 'reimbursed', reimbursed::text)), '[]')
                  FROM claim_month_summary
                 WHERE region_code = r.code AND month >= to_date($2, 'YYYY-MM')) END AS months,
              CASE WHEN r.code = ANY($4) THEN coalesce(overdue_claim_count(r.code, $5), (
                SELECT count(*)::int FROM claim
                 WHERE handling_region_code = r.code AND status IN (${WAITING_STATUSES}) AND submitted_at < $5)) END AS overdue,
              CASE WHEN r.code = ANY($4) THEN (
                SELECT count(*)::int FROM prior_authorisation
                 WHERE region_code = r.code AND status = 'REQUESTED') END AS pending,
              f.seconds, f.failed
         FROM (SELECT DISTINCT unnest(${opaqueParameter('$1', 'text[]')} || ${opaqueParameter('$4', 'text[]')})) AS r(code)
         LEFT JOIN LATERAL (${FEED_STATE}) f ON r.code = ANY($4)`,
      [trendCodes, fromMonth, targetDays, attentionCodes, overdueBefore],
    );
    return rows.map((row) => ({
      regionCode: row.region_code,
      months: row.months?.map(toFigures) ?? [],
      overdueClaims: row.overdue ?? 0,
      pendingPriorAuthorisations: row.pending ?? 0,
      feed: { secondsSinceApplied: row.seconds ?? null, failed: row.failed ?? false },
    }));
  }

  /**
   * Families whose claims handled by the region, for care from `since` on
   * and decided, left them at least `threshold` centimes to pay (claimed
   * minus approved; duplicates refused as such are not a cost); a
   * dependent's claims count while the link lasted. Largest first. Through
   * solidarity_candidates (see its migration): amounts only, for the
   * national administration and the region's head.
   */
  async solidarityCandidates(
    regionCode: string,
    since: string,
    threshold: bigint,
    limit: number,
  ): Promise<SolidarityCandidateModel[]> {
    const rows = await this.manager.query<Array<{ matricule: string; out_of_pocket: string; claims: number }>>(
      `SELECT officer_matricule AS matricule, out_of_pocket::text, claims
         FROM solidarity_candidates($1, $2::date, $3::bigint, $4)`,
      [regionCode, since, threshold.toString(), limit],
    );
    return rows.map((row) => ({
      officerMatricule: row.matricule,
      outOfPocket: BigInt(row.out_of_pocket),
      claims: row.claims,
    }));
  }
}
