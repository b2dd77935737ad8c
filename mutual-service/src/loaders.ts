import type { Caller } from '@dsp/common';
import type { RequestScope } from '@dsp/subgraph-kit';
import { type BeneficiariesLoaders, createBeneficiariesLoaders } from './beneficiaries/beneficiaries.loaders';
import { type ClaimsLoaders, createClaimsLoaders } from './claims/claims.loaders';
import { createDiagnosesLoaders, type DiagnosesLoaders } from './diagnoses/diagnoses.loaders';
import { createDocumentLoaders, type DocumentLoaders } from './documents/documents.loaders';
import { createPlansLoaders, type PlansLoaders } from './plans/plans.loaders';
import {
  createPriorAuthorisationsLoaders,
  type PriorAuthorisationsLoaders,
} from './prior-authorisations/prior-authorisations.loaders';
import { createProvidersLoaders, type ProvidersLoaders } from './providers/providers.loaders';
import { createRegionsLoaders, type RegionsLoaders } from './regions/regions.loaders';
import { createSupervisionLoaders, type SupervisionLoaders } from './supervision/supervision.loaders';

/**
 * Per-request loaders: every entity reference and every list that crosses
 * tables is fetched for all the parents of a request in one `ANY($1)` query,
 * so the statements a request costs do not grow with the number of entities.
 */
export type MutualLoaders = RegionsLoaders &
  BeneficiariesLoaders &
  ClaimsLoaders &
  DiagnosesLoaders &
  DocumentLoaders &
  PlansLoaders &
  PriorAuthorisationsLoaders &
  ProvidersLoaders &
  SupervisionLoaders;

export function createLoaders(db: RequestScope, caller: Caller): MutualLoaders {
  return {
    ...createRegionsLoaders(db),
    ...createBeneficiariesLoaders(db),
    ...createClaimsLoaders(db),
    ...createDiagnosesLoaders(db, caller),
    ...createDocumentLoaders(db),
    ...createPlansLoaders(db),
    ...createPriorAuthorisationsLoaders(db),
    ...createProvidersLoaders(db),
    ...createSupervisionLoaders(db),
  };
}
