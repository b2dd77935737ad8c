import { isUuid } from '@dsp/common';
import { enumLiterals, opaqueParameter, updateVersioned } from '@dsp/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { CareType, ClaimStatus, RejectionCode } from '../generated/schema-types';
import { CLAIM_STATUSES } from '../regions/region-health.rules';
import { ClaimLineEntity } from './claim-line.entity';
import { ClaimEntity } from './claim.entity';

/** Where a claim belongs, whoever asks. */
export interface ClaimScopeRow {
  id: string;
  beneficiaryId: string;
  handlingRegionCode: string;
  officerMatricule: string;
  linkEnded: boolean;
}

/** A person's use of one care type of their plan in a calendar year (ceiling_use). */
export interface YearUse {
  beneficiaryId: string;
  year: number;
  careType: CareType;
  /** Approved, partly approved or paid. */
  approved: bigint;
  /** Asked for by the claims not decided yet (entered, checked, under review). */
  inProgress: bigint;
  claimsInProgress: number;
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

/** A work queue's filter: the statuses it holds, and the region and care type asked for (null: all). */
export interface QueueFilter {
  statuses: readonly ClaimStatus[];
  region: string | null;
  careType: CareType | null;
  /** Submitted, or decided, within [start, end). */
  submitted?: { start: Date; end: Date } | null;
  decided?: { start: Date; end: Date } | null;
  /** Submitted before this instant (the queue's waiting-time filter). */
  submittedBefore?: Date | null;
}

/** Every statement of the claims, reads and writes; writes always in the caller's transaction. */
export class ClaimsRepository {
  constructor(private readonly manager: EntityManager) {}

  byIds(ids: readonly string[]): Promise<ClaimEntity[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.manager
      .getRepository(ClaimEntity)
      .createQueryBuilder('c')
      .where('c.id = ANY(:ids)', { ids: valid })
      .getMany();
  }

  /**
   * Where these claims belong (handling region, officer), through the
   * claim_scope function: enough to refuse with FORBIDDEN, nothing more.
   */
  scopes(ids: readonly string[]): Promise<ClaimScopeRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.manager.query(
      `SELECT id, beneficiary_id AS "beneficiaryId", handling_region_code AS "handlingRegionCode", officer_matricule AS "officerMatricule",
              link_ended AS "linkEnded"
       FROM claim_scope($1::uuid[])`,
      [valid],
    );
  }

  /** The id of the claim with this reference, whoever may read it (claim_id_of_reference); null when none has it. */
  async idOfReference(reference: string): Promise<string | null> {
    const [row] = await this.manager.query<Array<{ id: string | null }>>('SELECT claim_id_of_reference($1) AS id', [
      reference,
    ]);
    return row?.id ?? null;
  }

  /** The claims of these people the caller may see (row-level security), newest submission first. */
  ofBeneficiaries(personIds: readonly string[]): Promise<ClaimEntity[]> {
    return this.manager
      .getRepository(ClaimEntity)
      .createQueryBuilder('c')
      .where('c.beneficiaryId = ANY(:ids)', { ids: personIds })
      .orderBy('c.submittedAt', 'DESC')
      .addOrderBy('c.reference', 'DESC')
      .getMany();
  }

  linesOf(claimIds: readonly string[]): Promise<ClaimLineEntity[]> {
    return this.manager
      .getRepository(ClaimLineEntity)
      .createQueryBuilder('l')
      .where('l.claimId = ANY(:ids)', { ids: claimIds })
      .orderBy('l.claimId', 'ASC')
      .addOrderBy('l.lineNumber', 'ASC')
      .getMany();
  }

  /**
   * Serialises, until the transaction ends, everyone who reads then changes
   * what this key guards (a beneficiary's yearly consumption of a care type,
   * or their submissions for duplicate detection).
   */
  async lock(key: string): Promise<void> {
    await this.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
  }

