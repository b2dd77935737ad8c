import { officerHealthDocuments } from '../documents/documents.service';
import type { CoverageResolvers, DependentResolvers, OfficerResolvers } from '../generated/graphql';
import { officerPriorAuthorisations } from '../prior-authorisations/prior-authorisations.service';
import {
  ceilingUseOf,
  claimsOf,
  coverageOf,
  isCoverageActiveToday,
  planOf,
  resolveDependent,
  resolveOfficer,
} from './beneficiaries.service';

export const Officer: OfficerResolvers = {
  __resolveReference: (reference, context) => resolveOfficer(context, reference.matricule),
  coverage: (officer, _args, context) => coverageOf(context, officer.person),
  claims: (officer, _args, context) => claimsOf(context, officer.person),
  healthDocuments: (officer, _args, context) => officerHealthDocuments(context, officer.person),
  priorAuthorisations: (officer, _args, context) => officerPriorAuthorisations(context, officer),
};

export const Dependent: DependentResolvers = {
  __resolveReference: (reference, context) => resolveDependent(context, reference.id),
  coverage: (dependent, _args, context) => coverageOf(context, dependent.person),
  claims: (dependent, _args, context) => claimsOf(context, dependent.person),
};

export const Coverage: CoverageResolvers = {
  plan: (coverage, _args, context) => planOf(context, coverage),
  active: (coverage) => isCoverageActiveToday(coverage),
  ceilingUse: (coverage, _args, context) => ceilingUseOf(context, coverage),
};
