import type { Caller } from '@dsp/common';
import {
  applicationQueueRegion,
  mayDecideApplication,
  mayListApplicationsOf,
  mayManageCampaigns,
  mayReadAllocation,
  mayRecordDisbursement,
  mayStartReview,
  maySubmitApplication,
  mayWithdrawApplication,
  mayReadApplication,
  mayReadOfficerFile,
  mayReadOfficerIdentity,
  mayReadRegionFigures,
  mayReadRegionReference,
  officerListRegion,
} from '../policy';

const callers: Record<string, Caller> = {
  nationalAdmin: { sub: 'admin', role: 'NATIONAL_ADMIN', region: null },
  medicalAdvisor: { sub: 'doctor', role: 'MEDICAL_ADVISOR', region: null },
  fesHead: { sub: '100001', role: 'REGIONAL_HEAD', region: 'FES' },
  fesFoundationAgent: { sub: 'fagent', role: 'FOUNDATION_AGENT', region: 'FES' },
  fesMutualAgent: { sub: 'magent', role: 'MUTUAL_AGENT', region: 'FES' },
  officer: { sub: '200002', role: 'OFFICER', region: null },
};
type Who = keyof typeof callers;

const fesOfficer = { matricule: '300003', regionCode: 'FES' };
const rabatOfficer = { matricule: '400004', regionCode: 'RABAT' };
const self = { matricule: '200002', regionCode: 'RABAT' };

describe('access policy', () => {
  it.each(Object.keys(callers))('lets %s read region names and heads', (who) => {
    expect(mayReadRegionReference(callers[who])).toBe(true);
  });

  it.each<[Who, boolean, boolean]>([
    ['nationalAdmin', true, true],
    ['medicalAdvisor', false, false],
    ['fesHead', true, false],
    ['fesFoundationAgent', true, false],
    ['fesMutualAgent', false, false],
    ['officer', false, false],
  ])('region figures for %s: FES %s, RABAT %s', (who, fes, rabat) => {
    expect([mayReadRegionFigures(callers[who], 'FES'), mayReadRegionFigures(callers[who], 'RABAT')]).toEqual([
      fes,
      rabat,
    ]);
  });

  it.each<[Who, boolean, boolean, boolean]>([
    ['nationalAdmin', true, true, true],
    ['medicalAdvisor', true, true, true],
    ['fesHead', true, false, false],
    ['fesFoundationAgent', true, false, false],
    ['fesMutualAgent', true, false, false],
    ['officer', false, false, true],
  ])('officer files for %s: FES %s, RABAT %s, the officer 200002 %s', (who, fes, rabat, own) => {
    const caller = callers[who];
    expect([
      mayReadOfficerFile(caller, fesOfficer),
      mayReadOfficerFile(caller, rabatOfficer),
      mayReadOfficerFile(caller, self),
    ]).toEqual([fes, rabat, own]);
  });

  it('makes the identity of a head (current or past) readable by every role, and nothing more', () => {
    for (const caller of Object.values(callers)) {
      expect(mayReadOfficerIdentity(caller, { ...rabatOfficer, isHead: true })).toBe(true);
      expect(mayReadOfficerIdentity(caller, { ...rabatOfficer, isHead: false })).toBe(
        mayReadOfficerFile(caller, rabatOfficer),
      );
    }
    expect(mayReadOfficerFile(callers.fesHead, rabatOfficer)).toBe(false);
  });

  it('limits officer lists: national roles anywhere, regional roles at home (by default too), officers never', () => {
    expect(officerListRegion(callers.nationalAdmin, null)).toBeNull();
    expect(officerListRegion(callers.medicalAdvisor, 'RABAT')).toBe('RABAT');
    expect(officerListRegion(callers.fesHead, null)).toBe('FES');
    expect(officerListRegion(callers.fesMutualAgent, 'FES')).toBe('FES');
    expect(officerListRegion(callers.fesFoundationAgent, 'RABAT')).toBeUndefined();
    expect(officerListRegion(callers.officer, null)).toBeUndefined();
    expect(officerListRegion({ sub: 'x', role: 'REGIONAL_HEAD', region: null }, null)).toBeUndefined();
  });

  it.each<[Who, boolean, boolean, boolean]>([
    ['nationalAdmin', true, true, true],
    ['medicalAdvisor', false, false, false],
    ['fesHead', true, false, false],
    ['fesFoundationAgent', true, false, false],
    ['fesMutualAgent', false, false, false],
    ['officer', false, false, true],
  ])('applications for %s: drawn on FES %s, on RABAT %s, their own %s', (who, fes, rabat, own) => {
    const caller = callers[who];
    expect([
      mayReadApplication(caller, { regionCode: 'FES', officerMatricule: '300003' }),
      mayReadApplication(caller, { regionCode: 'RABAT', officerMatricule: '400004' }),
      mayReadApplication(caller, { regionCode: 'RABAT', officerMatricule: '200002' }),
    ]).toEqual([fes, rabat, own]);
  });

  it('lists an officer’s applications only to roles that see applications, once the file is readable', () => {
    expect(mayListApplicationsOf(callers.fesHead, fesOfficer)).toBe(true);
    expect(mayListApplicationsOf(callers.fesHead, rabatOfficer)).toBe(false);
    expect(mayListApplicationsOf(callers.fesMutualAgent, fesOfficer)).toBe(false);
    expect(mayListApplicationsOf(callers.medicalAdvisor, fesOfficer)).toBe(false);
    expect(mayListApplicationsOf(callers.officer, self)).toBe(true);
    expect(mayListApplicationsOf(callers.officer, fesOfficer)).toBe(false);
  });
});