  /**
   * Each person's use of their plan in the year asked with them, per care
   * type, over all their claims whichever region handles them (ceiling_use):
   * what was approved (APPROVED, PARTIALLY_APPROVED, PAID), and what the
   * claims not decided yet ask for and how many they are; leaving out one
   * claim when given. One statement for many people and years. Only people
   * the caller may read are counted.
   */
  async useInYears(
    keys: readonly { beneficiaryId: string; year: number }[],
    exceptClaimId: string | null = null,
  ): Promise<YearUse[]> {
    const rows = await this.manager.query<
      Array<{
        beneficiary_id: string;
        year: number;
        care_type: CareType;
        approved: string;
        in_progress: string;
        claims_in_progress: number;
      }>
    >(
      `SELECT u.beneficiary_id, k.year, u.care_type, u.approved::text AS approved,
              u.in_progress::text AS in_progress, u.claims_in_progress
         FROM unnest($1::text[], $2::int[]) AS k(person, year)
         CROSS JOIN LATERAL ceiling_use(ARRAY[k.person], k.year, $3::uuid) AS u`,
      [keys.map((key) => key.beneficiaryId), keys.map((key) => key.year), exceptClaimId],
    );
    return rows.map((row) => ({
      beneficiaryId: row.beneficiary_id,
      year: row.year,
      careType: row.care_type,
      approved: BigInt(row.approved),
      inProgress: BigInt(row.in_progress),
      claimsInProgress: row.claims_in_progress,
    }));
  }

  /** Approved so far for the beneficiary, the care type and the year care started (useInYears). */
  async consumed(
    beneficiaryId: string,
    year: number,
    careType: CareType,
    exceptClaimId: string | null,
  ): Promise<bigint> {
    const rows = await this.useInYears([{ beneficiaryId, year }], exceptClaimId);
    return rows.find((row) => row.careType === careType)?.approved ?? 0n;
  }

  /**
   * Non-rejected claims of the same person, provider and care dates, with
   * their lines, whichever region handles them (same_care_claims).
   */
  async sameCareClaims(
    beneficiaryId: string,
    providerId: string,
    start: string,
    end: string,
  ): Promise<Array<{ id: string; lines: Array<{ actCode: string; quantity: number; unitPrice: string }> }>> {
    const rows = await this.manager.query<
      Array<{ claim_id: string; act_code: string; quantity: number; unit_price: string }>
    >('SELECT claim_id, act_code, quantity, unit_price::text AS unit_price FROM same_care_claims($1, $2, $3, $4)', [
      beneficiaryId,
      providerId,
      start,
      end,
    ]);
    const claims = new Map<string, Array<{ actCode: string; quantity: number; unitPrice: string }>>();
    for (const row of rows) {
      const lines = claims.get(row.claim_id) ?? [];
      lines.push({ actCode: row.act_code, quantity: row.quantity, unitPrice: row.unit_price });
      claims.set(row.claim_id, lines);
    }
    return [...claims].map(([id, lines]) => ({ id, lines }));
  }

  lines(claimIds: readonly string[]): Promise<StoredLine[]> {
    return this.manager.query(
      `SELECT id, claim_id AS "claimId", act_code AS "actCode", quantity, unit_price::text AS "unitPrice"
         FROM claim_line WHERE claim_id = ANY(${opaqueParameter('$1', 'uuid[]')}) ORDER BY claim_id, line_number`,
      [claimIds],
    );
  }

