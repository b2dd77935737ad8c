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
