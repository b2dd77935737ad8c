import type { DependentSnapshot, HeadTermSnapshot, OfficerSnapshot } from '@dsp/common';
import type { EntityManager } from 'typeorm';

/** A filed person as the feed needs them: their birth date and their latest coverage. */
export interface FiledRow {
  birth_date: string;
  coverage_id: string | null;
  coverage_end: string | null;
}

/** The officer's family as a new dependent joins it: the officer's plan and the dependent's rank in the family. */
export interface FamilyRow {
  plan_id: string | null;
  rank: string;
}

export interface NewCoverage {
  personId: string;
  planId: string;
  memberNumber: string;
  reference: string;
  start: string;
  end: string | null;
}

const FEED_ROLE = `SELECT set_config('app.role', 'REGISTRY_FEED', true)`;

const FILED = `
  SELECT to_char(b.birth_date, 'YYYY-MM-DD') AS birth_date, c.id AS coverage_id, to_char(c.end_date, 'YYYY-MM-DD') AS coverage_end
    FROM beneficiary b
    LEFT JOIN LATERAL (SELECT id, end_date FROM coverage WHERE beneficiary_id = b.person_id ORDER BY start_date DESC, id LIMIT 1) c ON true
   WHERE b.person_id = $1`;

/** Every statement the registry feed runs: its cursor and the beneficiary file it keeps in step. */
export class RegistryFeedRepository {
  constructor(private readonly manager: EntityManager) {}

  async storedCursor(): Promise<number> {
    const [row] = await this.manager.query<Array<{ sequence: string }>>(
      'SELECT sequence::text FROM registry_feed_cursor',
    );
    return Number(row?.sequence ?? 0);
  }

  /** Acts as the feed for the rest of the transaction (row-level security lets it write the whole file). */
  /** A read and apply succeeded now (the supervision view's feed lag). */
  async recordApplied(): Promise<void> {
    await this.manager.query('UPDATE registry_feed_cursor SET applied_at = now(), failed_at = NULL, last_error = NULL');
  }

  /** A read or apply failed now, with this message. */
  async recordFailure(message: string): Promise<void> {
    await this.manager.query('UPDATE registry_feed_cursor SET failed_at = now(), last_error = $1', [message]);
  }

  async actAsFeed(): Promise<void> {
    await this.manager.query(FEED_ROLE);
  }

  /** The cursor, locked until the transaction ends so two replicas never apply the same events. */
  async lockedCursor(): Promise<number> {
    const [row] = await this.manager.query<Array<{ sequence: string }>>(
      'SELECT sequence::text FROM registry_feed_cursor FOR UPDATE',
    );
    return Number(row?.sequence ?? 0);
  }

  async moveCursor(cursor: number): Promise<void> {
    await this.manager.query('UPDATE registry_feed_cursor SET sequence = $1, updated_at = now()', [cursor]);
  }

  async saveHeadTerm(term: HeadTermSnapshot): Promise<void> {
    await this.manager.query(
      `INSERT INTO head_term (region_code, start_date, officer_matricule, end_date) VALUES ($1, $2, $3, $4)
     ON CONFLICT (region_code, start_date) DO UPDATE SET officer_matricule = excluded.officer_matricule, end_date = excluded.end_date, updated_at = now()
      WHERE head_term.officer_matricule <> excluded.officer_matricule OR head_term.end_date IS DISTINCT FROM excluded.end_date`,
      [term.regionCode, term.startDate, term.officerMatricule, term.endDate],
    );
  }

  async planId(code: string): Promise<string | null> {
    const [plan] = await this.manager.query<Array<{ id: string }>>('SELECT id FROM plan WHERE code = $1', [code]);
    return plan?.id ?? null;
  }

  async openCoverage(coverage: NewCoverage): Promise<void> {
    await this.manager.query(
      `INSERT INTO coverage (beneficiary_id, plan_id, member_number, compulsory_scheme_reference, start_date, end_date) VALUES ($1, $2, $3, $4, $5, $6)`,
      [coverage.personId, coverage.planId, coverage.memberNumber, coverage.reference, coverage.start, coverage.end],
    );
  }

