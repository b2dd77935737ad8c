import { byKey, groupedByKey, type RequestScope, using } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { ClaimScope } from '../access';
import type { HealthDocumentModel } from './health-document.model';
import { DocumentsRepository } from './documents.repository';

/** The documents' per-request loaders: row-level security decides what each returns, for this request only. */
export interface DocumentLoaders {
  document: DataLoader<string, HealthDocumentModel | null>;
  /** The record a document belongs to, whoever asks (for access decisions). */
  documentRecord: DataLoader<
    string,
    { id: string; claimId: string | null; priorAuthorisationId: string | null } | null
  >;
  documentsOfClaim: DataLoader<string, HealthDocumentModel[]>;
  documentsOfPriorAuthorisation: DataLoader<string, HealthDocumentModel[]>;
  /** By officer matricule: the family's documents, each with where its record belongs. */
  documentsOfOfficer: DataLoader<string, Array<HealthDocumentModel & ClaimScope>>;
}

export function createDocumentLoaders(db: RequestScope): DocumentLoaders {
  const documents = <T>(work: (repository: DocumentsRepository) => Promise<T>): Promise<T> =>
    using(db, DocumentsRepository, work);
  return {
    document: new DataLoader(async (ids) => byKey(ids, await documents((r) => r.byIds(ids)), (row) => row.id)),
    documentRecord: new DataLoader(async (ids) => byKey(ids, await documents((r) => r.records(ids)), (row) => row.id)),
    documentsOfClaim: new DataLoader(async (ids) =>
      groupedByKey(ids, await documents((r) => r.ofClaims(ids)), (row) => row.claimId ?? ''),
    ),
    documentsOfPriorAuthorisation: new DataLoader(async (ids) =>
      groupedByKey(ids, await documents((r) => r.ofPriorAuthorisations(ids)), (row) => row.priorAuthorisationId ?? ''),
    ),
    documentsOfOfficer: new DataLoader(async (matricules) =>
      groupedByKey(matricules, await documents((r) => r.ofOfficers(matricules)), (row) => row.officerMatricule),
    ),
  };
}
