import type { Caller } from '@dsp/common';
import type { RequestScope } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import { DiagnosisReadsRepository, type ClinicalRead } from './diagnoses.repository';

export interface DiagnosesLoaders {
  /** Logs, once per request, each read of a clinical field of a record. */
  clinicalRead: DataLoader<ClinicalRead, true, string>;
}

export function createDiagnosesLoaders(db: RequestScope, caller: Caller): DiagnosesLoaders {
  return {
    clinicalRead: new DataLoader(
      async (reads) => {
        await db.write((manager) => new DiagnosisReadsRepository(manager).record(caller, reads));
        return reads.map(() => true as const);
      },
      {
        cacheKeyFn: (read) =>
          `${read.field}:${read.claimId ?? ''}:${read.priorAuthorisationId ?? ''}:${read.documentId ?? ''}:${read.regionCode ?? ''}`,
      },
    ),
  };
}
