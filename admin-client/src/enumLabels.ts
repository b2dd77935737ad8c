import type { Lang } from './i18n';

// Every value of every enum of the API schema, in French and in Arabic: a page
// shows these labels, never the raw value (src/__tests__/enumLabels.test.ts
// fails when the schema has a value with no label).
type Labels = Record<string, Record<string, string>>;

const fr: Labels = {
  ApplicationDecision: { APPROVE: 'Approuver', WAITLIST: 'Mettre en liste d’attente', REJECT: 'Rejeter' },
  ApplicationQueueKind: { TO_REVIEW: 'À examiner', TO_DECIDE: 'À décider', ALL: 'Toutes' },
  ApplicationStatus: { SUBMITTED: 'Déposée', UNDER_REVIEW: 'En examen', APPROVED: 'Approuvée', WAITLISTED: 'Sur liste d’attente', REJECTED: 'Rejetée', PAID: 'Payée', WITHDRAWN: 'Retirée' },
  BeneficiaryKind: { OFFICER: 'Fonctionnaire', SPOUSE: 'Conjoint', CHILD: 'Enfant', RETIREE: 'Retraité', WIDOW: 'Veuve', ORPHAN: 'Orphelin' },
  CareType: { CONSULTATION: 'Consultation', DENTAL: 'Soins dentaires', OPTICAL: 'Optique', PHARMACY: 'Pharmacie', LABORATORY: 'Analyses de laboratoire', IMAGING: 'Imagerie', HOSPITALISATION: 'Hospitalisation', PHYSIOTHERAPY: 'Kinésithérapie' },
  ClaimDecision: { APPROVE: 'Approuver', REJECT: 'Rejeter' },
  ClaimQueueStage: { AWAITING_CHECK: 'À contrôler', AWAITING_REVIEW: 'À examiner', AWAITING_PAYMENT: 'À payer' },
  ClaimStatus: { ENTERED: 'Saisi', CHECKED: 'Contrôlé', UNDER_REVIEW: 'En examen', APPROVED: 'Approuvé', PARTIALLY_APPROVED: 'Partiellement approuvé', REJECTED: 'Rejeté', PAID: 'Payé' },
  DependentLinkEndReason: { DIVORCE: 'Divorce', DEATH: 'Décès', INDEPENDENCE: 'Indépendance', OTHER: 'Autre motif' },
  DependentRelation: { SPOUSE: 'Conjoint', CHILD: 'Enfant', PARENT: 'Parent' },
  OfficerStatus: { ACTIVE: 'En activité', RETIRED: 'Retraité', DECEASED: 'Décédé', KILLED_ON_DUTY: 'Mort en service' },
  PriorAuthorisationStatus: { REQUESTED: 'Demandée', GRANTED: 'Accordée', REFUSED: 'Refusée' },
  ProgrammeKind: { HAJJ: 'Hajj', SUMMER_CAMP: 'Colonie de vacances', SCHOOL_SUPPORT: 'Soutien scolaire', SCHOLARSHIP: 'Bourse d’études', HOUSING: 'Logement', EXCEPTIONAL_AID: 'Aide exceptionnelle', EID_GRANT: 'Prime de l’Aïd' },
  ProviderKind: { MEDICAL_CENTRE: 'Centre médical', CONTRACTED: 'Prestataire conventionné' },
  Rank: {
    GARDIEN_DE_LA_PAIX: 'Gardien de la paix',
    BRIGADIER: 'Brigadier',
    BRIGADIER_CHEF: 'Brigadier-chef',
    OFFICIER_DE_PAIX: 'Officier de paix',
    INSPECTEUR: 'Inspecteur',
    OFFICIER_DE_POLICE: 'Officier de police',
    OFFICIER_PRINCIPAL: 'Officier principal',
    COMMISSAIRE: 'Commissaire',
    COMMISSAIRE_PRINCIPAL: 'Commissaire principal',
    COMMISSAIRE_DIVISIONNAIRE: 'Commissaire divisionnaire',
    CONTROLEUR_GENERAL: 'Contrôleur général',
  },
  RegionKind: { WILAYA: 'Préfecture de police (wilaya)', PROVINCIAL_DIRECTORATE: 'Direction provinciale' },
  RejectionCode: { NOT_COVERED: 'Non couvert', CEILING_REACHED: 'Plafond atteint', DUPLICATE: 'Doublon', LATE_FILING: 'Dépôt hors délai', ACT_NOT_IN_TARIFF: 'Acte hors nomenclature', PRIOR_AUTHORISATION_MISSING: 'Accord préalable manquant', MEDICAL_ADVICE: 'Avis médical' },
  Role: { NATIONAL_ADMIN: 'Administration nationale', REGIONAL_HEAD: 'Chef régional', FOUNDATION_AGENT: 'Agent de la Fondation', MUTUAL_AGENT: 'Agent de la Mutuelle', MEDICAL_ADVISOR: 'Médecin-conseil', OFFICER: 'Fonctionnaire' },
};

