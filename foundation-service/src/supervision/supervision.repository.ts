import { enumLiterals } from '@dsp/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { APPLICATION_STATUSES } from '../applications/application.entity';
import { WAITING_FOR_DECISION } from '../applications/applications.rules';
import type { AllocationModel } from '../programmes/allocation.model';
import {
  ALLOCATION_COLUMNS,
  ALLOCATION_USE,
  type AllocationRow,
  toAllocationModel,
} from '../programmes/programmes.repository';
import type { ProgrammeKind } from '../generated/schema-types';
import type { RegionSupervisionFigures, SocialMonthFigures, SupervisionRead } from './supervision.model';

type MonthRow = {
  region_code: string | null;
  month: string;
  submitted: number;
  decided: number;
  approved: number;
  committed: string;
  disbursed: string;
};

function toFigures(row: Omit<MonthRow, 'region_code'>): SocialMonthFigures {
  return {
    month: row.month,
    submitted: row.submitted,
    decided: row.decided,
    approved: row.approved,
    committed: BigInt(row.committed),
    disbursed: BigInt(row.disbursed),
  };
}

interface CampaignJson {
  id: string;
  programme_id: string;
  season: string;
  year: number;
  opens_on: string;
  closes_on: string;
  benefit_amount: string;
  eligibility: unknown;
  created_at: string;
  updated_at: string;
  version: number;
}

interface ProgrammeJson {
  id: string;
  kind: ProgrammeKind;
  name_fr: string;
  name_ar: string;
  created_at: string;
  updated_at: string;
  version: number;
}

interface AllocationJson extends AllocationRow {
  campaign: CampaignJson;
  programme: ProgrammeJson | null;
}

/**
 * The statuses of applications waiting for a decision, written into the
 * statements as literals (enumLiterals): the generic plan of a statement
 * kept prepared then still counts them from the partial index of open
 * applications, which a parameter for them ruled out (a bitmap of the
 * region's applications by status, anded with every application submitted
 * before the date).
 */
const WAITING_STATUSES = enumLiterals(WAITING_FOR_DECISION, APPLICATION_STATUSES);

/** The columns SUPERVISION_COLUMNS adds to a region's row. */
export interface SupervisionRow {
  trend_months: Array<Omit<MonthRow, 'region_code'>> | null;
  allocated_years: Array<{ year: number; allocated: string }> | null;
  overdue: number | null;
  allocations: AllocationJson[] | null;
}

/**
 * The supervision view's figures of the region `r` of a region page's
 * statement, each part only for the regions that ask for it (parameters $2
 * to $7, see `supervisionParameters`): the trend's summary months and
 * allocations per year, the overdue applications, and the year's
 * allocations with what is used of them, their campaign and programme rows
 * (what a strained allocation shows). The same reads as the separate
 * statements, each under the caller's row-level security.
 */
