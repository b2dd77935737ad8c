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

/** A rule's rate as the contract's Float: stored exactly as numeric(5,4), a share between 0 and 1 is safe as a float. */
export function rateOf(rule: { rate: string }): number {
  return Number(rule.rate);
}

/** Rules in the SDL's care type order, whatever order they were read in. */
export function inCareTypeOrder<T extends { careType: CareType }>(rules: readonly T[]): T[] {
  return [...rules].sort((a, b) => CARE_TYPES.indexOf(a.careType) - CARE_TYPES.indexOf(b.careType));
}
