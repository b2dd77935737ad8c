/**
 * The demonstration population shared by both services' seeds (until the
 * registry feed carries it): deterministic, so that the foundation's registry
 * and the mutual's beneficiary file agree person by person.
 *
 * Interface only in this commit; the generator follows.
 */
export type DemoRank =
  | 'GARDIEN_DE_LA_PAIX'
  | 'BRIGADIER'
  | 'BRIGADIER_CHEF'
  | 'OFFICIER_DE_PAIX'
  | 'INSPECTEUR'
  | 'OFFICIER_DE_POLICE'
  | 'OFFICIER_PRINCIPAL'
  | 'COMMISSAIRE'
  | 'COMMISSAIRE_PRINCIPAL'
  | 'COMMISSAIRE_DIVISIONNAIRE'
  | 'CONTROLEUR_GENERAL';

export type DemoOfficerStatus = 'ACTIVE' | 'RETIRED' | 'DECEASED' | 'KILLED_ON_DUTY';

export interface DemoTraining {
  code: string;
  title: string;
  completedOn: string;
}

export interface DemoOfficer {
  matricule: string;
  firstNameAr: string;
  lastNameAr: string;
  firstNameLatin: string;
  lastNameLatin: string;
  rank: DemoRank;
  regionCode: string;
  status: DemoOfficerStatus;
  birthDate: string;
  serviceStartDate: string;
  trainings: DemoTraining[];
}

export interface DemoDependent {
  /** A UUID, the `Dependent` key in both subgraphs. */
  id: string;
  officerMatricule: string;
  relation: 'SPOUSE' | 'CHILD' | 'PARENT';
  firstNameAr: string;
  firstNameLatin: string;
  /** The family name, same as the officer's for children. */
  lastNameAr: string;
  lastNameLatin: string;
  birthDate: string;
  /** Last day of a student certificate's validity, or null. */
  studentUntil: string | null;
  disabled: boolean;
}

export interface DemoHead {
  regionCode: string;
  matricule: string;
  startDate: string;
  decisionReference: string;
  approvedBy: string;
}

export interface DemoPopulation {
  officers: DemoOfficer[];
  dependents: DemoDependent[];
  /** The 17 heads appointed on 2025-09-09 (all eligible: 15+ years, SOCIAL_CASE_MANAGEMENT training). */
  heads: DemoHead[];
}
