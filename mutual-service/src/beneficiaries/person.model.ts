import type { PersonScope } from '../access';
import type { BeneficiaryKind } from './beneficiary.entity';

/** Where a person of the beneficiary file belongs, as the database says (never as the client says). */
export interface FiledPerson extends PersonScope {
  personId: string;
  kind: BeneficiaryKind;
}

/** An officer resolved by matricule, with their place in the beneficiary file when they have one. */
export interface OfficerModel {
  matricule: string;
  person: FiledPerson | null;
}

/** A dependent resolved by id, the same way. */
export interface DependentModel {
  id: string;
  person: FiledPerson | null;
}