  async endCoverage(coverageId: string, lastDay: string): Promise<void> {
    await this.manager.query(
      'UPDATE coverage SET end_date = greatest(start_date, $2::date), updated_at = now() WHERE id = $1',
      [coverageId, lastDay],
    );
  }

  async reopenCoverage(coverageId: string): Promise<void> {
    await this.manager.query('UPDATE coverage SET end_date = NULL, updated_at = now() WHERE id = $1', [coverageId]);
  }

  /**
   * One statement: the family follows the officer, and the officer's own row comes back as it was
   * (the update changes neither the birth date nor the coverage read here); undefined when the officer is not filed.
   */
  async moveOfficerFamily(officer: OfficerSnapshot): Promise<FiledRow | undefined> {
    const [row] = await this.manager.query<FiledRow[]>(
      `WITH family AS (
       UPDATE beneficiary SET region_code = $2, officer_status = $3, updated_at = now()
        WHERE officer_matricule = $1 AND (region_code <> $2 OR officer_status <> $3) RETURNING 1
     ) ${FILED}`,
      [officer.matricule, officer.regionCode, officer.status],
    );
    return row;
  }

  async insertOfficer(officer: OfficerSnapshot): Promise<void> {
    await this.manager.query(
      `INSERT INTO beneficiary (person_id, kind, officer_matricule, relation, birth_date, officer_status, region_code)
       VALUES ($1, 'OFFICER', $1, NULL, $2, $3, $4)`,
      [officer.matricule, officer.birthDate, officer.status, officer.regionCode],
    );
  }

  async setBirthDate(personId: string, birthDate: string): Promise<void> {
    await this.manager.query('UPDATE beneficiary SET birth_date = $2, updated_at = now() WHERE person_id = $1', [
      personId,
      birthDate,
    ]);
  }

  /**
   * One statement: the facts are brought in line (when they differ), and the row and its latest coverage come back;
   * undefined when the dependent is not filed.
   */
  async updateDependentFacts(dependent: DependentSnapshot): Promise<FiledRow | undefined> {
    const [row] = await this.manager.query<FiledRow[]>(
      `WITH facts AS (
       UPDATE beneficiary SET relation = $2, birth_date = $3, student_until = $4, disabled = $5, officer_status = $6, region_code = $7,
              link_ended_on = $8, updated_at = now()
        WHERE person_id = $1
          AND (relation IS DISTINCT FROM $2 OR birth_date <> $3::date OR student_until IS DISTINCT FROM $4::date OR disabled <> $5
               OR officer_status <> $6 OR region_code <> $7 OR link_ended_on IS DISTINCT FROM $8::date)
        RETURNING 1
     ) ${FILED}`,
      [
        dependent.id,
        dependent.relation,
        dependent.birthDate,
        dependent.studentUntil,
        dependent.disabled,
        dependent.officerStatus,
        dependent.officerRegionCode,
        dependent.linkEndedOn,
      ],
    );
    return row;
  }

  async insertDependent(dependent: DependentSnapshot): Promise<void> {
    await this.manager.query(
      `INSERT INTO beneficiary (person_id, kind, officer_matricule, relation, birth_date, student_until, disabled, officer_status, region_code)
       VALUES ($1, 'DEPENDENT', $2, $3, $4, $5, $6, $7, $8)`,
      [
        dependent.id,
        dependent.officerMatricule,
        dependent.relation,
        dependent.birthDate,
        dependent.studentUntil,
        dependent.disabled,
        dependent.officerStatus,
        dependent.officerRegionCode,
      ],
    );
  }

  async familyOf(officerMatricule: string): Promise<FamilyRow | undefined> {
    const [family] = await this.manager.query<FamilyRow[]>(
      `SELECT (SELECT c.plan_id FROM coverage c WHERE c.beneficiary_id = $1 ORDER BY c.start_date DESC, c.id LIMIT 1) AS plan_id,
              (SELECT count(*)::text FROM beneficiary b WHERE b.officer_matricule = $1 AND b.kind = 'DEPENDENT') AS rank`,
      [officerMatricule],
    );
    return family;
  }
}
