import { ForbiddenError } from '@dsp/common';
import {
  attachUpload,
  type DownloadableDocument,
  downloadLinkFor,
  type RecordDocuments,
  requestUpload,
  type UploadTicketResult,
} from '@dsp/subgraph-kit';
import { type ClaimScope, maySeeClinical, requireAccess, requireMutualAgent } from '../access';
import type { MutualContext } from '../context';
import type { FiledPerson } from '../beneficiaries/person.model';
import type { ClaimEntity } from '../claims/claim.entity';
import type { DocumentKind, HealthRecordKind, RequestHealthDocumentUploadInput } from '../generated/schema-types';
import type { PriorAuthorisationModel } from '../prior-authorisations/prior-authorisation.model';
import { PriorAuthorisationsRepository } from '../prior-authorisations/prior-authorisations.repository';
import type { HealthDocumentModel, HealthRecordRef, UploadTicketModel } from './health-document.model';
import { DocumentsRepository } from './documents.repository';

/** The prefix of the mutual's objects in the document store. */
export const MUTUAL_OBJECT_PREFIX = 'mutual';
const CLINICAL_REFUSAL =
  'Supporting documents are clinical: shown only to medical advisors, to the mutual agents of the region handling the record and to the person concerned.';

/** The record a document belongs to, and where that record belongs as the database says. */
interface RecordScope {
  claimId: string | null;
  priorAuthorisationId: string | null;
  scope: ClaimScope;
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
async function recordScope(context: MutualContext, record: HealthRecordRef): Promise<RecordScope | null> {
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

const healthRecords: RecordDocuments<
  MutualContext,
  HealthRecordKind,
  HealthRecordRef,
  RecordScope,
  DocumentKind,
  UploadTicketModel,
  HealthDocumentModel
> = {
  operations: { request: 'requestHealthDocumentUpload', attach: 'attachHealthDocument' },
  recordKinds: {
    CLAIM: { entity: 'Claim', ref: (id) => ({ claimId: id, priorAuthorisationId: null }) },
    PRIOR_AUTHORISATION: {
      entity: 'PriorAuthorisation',
      ref: (id) => ({ claimId: null, priorAuthorisationId: id }),
    },
  },
  refOf: (ticket) => ({ claimId: ticket.claimId, priorAuthorisationId: ticket.priorAuthorisationId }),
  scopeOf: recordScope,
  regionOf: (record) => record.scope.handlingRegionCode,
  requireAnyWriter: (context) => requireMutualAgent(context.caller),
  requireWriter,
  statements: (manager) => new DocumentsRepository(manager),
  load: (context, id) => context.loaders.document.load(id),
  documentEntity: 'HealthDocument',
};

/** A single-use upload ticket for a document of a claim or a prior authorisation (requestUpload). */
export function requestHealthDocumentUpload(
  context: MutualContext,
  input: RequestHealthDocumentUploadInput,
): Promise<UploadTicketResult> {
  return requestUpload(context, healthRecords, input);
}

/** Attaches what was uploaded with the caller's ticket to its claim or prior authorisation (attachUpload). */
export function attachHealthDocument(
  context: MutualContext,
  ticketId: string,
  idempotencyKey: string,
): Promise<HealthDocumentModel> {
  return attachUpload(context, healthRecords, ticketId, idempotencyKey);
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

/** A link that downloads the document for the caller alone, issued after the access check and logged with the diagnosis reads. */
export function downloadUrlOf(context: MutualContext, document: HealthDocumentModel): Promise<string> {
  return downloadLinkFor(context, document.id, async () => {
    requireAccess(context, mayRead(context, await recordScope(context, document)), CLINICAL_REFUSAL);
    await context.loaders.clinicalRead.load({
      field: 'documentLink',
      claimId: document.claimId,
      priorAuthorisationId: document.priorAuthorisationId,
      documentId: document.id,
    });
  });
}

/**
 * A download by a signed link, its reader a caller again: checked again
 * (a link that ended since, a head replaced), the download logged with the
 * diagnosis reads, then the document named.
 */
export async function openHealthDocument(
  context: MutualContext,
  documentId: string,
): Promise<DownloadableDocument | null> {
  const document = await context.loaders.document.load(documentId);
  if (document === null || !mayRead(context, await recordScope(context, document))) return null;
  await context.loaders.clinicalRead.load({
    field: 'documentDownload',
    claimId: document.claimId,
    priorAuthorisationId: document.priorAuthorisationId,
    documentId: document.id,
  });
  return document;
}
