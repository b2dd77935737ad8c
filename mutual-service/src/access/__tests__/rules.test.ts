import type { Caller, Role } from '@dsp/common';
import {
  mayAskAboutUnfiledPerson,
  mayReadCeilingUse,
  mayReadClaimEstimate,
  mayReadFamilyPriorAuthorisations,
  maySeeClaim,
  maySeeClinical,
  maySeeDiagnosisReads,
  maySeeFacilities,
  maySeePerson,
  maySeeRegionHealth,
  requireMedicalAdvisor,
  requireMutualAgent,
} from '../rules';

const callers: Record<string, Caller> = {
  nationalAdmin: { sub: 'admin', role: 'NATIONAL_ADMIN', region: null },
  medicalAdvisor: { sub: 'doctor', role: 'MEDICAL_ADVISOR', region: null },
  fesHead: { sub: 'head', role: 'REGIONAL_HEAD', region: 'FES' },
  fesMutualAgent: { sub: 'agent', role: 'MUTUAL_AGENT', region: 'FES' },
  fesFoundationAgent: { sub: 'fagent', role: 'FOUNDATION_AGENT', region: 'FES' },
  officer: { sub: '101321', role: 'OFFICER', region: null },
};
type Who = keyof typeof callers;

const fesPerson = { regionCode: 'FES', officerMatricule: '200000', linkEnded: false };
const rabatPerson = { regionCode: 'RABAT', officerMatricule: '300000', linkEnded: false };
const ownRabatFamily = { regionCode: 'RABAT', officerMatricule: '101321', linkEnded: false };
const formerSpouse = { ...ownRabatFamily, linkEnded: true };
const claim = (handlingRegionCode: string, officerMatricule: string, linkEnded = false) => ({
  handlingRegionCode,
  officerMatricule,
  linkEnded,
});

