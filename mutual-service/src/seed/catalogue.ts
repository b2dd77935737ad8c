import type { RegionCode } from '@dsp/common';
import type { CareType, ProviderKind } from '../generated/schema-types';

/**
 * The demonstration catalogue: plans, act tariffs and providers.
 *
 * Act codes follow the letter keys of Morocco's national reference tariff
 * (TNR) used by the AMO: an act is a key letter and a coefficient, so a
 * "B 120" blood test is act B with quantity 120, priced at B's unit value.
 * Keys without a coefficient (frames, lenses, medicine boxes, imaging exams,
 * hospital days) are priced per unit. Amounts are centimes.
 */
export interface ActTariff {
  actCode: string;
  careType: CareType;
  label: string;
  labelAr: string;
  tariff: number;
  /** The usual range of quantities (coefficients) on one claim line. */
  quantity: [number, number];
}

export const ACT_TARIFFS: readonly ActTariff[] = [
  {
    actCode: 'C',
    careType: 'CONSULTATION',
    label: 'Consultation de médecin généraliste',
    labelAr: 'استشارة طبيب عام',
    tariff: 8_000,
    quantity: [1, 1],
  },
  {
    actCode: 'CS',
    careType: 'CONSULTATION',
    label: 'Consultation de médecin spécialiste',
    labelAr: 'استشارة طبيب مختص',
    tariff: 15_000,
    quantity: [1, 1],
  },
  {
    actCode: 'CNPSY',
    careType: 'CONSULTATION',
    label: 'Consultation de psychiatre',
    labelAr: 'استشارة طبيب نفسي',
    tariff: 20_000,
    quantity: [1, 1],
  },
  {
    actCode: 'K',
    careType: 'CONSULTATION',
    label: 'Acte technique de spécialité (coefficient K)',
    labelAr: 'عمل تقني تخصصي (المعامل K)',
    tariff: 1_500,
    quantity: [5, 30],
  },
  {
    actCode: 'D',
    careType: 'DENTAL',
    label: 'Soins dentaires (coefficient D)',
    labelAr: 'علاج الأسنان (المعامل D)',
    tariff: 1_500,
    quantity: [5, 30],
  },
  {
    actCode: 'SPR',
    careType: 'DENTAL',
    label: 'Prothèse dentaire (coefficient SPR)',
    labelAr: 'تركيب الأسنان (المعامل SPR)',
    tariff: 1_200,
    quantity: [30, 120],
  },
  {
    actCode: 'OPM',
    careType: 'OPTICAL',
    label: 'Monture de lunettes',
    labelAr: 'إطار نظارات',
    tariff: 40_000,
    quantity: [1, 1],
  },
  {
    actCode: 'OPV',
    careType: 'OPTICAL',
    label: 'Verre correcteur',
    labelAr: 'عدسة تصحيحية',
    tariff: 25_000,
    quantity: [1, 2],
  },
  {
    actCode: 'PHS',
    careType: 'PHARMACY',
    label: 'Spécialité pharmaceutique (boîte, prix public)',
    labelAr: 'دواء أصلي (علبة، السعر العمومي)',
    tariff: 6_500,
    quantity: [1, 4],
  },
  {
    actCode: 'PHG',
    careType: 'PHARMACY',
    label: 'Médicament générique (boîte, prix public)',
    labelAr: 'دواء جنيس (علبة، السعر العمومي)',
    tariff: 3_200,
    quantity: [1, 4],
  },
  {
    actCode: 'B',
    careType: 'LABORATORY',
    label: 'Acte de biologie médicale (coefficient B)',
    labelAr: 'تحليل بيولوجي طبي (المعامل B)',
    tariff: 110,
    quantity: [40, 400],
  },
  {
    actCode: 'Z',
    careType: 'IMAGING',
    label: 'Radiologie conventionnelle (coefficient Z)',
    labelAr: 'أشعة تقليدية (المعامل Z)',
    tariff: 1_000,
    quantity: [15, 60],
  },
  {
    actCode: 'ECH',
    careType: 'IMAGING',
    label: 'Échographie',
    labelAr: 'فحص بالصدى',
    tariff: 30_000,
    quantity: [1, 1],
  },
  {
    actCode: 'TDM',
    careType: 'IMAGING',
    label: 'Scanner (tomodensitométrie)',
    labelAr: 'سكانير (تصوير مقطعي)',
    tariff: 150_000,
    quantity: [1, 1],
  },
  {
    actCode: 'IRM',
    careType: 'IMAGING',
    label: 'Imagerie par résonance magnétique',
    labelAr: 'تصوير بالرنين المغناطيسي',
    tariff: 250_000,
    quantity: [1, 1],
  },
  {
    actCode: 'KC',
    careType: 'HOSPITALISATION',
    label: 'Acte chirurgical (coefficient KC)',
    labelAr: 'عمل جراحي (المعامل KC)',
    tariff: 2_500,
    quantity: [30, 150],
  },
  {
    actCode: 'HJ',
    careType: 'HOSPITALISATION',
    label: "Journée d'hospitalisation",
    labelAr: 'يوم استشفاء',
    tariff: 70_000,
    quantity: [1, 7],
  },
  {
    actCode: 'AMM',
    careType: 'PHYSIOTHERAPY',
    label: 'Séance de rééducation (AMM 8)',
    labelAr: 'حصة ترويض طبي (AMM 8)',
    tariff: 6_000,
    quantity: [5, 20],
  },
];

