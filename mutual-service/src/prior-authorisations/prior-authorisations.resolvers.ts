import { dependentOfBeneficiary, officerOfBeneficiary } from '../beneficiaries/beneficiaries.service';
import { priorAuthorisationDocuments } from '../documents/documents.service';
import type { MutationResolvers, PriorAuthorisationResolvers, QueryResolvers } from '../generated/graphql';
import {
  authorisationProviderOf,
  authorisationRegionOf,
  decidePriorAuthorisation,
  findPriorAuthorisation,
  listPriorAuthorisations,
  priorAuthorisationClinicalOf,
  requestPriorAuthorisation,
} from './prior-authorisations.service';

export const priorAuthorisationQueries: Pick<QueryResolvers, 'priorAuthorisations' | 'priorAuthorisation'> = {
  priorAuthorisations: (_parent, args, context) => listPriorAuthorisations(context, args),
  priorAuthorisation: (_parent, args, context) => findPriorAuthorisation(context, args.id),
};

export const priorAuthorisationMutations: Pick<
  MutationResolvers,
  'requestPriorAuthorisation' | 'decidePriorAuthorisation'
> = {
  requestPriorAuthorisation: (_parent, args, context) => requestPriorAuthorisation(context, args),
  decidePriorAuthorisation: (_parent, args, context) => decidePriorAuthorisation(context, args),
};

export const PriorAuthorisation: PriorAuthorisationResolvers = {
  reason: (model, _args, context) => priorAuthorisationClinicalOf(context, model, 'reason'),
  decisionNote: (model, _args, context) => priorAuthorisationClinicalOf(context, model, 'decisionNote'),
  provider: (model, _args, context) => authorisationProviderOf(context, model),
  region: (model) => authorisationRegionOf(model),
  officer: (model, _args, context) => officerOfBeneficiary(context, model.beneficiaryId),
  dependent: (model, _args, context) => dependentOfBeneficiary(context, model.beneficiaryId),
  documents: (model, _args, context) => priorAuthorisationDocuments(context, model),
};