  /**
   * The reference's serial is claim_reference_seq's next value, which starts
   * at 100001: six digits up to the millionth claim, then seven. It is never
   * padded or cut to a width, which would repeat a reference once the serial
   * outgrew it.
   */
  async insertClaim(claim: NewClaim): Promise<string> {
    const [row] = await this.manager.query<Array<{ id: string }>>(
      `INSERT INTO claim (reference, beneficiary_id, handling_region_code, provider_id, care_type, care_start_date, care_end_date,
                          status, diagnosis_codes, submitted_at, amount_claimed)
       VALUES ('RB-' || extract(year FROM now())::int || '-' || nextval('claim_reference_seq'),
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
      [
        id,
        claim.lines.map((line) => line.actCode),
        claim.lines.map((line) => line.quantity),
        claim.lines.map((line) => line.unitPrice.toString()),
      ],
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

  /** A page of a work queue, oldest submission first, after the claim `afterId` (keyset on submitted_at, id). */
  queuePage(filter: QueueFilter, afterId: string | null, limit: number): Promise<ClaimEntity[]> {
    const page = this.queueQuery(filter);
    if (afterId !== null) {
      page.andWhere('(c.submittedAt, c.id) > (SELECT a.submitted_at, a.id FROM claim a WHERE a.id = :afterId)', {
        afterId,
      });
    }
    return page.orderBy('c.submittedAt', 'ASC').addOrderBy('c.id', 'ASC').take(limit).getMany();
  }

  /**
   * How many claims a queue holds, as counting them under row-level security
   * would say. A queue by stage or status alone (no care type, month or
   * waiting time) reads no claim of the regions the caller may read in full:
   * claim_summary, kept by trigger with every claim change and read under the
   * same rule by region, holds per region, year and status the claims now in
   * that status. In the other regions the claims the caller may still see
   * (their family's, today none for the roles that read queues) are counted
   * one region at a time. The national advisor's count of claims awaiting
   * review went from 57 to 2 ms at national scale, a regional agent's from 13
   * to 3 ms; any other filter counts the matching claims. The statement
   * keeps a generic plan: the statuses are written in it and the region
   * condition is written only when there is one (planned afresh on
   * every run before: 0.9 ms of planning for 0.1 ms of work); see
   * enumLiterals.
   */
  async queueCount(filter: QueueFilter): Promise<number> {
    if (filter.careType !== null || filter.submitted || filter.decided || filter.submittedBefore) {
      return this.queueQuery(filter).getCount();
    }
    const statuses = enumLiterals(filter.statuses, CLAIM_STATUSES);
    const inRegion = (column: string): string => (filter.region === null ? 'true' : `${column} = $1`);
    const rows = await this.manager.query<Array<{ total: string }>>(
      `SELECT (SELECT coalesce(sum(s.submitted), 0) FROM claim_summary s
                WHERE s.status IN (${statuses}) AND ${inRegion('s.region_code')})
            + (SELECT coalesce(sum(others.claims), 0) FROM region r
                CROSS JOIN LATERAL (SELECT count(*) AS claims FROM claim c
                                     WHERE c.handling_region_code = r.code AND c.status IN (${statuses})) others
                WHERE app_may_read_region(r.code) IS NOT TRUE AND ${inRegion('r.code')}) AS total`,
      filter.region === null ? [] : [filter.region],
    );
    return Number(rows[0]?.total ?? 0);
  }

  private queueQuery(filter: QueueFilter) {
    const query = this.manager
      .getRepository(ClaimEntity)
      .createQueryBuilder('c')
      .where(`c.status IN (${enumLiterals(filter.statuses, CLAIM_STATUSES)})`);
    if (filter.region !== null) query.andWhere('c.handlingRegionCode = :region', { region: filter.region });
    if (filter.careType !== null) query.andWhere('c.careType = :careType', { careType: filter.careType });
    if (filter.submitted) {
      query.andWhere('c.submittedAt >= :submittedFrom AND c.submittedAt < :submittedTo', {
        submittedFrom: filter.submitted.start,
        submittedTo: filter.submitted.end,
      });
    }
    if (filter.submittedBefore) {
      query.andWhere('c.submittedAt < :submittedBefore', { submittedBefore: filter.submittedBefore });
    }
    if (filter.decided) {
      query.andWhere('c.decidedAt >= :decidedFrom AND c.decidedAt < :decidedTo', {
        decidedFrom: filter.decided.start,
        decidedTo: filter.decided.end,
      });
    }
    return query;
  }

  /** ENTERED → CHECKED, at the version the caller saw. */
  markChecked(id: string, version: number): Promise<void> {
    return updateVersioned(this.manager, 'claim', id, version, "status = 'CHECKED'");
  }

  markUnderReview(id: string, version: number): Promise<void> {
    return updateVersioned(this.manager, 'claim', id, version, "status = 'UNDER_REVIEW'");
  }

  /** REJECTED with `code`: nothing approved, on the claim nor on its lines. */
  async markRejected(id: string, version: number, code: RejectionCode, note: string | null): Promise<void> {
    await updateVersioned(
      this.manager,
      'claim',
      id,
      version,
      "status = 'REJECTED', rejection_code = $3, decided_at = now(), amount_approved = 0, decision_note = $4",
      [code, note],
    );
    await this.manager.query('UPDATE claim_line SET amount_approved = 0 WHERE claim_id = $1', [id]);
  }

  /** APPROVED or PARTIALLY_APPROVED for `total`, each line's share set by setLineAmounts. */
  markApproved(
    id: string,
    version: number,
    status: 'APPROVED' | 'PARTIALLY_APPROVED',
    total: bigint,
    note: string | null,
  ): Promise<void> {
    return updateVersioned(
      this.manager,
      'claim',
      id,
      version,
      'status = $3, decided_at = now(), amount_approved = $4, decision_note = $5',
      [status, total.toString(), note],
    );
  }

  markPaid(id: string, version: number): Promise<void> {
    return updateVersioned(this.manager, 'claim', id, version, "status = 'PAID', paid_at = now()");
  }
}
