import type { HealthDocumentResolvers, MutationResolvers } from '../generated/graphql';
import {
  attachHealthDocument,
  downloadUrlOf,
  findHealthDocument,
  requestHealthDocumentUpload,
} from './documents.service';

export const documentMutations: Pick<MutationResolvers, 'requestHealthDocumentUpload' | 'attachHealthDocument'> = {
  requestHealthDocumentUpload: (_parent, args, context) => requestHealthDocumentUpload(context, args.input),
  attachHealthDocument: (_parent, args, context) => attachHealthDocument(context, args.ticketId, args.idempotencyKey),
};

export const HealthDocument: HealthDocumentResolvers = {
  __resolveReference: (reference, context) => findHealthDocument(context, reference.id),
  uploadedBy: (document) => document.uploadedBy,
  downloadUrl: (document, _args, context) => downloadUrlOf(context, document),
};
