import { queryPrepared } from '@dsp/subgraph-kit';
import { In, type EntityManager } from 'typeorm';
import type { ProgrammeKind } from '../generated/schema-types';
import { ApplicationEntity } from './application.entity';
import { DisbursementEntity } from './disbursement.entity';

/**
 * One region's figures for one programme (amounts are bigint centimes as
 * strings). "Campaign" figures cover the year's campaigns; "calendar"
 * figures cover decisions and payments dated in the calendar year.
 */
export interface ProgrammeFigures {
  regionCode: string;
  programmeId: string;
  programmeKind: ProgrammeKind;
  allocated: string;
  open: number;
  committed: string;
  disbursed: string;
  approvedInYear: number;
  decidedInYear: number;
  paidInYear: string;
}

type FigureRow = {
  region_code: string;
  programme_id: string;
  kind: ProgrammeKind;
  allocated: string;
  open: number;
  committed: string;
  disbursed: string;
  approved_in_year: number;
  decided_in_year: number;
  paid_in_year: string;
};

export class ApplicationsRepository {
  constructor(private readonly manager: EntityManager) {}

  byIds(ids: readonly string[]): Promise<ApplicationEntity[]> {
    return this.manager.find(ApplicationEntity, { where: { id: In([...ids]) } });
  }

  disbursementsByIds(ids: readonly string[]): Promise<DisbursementEntity[]> {
    return this.manager.find(DisbursementEntity, { where: { id: In([...ids]) } });
  }

  disbursementsOf(applicationIds: readonly string[]): Promise<DisbursementEntity[]> {
    return this.manager.find(DisbursementEntity, { where: { applicationId: In([...applicationIds]) } });
  }

  /** Distinct people (an officer, or one of their dependents) with an application approved or paid, decided in [start, end), per region. */
  async beneficiariesReached(regionCodes: readonly string[], start: Date, end: Date): Promise<Map<string, number>> {
    const rows: Array<{ region_code: string; reached: number }> = await this.manager.query(
      `SELECT region_code, count(DISTINCT (officer_matricule, dependent_id))::int AS reached
         FROM application
        WHERE region_code = ANY($1) AND status IN ('APPROVED', 'PAID') AND decided_at >= $2 AND decided_at < $3
        GROUP BY region_code`,
      [regionCodes, start, end],
    );
    return new Map(rows.map((row) => [row.region_code, row.reached]));
  }

  /** The applications of each officer, newest first. */
  ofOfficers(matricules: readonly string[]): Promise<ApplicationEntity[]> {
    return this.manager.find(ApplicationEntity, {
      where: { officerMatricule: In([...matricules]) },
      order: { submittedAt: 'DESC', id: 'ASC' },
    });
  }

  /**
   * Figures per region and programme, for the regions given, in one
   * statement: budgets of `year`'s campaigns, applications still open in
   * them, decisions and payments dated in the calendar year (UTC). Read
   * from application_summary and disbursement_summary (kept by triggers
   * with the rows, readable under the social files' regional rule); rows
   * whose count went back to zero are skipped, so a programme appears only
   * when some application or payment counts for it, as over the raw rows.
   * A prepared statement: planning it under row-level security took longer
   * (about 3 ms) than running it (about 1 ms) at national scale.
   */
  async figures(regionCodes: readonly string[], year: number): Promise<ProgrammeFigures[]> {
    const rows = await queryPrepared<FigureRow>(
      this.manager,
      'foundation_programme_figures',
      `WITH allocations AS (
              SELECT ca.region_code, c.programme_id, sum(ca.allocated) AS allocated
                FROM campaign_allocation ca
                JOIN campaign c ON c.id = ca.campaign_id
               WHERE ca.region_code = ANY($1) AND c.year = $2
               GROUP BY ca.region_code, c.programme_id),
            applications AS (
              SELECT s.region_code, c.programme_id,
                     sum(s.applications) FILTER (WHERE c.year = $2 AND s.status IN ('SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED')) AS open,
                     sum(s.amount) FILTER (WHERE c.year = $2 AND s.status IN ('APPROVED', 'PAID')) AS committed,
                     sum(s.applications) FILTER (WHERE s.decided_year = $2 AND s.status IN ('APPROVED', 'PAID')) AS approved_in_year,
                     sum(s.applications) FILTER (WHERE s.decided_year = $2 AND s.status IN ('APPROVED', 'PAID', 'REJECTED')) AS decided_in_year
                FROM application_summary s
                JOIN campaign c ON c.id = s.campaign_id
               WHERE s.region_code = ANY($1) AND s.applications <> 0 AND (c.year = $2 OR s.decided_year = $2)
               GROUP BY s.region_code, c.programme_id),
            payments AS (
              SELECT s.region_code, c.programme_id,
                     sum(s.amount) FILTER (WHERE c.year = $2) AS disbursed,
                     sum(s.amount) FILTER (WHERE s.paid_year = $2) AS paid_in_year
                FROM disbursement_summary s
                JOIN campaign c ON c.id = s.campaign_id
               WHERE s.region_code = ANY($1) AND s.amount <> 0 AND (c.year = $2 OR s.paid_year = $2)
               GROUP BY s.region_code, c.programme_id),
            keys AS (
              SELECT region_code, programme_id FROM allocations
              UNION SELECT region_code, programme_id FROM applications
              UNION SELECT region_code, programme_id FROM payments)
       SELECT k.region_code, k.programme_id, p.kind,
              coalesce(al.allocated, 0)::text AS allocated,
              coalesce(ap.open, 0)::int AS open,
              coalesce(ap.committed, 0)::bigint::text AS committed,
              coalesce(pm.disbursed, 0)::bigint::text AS disbursed,
              coalesce(ap.approved_in_year, 0)::int AS approved_in_year,
              coalesce(ap.decided_in_year, 0)::int AS decided_in_year,
              coalesce(pm.paid_in_year, 0)::bigint::text AS paid_in_year
         FROM keys k
         JOIN programme p ON p.id = k.programme_id
         LEFT JOIN allocations al USING (region_code, programme_id)
         LEFT JOIN applications ap USING (region_code, programme_id)
         LEFT JOIN payments pm USING (region_code, programme_id)`,
      [regionCodes, year],
    );
    return rows.map((row) => ({
      regionCode: row.region_code,
      programmeId: row.programme_id,
      programmeKind: row.kind,
      allocated: row.allocated,
      open: row.open,
      committed: row.committed,
      disbursed: row.disbursed,
      approvedInYear: row.approved_in_year,
      decidedInYear: row.decided_in_year,
      paidInYear: row.paid_in_year,
    }));
  }
}
