import { byKey, groupedByKey, type RequestScope, using } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import { todayUtc } from '@dsp/common';
import type { CareType } from '../generated/schema-types';
import { ceilingYear } from './adjudication.rules';
import type { ClaimLineEntity } from './claim-line.entity';
import type { ClaimEntity } from './claim.entity';
import { ClaimsRepository, type ClaimScopeRow } from './claims.repository';

export interface ClaimsLoaders {
  claimsOfBeneficiary: DataLoader<string, ClaimEntity[]>;
  /** Where a claim belongs, whoever asks (for access decisions). */
  claimScope: DataLoader<string, ClaimScopeRow | null>;
  claim: DataLoader<string, ClaimEntity | null>;
  claimLines: DataLoader<string, ClaimLineEntity[]>;
  /** Approved so far this calendar year, per care type, over all the person's claims (ceiling_use). */
  approvedThisYear: DataLoader<string, Array<{ beneficiaryId: string; careType: CareType; approved: bigint }>>;
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
    approvedThisYear: new DataLoader(async (ids) =>
      groupedByKey(
        ids,
        await using(db, ClaimsRepository, (r) => r.approvedInYear(ids, ceilingYear(todayUtc()), null)),
        (row) => row.beneficiaryId,
      ),
    ),
  };
}
