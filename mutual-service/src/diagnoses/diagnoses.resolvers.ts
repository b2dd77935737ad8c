import type { DiagnosisReadResolvers, QueryResolvers } from '../generated/graphql';
import { claimHandlingRegionOf, listDiagnosisReads, readerRegionOf } from './diagnoses.service';

export const diagnosisReadQueries: Pick<QueryResolvers, 'diagnosisReads'> = {
  diagnosisReads: (_parent, args, context) => listDiagnosisReads(context, args),
};

export const DiagnosisRead: DiagnosisReadResolvers = {
  claimHandlingRegion: (read) => claimHandlingRegionOf(read),
  readerRegion: (read) => readerRegionOf(read),
};
