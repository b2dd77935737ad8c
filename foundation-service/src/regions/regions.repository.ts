import { opaqueParameter, queryPrepared } from '@dsp/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { OfficerIdentityScope } from '../access/policy';
import {
  type FigureRow,
  PROGRAMME_FIGURES,
  programmeFigures,
  type ProgrammeFigures,
} from '../applications/applications.repository';
import type { HeadAppointmentEntity } from '../heads/head-appointment.entity';
import type { OfficerEntity } from '../officers/officer.entity';
import {
  SUPERVISION_COLUMNS,
  supervisionFigures,
  supervisionParameters,
  type SupervisionRow,
} from '../supervision/supervision.repository';
import type { RegionSupervisionFigures, SupervisionRead } from '../supervision/supervision.model';
import { RegionEntity } from './region.entity';

/** Staff and beneficiary figures of one region. */
export interface RegionCounts {
  regionCode: string;
  staff: number;
  beneficiaries: number;
}

/**
 * A region with what its page shows beside it, as plain objects of the
 * entities' shape: its staff figures, the head in office, and the head's
 * officer row with where it belongs (as officer_scope gives it) when the
 * caller's row-level security lets them read that row; null otherwise (then
 * the officer's own reads answer, as before).
 */
export interface RegionOverview {
  region: RegionEntity;
  counts: RegionCounts;
  head: HeadAppointmentEntity | null;
  headScope: OfficerIdentityScope | null;
  headOfficer: OfficerEntity | null;
  /** The region's programme figures of the year asked for, when one was. */
  figures: ProgrammeFigures[] | null;
}

interface OverviewRow {
  code: string;
  name_ar: string;
  name_fr: string;
  kind: RegionEntity['kind'];
  position: number;
  created_at: Date;
  updated_at: Date;
  version: number;
  staff: number;
  beneficiaries: number;
  head_id: string | null;
  head_matricule: string;
  head_start_date: string;
  head_decision_reference: string;
  head_approved_by: string;
  head_created_at: Date;
  head_updated_at: Date;
  head_version: number;
  officer_matricule: string | null;
  first_name_ar: string;
  last_name_ar: string;
  first_name_latin: string;
  last_name_latin: string;
  rank: OfficerEntity['rank'];
  officer_region_code: string;
  status: OfficerEntity['status'];
  birth_date: string;
  service_start_date: string;
  search_text: string;
  officer_created_at: Date;
  officer_updated_at: Date;
  officer_version: number;
  figures?: FigureRow[];
}

const OVERVIEW_COLUMNS = `r.code, r.name_ar, r.name_fr, r.kind, r.position, r.created_at, r.updated_at, r.version,
       c.staff, c.beneficiaries,
       h.id AS head_id, h.officer_matricule AS head_matricule, to_char(h.start_date, 'YYYY-MM-DD') AS head_start_date,
       h.decision_reference AS head_decision_reference, h.approved_by AS head_approved_by,
       h.created_at AS head_created_at, h.updated_at AS head_updated_at, h.version AS head_version,
       o.matricule AS officer_matricule, o.first_name_ar, o.last_name_ar, o.first_name_latin, o.last_name_latin,
       o.rank, o.region_code AS officer_region_code, o.status, to_char(o.birth_date, 'YYYY-MM-DD') AS birth_date,
       to_char(o.service_start_date, 'YYYY-MM-DD') AS service_start_date, o.search_text,
       o.created_at AS officer_created_at, o.updated_at AS officer_updated_at, o.version AS officer_version`;

const OVERVIEW_FROM = `region r
  CROSS JOIN LATERAL (
       SELECT coalesce(sum(officers) FILTER (WHERE status = 'ACTIVE'), 0)::int AS staff,
              (coalesce(sum(officers) FILTER (WHERE status IN ('ACTIVE', 'RETIRED')), 0) + coalesce(sum(dependents), 0))::int AS beneficiaries
         FROM region_staff_summary WHERE region_code = r.code) c
  LEFT JOIN head_appointment h ON h.region_code = r.code AND h.end_date IS NULL
  LEFT JOIN officer o ON o.matricule = h.officer_matricule
 WHERE r.code = ANY(${opaqueParameter('$1', 'text[]')})`;

