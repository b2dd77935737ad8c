import { ForbiddenError } from '@dsp/common';
import {
  attachUpload,
  type DownloadableDocument,
  downloadLinkFor,
  type RecordDocuments,
  requestUpload,
  requireAccess,
  type UploadTicketResult,
} from '@dsp/subgraph-kit';
import type { ApplicationEntity } from '../applications/application.entity';
import type { FoundationContext } from '../context';
import type { DocumentKind, RequestSocialDocumentUploadInput, SocialRecordKind } from '../generated/schema-types';
import type { DependentEntity } from '../officers/dependent.entity';
import type { OfficerEntity } from '../officers/officer.entity';
import { DocumentsRepository } from './documents.repository';
import { mayAttachSocialDocument, mayReadSocialDocuments, type SocialRecordScope } from './documents.rules';
import type { SocialDocumentModel, SocialRecordRef, SocialTicketModel } from './social-document.model';

/** The prefix of the foundation's objects in the document store. */
export const FOUNDATION_OBJECT_PREFIX = 'foundation';
const WRITE_REFUSAL =
  'Documents are attached by whoever may change the record: a foundation agent of its region, the applicant while the application is SUBMITTED, the national administration for a dependent.';
const READ_REFUSAL = 'Documents are shown to whoever may read the application or the officer file they belong to.';

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

async function mayRead(ctx: FoundationContext, record: SocialRecordRef): Promise<boolean> {
  const scope = await recordScope(ctx, record);
  return scope !== null && mayReadSocialDocuments(ctx.caller, scope);
}

const socialRecords: RecordDocuments<
  FoundationContext,
  SocialRecordKind,
  SocialRecordRef,
  SocialRecordScope,
  DocumentKind,
  SocialTicketModel,
  SocialDocumentModel
> = {
  operations: { request: 'requestSocialDocumentUpload', attach: 'attachSocialDocument' },
  recordKinds: {
    APPLICATION: { entity: 'Application', ref: (id) => ({ applicationId: id, dependentId: null }) },
    DEPENDENT: { entity: 'Dependent', ref: (id) => ({ applicationId: null, dependentId: id }) },
  },
  refOf: (ticket) => ({ applicationId: ticket.applicationId, dependentId: ticket.dependentId }),
  scopeOf: recordScope,
  regionOf: (scope) => scope.regionCode,
  // A SUBMITTED application may be under review by the attach step: the rule is checked at both steps.
  requireWriter: (ctx, scope) => {
    if (!mayAttachSocialDocument(ctx.caller, scope)) throw new ForbiddenError(WRITE_REFUSAL);
  },
  statements: (manager) => new DocumentsRepository(manager),
  load: (ctx, id) => ctx.loaders.document.load(id),
  documentEntity: 'SocialDocument',
};

/** A single-use upload ticket for a document of an application or a dependent (requestUpload). */
export function requestSocialDocumentUpload(
  ctx: FoundationContext,
  input: RequestSocialDocumentUploadInput,
): Promise<UploadTicketResult> {
  return requestUpload(ctx, socialRecords, input);
}

/** Attaches what was uploaded with the caller's ticket to its application or dependent (attachUpload). */
export function attachSocialDocument(
  ctx: FoundationContext,
  ticketId: string,
  idempotencyKey: string,
): Promise<SocialDocumentModel> {
  return attachUpload(ctx, socialRecords, ticketId, idempotencyKey);
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

/** A link that downloads the document for the caller alone, issued after the access check and logged. */
export function downloadUrlOf(ctx: FoundationContext, document: SocialDocumentModel): Promise<string> {
  return downloadLinkFor(ctx, document.id, async () => {
    requireAccess(ctx, await mayRead(ctx, document), READ_REFUSAL);
    await ctx.loaders.documentRead.load({ documentId: document.id, action: 'LINK' });
  });
}

/**
 * A download by a signed link, its reader a caller again: checked again
 * against the appointments and the record (a head replaced, a transfer),
 * the download logged, then the document named.
 */
export async function openSocialDocument(
  ctx: FoundationContext,
  documentId: string,
): Promise<DownloadableDocument | null> {
  const document = await ctx.loaders.document.load(documentId);
  if (document === null || !(await mayRead(ctx, document))) return null;
  await ctx.loaders.documentRead.load({ documentId: document.id, action: 'DOWNLOAD' });
  return document;
}
