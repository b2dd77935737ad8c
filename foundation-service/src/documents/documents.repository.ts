import { type Caller, isUuid } from '@dsp/common';
import {
  type NewDocument,
  type NewUploadTicket,
  type RecordDocumentStatements,
  TICKET_STATE_COLUMNS,
} from '@dsp/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { DocumentKind } from '../generated/schema-types';
import type { SocialRecordScope } from './documents.rules';
import type { SocialDocumentModel, SocialRecordRef, SocialTicketModel } from './social-document.model';

const DOCUMENT_COLUMNS = `d.id, d.application_id AS "applicationId", d.dependent_id AS "dependentId", d.kind,
  d.file_name AS "fileName", d.size, d.content_type AS "contentType", d.object_key AS "objectKey",
  d.uploaded_by AS "uploadedBy", d.uploaded_at AS "uploadedAt"`;

const TICKET_COLUMNS = `application_id AS "applicationId", dependent_id AS "dependentId",
  document_kind AS "documentKind", file_name AS "fileName", ${TICKET_STATE_COLUMNS}`;

/** One entry of the document read log. */
export interface DocumentRead {
  documentId: string;
  action: 'LINK' | 'DOWNLOAD';
}

/** The statements on the foundation's documents and its tickets' records (the rest: UploadTicketStatements). */
export class DocumentsRepository implements RecordDocumentStatements<SocialRecordRef, DocumentKind, SocialTicketModel> {
  constructor(private readonly manager: EntityManager) {}

  /** The ticket's expiry. */
  async insertTicket(ticket: NewUploadTicket<SocialRecordRef, DocumentKind>): Promise<Date> {
    const [row] = await this.manager.query<Array<{ expiresAt: Date }>>(
      `INSERT INTO upload_ticket (ticket_hash, caller_sub, caller_role, application_id, dependent_id, document_kind,
         file_name, declared_size, declared_type, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now() + $10 * interval '1 millisecond')
       RETURNING expires_at AS "expiresAt"`,
      [
        ticket.ticketHash,
        ticket.callerSub,
        ticket.callerRole,
        ticket.ref.applicationId,
        ticket.ref.dependentId,
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
  async ticketForUpdate(ticketHash: string): Promise<SocialTicketModel | null> {
    const [row] = await this.manager.query<SocialTicketModel[]>(
      `SELECT ${TICKET_COLUMNS} FROM upload_ticket WHERE ticket_hash = $1 FOR UPDATE`,
      [ticketHash],
    );
    return row ?? null;
  }

  async insertDocument(values: NewDocument<SocialRecordRef, DocumentKind>): Promise<string> {
    const [row] = await this.manager.query<Array<{ id: string }>>(
      `INSERT INTO document (application_id, dependent_id, kind, file_name, size, content_type, object_key, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        values.ref.applicationId,
        values.ref.dependentId,
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
  byIds(ids: readonly string[]): Promise<SocialDocumentModel[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.manager.query(`SELECT ${DOCUMENT_COLUMNS} FROM document d WHERE d.id = ANY($1::uuid[])`, [valid]);
  }

  /** The record of each of these documents, whoever asks (for access decisions). */
  records(ids: readonly string[]): Promise<Array<SocialRecordRef & { id: string }>> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.manager.query(
      `SELECT id, application_id AS "applicationId", dependent_id AS "dependentId" FROM document_record($1::uuid[])`,
      [valid],
    );
  }

  ofApplications(ids: readonly string[]): Promise<SocialDocumentModel[]> {
    return this.manager.query(
      `SELECT ${DOCUMENT_COLUMNS} FROM document d WHERE d.application_id = ANY($1::uuid[]) ORDER BY d.uploaded_at, d.id`,
      [ids.filter(isUuid)],
    );
  }

  ofDependents(ids: readonly string[]): Promise<SocialDocumentModel[]> {
    return this.manager.query(
      `SELECT ${DOCUMENT_COLUMNS} FROM document d WHERE d.dependent_id = ANY($1::uuid[]) ORDER BY d.uploaded_at, d.id`,
      [ids.filter(isUuid)],
    );
  }

  /** The documents of these officers' applications and dependents, each with where its record belongs. */
  ofOfficers(matricules: readonly string[]): Promise<Array<SocialDocumentModel & SocialRecordScope>> {
    return this.manager.query(
      `SELECT ${DOCUMENT_COLUMNS},
              CASE WHEN d.application_id IS NULL THEN 'DEPENDENT' ELSE 'APPLICATION' END AS "recordKind",
              coalesce(a.officer_matricule, dep.officer_matricule) AS "officerMatricule",
              coalesce(a.region_code, o.region_code) AS "regionCode",
              a.status AS "applicationStatus"
       FROM document d
       LEFT JOIN application a ON a.id = d.application_id
       LEFT JOIN dependent dep ON dep.id = d.dependent_id
       LEFT JOIN officer o ON o.matricule = dep.officer_matricule
       WHERE coalesce(a.officer_matricule, dep.officer_matricule) = ANY($1::text[])
       ORDER BY d.uploaded_at, d.id`,
      [matricules],
    );
  }

  /** Logs these reads of documents by the caller. */
  logReads(caller: Caller, reads: readonly DocumentRead[]): Promise<unknown> {
    return this.manager.query(
      `INSERT INTO document_read (document_id, action, reader_sub, reader_role, reader_region)
       SELECT r.document_id, r.action, $3, $4, $5 FROM unnest($1::uuid[], $2::text[]) AS r (document_id, action)`,
      [reads.map((read) => read.documentId), reads.map((read) => read.action), caller.sub, caller.role, caller.region],
    );
  }
}
