import type { EntityManager } from 'typeorm';
import { WAITING_FOR_DECISION } from '../applications/applications.rules';
import type { AllocationModel } from '../programmes/allocation.model';
import { ALLOCATION_USE } from '../programmes/programmes.repository';
import type { SocialMonthFigures } from './supervision.model';

type MonthRow = {
  region_code: string | null;
  month: string;
  submitted: number;
  decided: number;
  approved: number;
  committed: string;
  disbursed: string;
};

function toFigures(row: MonthRow): SocialMonthFigures & { regionCode: string | null } {
  return {
    regionCode: row.region_code,
    month: row.month,
    submitted: row.submitted,
    decided: row.decided,
    approved: row.approved,
    committed: BigInt(row.committed),
    disbursed: BigInt(row.disbursed),
  };
}

/** The supervision view's reads: the monthly summary, allocations and the few live counts of what needs attention. */
export class SupervisionRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Each region's months from `fromMonth` (YYYY-MM) on, from
   * application_month_summary (kept by triggers with the rows; read under the
   * social files' regional rule). With `regionCodes` null, the sum over every
   * region the caller may read, per month.
   */
  async monthFigures(
    regionCodes: readonly string[] | null,
    fromMonth: string,
  ): Promise<Array<SocialMonthFigures & { regionCode: string | null }>> {
    const rows: MonthRow[] =
      regionCodes === null
        ? await this.manager.query(
            `SELECT NULL AS region_code, to_char(month, 'YYYY-MM') AS month, sum(submitted)::int AS submitted,
                    sum(decided)::int AS decided, sum(approved)::int AS approved,
                    sum(committed)::text AS committed, sum(disbursed)::text AS disbursed
               FROM application_month_summary
              WHERE month >= to_date($1, 'YYYY-MM')
              GROUP BY month`,
            [fromMonth],
          )
        : await this.manager.query(
            `SELECT region_code, to_char(month, 'YYYY-MM') AS month, submitted::int, decided::int, approved::int,
                    committed::text, disbursed::text
               FROM application_month_summary
              WHERE region_code = ANY($1) AND month >= to_date($2, 'YYYY-MM')`,
            [regionCodes, fromMonth],
          );
    return rows.map(toFigures);
  }

  /** Allocated per region (or, with `regionCodes` null, over every region) and campaign year. */
  async allocatedByYear(
    regionCodes: readonly string[] | null,
    years: readonly number[],
  ): Promise<Array<{ regionCode: string | null; year: number; allocated: bigint }>> {
    const rows: Array<{ region_code: string | null; year: number; allocated: string }> = await this.manager.query(
      `SELECT CASE WHEN $1::text[] IS NULL THEN NULL ELSE ca.region_code END AS region_code, c.year,
              sum(ca.allocated)::text AS allocated
         FROM campaign_allocation ca JOIN campaign c ON c.id = ca.campaign_id
        WHERE ($1::text[] IS NULL OR ca.region_code = ANY($1)) AND c.year = ANY($2)
        GROUP BY 1, 2`,
      [regionCodes, years],
    );
    return rows.map((row) => ({ regionCode: row.region_code, year: row.year, allocated: BigInt(row.allocated) }));
  }

  /** Applications waiting for a decision (WAITING_FOR_DECISION) since before `before`, per region. */
  async overdueApplications(
    regionCodes: readonly string[],
    before: Date,
  ): Promise<Array<{ regionCode: string; count: number }>> {
    return this.manager.query(
      `SELECT region_code AS "regionCode", count(*)::int AS count
         FROM application
        WHERE region_code = ANY($1) AND status = ANY($3) AND submitted_at < $2
        GROUP BY region_code`,
      [regionCodes, before, WAITING_FOR_DECISION],
    );
  }

  /**
   * The regions' allocations of `year`'s campaigns with what is used of them,
   * from the social summaries (not the applications), in region order.
   */
  async yearAllocations(regionCodes: readonly string[], year: number): Promise<AllocationModel[]> {
    const rows: Array<{
      id: string;
      campaign_id: string;
      region_code: string;
      allocated: string;
      quota: number;
      version: number;
      committed: string;
      approved: number;
      waitlisted: number;
      disbursed: string;
    }> = await this.manager.query(
      `SELECT ca.id, ca.campaign_id, ca.region_code, ca.allocated::text, ca.quota, ca.version,
              coalesce(u.committed, 0)::text AS committed, coalesce(u.approved, 0)::int AS approved,
              coalesce(u.waitlisted, 0)::int AS waitlisted, coalesce(p.disbursed, 0)::text AS disbursed
         FROM campaign_allocation ca
         JOIN campaign c ON c.id = ca.campaign_id
         JOIN region r ON r.code = ca.region_code
         ${ALLOCATION_USE}
        WHERE ca.region_code = ANY($1) AND c.year = $2
        ORDER BY r.position, c.opens_on, ca.campaign_id`,
      [regionCodes, year],
    );
    return rows.map((row) => ({
      id: row.id,
      campaignId: row.campaign_id,
      regionCode: row.region_code,
      allocated: BigInt(row.allocated),
      quota: row.quota,
      committed: BigInt(row.committed),
      disbursed: BigInt(row.disbursed),
      approvedCount: row.approved,
      waitlisted: row.waitlisted,
      version: row.version,
    }));
  }

  /** Money committed to each officer's family by applications approved or paid with a decision in [start, end). */
  async socialSupport(
    matricules: readonly string[],
    start: Date,
    end: Date,
  ): Promise<Array<{ matricule: string; amount: string }>> {
    return this.manager.query(
      `SELECT officer_matricule AS matricule, sum(amount)::text AS amount
         FROM application
        WHERE officer_matricule = ANY($1) AND status IN ('APPROVED', 'PAID') AND decided_at >= $2 AND decided_at < $3
        GROUP BY officer_matricule`,
      [matricules, start, end],
    );
  }
}
