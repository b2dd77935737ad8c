import {
  BadUserInputError,
  type Caller,
  DomainError,
  ForbiddenError,
  isRegionCode,
  isRole,
  isUuid,
  NotFoundError,
} from '@dsp/common';
import {
  cleanFileName,
  type DeclaredUpload,
  type DownloadableDocument,
  type DownloadReader,
  hashTicket,
  isDocumentContentType,
  isTicketId,
  oncePerKey,
  RequestScope,
  signDownload,
  sweepOrphanObjects,
  type TakenTicket,
  ticketIdFor,
  writeAudit,
  type Documents,
} from '@dsp/subgraph-kit';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { type ClaimScope, maySeeClinical, requireAccess, requireMutualAgent } from '../access';
import { createMutualContext, type MutualContext, type MutualSettings } from '../context';
import type { FiledPerson } from '../beneficiaries/person.model';
import type { ClaimEntity } from '../claims/claim.entity';
import type { RequestHealthDocumentUploadInput } from '../generated/schema-types';
import type { PriorAuthorisationModel } from '../prior-authorisations/prior-authorisation.model';
import { PriorAuthorisationsRepository } from '../prior-authorisations/prior-authorisations.repository';
import type { HealthDocumentModel } from './health-document.model';
import { DocumentsRepository } from './documents.repository';

/** The prefix of the mutual's objects in the document store. */
export const MUTUAL_OBJECT_PREFIX = 'mutual';
/** How long a download link lasts. */
const DOWNLOAD_LINK_SECONDS = 300;
const MAX_RAW_FILE_NAME = 255;
const CLINICAL_REFUSAL =
  'Supporting documents are clinical: shown only to medical advisors, to the mutual agents of the region handling the record and to the person concerned.';

export interface UploadTicketResult {
  id: string;
  uploadUrl: string;
  expiresAt: Date;
  maxSize: number;
}

/** The record a document belongs to, and where that record belongs as the database says. */
interface RecordScope {
  claimId: string | null;
  priorAuthorisationId: string | null;
  scope: ClaimScope;
}

function documentsOf(context: MutualContext): Documents {
  if (!context.documents)
    throw new DomainError(
      'Documents cannot be attached here: the service has no document key configured.',
      'FORBIDDEN',
    );
  return context.documents;
}

async function authorisationScope(
  context: MutualContext,
  authorisation: Pick<PriorAuthorisationModel, 'id' | 'beneficiaryId' | 'regionCode'>,
): Promise<RecordScope | null> {
  const person = await context.loaders.person.load(authorisation.beneficiaryId);
  if (person === null) return null;
  return {
    claimId: null,
    priorAuthorisationId: authorisation.id,
    scope: {
      handlingRegionCode: authorisation.regionCode,
      officerMatricule: person.officerMatricule,
      linkEnded: person.linkEnded,
    },
  };
}

/** Where a claim or a prior authorisation belongs; null when it names nothing the caller can reach. */
async function recordScope(
  context: MutualContext,
  record: { claimId: string | null; priorAuthorisationId: string | null },
): Promise<RecordScope | null> {
  if (record.claimId !== null) {
    const scope = await context.loaders.claimScope.load(record.claimId);
    return scope && { claimId: record.claimId, priorAuthorisationId: null, scope };
  }
  if (record.priorAuthorisationId === null) return null;
  const authorisation = await new PriorAuthorisationsRepository(await context.db.manager()).priorAuthorisation(
    record.priorAuthorisationId,
  );
  return authorisation && authorisationScope(context, authorisation);
}

/** Adding a document is changing the record: the mutual agents of the region handling it, as its own mutations. */
function requireWriter(context: MutualContext, record: RecordScope): void {
  const region = requireMutualAgent(context.caller);
  if (record.scope.handlingRegionCode !== region)
    throw new ForbiddenError('This record is handled by another region: its documents are attached there.');
}

