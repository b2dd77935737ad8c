import { enumLiterals, opaqueParameter, queryPrepared, updateVersionedReturning } from '@dsp/subgraph-kit';
import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type {
  ApplicationDecisionReason,
  ApplicationQueueKind,
  ApplicationStatus,
  BeneficiaryKind,
  DependentRelation,
  OfficerStatus,
  ProgrammeKind,
} from '../generated/schema-types';
import { APPLICATION_STATUSES, ApplicationEntity } from './application.entity';
import { DisbursementEntity } from './disbursement.entity';

/** What a submission is checked against (ApplicationsRepository.applicantFile). */
export interface ApplicantFile {
  campaign: {
    programme_id: string;
    opens_on: string;
    closes_on: string;
    benefit_amount: string;
    eligibility: unknown;
  } | null;
  officer: { status: OfficerStatus; birth_date: string; service_start_date: string; region_code: string } | null;
  dependent: { relation: DependentRelation; birth_date: string } | null;
  programme_benefits: number;
  family_approved: number;
  children: number;
  live: number;
}

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

export type FigureRow = {
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

/** An application as read inside a workflow's transaction (amount as text, decided_at as an ISO instant). */
export interface ApplicationRow {
  id: string;
  campaign_id: string;
  officer_matricule: string;
  dependent_id: string | null;
  region_code: string;
  status: ApplicationStatus;
  amount: string;
  ranking_score: number;
  beneficiary_kind: BeneficiaryKind | null;
  decided_at: string | null;
  decided_by: string | null;
  decision_reason_code: ApplicationDecisionReason | null;
  decision_reason: string | null;
  version: number;
}

/** Why a decision was made: its code (README "Decision reasons") and the words typed with it. */
export interface DecisionReason {
  code: ApplicationDecisionReason | null;
  note: string | null;
}

const APPLICATION_COLUMNS = `id, campaign_id, officer_matricule, dependent_id, region_code, status, amount::text, ranking_score, beneficiary_kind,
  to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS decided_at, decided_by, decision_reason_code, decision_reason, version`;

export interface NewApplication {
  campaignId: string;
  matricule: string;
  dependentId: string | null;
  regionCode: string;
  amount: string;
  rankingScore: number;
  beneficiaryKind: BeneficiaryKind;
}

/** Which applications a work queue page holds. */
export interface QueueFilter {
  queue: ApplicationQueueKind;
  statuses: readonly ApplicationStatus[];
  region: string | null;
  campaignId: string | null;
  /** Applications to this programme's campaigns. */
  programmeId?: string | null;
  /** Submitted, or decided, within [start, end). */
  submitted?: { start: Date; end: Date } | null;
  decided?: { start: Date; end: Date } | null;
  /** Submitted before this instant (the queue's waiting-time filter). */
  submittedBefore?: Date | null;
}

/** Each queue's order, and the keyset condition "comes after the cursor's row s" in that order. */
const ORDERS: Record<ApplicationQueueKind, { orderBy: Array<[string, 'ASC' | 'DESC']>; after: string }> = {
  TO_REVIEW: {
    orderBy: [
      ['a.submittedAt', 'ASC'],
      ['a.id', 'ASC'],
    ],
    after: '(a.submitted_at, a.id) > (s.submitted_at, s.id)',
  },
  TO_DECIDE: {
    orderBy: [
      ['a.rankingScore', 'DESC'],
      ['a.submittedAt', 'ASC'],
      ['a.id', 'ASC'],
    ],
    after:
      '(a.ranking_score < s.ranking_score OR (a.ranking_score = s.ranking_score AND (a.submitted_at, a.id) > (s.submitted_at, s.id)))',
  },
  TO_PAY: {
    orderBy: [
      ['a.decidedAt', 'ASC'],
      ['a.id', 'ASC'],
    ],
    after: '(a.decided_at, a.id) > (s.decided_at, s.id)',
  },
  ALL: {
    orderBy: [
      ['a.submittedAt', 'DESC'],
      ['a.id', 'DESC'],
    ],
    after: '(a.submitted_at, a.id) < (s.submitted_at, s.id)',
  },
};

/** The region codes of $1, hidden from the planner so that the generic plan is kept (see opaqueParameter). */
const CODES = opaqueParameter('$1', 'text[]');

/**
 * Figures per region and programme for the regions $1 and the year $2 (see
 * `ApplicationsRepository.figures`); also part of a region page's statement.
 */
export const PROGRAMME_FIGURES = `WITH allocations AS (
              SELECT ca.region_code, c.programme_id, sum(ca.allocated) AS allocated
                FROM campaign_allocation ca
                JOIN campaign c ON c.id = ca.campaign_id
               WHERE ca.region_code = ANY(${CODES}) AND c.year = $2
               GROUP BY ca.region_code, c.programme_id),
            applications AS (
              SELECT s.region_code, c.programme_id,
                     sum(s.applications) FILTER (WHERE c.year = $2 AND s.status IN ('SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED')) AS open,
                     sum(s.amount) FILTER (WHERE c.year = $2 AND s.status IN ('APPROVED', 'PAID')) AS committed,
                     sum(s.applications) FILTER (WHERE s.decided_year = $2 AND s.status IN ('APPROVED', 'PAID')) AS approved_in_year,
                     sum(s.applications) FILTER (WHERE s.decided_year = $2 AND s.status IN ('APPROVED', 'PAID', 'REJECTED')) AS decided_in_year
                FROM application_summary s
                JOIN campaign c ON c.id = s.campaign_id
               WHERE s.region_code = ANY(${CODES}) AND s.applications <> 0 AND (c.year = $2 OR s.decided_year = $2)
               GROUP BY s.region_code, c.programme_id),
            payments AS (
              SELECT s.region_code, c.programme_id,
                     sum(s.amount) FILTER (WHERE c.year = $2) AS disbursed,
                     sum(s.amount) FILTER (WHERE s.paid_year = $2) AS paid_in_year
                FROM disbursement_summary s
                JOIN campaign c ON c.id = s.campaign_id
               WHERE s.region_code = ANY(${CODES}) AND s.amount <> 0 AND (c.year = $2 OR s.paid_year = $2)
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
         LEFT JOIN payments pm USING (region_code, programme_id)`;

export function programmeFigures(row: FigureRow): ProgrammeFigures {
  return {
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
  };
}

export class ApplicationsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The id of the application with this reference, whoever may read it (application_id_of_reference); null when none has it. */
  async idOfReference(reference: string): Promise<string | null> {
    const [row] = await this.manager.query<Array<{ id: string | null }>>(
      'SELECT application_id_of_reference($1) AS id',
      [reference],
    );
    return row?.id ?? null;
  }

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
    const rows = await queryPrepared<FigureRow>(this.manager, 'foundation_programme_figures', PROGRAMME_FIGURES, [
      regionCodes,
      year,
    ]);
    return rows.map(programmeFigures);
  }

  /**
   * Up to `limit` applications of a work queue after the `after` one, in the
   * queue's order (keyset pagination: the cursor's sort key is read again
   * from the database at full precision).
   */
  queuePage(filter: QueueFilter, after: string | null, limit: number): Promise<ApplicationEntity[]> {
    const order = ORDERS[filter.queue];
    const page = this.queueFiltered(filter);
    if (after)
      page.andWhere(`EXISTS (SELECT 1 FROM application s WHERE s.id = :afterId AND ${order.after})`, {
        afterId: after,
      });
    order.orderBy.forEach(([column, direction], i) =>
      i === 0 ? page.orderBy(column, direction) : page.addOrderBy(column, direction),
    );
    return page.take(limit).getMany();
  }

  queueCount(filter: QueueFilter): Promise<number> {
    return this.queueFiltered(filter).getCount();
  }

  private queueFiltered(filter: QueueFilter): SelectQueryBuilder<ApplicationEntity> {
    const query = this.manager
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .where(`a.status IN (${enumLiterals(filter.statuses, APPLICATION_STATUSES)})`);
    if (filter.region) query.andWhere('a.regionCode = :region', { region: filter.region });
    if (filter.campaignId) query.andWhere('a.campaignId = :campaignId', { campaignId: filter.campaignId });
    if (filter.programmeId) {
      query.andWhere('a.campaignId IN (SELECT c.id FROM campaign c WHERE c.programme_id = :programmeId)', {
        programmeId: filter.programmeId,
      });
    }
    if (filter.submitted) {
      query.andWhere('a.submittedAt >= :submittedFrom AND a.submittedAt < :submittedTo', {
        submittedFrom: filter.submitted.start,
        submittedTo: filter.submitted.end,
      });
    }
    if (filter.submittedBefore) {
      query.andWhere('a.submittedAt < :submittedBefore', { submittedBefore: filter.submittedBefore });
    }
    if (filter.decided) {
      query.andWhere('a.decidedAt >= :decidedFrom AND a.decidedAt < :decidedTo', {
        decidedFrom: filter.decided.start,
        decidedTo: filter.decided.end,
      });
    }
    return query;
  }

  async row(id: string, lock = false): Promise<ApplicationRow | undefined> {
    const [row] = await this.manager.query<ApplicationRow[]>(
      `SELECT ${APPLICATION_COLUMNS} FROM application WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row;
  }

  /** The status changed at `expectedVersion` (CONFLICT when stale); answers the row as changed. */
  async setStatus(id: string, expectedVersion: number, status: ApplicationStatus): Promise<ApplicationRow> {
    return updateVersionedReturning<ApplicationRow>(
      this.manager,
      'application',
      id,
      expectedVersion,
      'status = $3',
      [status],
      APPLICATION_COLUMNS,
    );
  }

  /** A decision is dated now, never before the submission; answers the row as decided. */
  async setDecision(
    id: string,
    expectedVersion: number,
    status: ApplicationStatus,
    decidedBy: string,
    reason: DecisionReason,
  ): Promise<ApplicationRow> {
    return updateVersionedReturning<ApplicationRow>(
      this.manager,
      'application',
      id,
      expectedVersion,
      'status = $3, decided_at = greatest(now(), submitted_at), decided_by = $4, decision_reason_code = $5, decision_reason = $6',
      [status, decidedBy, reason.code, reason.note],
      APPLICATION_COLUMNS,
    );
  }

  /**
   * What a submission is checked against, read in one statement: the
   * campaign, the officer, the dependent when one is named, and what the
   * rules and the ranking count of the family (its approved or paid
   * applications in the programme and in the campaign, its children, the
   * beneficiary's applications still live in the campaign). A missing
   * campaign, officer or dependent is null.
   */
  async applicantFile(
    campaignId: string,
    matricule: string,
    dependentId: string | null,
    liveStatuses: readonly ApplicationStatus[],
  ): Promise<ApplicantFile> {
    const [file] = await this.manager.query<ApplicantFile[]>(
      `WITH applied AS (
         SELECT programme_id, to_char(opens_on, 'YYYY-MM-DD') AS opens_on, to_char(closes_on, 'YYYY-MM-DD') AS closes_on,
                benefit_amount::text AS benefit_amount, eligibility
           FROM campaign WHERE id = $1)
       SELECT (SELECT to_jsonb(c) FROM applied c) AS campaign,
              (SELECT to_jsonb(o) FROM (SELECT status, to_char(birth_date, 'YYYY-MM-DD') AS birth_date,
                                               to_char(service_start_date, 'YYYY-MM-DD') AS service_start_date, region_code
                                          FROM officer WHERE matricule = $2) o) AS officer,
              (SELECT to_jsonb(d) FROM (SELECT relation, to_char(birth_date, 'YYYY-MM-DD') AS birth_date
                                          FROM dependent WHERE id = $3::uuid AND officer_matricule = $2) d) AS dependent,
              (SELECT count(*) FROM application a JOIN campaign c ON c.id = a.campaign_id
                WHERE c.programme_id = (SELECT programme_id FROM applied) AND a.officer_matricule = $2
                  AND a.dependent_id IS NOT DISTINCT FROM $3::uuid AND a.status IN ('APPROVED', 'PAID'))::int AS programme_benefits,
              (SELECT count(*) FROM application a WHERE a.campaign_id = $1 AND a.officer_matricule = $2 AND a.status IN ('APPROVED', 'PAID'))::int AS family_approved,
              (SELECT count(*) FROM dependent d WHERE d.officer_matricule = $2 AND d.relation = 'CHILD')::int AS children,
              (SELECT count(*) FROM application a WHERE a.campaign_id = $1 AND a.officer_matricule = $2 AND a.dependent_id IS NOT DISTINCT FROM $3::uuid
                  AND a.status = ANY($4))::int AS live`,
      [campaignId, matricule, dependentId, liveStatuses],
    );
    if (!file) throw new Error("The applicant's file query returned nothing.");
    return file;
  }

  async insert(application: NewApplication): Promise<ApplicationRow> {
    const [created] = await this.manager.query<ApplicationRow[]>(
      `INSERT INTO application (campaign_id, officer_matricule, dependent_id, region_code, status, amount, submitted_at, ranking_score, beneficiary_kind)
       VALUES ($1, $2, $3, $4, 'SUBMITTED', $5, now(), $6, $7) RETURNING ${APPLICATION_COLUMNS}`,
      [
        application.campaignId,
        application.matricule,
        application.dependentId,
        application.regionCode,
        application.amount,
        application.rankingScore,
        application.beneficiaryKind,
      ],
    );
    if (!created) throw new Error('The application insert returned nothing.');
    return created;
  }

  /** The campaign's rules and the family's approvals, read again when an application is approved. */
  async approvalFigures(
    row: ApplicationRow,
  ): Promise<{ eligibility: unknown; programme_benefits: number; family_approved: number } | undefined> {
    const [campaign] = await this.manager.query<
      Array<{ eligibility: unknown; programme_benefits: number; family_approved: number }>
    >(
      `SELECT c.eligibility,
              (SELECT count(*) FROM application a JOIN campaign pc ON pc.id = a.campaign_id
                WHERE pc.programme_id = c.programme_id AND a.officer_matricule = $2 AND a.dependent_id IS NOT DISTINCT FROM $3::uuid AND a.status IN ('APPROVED', 'PAID'))::int AS programme_benefits,
              (SELECT count(*) FROM application a WHERE a.campaign_id = c.id AND a.officer_matricule = $2 AND a.status IN ('APPROVED', 'PAID'))::int AS family_approved
         FROM campaign c WHERE c.id = $1`,
      [row.campaign_id, row.officer_matricule, row.dependent_id],
    );
    return campaign;
  }

  async promoteFirstWaitlisted(
    campaignId: string,
    regionCode: string,
    decidedBy: string,
  ): Promise<{ id: string; version: number } | undefined> {
    const [promoted] = await this.manager.query<Array<{ id: string; version: number }>>(
      // PROMOTED_FROM_WAITLIST says why; the function writes it, with no note.
      'SELECT id, version FROM promote_first_waitlisted($1, $2, $3, NULL)',
      [campaignId, regionCode, decidedBy],
    );
    return promoted;
  }

  /** Paid now when paidOn is today or not given, at noon UTC of paidOn otherwise. */
  async insertDisbursement(
    row: ApplicationRow,
    paidOn: string | null,
    reference: string,
    recordedBy: string,
  ): Promise<{ id: string; paid_at: Date }> {
    const [created] = await this.manager.query<Array<{ id: string; paid_at: Date }>>(
      `INSERT INTO disbursement (application_id, region_code, amount, paid_at, reference, recorded_by)
       VALUES ($1, $2, $3, CASE WHEN $4::date IS NULL OR $4::date = (now() AT TIME ZONE 'UTC')::date THEN now() ELSE ($4::date + time '12:00') AT TIME ZONE 'UTC' END, $5, $6)
       RETURNING id, paid_at`,
      [row.id, row.region_code, row.amount, paidOn, reference, recordedBy],
    );
    if (!created) throw new Error('The disbursement insert returned nothing.');
    return created;
  }

  disbursementById(id: string): Promise<DisbursementEntity | null> {
    return this.manager.findOneBy(DisbursementEntity, { id });
  }
}
