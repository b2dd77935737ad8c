import type { Caller } from '@dsp/common';
import type { EntityManager } from 'typeorm';
import type { DiagnosisReadModel } from './diagnosis-read.model';

export interface DiagnosisReadFilter {
  claimId: string | null;
}

/** The clinical fields whose reads are logged, and the reads of a region's solidarity candidates. */
export type ClinicalField =
  | 'diagnosisCodes'
  | 'decisionNote'
  | 'actCode'
  | 'reason'
  | 'documentLink'
  | 'documentDownload'
  | 'solidarityCandidates'
  | 'priorAuthorisation';

/** One read of one clinical field of one record: a claim, a prior authorisation, or a region's solidarity candidates. */
export interface ClinicalRead {
  field: ClinicalField;
  claimId: string | null;
  priorAuthorisationId: string | null;
  regionCode?: string | null;
  /** The document whose download link was issued or which was downloaded. */
  documentId?: string | null;
}

/** The append-only log of clinical reads: inserted by readers, read by the national administration (row-level security). */
export class DiagnosisReadsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** One row per record and field, in one statement. No RETURNING: the reader may log a read but not read the log. */
  async record(reader: Caller, reads: readonly ClinicalRead[]): Promise<void> {
    await this.manager.query(
      `INSERT INTO diagnosis_read (field, claim_id, prior_authorisation_id, region_code, document_id, reader_sub, reader_role, reader_region)
       SELECT unnest($1::text[]), unnest($2::uuid[]), unnest($3::uuid[]), unnest($4::text[]), unnest($5::uuid[]), $6, $7, $8`,
      [
        reads.map((read) => read.field),
        reads.map((read) => read.claimId),
        reads.map((read) => read.priorAuthorisationId),
        reads.map((read) => read.regionCode ?? null),
        reads.map((read) => read.documentId ?? null),
        reader.sub,
        reader.role,
        reader.region,
      ],
    );
  }

  /** Newest first, after the read `afterId` when given. */
  page(filter: DiagnosisReadFilter, afterId: string | null, limit: number): Promise<DiagnosisReadModel[]> {
    return this.manager.query(
      `SELECT r.id::text AS id, r.field, r.claim_id AS "claimId", c.reference AS "claimReference",
              c.handling_region_code AS "handlingRegionCode", r.reader_sub AS "readerSub",
              r.reader_role AS "readerRole", r.reader_region AS "readerRegion", r.read_at AS "readAt"
       FROM diagnosis_read r JOIN claim c ON c.id = r.claim_id
       WHERE ($1::uuid IS NULL OR r.claim_id = $1::uuid) AND ($2::bigint IS NULL OR r.id < $2::bigint)
       ORDER BY r.id DESC
       LIMIT $3`,
      [filter.claimId, afterId, limit],
    );
  }

  async count(filter: DiagnosisReadFilter): Promise<number> {
    const rows: Array<{ count: number }> = await this.manager.query(
      'SELECT count(*)::int AS count FROM diagnosis_read WHERE ($1::uuid IS NULL OR claim_id = $1::uuid)',
      [filter.claimId],
    );
    return rows[0]?.count ?? 0;
  }
}
