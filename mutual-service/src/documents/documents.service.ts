import { BadUserInputError, type Caller, ForbiddenError, isRegionCode, isRole, NotFoundError } from '@dsp/common';
import {
  type DownloadableDocument,
  type DownloadReader,
  downloadUrlFor,
  hashTicket,
  inScope,
  isTicketId,
  oncePerKey,
  requireAttachable,
  requireDocuments,
  sweepDocuments,
  ticketIdFor,
  UploadTicketStatements,
  validateUploadRequest,
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
  return requireDocuments(context.documents);
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
  const fileName = validateUploadRequest(input, maxBytes);
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
      const ticket = requireAttachable(await repository.ticketForUpdate(ticketHash));
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
      await new UploadTicketStatements(manager).markAttached(ticketHash);
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
  return downloadUrlFor(documents, context.publicBaseUrl, document.id, reader);
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

/** The sweep of the mutual's expired tickets and orphaned uploads (sweepDocuments). */
export function sweepHealthDocuments(
  dataSource: DataSource,
  documents: Documents,
  now = Date.now(),
): Promise<string[]> {
  return sweepDocuments(dataSource, documents, MUTUAL_OBJECT_PREFIX, now);
}
