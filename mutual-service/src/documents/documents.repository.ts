import { isUuid } from '@dsp/common';
import {
  type NewDocument,
  type NewUploadTicket,
  type RecordDocumentStatements,
  TICKET_STATE_COLUMNS,
} from '@dsp/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { ClaimScope } from '../access';
import type { DocumentKind } from '../generated/schema-types';
import type { HealthDocumentModel, HealthRecordRef, UploadTicketModel } from './health-document.model';

const DOCUMENT_COLUMNS = `d.id, d.claim_id AS "claimId", d.prior_authorisation_id AS "priorAuthorisationId", d.kind,
  d.file_name AS "fileName", d.size, d.content_type AS "contentType", d.object_key AS "objectKey",
  d.uploaded_by AS "uploadedBy", d.uploaded_at AS "uploadedAt"`;

const TICKET_COLUMNS = `claim_id AS "claimId", prior_authorisation_id AS "priorAuthorisationId",
  document_kind AS "documentKind", file_name AS "fileName", ${TICKET_STATE_COLUMNS}`;

/** The statements on the mutual's documents and its tickets' records (the rest: UploadTicketStatements); writes in the caller's transaction. */
export class DocumentsRepository implements RecordDocumentStatements<HealthRecordRef, DocumentKind, UploadTicketModel> {
  constructor(private readonly manager: EntityManager) {}

  /** The ticket's expiry. */
  async insertTicket(ticket: NewUploadTicket<HealthRecordRef, DocumentKind>): Promise<Date> {
    const [row] = await this.manager.query<Array<{ expiresAt: Date }>>(
      `INSERT INTO upload_ticket (ticket_hash, caller_sub, caller_role, claim_id, prior_authorisation_id, document_kind,
         file_name, declared_size, declared_type, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now() + $10 * interval '1 millisecond')
       RETURNING expires_at AS "expiresAt"`,
      [
        ticket.ticketHash,
        ticket.callerSub,
        ticket.callerRole,
        ticket.ref.claimId,
        ticket.ref.priorAuthorisationId,
        ticket.documentKind,
        ticket.fileName,
        ticket.declaredSize,
        ticket.declaredType,
        ticket.lifetimeMs,
      ],
    );
    return row.expiresAt;
  }

  /** The ticket as its caller sees it, locked for the attach step. */
  async ticketForUpdate(ticketHash: string): Promise<UploadTicketModel | null> {
    const [row] = await this.manager.query<UploadTicketModel[]>(
      `SELECT ${TICKET_COLUMNS} FROM upload_ticket WHERE ticket_hash = $1 FOR UPDATE`,
      [ticketHash],
    );
    return row ?? null;
  }

  async insertDocument(values: NewDocument<HealthRecordRef, DocumentKind>): Promise<string> {
    const [row] = await this.manager.query<Array<{ id: string }>>(
      `INSERT INTO document (claim_id, prior_authorisation_id, kind, file_name, size, content_type, object_key, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        values.ref.claimId,
        values.ref.priorAuthorisationId,
        values.kind,
        values.fileName,
        values.size,
        values.contentType,
        values.objectKey,
        values.uploadedBy,
      ],
    );
    return row.id;
  }

  /** These documents, as row-level security lets the caller read them. */
  byIds(ids: readonly string[]): Promise<HealthDocumentModel[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.manager.query(`SELECT ${DOCUMENT_COLUMNS} FROM document d WHERE d.id = ANY($1::uuid[])`, [valid]);
  }

  /** The record of each of these documents, whoever asks (for access decisions). */
  records(
    ids: readonly string[],
  ): Promise<Array<{ id: string; claimId: string | null; priorAuthorisationId: string | null }>> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.manager.query(
      `SELECT id, claim_id AS "claimId", prior_authorisation_id AS "priorAuthorisationId" FROM document_record($1::uuid[])`,
      [valid],
    );
  }

  ofClaims(claimIds: readonly string[]): Promise<HealthDocumentModel[]> {
    return this.manager.query(
      `SELECT ${DOCUMENT_COLUMNS} FROM document d WHERE d.claim_id = ANY($1::uuid[]) ORDER BY d.uploaded_at, d.id`,
      [claimIds.filter(isUuid)],
    );
  }

  ofPriorAuthorisations(ids: readonly string[]): Promise<HealthDocumentModel[]> {
    return this.manager.query(
      `SELECT ${DOCUMENT_COLUMNS} FROM document d WHERE d.prior_authorisation_id = ANY($1::uuid[]) ORDER BY d.uploaded_at, d.id`,
      [ids.filter(isUuid)],
    );
  }

  /** The documents of the records of these officers' families, each with where its record belongs. */
  ofOfficers(matricules: readonly string[]): Promise<Array<HealthDocumentModel & ClaimScope>> {
    return this.manager.query(
      `SELECT ${DOCUMENT_COLUMNS}, b.officer_matricule AS "officerMatricule",
              coalesce(c.handling_region_code, a.region_code) AS "handlingRegionCode",
              b.link_ended_on IS NOT NULL AS "linkEnded"
       FROM document d
       LEFT JOIN claim c ON c.id = d.claim_id
       LEFT JOIN prior_authorisation a ON a.id = d.prior_authorisation_id
       JOIN beneficiary b ON b.person_id = coalesce(c.beneficiary_id, a.beneficiary_id)
       WHERE b.officer_matricule = ANY($1::text[])
       ORDER BY d.uploaded_at, d.id`,
      [matricules],
    );
  }
}
