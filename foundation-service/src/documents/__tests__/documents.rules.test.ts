import type { Caller } from '@dsp/common';
import { mayAttachSocialDocument, mayReadSocialDocuments, type SocialRecordScope } from '../documents.rules';

const application = (status: SocialRecordScope['applicationStatus']): SocialRecordScope => ({
  recordKind: 'APPLICATION',
  officerMatricule: 'M1',
  regionCode: 'FES',
  applicationStatus: status,
});
const dependent: SocialRecordScope = {
  recordKind: 'DEPENDENT',
  officerMatricule: 'M1',
  regionCode: 'FES',
  applicationStatus: null,
};
const caller = (role: Caller['role'], region: Caller['region'] = null, sub = 'someone'): Caller => ({
  sub,
  role,
  region,
});

describe('who attaches documents', () => {
  it("follows an application's submission: an agent of its region, the applicant until review", () => {
    expect(mayAttachSocialDocument(caller('FOUNDATION_AGENT', 'FES'), application('UNDER_REVIEW'))).toBe(true);
    expect(mayAttachSocialDocument(caller('OFFICER', null, 'M1'), application('SUBMITTED'))).toBe(true);
    expect(mayAttachSocialDocument(caller('OFFICER', null, 'M1'), application('UNDER_REVIEW'))).toBe(false);
    expect(mayAttachSocialDocument(caller('OFFICER', null, 'M2'), application('SUBMITTED'))).toBe(false);
    expect(mayAttachSocialDocument(caller('FOUNDATION_AGENT', 'RABAT'), application('SUBMITTED'))).toBe(false);
    expect(mayAttachSocialDocument(caller('REGIONAL_HEAD', 'FES'), application('SUBMITTED'))).toBe(false);
    expect(mayAttachSocialDocument(caller('NATIONAL_ADMIN'), application('SUBMITTED'))).toBe(false);
  });

  it("follows the staff registry for a dependent: an agent of the officer's region, the national administration", () => {
    expect(mayAttachSocialDocument(caller('FOUNDATION_AGENT', 'FES'), dependent)).toBe(true);
    expect(mayAttachSocialDocument(caller('NATIONAL_ADMIN'), dependent)).toBe(true);
    expect(mayAttachSocialDocument(caller('OFFICER', null, 'M1'), dependent)).toBe(false);
    expect(mayAttachSocialDocument(caller('MUTUAL_AGENT', 'FES'), dependent)).toBe(false);
  });
});

describe('who reads documents', () => {
  it('is whoever reads the record', () => {
    expect(mayReadSocialDocuments(caller('MEDICAL_ADVISOR'), dependent)).toBe(true);
    expect(mayReadSocialDocuments(caller('MEDICAL_ADVISOR'), application('SUBMITTED'))).toBe(false);
    expect(mayReadSocialDocuments(caller('MUTUAL_AGENT', 'FES'), dependent)).toBe(true);
    expect(mayReadSocialDocuments(caller('MUTUAL_AGENT', 'FES'), application('SUBMITTED'))).toBe(false);
    expect(mayReadSocialDocuments(caller('REGIONAL_HEAD', 'FES'), application('APPROVED'))).toBe(true);
    expect(mayReadSocialDocuments(caller('OFFICER', null, 'M1'), application('APPROVED'))).toBe(true);
    expect(mayReadSocialDocuments(caller('OFFICER', null, 'M2'), dependent)).toBe(false);
  });
});