function overviewOf(row: OverviewRow): RegionOverview {
  return {
    region: {
      code: row.code,
      nameAr: row.name_ar,
      nameFr: row.name_fr,
      kind: row.kind,
      position: row.position,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
    },
    counts: { regionCode: row.code, staff: row.staff, beneficiaries: row.beneficiaries },
    head:
      row.head_id === null
        ? null
        : {
            id: row.head_id,
            regionCode: row.code,
            officerMatricule: row.head_matricule,
            startDate: row.head_start_date,
            endDate: null,
            decisionReference: row.head_decision_reference,
            approvedBy: row.head_approved_by,
            createdAt: row.head_created_at,
            updatedAt: row.head_updated_at,
            version: row.head_version,
          },
    // What officer_scope would answer for the head: their row's region, and a head (this term).
    headScope:
      row.officer_matricule === null
        ? null
        : { matricule: row.officer_matricule, regionCode: row.officer_region_code, isHead: true },
    headOfficer:
      row.officer_matricule === null
        ? null
        : {
            matricule: row.officer_matricule,
            firstNameAr: row.first_name_ar,
            lastNameAr: row.last_name_ar,
            firstNameLatin: row.first_name_latin,
            lastNameLatin: row.last_name_latin,
            rank: row.rank,
            regionCode: row.officer_region_code,
            status: row.status,
            birthDate: row.birth_date,
            serviceStartDate: row.service_start_date,
            searchText: row.search_text,
            createdAt: row.officer_created_at,
            updatedAt: row.officer_updated_at,
            version: row.officer_version,
          },
    figures: row.figures?.map(programmeFigures) ?? null,
  };
}

export class RegionsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Every region in announcement order. */
  all(): Promise<RegionEntity[]> {
    return this.manager.find(RegionEntity, { order: { position: 'ASC' } });
  }

  /**
   * The regions with their staff figures, open head term, head's scope and
   * head's officer row, and with `figuresYear` their programme figures of
   * that year (the social half of a dashboard), in one statement for any
   * number of regions, each table read under the caller's row-level
   * security exactly as its own read would be (a dashboard used to cost six
   * statements and three entity hydrations here). Prepared, with the codes
   * hidden from the planner so that its generic plan is kept: planning the
   * joins under the policies costs more than running them.
   */
  async overviews(codes: readonly string[], figuresYear: number | null): Promise<RegionOverview[]> {
    const rows =
      figuresYear === null
        ? await queryPrepared<OverviewRow>(
            this.manager,
            'foundation_region_overviews',
            `SELECT ${OVERVIEW_COLUMNS} FROM ${OVERVIEW_FROM}`,
            [codes],
          )
        : await queryPrepared<OverviewRow>(
            this.manager,
            'foundation_region_pages',
            `WITH figures AS MATERIALIZED (${PROGRAMME_FIGURES})
             SELECT ${OVERVIEW_COLUMNS},
                    (SELECT coalesce(json_agg(f), '[]') FROM figures f WHERE f.region_code = r.code) AS figures
               FROM ${OVERVIEW_FROM}`,
            [codes, figuresYear],
          );
    return rows.map(overviewOf);
  }

  /**
   * The regions' overviews (as `overviews` without figures) with what the
   * supervision view asks of them, in the same statement (a supervision page
   * used to cost seven statements and two entity hydrations here).
   */
  async supervisionOverviews(
    codes: readonly string[],
    read: SupervisionRead,
  ): Promise<Array<RegionOverview & { supervision: RegionSupervisionFigures }>> {
    const rows = await queryPrepared<OverviewRow & SupervisionRow>(
      this.manager,
      'foundation_region_supervision',
      `SELECT ${OVERVIEW_COLUMNS}, ${SUPERVISION_COLUMNS} FROM ${OVERVIEW_FROM}`,
      [codes, ...supervisionParameters(read)],
    );
    return rows.map((row) => ({ ...overviewOf(row), supervision: supervisionFigures(row) }));
  }

  /**
   * Staff in service (ACTIVE) and beneficiaries: officers ACTIVE or RETIRED,
   * plus every dependent of the region's officers, whatever the officer's
   * status, so that widows and orphans of deceased officers count. Read from
   * region_staff_summary (kept by triggers with the registry, readable under
   * the registry's regional rule), not from the rows themselves.
   */
  async counts(codes: readonly string[]): Promise<RegionCounts[]> {
    const rows: Array<{ region_code: string; staff: number; beneficiaries: number }> = await this.manager.query(
      `SELECT region_code,
              coalesce(sum(officers) FILTER (WHERE status = 'ACTIVE'), 0)::int AS staff,
              (coalesce(sum(officers) FILTER (WHERE status IN ('ACTIVE', 'RETIRED')), 0) + sum(dependents))::int AS beneficiaries
         FROM region_staff_summary
        WHERE region_code = ANY($1)
        GROUP BY region_code`,
      [codes],
    );
    return rows.map((row) => ({ regionCode: row.region_code, staff: row.staff, beneficiaries: row.beneficiaries }));
  }
}
