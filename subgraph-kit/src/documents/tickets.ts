import { BadUserInputError, DomainError, isUuid } from '@dsp/common';
import type { DataSource, EntityManager } from 'typeorm';
import { RequestScope } from '../database/request-scope';
import type { Documents } from './config';
import { isDocumentContentType } from './content';
import { DOCUMENT_ROUTE_PREFIX, type DeclaredUpload, type TakenTicket } from './routes';
import { sweepOrphanObjects } from './sweep';
import { cleanFileName, type DownloadReader, signDownload } from './tokens';

/**
 * What every service's documents share: an `upload_ticket` table (ticket_hash,
 * caller, declared size and type, expiry, upload start, object key, attach
 * time, plus the service's own record columns) and a `document` table with
 * an `object_key`, under the same row-level security settings (app.ticket
 * for the upload endpoint, app.role DOCUMENT_SWEEP for the sweep).
 */

/** The columns of a ticket's state, for a service's own ticket query beside its record columns. */
export const TICKET_STATE_COLUMNS = `declared_size AS "declaredSize", declared_type AS "declaredType",
  object_key AS "objectKey", expires_at <= now() AS expired,
  upload_started_at IS NOT NULL AS "uploadStarted", attached_at IS NOT NULL AS attached`;

/** Where a ticket stands in its single use. */
export interface TicketState {
  declaredSize: number;
  declaredType: string;
  objectKey: string | null;
  expired: boolean;
  uploadStarted: boolean;
  attached: boolean;
}

/** How long a download link lasts. */
const DOWNLOAD_LINK_SECONDS = 300;
const MAX_RAW_FILE_NAME = 255;

/** The statements on tickets and object keys that do not depend on which records documents belong to. */
export class UploadTicketStatements {
  constructor(private readonly manager: EntityManager) {}

  /** The ticket's state, locked for the step that uses it. */
  async stateForUpdate(ticketHash: string): Promise<TicketState | null> {
    const [row] = await this.manager.query<TicketState[]>(
      `SELECT ${TICKET_STATE_COLUMNS} FROM upload_ticket WHERE ticket_hash = $1 FOR UPDATE`,
      [ticketHash],
    );
    return row ?? null;
  }

  markUploadStarted(ticketHash: string): Promise<unknown> {
    return this.manager.query('UPDATE upload_ticket SET upload_started_at = now() WHERE ticket_hash = $1', [
      ticketHash,
    ]);
  }

  recordUpload(ticketHash: string, objectKey: string, contentType: string): Promise<unknown> {
    return this.manager.query(
      'UPDATE upload_ticket SET object_key = $2, declared_type = $3 WHERE ticket_hash = $1 AND object_key IS NULL',
      [ticketHash, objectKey, contentType],
    );
  }

  markAttached(ticketHash: string): Promise<unknown> {
    return this.manager.query('UPDATE upload_ticket SET attached_at = now() WHERE ticket_hash = $1', [ticketHash]);
  }

  /** The sweep: expired tickets go (their unattached objects become orphans). */
  deleteExpiredTickets(): Promise<unknown> {
    return this.manager.query('DELETE FROM upload_ticket WHERE expires_at < now()');
  }

  /** Which of these object keys a document or a live ticket still names. */
  async namedObjectKeys(keys: readonly string[]): Promise<Set<string>> {
    const rows = await this.manager.query<Array<{ key: string }>>(
      `SELECT object_key AS key FROM document WHERE object_key = ANY($1::text[])
       UNION SELECT object_key FROM upload_ticket WHERE object_key = ANY($1::text[])`,
      [keys],
    );
    return new Set(rows.map((row) => row.key));
  }
}

/** The service's documents, or FORBIDDEN saying why there are none. */
export function requireDocuments(documents: Documents | undefined): Documents {
  if (!documents)
    throw new DomainError(
      'Documents cannot be attached here: the service has no document key configured.',
      'FORBIDDEN',
    );
  return documents;
}

/** Checks what an upload request declares; returns the cleaned file name. */
export function validateUploadRequest(
  input: { record: { id: string }; fileName: string; size: number; contentType: string },
  maxBytes: number,
): string {
  if (!isUuid(input.record.id)) throw new BadUserInputError('record.id', `"${input.record.id}" names no record.`);
  if (input.fileName.length > MAX_RAW_FILE_NAME)
    throw new BadUserInputError('fileName', `A file name is at most ${MAX_RAW_FILE_NAME} characters.`);
  const fileName = cleanFileName(input.fileName);
  if (!Number.isInteger(input.size) || input.size < 1 || input.size > maxBytes)
    throw new BadUserInputError('size', `A document is 1 to ${maxBytes} bytes; this one is ${input.size}.`);
  if (!isDocumentContentType(input.contentType))
    throw new BadUserInputError(
      'contentType',
      `Only PDF (application/pdf), JPEG (image/jpeg) and PNG (image/png) documents are accepted; got "${input.contentType}".`,
    );
  return fileName;
}

