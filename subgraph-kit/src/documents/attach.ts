import { BadUserInputError, type Caller, NotFoundError } from '@dsp/common';
import type { EntityManager } from 'typeorm';
import type { RequestScope } from '../database/request-scope';
import { writeAudit } from '../writes/audit';
import { oncePerKey } from '../writes/idempotency';
import type { Documents } from './config';
import { UPLOAD_ROUTE_PREFIX } from './routes';
import {
  downloadUrlFor,
  requireAttachable,
  requireDocuments,
  type TicketState,
  UploadTicketStatements,
  validateUploadRequest,
} from './tickets';
import { type DownloadReader, hashTicket, isTicketId, ticketIdFor } from './tokens';

/**
 * The request-and-attach flow both services share around their upload
 * tickets; each service says only what differs: its record kinds, where a
 * record belongs, who may attach to it and its SQL.
 */

/** Which record a document belongs to: the service's record columns, exactly one of them set. */
export type RecordRef = Record<string, string | null>;

/** What a request or an attach step needs of a service's GraphQL context. */
export interface DocumentsContext {
  caller: Caller;
  db: RequestScope;
  documents: Documents | undefined;
  publicBaseUrl: string;
}

export interface NewUploadTicket<Ref extends RecordRef, Kind extends string> {
  ref: Ref;
  ticketHash: string;
  callerSub: string;
  callerRole: string;
  documentKind: Kind;
  fileName: string;
  declaredSize: number;
  declaredType: string;
  lifetimeMs: number;
}

export interface NewDocument<Ref extends RecordRef, Kind extends string> {
  ref: Ref;
  kind: Kind;
  fileName: string;
  size: number;
  contentType: string;
  objectKey: string;
  uploadedBy: string;
}

/** What an upload ticket says, as the attach step reads it. */
export type AttachableTicket<Kind extends string> = TicketState & { documentKind: Kind; fileName: string };

/** A service's statements on its tickets' records and its documents, in the caller's transaction. */
export interface RecordDocumentStatements<Ref extends RecordRef, Kind extends string, Ticket> {
  /** The ticket's expiry. */
  insertTicket(ticket: NewUploadTicket<Ref, Kind>): Promise<Date>;
  /** The ticket as its caller sees it (row-level security), locked for the attach step. */
  ticketForUpdate(ticketHash: string): Promise<Ticket | null>;
  /** The new document's id. */
  insertDocument(document: NewDocument<Ref, Kind>): Promise<string>;
}

/** What differs between the services' documents. */
export interface RecordDocuments<
  Ctx extends DocumentsContext,
  RecordKind extends string,
  Ref extends RecordRef,
  Scope,
  Kind extends string,
  Ticket extends AttachableTicket<Kind>,
  Document,
> {
  /** The idempotency operations of the two mutations. */
  operations: { request: string; attach: string };
  /** Each record kind a request may name: its entity's name (for NOT_FOUND) and its record columns. */
  recordKinds: Record<RecordKind, { entity: string; ref: (id: string) => Ref }>;
  /** The record columns of a ticket. */
  refOf(ticket: Ticket): Ref;
  /** Where the record belongs as the database says; null when it names nothing the caller can reach. */
  scopeOf(ctx: Ctx, ref: Ref): Promise<Scope | null>;
  /** The region of the record, for the audit. */
  regionOf(scope: Scope): string;
  /** Refuses a caller who may not attach a document to this record (FORBIDDEN). */
  requireWriter(ctx: Ctx, scope: Scope): void;
  /** Refuses early a caller who may attach to no record at all. */
  requireAnyWriter?(ctx: Ctx): void;
  statements(manager: EntityManager): RecordDocumentStatements<Ref, Kind, Ticket>;
  /** The attached document, as the caller reads it; its entity's name for NOT_FOUND. */
  load(ctx: Ctx, id: string): Promise<Document | null>;
  documentEntity: string;
}

export interface UploadRequestInput<RecordKind extends string, Kind extends string> {
  record: { kind: RecordKind; id: string };
  documentKind: Kind;
  fileName: string;
  size: number;
  contentType: string;
  idempotencyKey: string;
}

export interface UploadTicketResult {
  id: string;
  uploadUrl: string;
  expiresAt: Date;
  maxSize: number;
}

/**
 * Where the record belongs, once the caller may attach to it: NOT_FOUND when
 * it names nothing they can reach, FORBIDDEN when they may not write it.
 */
async function writableScope<Ctx extends DocumentsContext, Ref extends RecordRef, Scope>(
  ctx: Ctx,
  records: { scopeOf(ctx: Ctx, ref: Ref): Promise<Scope | null>; requireWriter(ctx: Ctx, scope: Scope): void },
  ref: Ref,
  entity: string,
  id: string,
): Promise<Scope> {
  const scope = await records.scopeOf(ctx, ref);
  if (scope === null) throw new NotFoundError(entity, id);
  records.requireWriter(ctx, scope);
  return scope;
}

