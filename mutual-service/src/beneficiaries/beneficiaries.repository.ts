import type { EntityManager } from 'typeorm';
import type { BeneficiaryFacts, CoveragePeriod } from './eligibility.rules';
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

  /** For each person, what eligibility reads of them and their coverage periods, newest first: one statement for many. */
  async coverageFacts(
    personIds: readonly string[],
  ): Promise<Array<{ personId: string; facts: BeneficiaryFacts; periods: CoveragePeriod[] }>> {
    const rows = await this.manager.query<Array<BeneficiaryFacts & { personId: string; periods: CoveragePeriod[] }>>(
      `SELECT b.person_id AS "personId", b.kind, b.relation, to_char(b.birth_date, 'YYYY-MM-DD') AS "birthDate",
              to_char(b.student_until, 'YYYY-MM-DD') AS "studentUntil", b.disabled, b.officer_status AS "officerStatus",
              coalesce((SELECT json_agg(json_build_object('planId', c.plan_id, 'startDate', to_char(c.start_date, 'YYYY-MM-DD'),
                                                          'endDate', to_char(c.end_date, 'YYYY-MM-DD')) ORDER BY c.start_date DESC)
                          FROM coverage c WHERE c.beneficiary_id = b.person_id), '[]') AS periods
         FROM beneficiary b WHERE b.person_id = ANY ($1)`,
      [personIds],
    );
    return rows.map(({ personId, periods, ...facts }) => ({ personId, facts, periods }));
  }
}
