import { REGION_CODES, type RegionCode } from '@dsp/common';
import type { RegionKind } from '../generated/schema-types';

export interface RegionReference {
  code: RegionCode;
  nameAr: string;
  nameFr: string;
  kind: RegionKind;
}

/**
 * Names as the DGSN announcement of the seventeen heads gives them. Kind, a decision of ours: the ten cities
 * that seat a wilaya de sûreté (a regional security prefecture: Casablanca,
 * Rabat, Fès, Tanger, Agadir, Oujda, Tétouan, Kénitra, Béni Mellal, Laâyoune)
 * are WILAYA; the others (Salé, under the Rabat wilaya, and the provincial
 * services) are PROVINCIAL_DIRECTORATE.
 */
const NAMES: Readonly<Record<RegionCode, Omit<RegionReference, 'code'>>> = {
  ALHOCEIMA: { nameAr: 'الحسيمة', nameFr: 'Al Hoceïma', kind: 'PROVINCIAL_DIRECTORATE' },
  SAFI: { nameAr: 'آسفي', nameFr: 'Safi', kind: 'PROVINCIAL_DIRECTORATE' },
  CASABLANCA: { nameAr: 'الدار البيضاء', nameFr: 'Casablanca', kind: 'WILAYA' },
  ERRACHIDIA: { nameAr: 'الرشيدية', nameFr: 'Errachidia', kind: 'PROVINCIAL_DIRECTORATE' },
  NADOR: { nameAr: 'الناظور', nameFr: 'Nador', kind: 'PROVINCIAL_DIRECTORATE' },
  SALE: { nameAr: 'سلا', nameFr: 'Salé', kind: 'PROVINCIAL_DIRECTORATE' },
  OUJDA: { nameAr: 'وجدة', nameFr: 'Oujda', kind: 'WILAYA' },
  LAAYOUNE: { nameAr: 'العيون', nameFr: 'Laâyoune', kind: 'WILAYA' },
  TAZA: { nameAr: 'تازة', nameFr: 'Taza', kind: 'PROVINCIAL_DIRECTORATE' },
  FES: { nameAr: 'فاس', nameFr: 'Fès', kind: 'WILAYA' },
  KENITRA: { nameAr: 'القنيطرة', nameFr: 'Kénitra', kind: 'WILAYA' },
  BENIMELLAL: { nameAr: 'بني ملال', nameFr: 'Béni Mellal', kind: 'WILAYA' },
  DAKHLA: { nameAr: 'الداخلة', nameFr: 'Dakhla', kind: 'PROVINCIAL_DIRECTORATE' },
  TANGIER: { nameAr: 'طنجة', nameFr: 'Tanger', kind: 'WILAYA' },
  RABAT: { nameAr: 'الرباط', nameFr: 'Rabat', kind: 'WILAYA' },
  TETOUAN: { nameAr: 'تطوان', nameFr: 'Tétouan', kind: 'WILAYA' },
  AGADIR: { nameAr: 'أكادير', nameFr: 'Agadir', kind: 'WILAYA' },
};

/** The seventeen regions in the order of the 9 September 2025 announcement. */
export const REGIONS: readonly RegionReference[] = REGION_CODES.map((code) => ({ code, ...NAMES[code] }));