export interface PlanSpec {
  code: string;
  name: string;
  nameAr: string;
  /** Per care type: rate in basis points (8000 = 80%) and yearly ceiling in centimes. */
  rules: Record<CareType, { rateBasisPoints: number; yearlyCeiling: number }>;
}

const rule = (rateBasisPoints: number, ceilingMad: number): { rateBasisPoints: number; yearlyCeiling: number } => ({
  rateBasisPoints,
  yearlyCeiling: ceilingMad * 100,
});

export const PLANS: readonly PlanSpec[] = [
  {
    code: 'ESSENTIEL',
    name: 'Formule Essentielle',
    nameAr: 'الصيغة الأساسية',
    rules: {
      CONSULTATION: rule(8000, 6_000),
      DENTAL: rule(7000, 3_000),
      OPTICAL: rule(6000, 1_500),
      PHARMACY: rule(7000, 12_000),
      LABORATORY: rule(8000, 5_000),
      IMAGING: rule(8000, 8_000),
      HOSPITALISATION: rule(9000, 60_000),
      PHYSIOTHERAPY: rule(7000, 4_000),
    },
  },
  {
    code: 'CONFORT',
    name: 'Formule Confort',
    nameAr: 'صيغة الراحة',
    rules: {
      CONSULTATION: rule(9000, 10_000),
      DENTAL: rule(8000, 5_000),
      OPTICAL: rule(8000, 2_500),
      PHARMACY: rule(8000, 20_000),
      LABORATORY: rule(9000, 8_000),
      IMAGING: rule(9000, 12_000),
      HOSPITALISATION: rule(10000, 100_000),
      PHYSIOTHERAPY: rule(8000, 6_000),
    },
  },
  {
    code: 'PREMIUM',
    name: 'Formule Premium',
    nameAr: 'الصيغة الممتازة',
    rules: {
      CONSULTATION: rule(10000, 15_000),
      DENTAL: rule(9000, 8_000),
      OPTICAL: rule(9000, 4_000),
      PHARMACY: rule(9000, 30_000),
      LABORATORY: rule(10000, 12_000),
      IMAGING: rule(10000, 20_000),
      HOSPITALISATION: rule(10000, 200_000),
      PHYSIOTHERAPY: rule(9000, 10_000),
    },
  },
];

/** A city, or a provider's name, in both languages. */
export interface Named {
  fr: string;
  ar: string;
}

const named = (fr: string, ar: string): Named => ({ fr, ar });

/** Each region's seat and a second city where contracted providers also practise. */
export const REGION_CITIES: Record<RegionCode, [Named, Named]> = {
  ALHOCEIMA: [named('Al Hoceïma', 'الحسيمة'), named('Imzouren', 'إمزورن')],
  SAFI: [named('Safi', 'آسفي'), named('Youssoufia', 'اليوسفية')],
  CASABLANCA: [named('Casablanca', 'الدار البيضاء'), named('Mohammedia', 'المحمدية')],
  ERRACHIDIA: [named('Errachidia', 'الرشيدية'), named('Erfoud', 'أرفود')],
  NADOR: [named('Nador', 'الناظور'), named('Zaïo', 'زايو')],
  SALE: [named('Salé', 'سلا'), named('Sidi Bouknadel', 'سيدي بوقنادل')],
  OUJDA: [named('Oujda', 'وجدة'), named('Berkane', 'بركان')],
  LAAYOUNE: [named('Laâyoune', 'العيون'), named('Boujdour', 'بوجدور')],
  TAZA: [named('Taza', 'تازة'), named('Guercif', 'جرسيف')],
  FES: [named('Fès', 'فاس'), named('Sefrou', 'صفرو')],
  KENITRA: [named('Kénitra', 'القنيطرة'), named('Sidi Slimane', 'سيدي سليمان')],
  BENIMELLAL: [named('Béni Mellal', 'بني ملال'), named('Khouribga', 'خريبكة')],
  DAKHLA: [named('Dakhla', 'الداخلة'), named('Aousserd', 'أوسرد')],
  TANGIER: [named('Tanger', 'طنجة'), named('Larache', 'العرائش')],
  RABAT: [named('Rabat', 'الرباط'), named('Témara', 'تمارة')],
  TETOUAN: [named('Tétouan', 'تطوان'), named('Martil', 'مرتيل')],
  AGADIR: [named('Agadir', 'أكادير'), named('Inezgane', 'إنزكان')],
};

