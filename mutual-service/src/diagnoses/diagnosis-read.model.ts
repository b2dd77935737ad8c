import type { Role } from '@dsp/common';

/** One logged read of a claim's diagnoses, with the claim's reference and handling region (never the diagnoses). */
export interface DiagnosisReadModel {
  id: string;
  /** Which clinical field was read. */
  field: string;
  claimId: string;
  claimReference: string;
  handlingRegionCode: string;
  readerSub: string;
  readerRole: Role;
  readerRegion: string | null;
  readAt: Date;
}
