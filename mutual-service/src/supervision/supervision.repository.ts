import type { EntityManager } from 'typeorm';
import { WAITING_FOR_DECISION } from '../claims/queue.rules';
import type { FeedState, HealthMonthFigures, SolidarityCandidateModel } from './supervision.model';

type MonthRow = {
  region_code: string | null;
  month: string;
  submitted: number;
  decided: number;
  processing_seconds: string;
  within_target: number;
  paid: number;
  reimbursed: string;
};

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
    const within = '(SELECT coalesce(sum(k), 0) FROM unnest(decided_days[1:$2 + 1]) AS k)';
    const rows: MonthRow[] =
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
    return rows.map((row) => ({
      regionCode: row.region_code,
      month: row.month,
      submitted: row.submitted,
      decided: row.decided,
      processingSeconds: Number(row.processing_seconds),
      decidedWithinTarget: row.within_target,
      paid: row.paid,
      reimbursed: BigInt(row.reimbursed),
    }));
  }

  /** Claims waiting for a decision (WAITING_FOR_DECISION), submitted before `before`, per handling region. */
  overdueClaims(regionCodes: readonly string[], before: Date): Promise<Array<{ regionCode: string; count: number }>> {
    return this.manager.query(
      `SELECT handling_region_code AS "regionCode", count(*)::int AS count
         FROM claim
        WHERE handling_region_code = ANY($1) AND status = ANY($3) AND submitted_at < $2
        GROUP BY handling_region_code`,
      [regionCodes, before, WAITING_FOR_DECISION],
    );
  }

  /** Prior authorisations REQUESTED, per region. */
  pendingPriorAuthorisations(regionCodes: readonly string[]): Promise<Array<{ regionCode: string; count: number }>> {
    return this.manager.query(
      `SELECT region_code AS "regionCode", count(*)::int AS count
         FROM prior_authorisation
        WHERE region_code = ANY($1) AND status = 'REQUESTED'
        GROUP BY region_code`,
      [regionCodes],
    );
  }

  /**
   * When the registry feed was last applied, and whether its last attempt
   * failed. Measured from the clock, not now(): now() is when the request's
   * transaction began, and the feed may have applied (and committed) since,
   * which read as a negative lag.
   */
  async feedState(): Promise<FeedState> {
    const [row] = await this.manager.query<Array<{ seconds: number | null; failed: boolean }>>(
      `SELECT floor(extract(epoch FROM clock_timestamp() - applied_at))::int AS seconds,
              failed_at IS NOT NULL AND (applied_at IS NULL OR failed_at > applied_at) AS failed
         FROM registry_feed_cursor`,
    );
    return { secondsSinceApplied: row?.seconds ?? null, failed: row?.failed ?? false };
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
