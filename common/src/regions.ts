/**
 * The seventeen regional social action services created on 9 September 2025
 * (docs/architecture.md). The foundation owns their names; both subgraphs use
 * these codes as the `Region` key.
 */
export const REGION_CODES = [
  'ALHOCEIMA',
  'SAFI',
  'CASABLANCA',
  'ERRACHIDIA',
  'NADOR',
  'SALE',
  'OUJDA',
  'LAAYOUNE',
  'TAZA',
  'FES',
  'KENITRA',
  'BENIMELLAL',
  'DAKHLA',
  'TANGIER',
  'RABAT',
  'TETOUAN',
  'AGADIR',
] as const;

export type RegionCode = (typeof REGION_CODES)[number];

export function isRegionCode(value: string): value is RegionCode {
  return (REGION_CODES as readonly string[]).includes(value);
}
