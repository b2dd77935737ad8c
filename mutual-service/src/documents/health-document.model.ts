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
export interface UploadTicketModel {
  claimId: string | null;
  priorAuthorisationId: string | null;
  documentKind: DocumentKind;
  fileName: string;
  declaredSize: number;
  declaredType: string;
  objectKey: string | null;
  expired: boolean;
  uploadStarted: boolean;
  attached: boolean;
}
