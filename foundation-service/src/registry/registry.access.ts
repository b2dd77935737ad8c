import type { Caller } from '@dsp/common';

/**
 * Who changes the staff registry (issue 6): the national administration in
 * every region, a FOUNDATION_AGENT in their own. Where an officer belongs is
 * the region of their row as the database says; a transfer's destination is
 * not checked against the agent's region (an agent of FES sends an officer to
 * RABAT). Row-level security repeats this (migration RegistryChanges1764900000001).
 */
export function mayChangeRegistry(caller: Caller, regionCode: string): boolean {
  return caller.role === 'NATIONAL_ADMIN' || (caller.role === 'FOUNDATION_AGENT' && caller.region === regionCode);
}
