import type { ProgrammeKind } from '../generated/schema-types';

/** Programmes are listed in the order the SDL declares their kinds. */
export const PROGRAMME_ORDER: readonly ProgrammeKind[] = [
  'HAJJ',
  'SUMMER_CAMP',
  'SCHOOL_SUPPORT',
  'SCHOLARSHIP',
  'HOUSING',
  'EXCEPTIONAL_AID',
  'EID_GRANT',
];

/** Compares two programmes by kind (the SDL's order), then by id, so lists keep one order everywhere. */
export function byProgrammeKind(
  a: { kind: ProgrammeKind; id: string },
  b: { kind: ProgrammeKind; id: string },
): number {
  return PROGRAMME_ORDER.indexOf(a.kind) - PROGRAMME_ORDER.indexOf(b.kind) || a.id.localeCompare(b.id);
}
