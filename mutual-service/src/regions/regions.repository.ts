import type { EntityManager } from 'typeorm';
import type { ClaimStatus } from '../generated/schema-types';

/** Claim figures of one region for one calendar year (amounts in centimes). */
export interface RegionClaimFigures {
  regionCode: string;
  pending: number;
  submitted: number;
  reimbursed: string;
  decided: number;
  averageProcessingDays: number | null;
  decidedWithin15Days: number;
}

export interface RegionStatusCount {
  regionCode: string;
  status: ClaimStatus;
  count: number;
}

export interface RegionBeneficiaryCount {
  regionCode: string;
  count: number;
}

/** The SQL behind the Mutual's side of the regional dashboards, batched over regions. */
export class RegionsRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Pending claims (whenever submitted) and the year's submissions, decisions
   * and payments, per handling region, with the year's submissions per
   * status, from the summary rows the claims' trigger maintains (see the
   * ClaimSummary migration): a few rows per region whatever the number of
   * claims, in one statement.
   */
  async claimFigures(
    regionCodes: readonly string[],
    year: number,
  ): Promise<{ figures: RegionClaimFigures[]; statusCounts: RegionStatusCount[] }> {
    const rows: Array<{
      region_code: string;
      pending: number;
      submitted: number;
      reimbursed: string;
      decided: number;
      average_days: number | null;
      within_15_days: number;
      by_status: Record<string, number>;
    }> = await this.manager.query(
      `SELECT region_code,
              coalesce(sum(submitted) FILTER (WHERE status IN ('ENTERED', 'CHECKED', 'UNDER_REVIEW')), 0)::int AS pending,
              coalesce(sum(submitted) FILTER (WHERE year = $2), 0)::int AS submitted,
              coalesce(sum(paid_amount) FILTER (WHERE year = $2), 0)::text AS reimbursed,
              coalesce(sum(decided) FILTER (WHERE year = $2), 0)::int AS decided,
              (sum(processing_seconds) FILTER (WHERE year = $2) / nullif(sum(decided) FILTER (WHERE year = $2), 0) / 86400)::float8 AS average_days,
              coalesce(sum(decided_within_15_days) FILTER (WHERE year = $2), 0)::int AS within_15_days,
              coalesce(jsonb_object_agg(status, submitted::int) FILTER (WHERE year = $2 AND submitted > 0), '{}') AS by_status
         FROM claim_summary
        WHERE region_code = ANY($1)
        GROUP BY region_code`,
      [regionCodes, year],
    );
    return {
      figures: rows.map((row) => ({
        regionCode: row.region_code,
        pending: row.pending,
        submitted: row.submitted,
        reimbursed: row.reimbursed,
        decided: row.decided,
        averageProcessingDays: row.average_days,
        decidedWithin15Days: row.within_15_days,
      })),
      statusCounts: rows.flatMap((row) =>
        Object.entries(row.by_status).map(([status, count]) => ({
          regionCode: row.region_code,
          status: status as ClaimStatus,
          count,
        })),
      ),
    };
  }

  /** People affiliated to each region with a coverage open on `day`. */
  async coveredBeneficiaries(regionCodes: readonly string[], day: string): Promise<RegionBeneficiaryCount[]> {
    const rows: Array<{ region_code: string; count: number }> = await this.manager.query(
      `SELECT b.region_code, count(*)::int AS count
         FROM beneficiary b
        WHERE b.region_code = ANY($1)
          AND EXISTS (SELECT 1 FROM coverage c
                       WHERE c.beneficiary_id = b.person_id
                         AND c.start_date <= $2 AND (c.end_date IS NULL OR c.end_date >= $2))
        GROUP BY b.region_code`,
      [regionCodes, day],
    );
    return rows.map((row) => ({ regionCode: row.region_code, count: row.count }));
  }

  /** The Mutual's medical centres and contracted providers per region. */
  async providerCounts(regionCodes: readonly string[]): Promise<RegionBeneficiaryCount[]> {
    const rows: Array<{ region_code: string; count: number }> = await this.manager.query(
      'SELECT region_code, count(*)::int AS count FROM provider WHERE region_code = ANY($1) GROUP BY region_code',
      [regionCodes],
    );
    return rows.map((row) => ({ regionCode: row.region_code, count: row.count }));
  }
}