/**
 * A single-use upload ticket for a document of a record, for a caller who
 * may change the record. Its id is derived from the caller and the
 * idempotency key, so a retry gets the same ticket.
 */
export async function requestUpload<
  Ctx extends DocumentsContext,
  RecordKind extends string,
  Ref extends RecordRef,
  Scope,
  Kind extends string,
  Ticket extends AttachableTicket<Kind>,
  Document,
>(
  ctx: Ctx,
  records: RecordDocuments<Ctx, RecordKind, Ref, Scope, Kind, Ticket, Document>,
  input: UploadRequestInput<RecordKind, Kind>,
): Promise<UploadTicketResult> {
  const documents = requireDocuments(ctx.documents);
  records.requireAnyWriter?.(ctx);
  const { maxBytes, ticketLifetimeMs } = documents.settings;
  const fileName = validateUploadRequest(input, maxBytes);
  const recordKind = records.recordKinds[input.record.kind];
  const ref = recordKind.ref(input.record.id);
  await writableScope(ctx, records, ref, recordKind.entity, input.record.id);

  const ticketId = ticketIdFor(documents.ticketSecret, ctx.caller.sub, input.idempotencyKey);
  const issued = await ctx.db.write((manager) =>
    oncePerKey(manager, ctx.caller, records.operations.request, input.idempotencyKey, input, async () => {
      const expiresAt = await records.statements(manager).insertTicket({
        ref,
        ticketHash: hashTicket(ticketId),
        callerSub: ctx.caller.sub,
        callerRole: ctx.caller.role,
        documentKind: input.documentKind,
        fileName,
        declaredSize: input.size,
        declaredType: input.contentType,
        lifetimeMs: ticketLifetimeMs,
      });
      return { expiresAt: expiresAt.toISOString() };
    }),
  );
  return {
    id: ticketId,
    uploadUrl: `${ctx.publicBaseUrl}${UPLOAD_ROUTE_PREFIX}${ticketId}`,
    expiresAt: new Date(issued.expiresAt),
    maxSize: maxBytes,
  };
}

/**
 * Attaches what was uploaded with the caller's ticket to its record, in one
 * transaction that uses the ticket up; nothing is attached when any check
 * fails, the write rule checked again (the record may have changed hands or
 * status since the ticket).
 */
export async function attachUpload<
  Ctx extends DocumentsContext,
  RecordKind extends string,
  Ref extends RecordRef,
  Scope,
  Kind extends string,
  Ticket extends AttachableTicket<Kind>,
  Document,
>(
  ctx: Ctx,
  records: RecordDocuments<Ctx, RecordKind, Ref, Scope, Kind, Ticket, Document>,
  ticketId: string,
  idempotencyKey: string,
): Promise<Document> {
  requireDocuments(ctx.documents);
  records.requireAnyWriter?.(ctx);
  if (!isTicketId(ticketId)) throw new BadUserInputError('ticketId', 'This is not an upload ticket.');
  const ticketHash = hashTicket(ticketId);
  const attached = await ctx.db.write((manager) =>
    oncePerKey(manager, ctx.caller, records.operations.attach, idempotencyKey, { ticketHash }, async () => {
      const statements = records.statements(manager);
      // Row-level security shows a caller only their own tickets: another's is "none of yours".
      const ticket = requireAttachable(await statements.ticketForUpdate(ticketHash));
      const ref = records.refOf(ticket);
      const scope = await writableScope(
        ctx,
        records,
        ref,
        'Record',
        Object.values(ref).find((id) => id !== null) ?? '',
      );
      const stored = {
        kind: ticket.documentKind,
        fileName: ticket.fileName,
        size: ticket.declaredSize,
        contentType: ticket.declaredType,
      };
      const id = await statements.insertDocument({
        ref,
        ...stored,
        objectKey: ticket.objectKey,
        uploadedBy: ctx.caller.sub,
      });
      await new UploadTicketStatements(manager).markAttached(ticketHash);
      await writeAudit(manager, ctx.caller, {
        entity: 'document',
        entityId: id,
        regionCode: records.regionOf(scope),
        action: 'ATTACH',
        before: null,
        after: { ...ref, ...stored },
      });
      return { id };
    }),
  );
  const document = await records.load(ctx, attached.id);
  if (!document) throw new NotFoundError(records.documentEntity, attached.id);
  return document;
}

/**
 * A link that downloads the document for the caller alone, for 5 minutes,
 * issued once `checkAndLog` (the service's access check and read log) passed.
 */
export async function downloadLinkFor(
  ctx: DocumentsContext,
  documentId: string,
  checkAndLog: () => Promise<unknown>,
): Promise<string> {
  const documents = requireDocuments(ctx.documents);
  await checkAndLog();
  const reader: DownloadReader = { sub: ctx.caller.sub, role: ctx.caller.role, region: ctx.caller.region };
  return downloadUrlFor(documents, ctx.publicBaseUrl, documentId, reader);
}
