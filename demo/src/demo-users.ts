import type { Caller } from '@dsp/common';
import { demoPopulation } from './population';

export interface DemoUser {
  /** Stable identifier, used by the sign-in page. */
  id: string;
  label: string;
  caller: Caller;
}

let heads: ReadonlyMap<string, string> | undefined;

/** The matricule of the demonstration data's head of `region` (whom the seeded appointments name). */
export function demoHeadOf(region: string): string | undefined {
  heads ??= new Map(demoPopulation().heads.map((head) => [head.regionCode, head.matricule]));
  return heads.get(region);
}

/**
 * One demonstration user of each role (and the RABAT head, to see another
 * region), all real people of the demonstration data where the role is a
 * person's: what `npm start` prints tokens for and the local sign-in page
 * offers.
 */
export function demoUsers(): DemoUser[] {
  const population = demoPopulation();
  const headOf = (region: string): string => demoHeadOf(region) ?? 'unknown';
  const fesHead = headOf('FES');
  const fesOfficer =
    population.officers.find(
      (officer) => officer.regionCode === 'FES' && officer.status === 'ACTIVE' && officer.matricule !== fesHead,
    )?.matricule ?? 'unknown';
  return [
    {
      id: 'national-admin',
      label: 'NATIONAL_ADMIN',
      caller: { sub: 'dev-national-admin', role: 'NATIONAL_ADMIN', region: null },
    },
    {
      id: 'head-fes',
      label: `REGIONAL_HEAD of FES (${fesHead})`,
      caller: { sub: fesHead, role: 'REGIONAL_HEAD', region: 'FES' },
    },
    {
      id: 'head-rabat',
      label: `REGIONAL_HEAD of RABAT (${headOf('RABAT')})`,
      caller: { sub: headOf('RABAT'), role: 'REGIONAL_HEAD', region: 'RABAT' },
    },
    {
      id: 'foundation-agent-fes',
      label: 'FOUNDATION_AGENT in FES',
      caller: { sub: 'dev-foundation-agent-fes', role: 'FOUNDATION_AGENT', region: 'FES' },
    },
    {
      id: 'mutual-agent-fes',
      label: 'MUTUAL_AGENT in FES',
      caller: { sub: 'dev-mutual-agent-fes', role: 'MUTUAL_AGENT', region: 'FES' },
    },
    {
      id: 'medical-advisor',
      label: 'MEDICAL_ADVISOR',
      caller: { sub: 'dev-medical-advisor', role: 'MEDICAL_ADVISOR', region: null },
    },
    {
      id: 'officer-fes',
      label: `OFFICER ${fesOfficer} (FES)`,
      caller: { sub: fesOfficer, role: 'OFFICER', region: null },
    },
  ];
}
