import { isUuid } from '@dsp/common';
import { updateVersioned } from '@dsp/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { PriorAuthorisationModel } from './prior-authorisation.model';

/** A list's filter: the status and region asked for (null: all). */
export interface PriorAuthorisationFilter {
  status: PriorAuthorisationModel['status'] | null;
  region: string | null;
}

function filterSql(filter: PriorAuthorisationFilter): { where: string; params: unknown[] } {
  return {
    where: '($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR region_code = $2)',
    params: [filter.status, filter.region],
  };
}

const PRIOR_AUTHORISATION_COLUMNS = `id, beneficiary_id AS "beneficiaryId", provider_id AS "providerId", region_code AS "regionCode",
  to_char(planned_date, 'YYYY-MM-DD') AS "plannedDate", reason, status, decision_note AS "decisionNote",
  requested_at AS "requestedAt", decided_at AS "decidedAt", version`;

/** A prior authorisation of an officer's family, with whose family it is and whether the dependent's link has ended. */
export type FamilyPriorAuthorisation = PriorAuthorisationModel & { officerMatricule: string; linkEnded: boolean };

/** Every statement of the prior authorisations; writes always in the caller's transaction. */
export class PriorAuthorisationsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** A GRANTED authorisation of this person planned between `from` and `to`. */
  async hasGrantedAuthorisation(beneficiaryId: string, from: string, to: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      `SELECT 1 FROM prior_authorisation WHERE beneficiary_id = $1 AND status = 'GRANTED' AND planned_date BETWEEN $2 AND $3 LIMIT 1`,
      [beneficiaryId, from, to],
    );
    return rows.length > 0;
  }

  async insertPriorAuthorisation(values: {
    beneficiaryId: string;
    providerId: string;
    regionCode: string;
    plannedDate: string;
    reason: string;
  }): Promise<string> {
    const [row] = await this.manager.query<Array<{ id: string }>>(
      `INSERT INTO prior_authorisation (beneficiary_id, provider_id, region_code, planned_date, reason, status)
       VALUES ($1, $2, $3, $4, $5, 'REQUESTED') RETURNING id`,
      [values.beneficiaryId, values.providerId, values.regionCode, values.plannedDate, values.reason],
    );
    return row.id;
  }

  async priorAuthorisation(id: string): Promise<PriorAuthorisationModel | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.manager.query<PriorAuthorisationModel[]>(
      `SELECT ${PRIOR_AUTHORISATION_COLUMNS} FROM prior_authorisation WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /**
   * For each hospitalisation claim among `claimIds` (UUIDs), the beneficiary's
   * prior authorisation planned from `leadDays` days before its care to its
   * end, the window decideClaim's approval looks in: a GRANTED one first,
   * else a REQUESTED one, else a REFUSED one, the latest planned of its kind.
   */
  coveringClaims(
    claimIds: readonly string[],
    leadDays: number,
  ): Promise<Array<PriorAuthorisationModel & { claimId: string }>> {
    return this.manager.query(
      `SELECT c.id AS "claimId", covering.*
         FROM claim c
        CROSS JOIN LATERAL (
              SELECT ${PRIOR_AUTHORISATION_COLUMNS} FROM prior_authorisation p
               WHERE p.beneficiary_id = c.beneficiary_id
                 AND p.planned_date BETWEEN c.care_start_date - $2::int AND c.care_end_date
               ORDER BY p.status = 'GRANTED' DESC, p.status = 'REQUESTED' DESC, p.planned_date DESC, p.id
               LIMIT 1) covering
        WHERE c.id = ANY($1::uuid[]) AND c.care_type = 'HOSPITALISATION'`,
      [claimIds, leadDays],
    );
  }

  /** Only ids that are UUIDs (the loader's byUuid leaves out the others). */
  byIds(ids: readonly string[]): Promise<PriorAuthorisationModel[]> {
    return this.manager.query<PriorAuthorisationModel[]>(
      `SELECT ${PRIOR_AUTHORISATION_COLUMNS} FROM prior_authorisation WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /**
   * The prior authorisations of these officers' families, latest planned date
   * first, each with where it belongs (the officer, and whether a dependent's
   * link has ended) for the access rules.
   */
  ofOfficers(matricules: readonly string[]): Promise<FamilyPriorAuthorisation[]> {
    return this.manager.query(
      `SELECT ${PRIOR_AUTHORISATION_COLUMNS}, b.officer_matricule AS "officerMatricule", b.link_ended_on IS NOT NULL AS "linkEnded"
       FROM prior_authorisation
       JOIN LATERAL (SELECT officer_matricule, link_ended_on FROM beneficiary
                     WHERE person_id = prior_authorisation.beneficiary_id) b ON true
       WHERE b.officer_matricule = ANY($1::text[])
       ORDER BY planned_date DESC, requested_at DESC, id`,
      [matricules],
    );
  }

  /** A page, oldest request first, after the authorisation `afterId` (keyset on requested_at, id, at full precision). */
  page(filter: PriorAuthorisationFilter, afterId: string | null, limit: number): Promise<PriorAuthorisationModel[]> {
    const { where, params } = filterSql(filter);
    return this.manager.query<PriorAuthorisationModel[]>(
      `SELECT ${PRIOR_AUTHORISATION_COLUMNS} FROM prior_authorisation
       WHERE ${where}
         AND ($3::uuid IS NULL OR (requested_at, id) > (SELECT a.requested_at, a.id FROM prior_authorisation a WHERE a.id = $3))
       ORDER BY requested_at, id LIMIT $4`,
      [...params, afterId, limit],
    );
  }

  async count(filter: PriorAuthorisationFilter): Promise<number> {
    const { where, params } = filterSql(filter);
    const [row] = await this.manager.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM prior_authorisation WHERE ${where}`,
      params,
    );
    return row.count;
  }

  /** GRANTED or REFUSED, at the version the caller saw. */
  markDecided(id: string, version: number, status: 'GRANTED' | 'REFUSED', note: string | null): Promise<void> {
    return updateVersioned(
      this.manager,
      'prior_authorisation',
      id,
      version,
      'status = $3, decided_at = now(), decision_note = $4',
      [status, note],
    );
  }
}
