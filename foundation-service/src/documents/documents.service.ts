import { BadUserInputError, type Caller, ForbiddenError, isRegionCode, isRole, NotFoundError } from '@dsp/common';
import {
  type DownloadableDocument,
  type DownloadReader,
  downloadUrlFor,
  hashTicket,
  inScope,
  isTicketId,
  oncePerKey,
  requireAccess,
  requireAttachable,
  requireDocuments,
  type Documents,
  sweepDocuments,
  ticketIdFor,
  UploadTicketStatements,
  validateUploadRequest,
  writeAudit,
} from '@dsp/subgraph-kit';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import type { ApplicationEntity } from '../applications/application.entity';
import { createFoundationContext, type FoundationContext, type FoundationSettings } from '../context';
import type { RequestSocialDocumentUploadInput } from '../generated/schema-types';
import type { DependentEntity } from '../officers/dependent.entity';
import type { OfficerEntity } from '../officers/officer.entity';
import { DocumentsRepository } from './documents.repository';
import { mayAttachSocialDocument, mayReadSocialDocuments, type SocialRecordScope } from './documents.rules';
import type { SocialDocumentModel, SocialRecordRef } from './social-document.model';

/** The prefix of the foundation's objects in the document store. */
export const FOUNDATION_OBJECT_PREFIX = 'foundation';
const WRITE_REFUSAL =
  'Documents are attached by whoever may change the record: a foundation agent of its region, the applicant while the application is SUBMITTED, the national administration for a dependent.';
const READ_REFUSAL = 'Documents are shown to whoever may read the application or the officer file they belong to.';

export interface UploadTicketResult {
  id: string;
  uploadUrl: string;
  expiresAt: Date;
  maxSize: number;
}

/** Where an application or a dependent belongs, as the database says; null when it names nothing. */
async function recordScope(ctx: FoundationContext, record: SocialRecordRef): Promise<SocialRecordScope | null> {
  if (record.applicationId !== null) {
    const scope = await ctx.loaders.applicationScope.load(record.applicationId);
    if (scope === null) return null;
    // The status matters only to the applicant, who reads their own application.
    const application = ctx.caller.role === 'OFFICER' ? await ctx.loaders.application.load(scope.id) : null;
    return {
      recordKind: 'APPLICATION',
      officerMatricule: scope.officerMatricule,
      regionCode: scope.regionCode,
      applicationStatus: application?.status ?? null,
    };
  }
  if (record.dependentId === null) return null;
  const scope = await ctx.loaders.dependentScope.load(record.dependentId);
  return (
    scope && {
      recordKind: 'DEPENDENT',
      officerMatricule: scope.officerMatricule,
      regionCode: scope.regionCode,
      applicationStatus: null,
    }
  );
}

function requireWriter(ctx: FoundationContext, record: SocialRecordScope): void {
  if (!mayAttachSocialDocument(ctx.caller, record)) throw new ForbiddenError(WRITE_REFUSAL);
}

async function mayRead(ctx: FoundationContext, record: SocialRecordRef): Promise<boolean> {
  const scope = await recordScope(ctx, record);
  return scope !== null && mayReadSocialDocuments(ctx.caller, scope);
}

/**
 * A single-use upload ticket for a document of an application or a
 * dependent, for a caller who may change the record. Its id is derived from
 * the caller and the idempotency key, so a retry gets the same ticket.
 */