/** The attach step's checks of the caller's ticket (null: none of theirs); returns it, its upload stored. */
export function requireAttachable<T extends TicketState>(ticket: T | null): T & { objectKey: string } {
  if (ticket === null) throw new BadUserInputError('ticketId', 'You have no upload ticket with this id.');
  if (ticket.attached)
    throw new BadUserInputError('ticketId', 'This ticket was already used: its document is attached.');
  if (ticket.expired) throw new BadUserInputError('ticketId', 'This upload ticket has expired; ask for a new one.');
  if (ticket.objectKey === null)
    throw new BadUserInputError(
      'ticketId',
      ticket.uploadStarted
        ? 'The upload with this ticket did not succeed; ask for a new ticket and send the file again.'
        : 'No file was uploaded with this ticket yet: send it to the upload URL first.',
    );
  return { ...ticket, objectKey: ticket.objectKey };
}

/** A link that downloads the document for `reader` alone, for 5 minutes; issue it after the access check. */
export function downloadUrlFor(
  documents: Documents,
  baseUrl: string,
  documentId: string,
  reader: DownloadReader,
): string {
  const expires = Math.floor(Date.now() / 1000) + DOWNLOAD_LINK_SECONDS;
  return `${baseUrl}${DOCUMENT_ROUTE_PREFIX}${documentId}?${signDownload(documents.signingSecret, documentId, reader, expires)}`;
}

/** Runs `work` in a transaction with these row-level security settings, outside any GraphQL request. */
export async function inScope<T>(scope: RequestScope, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    await scope.finish();
    return result;
  } catch (error) {
    await scope.abort();
    throw error;
  }
}

/** The upload endpoint takes a ticket, by its hash alone, for its one upload. */
export function takeUploadTicket(dataSource: DataSource, ticketHash: string): Promise<TakenTicket> {
  const scope = new RequestScope(dataSource, { 'app.ticket': ticketHash });
  return inScope(scope, () =>
    scope.write(async (manager): Promise<TakenTicket> => {
      const statements = new UploadTicketStatements(manager);
      const ticket = await statements.stateForUpdate(ticketHash);
      if (ticket === null) return { ok: false, status: 404, message: 'No such upload ticket.' };
      if (ticket.uploadStarted)
        return { ok: false, status: 409, message: 'This ticket was already used for an upload; ask for a new one.' };
      if (ticket.expired)
        return { ok: false, status: 410, message: 'This upload ticket has expired; ask for a new one.' };
      await statements.markUploadStarted(ticketHash);
      const declared: DeclaredUpload = { size: ticket.declaredSize, contentType: ticket.declaredType };
      return { ok: true, declared };
    }),
  );
}

/** Records on the ticket where its bytes are stored and what they are. */
export function recordTicketUpload(
  dataSource: DataSource,
  ticketHash: string,
  objectKey: string,
  contentType: string,
): Promise<void> {
  const scope = new RequestScope(dataSource, { 'app.ticket': ticketHash });
  return inScope(scope, async () => {
    await scope.write((manager) =>
      new UploadTicketStatements(manager).recordUpload(ticketHash, objectKey, contentType),
    );
  });
}

/**
 * The sweep: expired tickets are deleted, then the stored objects under
 * `prefix` older than a ticket's lifetime that no document or ticket names
 * (an upload never attached: a crash, or a user who gave up). Returns the
 * objects deleted.
 */
export function sweepDocuments(
  dataSource: DataSource,
  documents: Documents,
  prefix: string,
  now = Date.now(),
): Promise<string[]> {
  const scope = new RequestScope(dataSource, { 'app.role': 'DOCUMENT_SWEEP' });
  return inScope(scope, async () => {
    await scope.write((manager) => new UploadTicketStatements(manager).deleteExpiredTickets());
    return sweepOrphanObjects(
      documents.settings.store,
      prefix,
      documents.settings.ticketLifetimeMs,
      async (keys) => new UploadTicketStatements(await scope.manager()).namedObjectKeys(keys),
      now,
    );
  });
}
