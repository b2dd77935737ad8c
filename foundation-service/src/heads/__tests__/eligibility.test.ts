import type { Caller } from '@dsp/common';
import { mayAppointHeads, mayReadAuditTrail, rotationRegion } from '../../access';
import { failedEligibilityRule } from '../heads.rules';

const settings = { headMinServiceYears: 15, headRequiredTraining: 'SOCIAL_CASE_MANAGEMENT' };
const trained = { status: 'ACTIVE', serviceStartDate: '2011-01-15', trainingCodes: ['SOCIAL_CASE_MANAGEMENT'] };

describe('head eligibility', () => {
  it('counts whole years of service at the start date, the anniversary included', () => {
    expect(failedEligibilityRule(trained, '2026-01-15', settings)).toBeNull();
    expect(failedEligibilityRule(trained, '2026-01-14', settings)).toBe('MIN_SERVICE_YEARS');
    expect(failedEligibilityRule(trained, '2026-01-14', { ...settings, headMinServiceYears: 14 })).toBeNull();
  });

  it('requires the configured training and active service', () => {
    expect(failedEligibilityRule({ ...trained, trainingCodes: ['FIRST_AID'] }, '2030-01-01', settings)).toBe(
      'REQUIRED_TRAINING',
    );
    expect(
      failedEligibilityRule({ ...trained, trainingCodes: ['FIRST_AID'] }, '2030-01-01', {
        ...settings,
        headRequiredTraining: 'FIRST_AID',
      }),
    ).toBeNull();
    expect(failedEligibilityRule({ ...trained, status: 'RETIRED' }, '2030-01-01', settings)).toBe('ACTIVE_STATUS');
  });
});

describe('head access rules', () => {
  const national: Caller = { sub: 'n', role: 'NATIONAL_ADMIN', region: null };
  const headFes: Caller = { sub: 'h', role: 'REGIONAL_HEAD', region: 'FES' };
  const agentFes: Caller = { sub: 'a', role: 'FOUNDATION_AGENT', region: 'FES' };

  it('let only the national administration appoint', () => {
    expect(mayAppointHeads(national)).toBe(true);
    expect(mayAppointHeads(headFes)).toBe(false);
    expect(mayAppointHeads(agentFes)).toBe(false);
  });

  it('scope rotation and the audit trail to the region of a regional head', () => {
    expect(rotationRegion(national)).toBeNull();
    expect(rotationRegion(headFes)).toBe('FES');
    expect(rotationRegion(agentFes)).toBeUndefined();
    expect(mayReadAuditTrail(national, ['RABAT', null])).toBe(true);
    expect(mayReadAuditTrail(headFes, ['FES', 'FES'])).toBe(true);
    expect(mayReadAuditTrail(headFes, ['FES', 'RABAT'])).toBe(false);
    expect(mayReadAuditTrail(agentFes, ['FES'])).toBe(false);
  });
});
