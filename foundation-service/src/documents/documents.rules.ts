import type { Caller } from '@dsp/common';
import { mayChangeRegistry, mayReadApplication, mayReadOfficerFile } from '../access';
import type { ApplicationStatus } from '../generated/schema-types';

/** Where an application's or a dependent's documents belong, as the database says. */
export interface SocialRecordScope {
  recordKind: 'APPLICATION' | 'DEPENDENT';
  /** The officer the record is of (the applicant, or the officer the dependent depends on). */
  officerMatricule: string;
  /** The region the application draws on; for a dependent, the officer's region. */
  regionCode: string;
  /** The application's status (null for a dependent). */
  applicationStatus: ApplicationStatus | null;
}

/**
 * Attaching a document is changing the record, by the record's own write
 * rules: a dependent as the staff registry (a foundation agent of the
 * officer's region, the national administration); an application as its
 * submission (a foundation agent of its region, or the applicant while it
 * is still SUBMITTED, before anyone reviews it).
 */
export function mayAttachSocialDocument(caller: Caller, record: SocialRecordScope): boolean {
  if (record.recordKind === 'DEPENDENT') return mayChangeRegistry(caller, record.regionCode);
  return (
    (caller.role === 'FOUNDATION_AGENT' && caller.region === record.regionCode) ||
    (caller.role === 'OFFICER' && caller.sub === record.officerMatricule && record.applicationStatus === 'SUBMITTED')
  );
}

/** Reading a record's documents: whoever may read the record itself. */
export function mayReadSocialDocuments(caller: Caller, record: SocialRecordScope): boolean {
  const officer = { matricule: record.officerMatricule, regionCode: record.regionCode };
  return record.recordKind === 'DEPENDENT'
    ? mayReadOfficerFile(caller, officer)
    : mayReadApplication(caller, { officerMatricule: record.officerMatricule, regionCode: record.regionCode });
}
