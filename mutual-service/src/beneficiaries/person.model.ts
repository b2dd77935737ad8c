import type { BeneficiaryEntity } from './beneficiary.entity';

/** An officer resolved by matricule, with their entry in the beneficiary file when they have one. */
export interface OfficerModel {
  matricule: string;
  beneficiary: BeneficiaryEntity | null;
}

/** A dependent resolved by id, with their entry in the beneficiary file when they have one. */
export interface DependentModel {
  id: string;
  beneficiary: BeneficiaryEntity | null;
}
