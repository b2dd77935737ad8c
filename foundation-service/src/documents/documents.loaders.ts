import type { Caller } from '@dsp/common';
import { byKey, groupedByKey, type RequestScope, using } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import { type DocumentRead, DocumentsRepository } from './documents.repository';
import type { SocialRecordScope } from './documents.rules';
import type { SocialDocumentModel, SocialRecordRef } from './social-document.model';

/** The documents' per-request loaders: row-level security decides what each returns, for this request only. */
export interface DocumentLoaders {
  document: DataLoader<string, SocialDocumentModel | null>;
  /** The record a document belongs to, whoever asks (for access decisions). */
  documentRecord: DataLoader<string, (SocialRecordRef & { id: string }) | null>;
  documentsOfApplication: DataLoader<string, SocialDocumentModel[]>;
  documentsOfDependent: DataLoader<string, SocialDocumentModel[]>;
  /** By officer matricule: the documents of their applications and dependents, each with where its record belongs. */
  documentsOfOfficer: DataLoader<string, Array<SocialDocumentModel & SocialRecordScope>>;
  /** Logs a read of a document, once per request and document and action, in the request's transaction. */
  documentRead: DataLoader<DocumentRead, true, string>;
}

export function createDocumentLoaders(db: RequestScope, caller: Caller): DocumentLoaders {
  const documents = <T>(work: (repository: DocumentsRepository) => Promise<T>): Promise<T> =>
    using(db, DocumentsRepository, work);
  return {
    document: new DataLoader(async (ids) => byKey(ids, await documents((r) => r.byIds(ids)), (row) => row.id)),
    documentRecord: new DataLoader(async (ids) => byKey(ids, await documents((r) => r.records(ids)), (row) => row.id)),
    documentsOfApplication: new DataLoader(async (ids) =>
      groupedByKey(ids, await documents((r) => r.ofApplications(ids)), (row) => row.applicationId ?? ''),
    ),
    documentsOfDependent: new DataLoader(async (ids) =>
      groupedByKey(ids, await documents((r) => r.ofDependents(ids)), (row) => row.dependentId ?? ''),
    ),
    documentsOfOfficer: new DataLoader(async (matricules) =>
      groupedByKey(matricules, await documents((r) => r.ofOfficers(matricules)), (row) => row.officerMatricule),
    ),
    documentRead: new DataLoader(
      async (reads) => {
        await db.write((manager) => new DocumentsRepository(manager).logReads(caller, reads));
        return reads.map(() => true as const);
      },
      { cacheKeyFn: (read) => `${read.action}:${read.documentId}` },
    ),
  };
}
