import { byKey, groupedByKey, type RequestScope, using } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { ClaimLineEntity } from './claim-line.entity';
import type { ClaimEntity } from './claim.entity';
import { ClaimsRepository, type ClaimScopeRow, type YearUse } from './claims.repository';

export interface ClaimsLoaders {
  claimsOfBeneficiary: DataLoader<string, ClaimEntity[]>;
  /** Where a claim belongs, whoever asks (for access decisions). */
  claimScope: DataLoader<string, ClaimScopeRow | null>;
  claim: DataLoader<string, ClaimEntity | null>;
  claimLines: DataLoader<string, ClaimLineEntity[]>;
  /** A person's use of their plan in a calendar year, per care type, over all their claims (ceiling_use). */
  useInYear: DataLoader<{ beneficiaryId: string; year: number }, YearUse[], string>;
}

export function createClaimsLoaders(db: RequestScope): ClaimsLoaders {
  return {
    claimsOfBeneficiary: new DataLoader(async (ids) =>
      groupedByKey(ids, await using(db, ClaimsRepository, (r) => r.ofBeneficiaries(ids)), (row) => row.beneficiaryId),
    ),
    claimScope: new DataLoader(async (ids) =>
      byKey(ids, await using(db, ClaimsRepository, (r) => r.scopes(ids)), (row) => row.id),
    ),
    claim: new DataLoader(async (ids) =>
      byKey(ids, await using(db, ClaimsRepository, (r) => r.byIds(ids)), (row) => row.id),
    ),
    claimLines: new DataLoader(async (ids) =>
      groupedByKey(ids, await using(db, ClaimsRepository, (r) => r.linesOf(ids)), (row) => row.claimId),
    ),
    useInYear: new DataLoader(
      async (keys) => {
        const rows = await using(db, ClaimsRepository, (r) => r.useInYears(keys));
        return keys.map((key) =>
          rows.filter((row) => row.beneficiaryId === key.beneficiaryId && row.year === key.year),
        );
      },
      { cacheKeyFn: (key) => `${key.beneficiaryId}|${key.year}` },
    ),
  };
}
