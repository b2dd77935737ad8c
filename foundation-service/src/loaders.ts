import type { Caller } from '@dsp/common';
import type { RequestScope } from '@dsp/subgraph-kit';
import { createAccessLoaders, type AccessLoaders } from './access/access.loaders';
import { createApplicationsLoaders, type ApplicationsLoaders } from './applications/applications.loaders';
import { createDocumentLoaders, type DocumentLoaders } from './documents/documents.loaders';
import { createHeadsLoaders, type HeadsLoaders } from './heads/heads.loaders';
import { createOfficersLoaders, type OfficersLoaders } from './officers/officers.loaders';
import { createProgrammesLoaders, type ProgrammesLoaders } from './programmes/programmes.loaders';
import { createRegionsLoaders, type RegionsLoaders } from './regions/regions.loaders';
import { createSupervisionLoaders, type SupervisionLoaders } from './supervision/supervision.loaders';

/**
 * Per-request loaders: every entity reference and every list that crosses
 * tables is fetched for all the parents of a request in one `IN` query, so
 * the statements a request costs do not grow with the number of entities.
 */
export type FoundationLoaders = AccessLoaders &
  RegionsLoaders &
  OfficersLoaders &
  HeadsLoaders &
  ProgrammesLoaders &
  ApplicationsLoaders &
  DocumentLoaders &
  SupervisionLoaders;

export function createLoaders(db: RequestScope, caller: Caller): FoundationLoaders {
  const regions = createRegionsLoaders(db);
  return {
    ...createAccessLoaders(db),
    ...regions,
    ...createOfficersLoaders(db),
    ...createHeadsLoaders(db),
    ...createProgrammesLoaders(db),
    ...createApplicationsLoaders(db, regions),
    ...createDocumentLoaders(db, caller),
    ...createSupervisionLoaders(db),
  };
}
