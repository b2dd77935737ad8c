import type { CareType } from '../generated/schema-types';

/** Every care type, in the SDL's order. */
export const CARE_TYPES: readonly CareType[] = [
  'CONSULTATION',
  'DENTAL',
  'OPTICAL',
  'PHARMACY',
  'LABORATORY',
  'IMAGING',
  'HOSPITALISATION',
  'PHYSIOTHERAPY',
];

/** Rules in the SDL's care type order, whatever order they were read in. */
export function inCareTypeOrder<T extends { careType: CareType }>(rules: readonly T[]): T[] {
  return [...rules].sort((a, b) => CARE_TYPES.indexOf(a.careType) - CARE_TYPES.indexOf(b.careType));
}