export async function requestSocialDocumentUpload(
  ctx: FoundationContext,
  input: RequestSocialDocumentUploadInput,
): Promise<UploadTicketResult> {
  const documents = requireDocuments(ctx.documents);
  const { maxBytes, ticketLifetimeMs } = documents.settings;
  const fileName = validateUploadRequest(input, maxBytes);
  const target: SocialRecordRef =
    input.record.kind === 'APPLICATION'
      ? { applicationId: input.record.id, dependentId: null }
      : { applicationId: null, dependentId: input.record.id };
  const record = await recordScope(ctx, target);
  if (record === null)
    throw new NotFoundError(input.record.kind === 'APPLICATION' ? 'Application' : 'Dependent', input.record.id);
  requireWriter(ctx, record);

  const ticketId = ticketIdFor(documents.ticketSecret, ctx.caller.sub, input.idempotencyKey);
  const issued = await ctx.db.write((manager) =>
    oncePerKey(manager, ctx.caller, 'requestSocialDocumentUpload', input.idempotencyKey, input, async () => {
      const expiresAt = await new DocumentsRepository(manager).insertTicket({
        ticketHash: hashTicket(ticketId),
        callerSub: ctx.caller.sub,
        callerRole: ctx.caller.role,
        ...target,
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
    uploadUrl: `${ctx.publicBaseUrl}/documents/uploads/${ticketId}`,
    expiresAt: new Date(issued.expiresAt),
    maxSize: maxBytes,
  };
}

/**
 * Attaches what was uploaded with the caller's ticket to its record, in one
 * transaction that uses the ticket up; nothing is attached when any check
 * fails, the write rule checked again (a SUBMITTED application may be under
 * review by now).
 */
export async function attachSocialDocument(
  ctx: FoundationContext,
  ticketId: string,
  idempotencyKey: string,
): Promise<SocialDocumentModel> {
  requireDocuments(ctx.documents);
  if (!isTicketId(ticketId)) throw new BadUserInputError('ticketId', 'This is not an upload ticket.');
  const ticketHash = hashTicket(ticketId);
  const attached = await ctx.db.write((manager) =>
    oncePerKey(manager, ctx.caller, 'attachSocialDocument', idempotencyKey, { ticketHash }, async () => {
      const repository = new DocumentsRepository(manager);
      // Row-level security shows a caller only their own tickets: another's is "none of yours".
      const ticket = requireAttachable(await repository.ticketForUpdate(ticketHash));
      const record = await recordScope(ctx, ticket);
      if (record === null) throw new NotFoundError('Record', ticket.applicationId ?? ticket.dependentId ?? '');
      requireWriter(ctx, record);
      const id = await repository.insertDocument({
        applicationId: ticket.applicationId,
        dependentId: ticket.dependentId,
        kind: ticket.documentKind,
        fileName: ticket.fileName,
        size: ticket.declaredSize,
        contentType: ticket.declaredType,
        objectKey: ticket.objectKey,
        uploadedBy: ctx.caller.sub,
      });
      await new UploadTicketStatements(manager).markAttached(ticketHash);
      await writeAudit(manager, ctx.caller, {
        entity: 'document',
        entityId: id,
        regionCode: record.regionCode,
        action: 'ATTACH',
        before: null,
        after: {
          applicationId: ticket.applicationId,
          dependentId: ticket.dependentId,
          kind: ticket.documentKind,
          fileName: ticket.fileName,
          size: ticket.declaredSize,
          contentType: ticket.declaredType,
        },
      });
      return { id };
    }),
  );
  const document = await ctx.loaders.document.load(attached.id);
  if (!document) throw new NotFoundError('SocialDocument', attached.id);
  return document;
}

/** An application's documents, for whoever may read the application (the parent resolver checked that). */
export async function applicationDocuments(
  ctx: FoundationContext,
  application: ApplicationEntity,
): Promise<SocialDocumentModel[]> {
  requireAccess(ctx, await mayRead(ctx, { applicationId: application.id, dependentId: null }), READ_REFUSAL);
  return ctx.loaders.documentsOfApplication.load(application.id);
}

export async function dependentDocuments(
  ctx: FoundationContext,
  dependent: DependentEntity,
): Promise<SocialDocumentModel[]> {
  requireAccess(ctx, await mayRead(ctx, { applicationId: null, dependentId: dependent.id }), READ_REFUSAL);
  return ctx.loaders.documentsOfDependent.load(dependent.id);
}

/** The documents of the officer's applications and dependents that the caller may read. */
export async function officerSocialDocuments(
  ctx: FoundationContext,
  officer: OfficerEntity,
): Promise<SocialDocumentModel[]> {
  const documents = await ctx.loaders.documentsOfOfficer.load(officer.matricule);
  return documents.filter((document) => mayReadSocialDocuments(ctx.caller, document));
}

/** A document by id (entity resolution): null when it names nothing, FORBIDDEN when the caller may not read it. */
export async function findSocialDocument(ctx: FoundationContext, id: string): Promise<SocialDocumentModel | null> {
  const record = await ctx.loaders.documentRecord.load(id);
  if (record === null) return null;
  requireAccess(ctx, await mayRead(ctx, record), READ_REFUSAL);
  const document = await ctx.loaders.document.load(id);
  // The rules allowed what row-level security hides: refuse rather than pretend it does not exist.
  requireAccess(ctx, document !== null, READ_REFUSAL);
  return document;
}

/** A link that downloads the document for the caller alone, for 5 minutes, issued after the access check and logged. */
export async function downloadUrlOf(ctx: FoundationContext, document: SocialDocumentModel): Promise<string> {
  const documents = requireDocuments(ctx.documents);
  requireAccess(ctx, await mayRead(ctx, document), READ_REFUSAL);
  await ctx.loaders.documentRead.load({ documentId: document.id, action: 'LINK' });
  const reader: DownloadReader = { sub: ctx.caller.sub, role: ctx.caller.role, region: ctx.caller.region };
  return downloadUrlFor(documents, ctx.publicBaseUrl, document.id, reader);
}

/**
 * A download by a signed link: the reader the link names is checked again
 * against the appointments and the record (a head replaced, a transfer),
 * the download logged, then the document named.
 */
export async function openSocialDownload(
  dataSource: DataSource,
  settings: FoundationSettings,
  documents: Documents,
  request: Request,
  documentId: string,
  reader: DownloadReader,
): Promise<DownloadableDocument | null> {
  const { sub, role, region } = reader;
  // The link was signed by this service for a caller it served: anything else is not a reader.
  if (!isRole(role) || (region !== null && !isRegionCode(region))) return null;
  const caller: Caller = { sub, role, region };
  const ctx = await createFoundationContext(dataSource, settings, caller, documents, request);
  return inScope(ctx.db, async () => {
    const document = await ctx.loaders.document.load(documentId);
    if (document === null || !(await mayRead(ctx, document))) return null;
    await ctx.loaders.documentRead.load({ documentId: document.id, action: 'DOWNLOAD' });
    return { objectKey: document.objectKey, fileName: document.fileName, contentType: document.contentType };
  });
}

/** The sweep of the foundation's expired tickets and orphaned uploads (sweepDocuments). */
export function sweepSocialDocuments(
  dataSource: DataSource,
  documents: Documents,
  now = Date.now(),
): Promise<string[]> {
  return sweepDocuments(dataSource, documents, FOUNDATION_OBJECT_PREFIX, now);
}