export const SUPERVISION_COLUMNS = `
  CASE WHEN r.code = ANY($2) THEN (
    SELECT coalesce(json_agg(json_build_object(
             'month', to_char(month, 'YYYY-MM'), 'submitted', submitted::int, 'decided', decided::int,
             'approved', approved::int, 'committed', committed::text, 'disbursed', disbursed::text)), '[]')
      FROM application_month_summary
     WHERE region_code = r.code AND month >= to_date($3, 'YYYY-MM')) END AS trend_months,
  CASE WHEN r.code = ANY($2) THEN (
    SELECT coalesce(json_agg(json_build_object('year', y.year, 'allocated', y.allocated::text)), '[]')
      FROM (SELECT c.year, sum(ca.allocated) AS allocated
              FROM campaign_allocation ca JOIN campaign c ON c.id = ca.campaign_id
             WHERE ca.region_code = r.code AND c.year = ANY($4)
             GROUP BY c.year) y) END AS allocated_years,
  CASE WHEN r.code = ANY($5) THEN (
    SELECT count(*)::int FROM application
     WHERE region_code = r.code AND status IN (${WAITING_STATUSES}) AND submitted_at < $6) END AS overdue,
  CASE WHEN r.code = ANY($5) THEN (
    SELECT coalesce(json_agg(json_build_object(
             'id', ca.id, 'campaign_id', ca.campaign_id, 'region_code', ca.region_code,
             'allocated', ca.allocated::text, 'quota', ca.quota, 'version', ca.version,
             'committed', coalesce(u.committed, 0)::text, 'approved', coalesce(u.approved, 0)::int,
             'waitlisted', coalesce(u.waitlisted, 0)::int, 'disbursed', coalesce(p.disbursed, 0)::text,
             'campaign', json_build_object(
               'id', c.id, 'programme_id', c.programme_id, 'season', c.season, 'year', c.year,
               'opens_on', to_char(c.opens_on, 'YYYY-MM-DD'), 'closes_on', to_char(c.closes_on, 'YYYY-MM-DD'),
               'benefit_amount', c.benefit_amount::text, 'eligibility', c.eligibility,
               'created_at', c.created_at, 'updated_at', c.updated_at, 'version', c.version),
             'programme', CASE WHEN pr.id IS NOT NULL THEN json_build_object(
               'id', pr.id, 'kind', pr.kind, 'name_fr', pr.name_fr, 'name_ar', pr.name_ar,
               'created_at', pr.created_at, 'updated_at', pr.updated_at, 'version', pr.version) END)
             ORDER BY c.opens_on, ca.campaign_id), '[]')
      FROM campaign_allocation ca
      JOIN campaign c ON c.id = ca.campaign_id
      LEFT JOIN programme pr ON pr.id = c.programme_id
      ${ALLOCATION_USE}
     WHERE ca.region_code = r.code AND c.year = $7) END AS allocations`;

/** The values of SUPERVISION_COLUMNS' parameters $2 to $7. */
export function supervisionParameters(read: SupervisionRead): unknown[] {
  return [read.trendCodes, read.readFrom, read.years, read.attentionCodes, read.overdueBefore, read.allocationYear];
}

/** A region's supervision figures from the columns SUPERVISION_COLUMNS added to its row. */
export function supervisionFigures(row: SupervisionRow): RegionSupervisionFigures {
  return {
    months: row.trend_months?.map(toFigures) ?? [],
    allocatedByYear: new Map((row.allocated_years ?? []).map((year) => [year.year, BigInt(year.allocated)])),
    overdueApplications: row.overdue ?? 0,
    allocations: (row.allocations ?? []).map((json) => ({
      allocation: toAllocationModel(json),
      campaign: {
        id: json.campaign.id,
        programmeId: json.campaign.programme_id,
        season: json.campaign.season,
        year: json.campaign.year,
        opensOn: json.campaign.opens_on,
        closesOn: json.campaign.closes_on,
        benefitAmount: json.campaign.benefit_amount,
        eligibility: json.campaign.eligibility,
        createdAt: new Date(json.campaign.created_at),
        updatedAt: new Date(json.campaign.updated_at),
        version: json.campaign.version,
      },
      programme: json.programme && {
        id: json.programme.id,
        kind: json.programme.kind,
        nameFr: json.programme.name_fr,
        nameAr: json.programme.name_ar,
        createdAt: new Date(json.programme.created_at),
        updatedAt: new Date(json.programme.updated_at),
        version: json.programme.version,
      },
    })),
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
    return rows.map((row) => ({ regionCode: row.region_code, ...toFigures(row) }));
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
        WHERE region_code = ANY($1) AND status IN (${WAITING_STATUSES}) AND submitted_at < $2
        GROUP BY region_code`,
      [regionCodes, before],
    );
  }

  /**
   * The regions' allocations of `year`'s campaigns with what is used of them,
   * from the social summaries (not the applications), in region order.
   */
  async yearAllocations(regionCodes: readonly string[], year: number): Promise<AllocationModel[]> {
    const rows: AllocationRow[] = await this.manager.query(
      `SELECT ${ALLOCATION_COLUMNS}
         FROM campaign_allocation ca
         JOIN campaign c ON c.id = ca.campaign_id
         JOIN region r ON r.code = ca.region_code
         ${ALLOCATION_USE}
        WHERE ca.region_code = ANY($1) AND c.year = $2
        ORDER BY r.position, c.opens_on, ca.campaign_id`,
      [regionCodes, year],
    );
    return rows.map(toAllocationModel);
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
