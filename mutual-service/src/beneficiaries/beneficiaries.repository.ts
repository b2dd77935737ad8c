import type { EntityManager } from 'typeorm';
import { BeneficiaryEntity } from './beneficiary.entity';
import { CoverageEntity } from './coverage.entity';
import type { FiledPerson } from './person.model';

export class BeneficiariesRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Where these people belong (kind, region, officer) whoever asks, through
   * the beneficiary_scope function: the service needs it to tell "forbidden"
   * from "not in the file"; the file itself stays behind row-level security.
   */
  scopes(personIds: readonly string[]): Promise<FiledPerson[]> {
    return this.manager.query(
      `SELECT person_id AS "personId", kind, region_code AS "regionCode", officer_matricule AS "officerMatricule", link_ended AS "linkEnded"
       FROM beneficiary_scope($1::text[])`,
      [personIds],
    );
  }

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
