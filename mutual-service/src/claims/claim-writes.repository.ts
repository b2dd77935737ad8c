import { isUuid } from '@dsp/common';
import type { EntityManager } from 'typeorm';
import type { BeneficiaryFacts, CoveragePeriod } from '../beneficiaries/eligibility';
import type { CareType, ClaimStatus, RejectionCode } from '../generated/schema-types';
import type { PriorAuthorisationModel } from '../prior-authorisations/prior-authorisation.model';
import { ClaimEntity } from './claim.entity';

export interface TariffRow {
  actCode: string;
  careType: CareType;
  tariff: string;
}

export interface StoredLine {
  id: string;
  claimId: string;
  actCode: string;
  quantity: number;
  unitPrice: string;
}

export interface NewClaim {
  beneficiaryId: string;
  handlingRegionCode: string;
  providerId: string;
  careType: CareType;
  careStartDate: string;
  careEndDate: string;
  diagnosisCodes: readonly string[];
  amountClaimed: bigint;
  lines: ReadonlyArray<{ actCode: string; quantity: number; unitPrice: bigint }>;
}

const PRIOR_AUTHORISATION_COLUMNS = `id, beneficiary_id AS "beneficiaryId", provider_id AS "providerId", region_code AS "regionCode",
  to_char(planned_date, 'YYYY-MM-DD') AS "plannedDate", reason, status, decision_note AS "decisionNote",
  requested_at AS "requestedAt", decided_at AS "decidedAt", version`;

/** The SQL of the claim and prior authorisation workflows; always in the caller's transaction. */
export class ClaimWritesRepository {
  constructor(private readonly manager: EntityManager) {}

  async beneficiaryFacts(personId: string): Promise<BeneficiaryFacts | null> {
    const [row] = await this.manager.query<BeneficiaryFacts[]>(
      `SELECT kind, relation, to_char(birth_date, 'YYYY-MM-DD') AS "birthDate", to_char(student_until, 'YYYY-MM-DD') AS "studentUntil",
              disabled, officer_status AS "officerStatus"
         FROM beneficiary WHERE person_id = $1`,
      [personId],
    );
    return row ?? null;
  }

  coveragePeriods(personId: string): Promise<CoveragePeriod[]> {
    return this.manager.query(
      `SELECT plan_id AS "planId", to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(end_date, 'YYYY-MM-DD') AS "endDate"
         FROM coverage WHERE beneficiary_id = $1 ORDER BY start_date DESC`,
      [personId],
    );
  }

  async providerExists(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    return (await this.manager.query<unknown[]>('SELECT 1 FROM provider WHERE id = $1', [id])).length > 0;
  }

  /** The care types a provider offers, or null when there is no such provider. */
  async providerCareTypes(id: string): Promise<string[] | null> {
    if (!isUuid(id)) return null;
    const rows = await this.manager.query<Array<{ careTypes: string[] }>>('SELECT care_types AS "careTypes" FROM provider WHERE id = $1', [id]);
    return rows[0]?.careTypes ?? null;
  }

  tariffs(actCodes: readonly string[]): Promise<TariffRow[]> {
    return this.manager.query('SELECT act_code AS "actCode", care_type AS "careType", tariff::text AS tariff FROM act_tariff WHERE act_code = ANY($1)', [
      actCodes,
    ]);
  }

  async planRule(planId: string, careType: CareType): Promise<{ rate: string; yearlyCeiling: bigint } | null> {
    const [row] = await this.manager.query<Array<{ rate: string; ceiling: string }>>(
      'SELECT rate::text AS rate, yearly_ceiling::text AS ceiling FROM plan_rule WHERE plan_id = $1 AND care_type = $2',
      [planId, careType],
    );
    return row ? { rate: row.rate, yearlyCeiling: BigInt(row.ceiling) } : null;
  }

  /**
   * Serialises, until the transaction ends, everyone who reads then changes
   * what this key guards (a beneficiary's yearly consumption of a care type,
   * or their submissions for duplicate detection).
   */
  async lock(key: string): Promise<void> {
    await this.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
  }

  /** Approved so far for the beneficiary, the care type and the year care started (APPROVED, PARTIALLY_APPROVED, PAID). */
  async consumed(beneficiaryId: string, year: number, careType: CareType, exceptClaimId: string | null): Promise<bigint> {
    const [row] = await this.manager.query<Array<{ total: string }>>(
      `SELECT coalesce(sum(amount_approved), 0)::text AS total FROM claim
        WHERE beneficiary_id = $1 AND care_type = $2
          AND care_start_date >= make_date($3, 1, 1) AND care_start_date < make_date($3 + 1, 1, 1)
          AND status IN ('APPROVED', 'PARTIALLY_APPROVED', 'PAID')
          AND ($4::uuid IS NULL OR id <> $4::uuid)`,
      [beneficiaryId, careType, year, exceptClaimId],
    );
    return BigInt(row?.total ?? '0');
  }

