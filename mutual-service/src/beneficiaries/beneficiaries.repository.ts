import type { EntityManager } from 'typeorm';
import { BeneficiaryEntity } from './beneficiary.entity';
import { CoverageEntity } from './coverage.entity';

export class BeneficiariesRepository {
  constructor(private readonly manager: EntityManager) {}

  byPersonIds(personIds: readonly string[]): Promise<BeneficiaryEntity[]> {
    return this.manager
      .getRepository(BeneficiaryEntity)
      .createQueryBuilder('b')
      .where('b.personId = ANY(:ids)', { ids: personIds })
      .getMany();
  }

  /** Each person's most recent coverage (the current one, or the last that ended). */
  latestCoverages(personIds: readonly string[]): Promise<CoverageEntity[]> {
    return this.manager
      .getRepository(CoverageEntity)
      .createQueryBuilder('c')
      .distinctOn(['c.beneficiaryId'])
      .where('c.beneficiaryId = ANY(:ids)', { ids: personIds })
      .orderBy('c.beneficiaryId', 'ASC')
      .addOrderBy('c.startDate', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }
}
