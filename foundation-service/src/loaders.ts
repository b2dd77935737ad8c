import type { Caller } from '@dsp/common';
import type { RequestScope } from '@dsp/subgraph-kit';
import { createAccessLoaders, type AccessLoaders } from './access/access.loaders';
import { createApplicationsLoaders, type ApplicationsLoaders } from './applications/applications.loaders';
import { createDocumentLoaders, type DocumentLoaders } from './documents/documents.loaders';
import { createHeadsLoaders, type HeadsLoaders } from './heads/heads.loaders';
import { createOfficersLoaders, type OfficersLoaders } from './officers/officers.loaders';
import { createProgrammesLoaders, type ProgrammesLoaders } from './programmes/programmes.loaders';
import {
  createRegionPageLoaders,
  createRegionsLoaders,
  type RegionPageLoaders,
  type RegionsLoaders,
} from './regions/regions.loaders';
import { createSupervisionLoaders, type SupervisionLoaders } from './supervision/supervision.loaders';

/**
 * Per-request loaders: every entity reference and every list that crosses
 * tables is fetched for all the parents of a request in one `IN` query, so
 * the statements a request costs do not grow with the number of entities.
 */
export type FoundationLoaders = AccessLoaders &
  RegionsLoaders &
  RegionPageLoaders &
  OfficersLoaders &
  HeadsLoaders &
  ProgrammesLoaders &
  ApplicationsLoaders &
  DocumentLoaders &
  SupervisionLoaders;

export function createLoaders(db: RequestScope, caller: Caller): FoundationLoaders {
  const access = createAccessLoaders(db);
  const officers = createOfficersLoaders(db);
  const heads = createHeadsLoaders(db);
  const regions = createRegionsLoaders(db, { ...access, ...officers, ...heads });
  const applications = createApplicationsLoaders(db, regions);
  const programmes = createProgrammesLoaders(db);
  const supervision = createSupervisionLoaders(db);
  return {
    ...access,
    ...regions,
    ...createRegionPageLoaders(db, {
      ...access,
      ...officers,
      ...heads,
      ...regions,
      ...applications,
      ...programmes,
      ...supervision,
    }),
    ...officers,
    ...heads,
    ...programmes,
    ...applications,
    ...createDocumentLoaders(db, caller),
    ...supervision,
  };
}
