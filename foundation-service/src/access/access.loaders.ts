import { byKey, byUuid, using, type RequestScope } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { OfficerIdentityScope } from './policy';
import {
  ScopeRepository,
  type AllocationScopeRow,
  type ApplicationScopeRow,
  type DependentScope,
  type DisbursementScopeRow,
} from './scope.repository';

/** Where rows belong, whoever asks (for access decisions only). */
export interface AccessLoaders {
  officerScope: DataLoader<string, OfficerIdentityScope | null>;
  dependentScope: DataLoader<string, DependentScope | null>;
  applicationScope: DataLoader<string, ApplicationScopeRow | null>;
  allocationScope: DataLoader<string, AllocationScopeRow | null>;
  disbursementScope: DataLoader<string, DisbursementScopeRow | null>;
}

export function createAccessLoaders(db: RequestScope): AccessLoaders {
  const officerScope = new DataLoader<string, OfficerIdentityScope | null>(async (matricules) =>
    byKey(matricules, await using(db, ScopeRepository, (r) => r.officers(matricules)), (row) => row.matricule),
  );
  return {
    officerScope,
    // A dependent's officer is read next (Dependent.officer): their scope comes in the same statement.
    dependentScope: new DataLoader(async (ids) =>
      byUuid(
        ids,
        async (valid) => {
          const rows = await using(db, ScopeRepository, (r) => r.dependents(valid));
          for (const { officer } of rows) if (officer) officerScope.prime(officer.matricule, officer);
          return rows;
        },
        (row) => row.id,
      ),
    ),
    applicationScope: new DataLoader(async (ids) =>
      byUuid(
        ids,
        (valid) => using(db, ScopeRepository, (r) => r.applications(valid)),
        (row) => row.id,
      ),
    ),
    allocationScope: new DataLoader(async (ids) =>
      byUuid(
        ids,
        (valid) => using(db, ScopeRepository, (r) => r.allocations(valid)),
        (row) => row.id,
      ),
    ),
    disbursementScope: new DataLoader(async (ids) =>
      byUuid(
        ids,
        (valid) => using(db, ScopeRepository, (r) => r.disbursements(valid)),
        (row) => row.id,
      ),
    ),
  };
}