const ar: Labels = {
  ApplicationDecision: { APPROVE: 'قبول', WAITLIST: 'وضع في لائحة الانتظار', REJECT: 'رفض' },
  ApplicationQueueKind: { TO_REVIEW: 'للدراسة', TO_DECIDE: 'للبت', ALL: 'الكل' },
  ApplicationStatus: { SUBMITTED: 'مودع', UNDER_REVIEW: 'قيد الدراسة', APPROVED: 'مقبول', WAITLISTED: 'في لائحة الانتظار', REJECTED: 'مرفوض', PAID: 'مؤدى', WITHDRAWN: 'مسحوب' },
  BeneficiaryKind: { OFFICER: 'الموظف', SPOUSE: 'الزوج(ة)', CHILD: 'الابن(ة)', RETIREE: 'متقاعد', WIDOW: 'أرملة', ORPHAN: 'يتيم' },
  CareType: { CONSULTATION: 'استشارة طبية', DENTAL: 'علاج الأسنان', OPTICAL: 'البصريات', PHARMACY: 'الأدوية', LABORATORY: 'التحاليل المخبرية', IMAGING: 'التصوير الطبي', HOSPITALISATION: 'الاستشفاء', PHYSIOTHERAPY: 'الترويض الطبي' },
  ClaimDecision: { APPROVE: 'قبول', REJECT: 'رفض' },
  ClaimQueueStage: { AWAITING_CHECK: 'في انتظار المراقبة', AWAITING_REVIEW: 'في انتظار الدراسة', AWAITING_PAYMENT: 'في انتظار الأداء' },
  ClaimStatus: { ENTERED: 'مسجل', CHECKED: 'مراقب', UNDER_REVIEW: 'قيد الدراسة', APPROVED: 'مقبول', PARTIALLY_APPROVED: 'مقبول جزئيا', REJECTED: 'مرفوض', PAID: 'مؤدى' },
  DependentLinkEndReason: { DIVORCE: 'طلاق', DEATH: 'وفاة', INDEPENDENCE: 'استقلال', OTHER: 'سبب آخر' },
  DependentRelation: { SPOUSE: 'الزوج(ة)', CHILD: 'الابن(ة)', PARENT: 'الأب أو الأم' },
  OfficerStatus: { ACTIVE: 'في الخدمة', RETIRED: 'متقاعد', DECEASED: 'متوفى', KILLED_ON_DUTY: 'استشهد أثناء الخدمة' },
  PriorAuthorisationStatus: { REQUESTED: 'مطلوبة', GRANTED: 'ممنوحة', REFUSED: 'مرفوضة' },
  ProgrammeKind: { HAJJ: 'الحج', SUMMER_CAMP: 'المخيمات الصيفية', SCHOOL_SUPPORT: 'الدعم المدرسي', SCHOLARSHIP: 'منحة الدراسة', HOUSING: 'السكن', EXCEPTIONAL_AID: 'مساعدة استثنائية', EID_GRANT: 'منحة العيد' },
  ProviderKind: { MEDICAL_CENTRE: 'مركز طبي', CONTRACTED: 'مقدم خدمات متعاقد' },
  Rank: {
    GARDIEN_DE_LA_PAIX: 'حارس الأمن',
    BRIGADIER: 'مقدم شرطة',
    BRIGADIER_CHEF: 'مقدم رئيس',
    OFFICIER_DE_PAIX: 'ضابط أمن',
    INSPECTEUR: 'مفتش شرطة',
    OFFICIER_DE_POLICE: 'ضابط شرطة',
    OFFICIER_PRINCIPAL: 'ضابط شرطة ممتاز',
    COMMISSAIRE: 'عميد شرطة',
    COMMISSAIRE_PRINCIPAL: 'عميد شرطة ممتاز',
    COMMISSAIRE_DIVISIONNAIRE: 'عميد إقليمي',
    CONTROLEUR_GENERAL: 'مراقب عام',
  },
  RegionKind: { WILAYA: 'ولاية الأمن', PROVINCIAL_DIRECTORATE: 'مديرية إقليمية' },
  RejectionCode: { NOT_COVERED: 'غير مغطى', CEILING_REACHED: 'تم بلوغ السقف', DUPLICATE: 'ملف مكرر', LATE_FILING: 'إيداع خارج الأجل', ACT_NOT_IN_TARIFF: 'عمل خارج التعريفة', PRIOR_AUTHORISATION_MISSING: 'غياب الموافقة المسبقة', MEDICAL_ADVICE: 'رأي طبي' },
  Role: { NATIONAL_ADMIN: 'الإدارة الوطنية', REGIONAL_HEAD: 'رئيس جهوي', FOUNDATION_AGENT: 'عون المؤسسة', MUTUAL_AGENT: 'عون التعاضدية', MEDICAL_ADVISOR: 'طبيب مستشار', OFFICER: 'موظف' },
};

export const ENUM_LABELS: Record<Lang, Labels> = { fr, ar };

/** The label of an API enum value in the page's language; the value itself only if the API grew a value this build has no label for. */
export function enumLabel(lang: Lang, enumName: string, value: string): string {
  return ENUM_LABELS[lang][enumName]?.[value] ?? value;
}
