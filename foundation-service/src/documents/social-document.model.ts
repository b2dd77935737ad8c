import type { TicketState } from '@dsp/subgraph-kit';
import type { DocumentKind } from '../generated/schema-types';

/** A supporting document of an application or a dependent, as stored (its bytes are in the document store). */
export interface SocialDocumentModel {
  id: string;
  applicationId: string | null;
  dependentId: string | null;
  kind: DocumentKind;
  fileName: string;
  size: number;
  contentType: string;
  objectKey: string;
  uploadedBy: string;
  uploadedAt: Date;
}

/** What an upload ticket says, as the attach step reads it. */
export interface SocialTicketModel extends TicketState {
  applicationId: string | null;
  dependentId: string | null;
  documentKind: DocumentKind;
  fileName: string;
}

/** The record a document belongs to: one of the two ids is set. */
export type SocialRecordRef = {
  applicationId: string | null;
  dependentId: string | null;
};
