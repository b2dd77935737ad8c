import type {
  ApplicationResolvers,
  DependentResolvers,
  MutationResolvers,
  OfficerResolvers,
  SocialDocumentResolvers,
} from '../generated/graphql';
import {
  applicationDocuments,
  attachSocialDocument,
  dependentDocuments,
  downloadUrlOf,
  findSocialDocument,
  officerSocialDocuments,
  requestSocialDocumentUpload,
} from './documents.service';

export const documentMutations: Pick<MutationResolvers, 'requestSocialDocumentUpload' | 'attachSocialDocument'> = {
  requestSocialDocumentUpload: (_parent, args, context) => requestSocialDocumentUpload(context, args.input),
  attachSocialDocument: (_parent, args, context) => attachSocialDocument(context, args.ticketId, args.idempotencyKey),
};

export const SocialDocument: SocialDocumentResolvers = {
  __resolveReference: (reference, context) => findSocialDocument(context, reference.id),
  uploadedBy: (document) => document.uploadedBy,
  downloadUrl: (document, _args, context) => downloadUrlOf(context, document),
};

export const documentApplicationFields: Pick<ApplicationResolvers, 'documents'> = {
  documents: (application, _args, context) => applicationDocuments(context, application),
};

export const documentDependentFields: Pick<DependentResolvers, 'documents'> = {
  documents: (dependent, _args, context) => dependentDocuments(context, dependent),
};

export const documentOfficerFields: Pick<OfficerResolvers, 'socialDocuments'> = {
  socialDocuments: (officer, _args, context) => officerSocialDocuments(context, officer),
};
