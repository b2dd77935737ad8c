import type { CareType } from '../generated/graphql';

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