function validateUpload(input: RequestHealthDocumentUploadInput, maxBytes: number): string {
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

/**
 * A single-use upload ticket for a document of a claim or prior
 * authorisation, for a caller who may change the record. Its id is derived
 * from the caller and the idempotency key, so a retry gets the same ticket.
 */
export async function requestHealthDocumentUpload(
  context: MutualContext,
  input: RequestHealthDocumentUploadInput,
): Promise<UploadTicketResult> {
  const documents = documentsOf(context);
  requireMutualAgent(context.caller);
  const { maxBytes, ticketLifetimeMs } = documents.settings;
  const fileName = validateUpload(input, maxBytes);
  const target =
    input.record.kind === 'CLAIM'
      ? { claimId: input.record.id, priorAuthorisationId: null }
      : { claimId: null, priorAuthorisationId: input.record.id };
  const record = await recordScope(context, target);
  if (record === null)
    throw new NotFoundError(input.record.kind === 'CLAIM' ? 'Claim' : 'PriorAuthorisation', input.record.id);
  requireWriter(context, record);

  const ticketId = ticketIdFor(documents.ticketSecret, context.caller.sub, input.idempotencyKey);
  const issued = await context.db.write((manager) =>
    oncePerKey(manager, context.caller, 'requestHealthDocumentUpload', input.idempotencyKey, input, async () => {
      const expiresAt = await new DocumentsRepository(manager).insertTicket({
        ticketHash: hashTicket(ticketId),
        callerSub: context.caller.sub,
        callerRole: context.caller.role,
        claimId: record.claimId,
        priorAuthorisationId: record.priorAuthorisationId,
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
    uploadUrl: `${context.publicBaseUrl}/documents/uploads/${ticketId}`,
    expiresAt: new Date(issued.expiresAt),
    maxSize: maxBytes,
  };
}

/**
 * Attaches what was uploaded with the caller's ticket to its record, in one
 * transaction that uses the ticket up; nothing is attached when any check
 * fails.
 */
export async function attachHealthDocument(
  context: MutualContext,
  ticketId: string,
  idempotencyKey: string,
): Promise<HealthDocumentModel> {
  documentsOf(context);
  requireMutualAgent(context.caller);
  if (!isTicketId(ticketId)) throw new BadUserInputError('ticketId', 'This is not an upload ticket.');
  const ticketHash = hashTicket(ticketId);
  const attached = await context.db.write((manager) =>
    oncePerKey(manager, context.caller, 'attachHealthDocument', idempotencyKey, { ticketHash }, async () => {
      const repository = new DocumentsRepository(manager);
      // Row-level security shows a caller only their own tickets: another's is "none of yours".
      const ticket = await repository.ticketForUpdate(ticketHash);
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
      const record = await recordScope(context, ticket);
      if (record === null) throw new NotFoundError('Record', ticket.claimId ?? ticket.priorAuthorisationId ?? '');
      requireWriter(context, record);
      const id = await repository.insertDocument({
        claimId: ticket.claimId,
        priorAuthorisationId: ticket.priorAuthorisationId,
        kind: ticket.documentKind,
        fileName: ticket.fileName,
        size: ticket.declaredSize,
        contentType: ticket.declaredType,
        objectKey: ticket.objectKey,
        uploadedBy: context.caller.sub,
      });
      await repository.markAttached(ticketHash);
      await writeAudit(manager, context.caller, {
        entity: 'document',
        entityId: id,
        regionCode: record.scope.handlingRegionCode,
        action: 'ATTACH',
        before: null,
        after: {
          claimId: ticket.claimId,
          priorAuthorisationId: ticket.priorAuthorisationId,
          kind: ticket.documentKind,
          fileName: ticket.fileName,
          size: ticket.declaredSize,
          contentType: ticket.declaredType,
        },
      });
      return { id };
    }),
  );
  const document = await context.loaders.document.load(attached.id);
  if (!document) throw new NotFoundError('HealthDocument', attached.id);
  return document;
}

/** Whether the caller may read this record's documents (clinical detail). */
function mayRead(context: MutualContext, record: RecordScope | null): boolean {
  return record !== null && maySeeClinical(context.caller, record.scope);
}

/** A claim's documents: FORBIDDEN (the field null) to whoever may not read clinical detail. */
export async function claimDocuments(context: MutualContext, claim: ClaimEntity): Promise<HealthDocumentModel[]> {
  const record = await recordScope(context, { claimId: claim.id, priorAuthorisationId: null });
  requireAccess(context, mayRead(context, record), CLINICAL_REFUSAL);
  return context.loaders.documentsOfClaim.load(claim.id);
}

export async function priorAuthorisationDocuments(
  context: MutualContext,
  authorisation: PriorAuthorisationModel,
): Promise<HealthDocumentModel[]> {
  requireAccess(context, mayRead(context, await authorisationScope(context, authorisation)), CLINICAL_REFUSAL);
  return context.loaders.documentsOfPriorAuthorisation.load(authorisation.id);
}

/** The documents of the officer's and their family's records that the caller may read. */
export async function officerHealthDocuments(
  context: MutualContext,
  person: FiledPerson | null,
): Promise<HealthDocumentModel[]> {
  if (person === null) return [];
  const documents = await context.loaders.documentsOfOfficer.load(person.officerMatricule);
  return documents.filter((document) => maySeeClinical(context.caller, document));
}

/** A document by id (entity resolution): null when it names nothing, FORBIDDEN when the caller may not read it. */
export async function findHealthDocument(context: MutualContext, id: string): Promise<HealthDocumentModel | null> {
  const record = await context.loaders.documentRecord.load(id);
  if (record === null) return null;
  requireAccess(context, mayRead(context, await recordScope(context, record)), CLINICAL_REFUSAL);
  const document = await context.loaders.document.load(id);
  // The rules allowed what row-level security hides: refuse rather than pretend it does not exist.
  requireAccess(context, document !== null, CLINICAL_REFUSAL);
  return document;
}

/**
 * A link that downloads the document for the caller alone, for 5 minutes,
 * issued after the access check and logged with the diagnosis reads.
 */
export async function downloadUrlOf(context: MutualContext, document: HealthDocumentModel): Promise<string> {
  const documents = documentsOf(context);
  requireAccess(context, mayRead(context, await recordScope(context, document)), CLINICAL_REFUSAL);
  await context.loaders.clinicalRead.load({
    field: 'documentLink',
    claimId: document.claimId,
    priorAuthorisationId: document.priorAuthorisationId,
    documentId: document.id,
  });
  const reader: DownloadReader = { sub: context.caller.sub, role: context.caller.role, region: context.caller.region };
  const expires = Math.floor(Date.now() / 1000) + DOWNLOAD_LINK_SECONDS;
  return `${context.publicBaseUrl}/documents/${document.id}?${signDownload(documents.signingSecret, document.id, reader, expires)}`;
}

/** Runs `work` in a transaction with these row-level security settings, outside any GraphQL request. */
async function inScope<T>(scope: RequestScope, work: () => Promise<T>): Promise<T> {
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
      const repository = new DocumentsRepository(manager);
      const ticket = await repository.ticketForUpdate(ticketHash);
      if (ticket === null) return { ok: false, status: 404, message: 'No such upload ticket.' };
      if (ticket.uploadStarted)
        return { ok: false, status: 409, message: 'This ticket was already used for an upload; ask for a new one.' };
      if (ticket.expired)
        return { ok: false, status: 410, message: 'This upload ticket has expired; ask for a new one.' };
      await repository.markUploadStarted(ticketHash);
      const declared: DeclaredUpload = { size: ticket.declaredSize, contentType: ticket.declaredType };
      return { ok: true, declared };
    }),
  );
}

export function recordHealthUpload(
  dataSource: DataSource,
  ticketHash: string,
  objectKey: string,
  contentType: string,
): Promise<void> {
  const scope = new RequestScope(dataSource, { 'app.ticket': ticketHash });
  return inScope(scope, async () => {
    await scope.write((manager) => new DocumentsRepository(manager).recordUpload(ticketHash, objectKey, contentType));
  });
}

/**
 * A download by a signed link: the reader the link names is checked again
 * (a link that ended since, a head replaced), the download logged with the
 * diagnosis reads, then the document named.
 */
export async function openHealthDownload(
  dataSource: DataSource,
  settings: MutualSettings,
  documents: Documents,
  request: Request,
  documentId: string,
  reader: DownloadReader,
): Promise<DownloadableDocument | null> {
  const { sub, role, region } = reader;
  // The link was signed by this service for a caller it served: anything else is not a reader.
  if (!isRole(role) || (region !== null && !isRegionCode(region))) return null;
  const caller: Caller = { sub, role, region };
  const context = await createMutualContext(dataSource, settings, caller, documents, request);
  return inScope(context.db, async () => {
    const document = await context.loaders.document.load(documentId);
    if (document === null || !mayRead(context, await recordScope(context, document))) return null;
    await context.loaders.clinicalRead.load({
      field: 'documentDownload',
      claimId: document.claimId,
      priorAuthorisationId: document.priorAuthorisationId,
      documentId: document.id,
    });
    return { objectKey: document.objectKey, fileName: document.fileName, contentType: document.contentType };
  });
}

/**
 * The sweep: expired tickets are deleted, then the stored objects older than
 * a ticket's lifetime that no document or ticket names (an upload never
 * attached: a crash, or a user who gave up). Returns the objects deleted.
 */
export function sweepHealthDocuments(
  dataSource: DataSource,
  documents: Documents,
  now = Date.now(),
): Promise<string[]> {
  const scope = new RequestScope(dataSource, { 'app.role': 'DOCUMENT_SWEEP' });
  return inScope(scope, async () => {
    await scope.write((manager) => new DocumentsRepository(manager).deleteExpiredTickets());
    return sweepOrphanObjects(
      documents.settings.store,
      MUTUAL_OBJECT_PREFIX,
      documents.settings.ticketLifetimeMs,
      async (keys) => new DocumentsRepository(await scope.manager()).namedObjectKeys(keys),
      now,
    );
  });
}