describe('application workflow policy', () => {
  const fesApplication = { regionCode: 'FES', officerMatricule: '300003' };
  const ownApplication = { regionCode: 'RABAT', officerMatricule: '200002' };
  const everyone = Object.keys(callers);
  const allowed = (check: (caller: Caller) => boolean): Who[] => everyone.filter((who) => check(callers[who]));

  it('lets only the national administration open campaigns and set allocations', () => {
    expect(allowed(mayManageCampaigns)).toEqual(['nationalAdmin']);
  });

  it('shows a region’s allocation to the national administration and the foundation’s roles of the region', () => {
    expect(allowed((caller) => mayReadAllocation(caller, 'FES'))).toEqual([
      'nationalAdmin',
      'fesHead',
      'fesFoundationAgent',
    ]);
    expect(allowed((caller) => mayReadAllocation(caller, 'RABAT'))).toEqual(['nationalAdmin']);
  });

  it('lets a foundation agent of the officer’s region, or the officer, submit', () => {
    expect(allowed((caller) => maySubmitApplication(caller, fesOfficer))).toEqual(['fesFoundationAgent']);
    expect(allowed((caller) => maySubmitApplication(caller, self))).toEqual(['officer']);
  });

  it('gives each step to its roles in the application’s region', () => {
    expect(allowed((caller) => mayStartReview(caller, fesApplication))).toEqual(['fesHead', 'fesFoundationAgent']);
    expect(allowed((caller) => mayDecideApplication(caller, fesApplication))).toEqual(['fesHead']);
    expect(allowed((caller) => mayRecordDisbursement(caller, fesApplication))).toEqual(['fesFoundationAgent']);
    expect(allowed((caller) => mayWithdrawApplication(caller, fesApplication))).toEqual([
      'fesHead',
      'fesFoundationAgent',
    ]);
    expect(allowed((caller) => mayWithdrawApplication(caller, ownApplication))).toEqual(['officer']);
    expect(allowed((caller) => mayDecideApplication(caller, ownApplication))).toEqual([]);
  });

  it('limits work queues: the national administration anywhere, the foundation’s regional roles at home, others never', () => {
    expect(
      everyone.map((who) => [
        who,
        applicationQueueRegion(callers[who], null),
        applicationQueueRegion(callers[who], 'RABAT'),
      ]),
    ).toEqual([
      ['nationalAdmin', null, 'RABAT'],
      ['medicalAdvisor', undefined, undefined],
      ['fesHead', 'FES', undefined],
      ['fesFoundationAgent', 'FES', undefined],
      ['fesMutualAgent', undefined, undefined],
      ['officer', undefined, undefined],
    ]);
  });
});