describe('access rules', () => {
  it('shows facilities to every role', () => {
    for (const caller of Object.values(callers)) expect(maySeeFacilities(caller)).toBe(true);
  });

  it.each<[Who, boolean, boolean]>([
    ['nationalAdmin', true, true],
    ['medicalAdvisor', true, true],
    ['fesHead', true, false],
    ['fesMutualAgent', true, false],
    ['fesFoundationAgent', false, false],
    ['officer', false, false],
  ])('region health for %s: FES %s, RABAT %s', (who, fes, rabat) => {
    expect(maySeeRegionHealth(callers[who], 'FES')).toBe(fes);
    expect(maySeeRegionHealth(callers[who], 'RABAT')).toBe(rabat);
  });

  it.each<[Who, boolean, boolean, boolean]>([
    ['nationalAdmin', true, true, true],
    ['medicalAdvisor', true, true, true],
    ['fesHead', true, false, false],
    ['fesMutualAgent', true, false, false],
    ['fesFoundationAgent', false, false, false],
    ['officer', false, false, true],
  ])('a person for %s: FES %s, RABAT %s, own family in RABAT %s', (who, fes, rabat, own) => {
    expect(maySeePerson(callers[who], fesPerson)).toBe(fes);
    expect(maySeePerson(callers[who], rabatPerson)).toBe(rabat);
    expect(maySeePerson(callers[who], ownRabatFamily)).toBe(own);
  });

  it.each<[Who, boolean, boolean, boolean]>([
    ['nationalAdmin', false, false, false],
    ['medicalAdvisor', true, true, true],
    ['fesHead', false, false, false],
    ['fesMutualAgent', true, false, false],
    ['fesFoundationAgent', false, false, false],
    ['officer', false, false, true],
  ])(
    "what a person's plan has left this year, for %s: FES %s, RABAT %s, own family in RABAT %s",
    (who, fes, rabat, own) => {
      expect(mayReadCeilingUse(callers[who], fesPerson)).toBe(fes);
      expect(mayReadCeilingUse(callers[who], rabatPerson)).toBe(rabat);
      expect(mayReadCeilingUse(callers[who], ownRabatFamily)).toBe(own);
      expect(mayReadCeilingUse(callers[who], formerSpouse)).toBe(who === 'medicalAdvisor');
    },
  );

  it('tells only the medical advisors, who decide, what approving a claim would reimburse', () => {
    expect(Object.entries(callers).filter(([, caller]) => mayReadClaimEstimate(caller))).toEqual([
      ['medicalAdvisor', callers.medicalAdvisor],
    ]);
  });

  it('shows an officer nothing more of a dependent once the link has ended, while the region still sees them', () => {
    expect(maySeePerson(callers.officer, formerSpouse)).toBe(false);
    expect(maySeeClaim(callers.officer, claim('RABAT', '101321', true))).toBe(false);
    expect(maySeeClinical(callers.officer, claim('RABAT', '101321', true))).toBe(false);
    expect(maySeePerson(callers.nationalAdmin, formerSpouse)).toBe(true);
    expect(maySeeClinical(callers.medicalAdvisor, claim('RABAT', '101321', true))).toBe(true);
  });

  it('judges a claim by its handling region, not by where the person lives now', () => {
    const handledInFesForRabatPerson = claim('FES', '300000');
    expect(maySeeClaim(callers.fesHead, handledInFesForRabatPerson)).toBe(true);
    expect(maySeeClaim(callers.fesMutualAgent, claim('RABAT', '200000'))).toBe(false);
    expect(maySeeClaim(callers.officer, claim('RABAT', '101321'))).toBe(true);
    expect(maySeeClaim(callers.officer, claim('RABAT', '300000'))).toBe(false);
    expect(maySeeClaim(callers.fesFoundationAgent, handledInFesForRabatPerson)).toBe(false);
    expect(maySeeClaim(callers.nationalAdmin, handledInFesForRabatPerson)).toBe(true);
  });

  it.each<[Who, boolean, boolean, boolean]>([
    ['nationalAdmin', false, false, false],
    ['medicalAdvisor', true, true, true],
    ['fesHead', false, false, false],
    ['fesMutualAgent', true, false, false],
    ['fesFoundationAgent', false, false, false],
    ['officer', false, false, true],
  ])('clinical detail for %s: FES claim %s, RABAT claim %s, own claim %s', (who, fes, rabat, own) => {
    expect(maySeeClinical(callers[who], claim('FES', '200000'))).toBe(fes);
    expect(maySeeClinical(callers[who], claim('RABAT', '300000'))).toBe(rabat);
    expect(maySeeClinical(callers[who], claim('RABAT', '101321'))).toBe(own);
  });

  it.each<[Who, boolean]>([
    ['nationalAdmin', false],
    ['medicalAdvisor', true],
    ['fesHead', false],
    ['fesMutualAgent', true],
    ['fesFoundationAgent', false],
    ['officer', true],
  ])("an officer's family's prior authorisations asked by %s: %s", (who, allowed) => {
    expect(mayReadFamilyPriorAuthorisations(callers[who])).toBe(allowed);
  });

  it('shows the diagnosis read log to the national administration only', () => {
    const allowed = Object.values(callers)
      .filter(maySeeDiagnosisReads)
      .map((caller) => caller.role);
    expect(allowed).toEqual<Role[]>(['NATIONAL_ADMIN']);
  });

  it('refuses a regional role with no region', () => {
    const broken: Caller = { sub: 'x', role: 'MUTUAL_AGENT', region: null };
    expect(maySeeRegionHealth(broken, 'FES')).toBe(false);
    expect(maySeeClinical(broken, claim('FES', '200000'))).toBe(false);
  });

  it('answers about unfiled people except to foundation agents and to an officer about someone else', () => {
    expect(mayAskAboutUnfiledPerson(callers.fesHead, { kind: 'OFFICER', matricule: '1' })).toBe(true);
    expect(mayAskAboutUnfiledPerson(callers.fesFoundationAgent, { kind: 'DEPENDENT' })).toBe(false);
    expect(mayAskAboutUnfiledPerson(callers.officer, { kind: 'OFFICER', matricule: '101321' })).toBe(true);
    expect(mayAskAboutUnfiledPerson(callers.officer, { kind: 'OFFICER', matricule: '1' })).toBe(false);
  });

  it('gives the workflow steps to their one role: a mutual agent with a region, a medical advisor', () => {
    expect(requireMutualAgent(callers.fesMutualAgent)).toBe('FES');
    expect(() => requireMutualAgent(callers.fesHead)).toThrow('Only a mutual agent can do this.');
    expect(() => requireMutualAgent({ sub: 'x', role: 'MUTUAL_AGENT', region: null })).toThrow(
      'Only a mutual agent can do this.',
    );
    expect(() => requireMedicalAdvisor(callers.medicalAdvisor)).not.toThrow();
    expect(() => requireMedicalAdvisor(callers.nationalAdmin)).toThrow('Only a medical advisor can do this.');
  });
});
