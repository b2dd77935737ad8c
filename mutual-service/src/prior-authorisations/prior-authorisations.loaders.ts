import { byUuid, groupedByKey, type RequestScope, using } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import { AUTHORISATION_LEAD_DAYS } from '../claims/adjudication.rules';
import type { PriorAuthorisationModel } from './prior-authorisation.model';
import { PriorAuthorisationsRepository, type FamilyPriorAuthorisation } from './prior-authorisations.repository';

export interface PriorAuthorisationsLoaders {
  priorAuthorisation: DataLoader<string, PriorAuthorisationModel | null>;
  /** By officer matricule: the family's prior authorisations, each with where it belongs. */
  priorAuthorisationsOfOfficer: DataLoader<string, FamilyPriorAuthorisation[]>;
  /** By hospitalisation claim id: the prior authorisation its approval would rest on (coveringClaims); null when none. */
  coveringAuthorisation: DataLoader<string, PriorAuthorisationModel | null>;
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
    priorAuthorisationsOfOfficer: new DataLoader(async (matricules) =>
      groupedByKey(
        matricules,
        await using(db, PriorAuthorisationsRepository, (r) => r.ofOfficers(matricules)),
        (row) => row.officerMatricule,
      ),
    ),
    coveringAuthorisation: new DataLoader(async (claimIds) =>
      byUuid(
        claimIds,
        (valid) => using(db, PriorAuthorisationsRepository, (r) => r.coveringClaims(valid, AUTHORISATION_LEAD_DAYS)),
        (row) => row.claimId,
      ),
    ),
  };
}
