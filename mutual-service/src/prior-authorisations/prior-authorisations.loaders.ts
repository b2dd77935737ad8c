import { byUuid, type RequestScope, using } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { PriorAuthorisationModel } from './prior-authorisation.model';
import { PriorAuthorisationsRepository } from './prior-authorisations.repository';

export interface PriorAuthorisationsLoaders {
  priorAuthorisation: DataLoader<string, PriorAuthorisationModel | null>;
}

export function createPriorAuthorisationsLoaders(db: RequestScope): PriorAuthorisationsLoaders {
  return {
    priorAuthorisation: new DataLoader(async (ids) =>
      byUuid(
        ids,
        (valid) => using(db, PriorAuthorisationsRepository, (r) => r.byIds(valid)),
        (row) => row.id,
      ),
    ),
  };
}