  /** Non-rejected claims of the same person, provider and care dates, with their lines. */
  async sameCareClaims(beneficiaryId: string, providerId: string, start: string, end: string): Promise<Array<{ id: string; lines: StoredLine[] }>> {
    const claims = await this.manager.query<Array<{ id: string }>>(
      `SELECT id FROM claim WHERE beneficiary_id = $1 AND provider_id = $2 AND care_start_date = $3 AND care_end_date = $4 AND status <> 'REJECTED'`,
      [beneficiaryId, providerId, start, end],
    );
    if (claims.length === 0) return [];
    const lines = await this.lines(claims.map((claim) => claim.id));
    return claims.map((claim) => ({ id: claim.id, lines: lines.filter((line) => line.claimId === claim.id) }));
  }

  lines(claimIds: readonly string[]): Promise<StoredLine[]> {
    return this.manager.query(
      `SELECT id, claim_id AS "claimId", act_code AS "actCode", quantity, unit_price::text AS "unitPrice"
         FROM claim_line WHERE claim_id = ANY($1) ORDER BY claim_id, line_number`,
      [claimIds],
    );
  }

  async insertClaim(claim: NewClaim): Promise<string> {
    const [row] = await this.manager.query<Array<{ id: string }>>(
      `INSERT INTO claim (reference, beneficiary_id, handling_region_code, provider_id, care_type, care_start_date, care_end_date,
                          status, diagnosis_codes, submitted_at, amount_claimed)
       VALUES ('RB-' || extract(year FROM now())::int || '-' || lpad(nextval('claim_reference_seq')::text, 6, '0'),
               $1, $2, $3, $4, $5, $6, 'ENTERED', $7::text[], now(), $8)
       RETURNING id`,
      [
        claim.beneficiaryId,
        claim.handlingRegionCode,
        claim.providerId,
        claim.careType,
        claim.careStartDate,
        claim.careEndDate,
        claim.diagnosisCodes,
        claim.amountClaimed.toString(),
      ],
    );
    const id = row.id;
    await this.manager.query(
      `INSERT INTO claim_line (claim_id, line_number, act_code, quantity, unit_price, amount_claimed)
       SELECT $1, n, act_code, quantity, unit_price, unit_price * quantity
         FROM unnest($2::text[], $3::int[], $4::bigint[]) WITH ORDINALITY AS t(act_code, quantity, unit_price, n)`,
      [id, claim.lines.map((line) => line.actCode), claim.lines.map((line) => line.quantity), claim.lines.map((line) => line.unitPrice.toString())],
    );
    return id;
  }

  async claim(id: string): Promise<ClaimEntity | null> {
    if (!isUuid(id)) return null;
    return this.manager.getRepository(ClaimEntity).findOne({ where: { id } });
  }

  /** Sets each line's approved amount (same order as `lineIds`). */
  async setLineAmounts(lineIds: readonly string[], amounts: readonly bigint[]): Promise<void> {
    await this.manager.query(
      `UPDATE claim_line l SET amount_approved = t.amount FROM unnest($1::uuid[], $2::bigint[]) AS t(id, amount) WHERE l.id = t.id`,
      [lineIds, amounts.map(String)],
    );
  }

  /** A GRANTED authorisation of this person planned between `from` and `to`. */
  async hasGrantedAuthorisation(beneficiaryId: string, from: string, to: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      `SELECT 1 FROM prior_authorisation WHERE beneficiary_id = $1 AND status = 'GRANTED' AND planned_date BETWEEN $2 AND $3 LIMIT 1`,
      [beneficiaryId, from, to],
    );
    return rows.length > 0;
  }

  async insertPriorAuthorisation(values: { beneficiaryId: string; providerId: string; regionCode: string; plannedDate: string; reason: string }): Promise<string> {
    const [row] = await this.manager.query<Array<{ id: string }>>(
      `INSERT INTO prior_authorisation (beneficiary_id, provider_id, region_code, planned_date, reason, status)
       VALUES ($1, $2, $3, $4, $5, 'REQUESTED') RETURNING id`,
      [values.beneficiaryId, values.providerId, values.regionCode, values.plannedDate, values.reason],
    );
    return row.id;
  }

  async priorAuthorisation(id: string): Promise<PriorAuthorisationModel | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.manager.query<PriorAuthorisationModel[]>(`SELECT ${PRIOR_AUTHORISATION_COLUMNS} FROM prior_authorisation WHERE id = $1`, [id]);
    return row ?? null;
  }
}

/** What the audit keeps of a claim: its state, never its diagnoses. */
export function claimSnapshot(claim: {
  status: ClaimStatus;
  rejectionCode: RejectionCode | null;
  amountClaimed: string | bigint;
  amountApproved: string | bigint | null;
  version: number;
}): Record<string, unknown> {
  return {
    status: claim.status,
    rejectionCode: claim.rejectionCode,
    amountClaimed: String(claim.amountClaimed),
    amountApproved: claim.amountApproved === null ? null : String(claim.amountApproved),
    version: claim.version,
  };
}