export interface ProviderTemplate {
  kind: ProviderKind;
  /** Names to choose from; the city is a field of its own beside the name. */
  names: readonly Named[];
  careTypes: readonly CareType[];
  /** 0: the region's seat; 1: its second city. */
  city: 0 | 1;
}

/** Every region gets one medical centre and these contracted providers, so every care type but pharmacy has a provider everywhere. */
export const PROVIDER_TEMPLATES: readonly ProviderTemplate[] = [
  {
    kind: 'MEDICAL_CENTRE',
    names: [named('Centre médical de la Mutuelle de la Sûreté nationale', 'المركز الطبي لتعاضدية الأمن الوطني')],
    careTypes: ['CONSULTATION', 'DENTAL', 'LABORATORY', 'IMAGING', 'PHYSIOTHERAPY'],
    city: 0,
  },
  {
    kind: 'CONTRACTED',
    names: [
      named('Clinique Al Amal', 'مصحة الأمل'),
      named('Clinique Ibn Rochd', 'مصحة ابن رشد'),
      named('Clinique Al Farabi', 'مصحة الفارابي'),
      named('Polyclinique Annour', 'المصحة المتعددة التخصصات النور'),
      named('Clinique Ennakhil', 'مصحة النخيل'),
    ],
    careTypes: ['HOSPITALISATION', 'CONSULTATION', 'IMAGING', 'LABORATORY'],
    city: 0,
  },
  {
    kind: 'CONTRACTED',
    names: [
      named('Laboratoire Pasteur', 'مختبر باستور'),
      named("Laboratoire d'analyses Al Andalous", 'مختبر التحاليل الأندلس'),
      named('Laboratoire Ibn Nafis', 'مختبر ابن النفيس'),
      named('Laboratoire Al Massira', 'مختبر المسيرة'),
    ],
    careTypes: ['LABORATORY'],
    city: 1,
  },
  {
    kind: 'CONTRACTED',
    names: [
      named('Centre de radiologie Al Kawtar', 'مركز الأشعة الكوثر'),
      named('Cabinet de radiologie Ibn Sina', 'عيادة الأشعة ابن سينا'),
      named('Centre d’imagerie Assalam', 'مركز التصوير الطبي السلام'),
    ],
    careTypes: ['IMAGING'],
    city: 1,
  },
  {
    kind: 'CONTRACTED',
    names: [
      named('Optique Al Hilal', 'بصريات الهلال'),
      named('Optique Centrale', 'البصريات المركزية'),
      named('Optique Annakhla', 'بصريات النخلة'),
      named('Optique Atlas', 'بصريات الأطلس'),
    ],
    careTypes: ['OPTICAL'],
    city: 0,
  },
  {
    kind: 'CONTRACTED',
    names: [
      named('Cabinet de kinésithérapie Al Wafae', 'عيادة الترويض الطبي الوفاء'),
      named('Centre de rééducation Al Boustane', 'مركز إعادة التأهيل البستان'),
      named('Cabinet de kinésithérapie Assafaa', 'عيادة الترويض الطبي الصفاء'),
    ],
    careTypes: ['PHYSIOTHERAPY'],
    city: 1,
  },
];

/** Common ICD-10 diagnoses per care type. */
export const DIAGNOSES: Record<CareType, readonly string[]> = {
  CONSULTATION: ['J06.9', 'I10', 'E11.9', 'M54.5', 'K29.7', 'J02.9', 'F41.1'],
  DENTAL: ['K02.1', 'K04.0', 'K05.1', 'K08.1'],
  OPTICAL: ['H52.1', 'H52.0', 'H52.4', 'H52.2'],
  PHARMACY: ['I10', 'E11.9', 'J45.9', 'E78.5', 'J20.9'],
  LABORATORY: ['E11.9', 'E78.5', 'D64.9', 'N39.0', 'E03.9'],
  IMAGING: ['M54.5', 'S82.0', 'R10.4', 'M17.1', 'N20.0'],
  HOSPITALISATION: ['K35.8', 'S72.0', 'I21.9', 'O80', 'K80.2'],
  PHYSIOTHERAPY: ['M54.5', 'S83.5', 'M75.1', 'M17.1'],
};
