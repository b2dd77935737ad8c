import type { TicketState } from '@dsp/subgraph-kit';
import type { DocumentKind } from '../generated/schema-types';

/** A supporting document of a claim or a prior authorisation, as stored (its bytes are in the document store). */
export interface HealthDocumentModel {
  id: string;
  claimId: string | null;
  priorAuthorisationId: string | null;
  kind: DocumentKind;
  fileName: string;
  size: number;
  contentType: string;
  objectKey: string;
  uploadedBy: string;
  uploadedAt: Date;
}

/** What an upload ticket says, as the attach step reads it. */
export interface UploadTicketModel extends TicketState {
  claimId: string | null;
  priorAuthorisationId: string | null;
  documentKind: DocumentKind;
  fileName: string;
}

/** The record a document belongs to: one of the two ids is set. */
export type HealthRecordRef = {
  claimId: string | null;
  priorAuthorisationId: string | null;
};
