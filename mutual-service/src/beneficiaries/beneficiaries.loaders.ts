import { byKey, type RequestScope, using } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import { BeneficiariesRepository } from './beneficiaries.repository';
import type { CoverageEntity } from './coverage.entity';
import type { BeneficiaryFacts, CoveragePeriod } from './eligibility.rules';
import type { FiledPerson } from './person.model';

export interface BeneficiariesLoaders {
  /** Where a person belongs, whoever asks (for access decisions). */
  person: DataLoader<string, FiledPerson | null>;
  coverage: DataLoader<string, CoverageEntity | null>;
  /** What eligibility reads of a person, with their coverage periods (coverageOn's input). */
  coverageFacts: DataLoader<string, { facts: BeneficiaryFacts; periods: CoveragePeriod[] } | null>;
}

export function createBeneficiariesLoaders(db: RequestScope): BeneficiariesLoaders {
  return {
    person: new DataLoader(async (ids) =>
      byKey(ids, await using(db, BeneficiariesRepository, (r) => r.scopes(ids)), (row) => row.personId),
    ),
    coverage: new DataLoader(async (ids) =>
      byKey(ids, await using(db, BeneficiariesRepository, (r) => r.latestCoverages(ids)), (row) => row.beneficiaryId),
    ),
    coverageFacts: new DataLoader(async (ids) =>
      byKey(ids, await using(db, BeneficiariesRepository, (r) => r.coverageFacts(ids)), (row) => row.personId),
    ),
  };
}
