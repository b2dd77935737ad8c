import { isUuid } from '@dsp/common';
import type { EntityManager } from 'typeorm';
import type { CareType } from '../generated/schema-types';
import { ActTariffEntity } from './act-tariff.entity';
import { PlanRuleEntity } from './plan-rule.entity';
import { PlanEntity } from './plan.entity';

export interface TariffRow {
  actCode: string;
  careType: CareType;
  tariff: string;
}

/** An ICD-10 code with its names (Diagnosis in the SDL). */
export interface DiagnosisName {
  code: string;
  name: string;
  nameAr: string;
}

export class PlansRepository {
  constructor(private readonly manager: EntityManager) {}

  all(): Promise<PlanEntity[]> {
    return this.manager.getRepository(PlanEntity).createQueryBuilder('p').orderBy('p.code', 'ASC').getMany();
  }

  byIds(ids: readonly string[]): Promise<PlanEntity[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.manager
      .getRepository(PlanEntity)
      .createQueryBuilder('p')
      .where('p.id = ANY(:ids)', { ids: valid })
      .getMany();
  }

  rulesOf(planIds: readonly string[]): Promise<PlanRuleEntity[]> {
    return this.manager
      .getRepository(PlanRuleEntity)
      .createQueryBuilder('r')
      .where('r.planId = ANY(:ids)', { ids: planIds })
      .getMany();
  }

  /** The act tariff (of one care type, when given), by care type then code. */
  actTariffs(careType: CareType | null): Promise<ActTariffEntity[]> {
    const query = this.manager.getRepository(ActTariffEntity).createQueryBuilder('t');
    if (careType !== null) query.where('t.careType = :careType', { careType });
    return query.orderBy('t.careType', 'ASC').addOrderBy('t.actCode', 'ASC').getMany();
  }

  /** The named ICD-10 diagnoses, by code. */
  diagnoses(): Promise<DiagnosisName[]> {
    return this.manager.query('SELECT code, name_fr AS name, name_ar AS "nameAr" FROM diagnosis ORDER BY code');
  }

  tariffs(actCodes: readonly string[]): Promise<TariffRow[]> {
    return this.manager.query(
      'SELECT act_code AS "actCode", care_type AS "careType", tariff::text AS tariff FROM act_tariff WHERE act_code = ANY($1)',
      [actCodes],
    );
  }

  async planRule(planId: string, careType: CareType): Promise<{ rate: string; yearlyCeiling: bigint } | null> {
    const [row] = await this.manager.query<Array<{ rate: string; ceiling: string }>>(
      'SELECT rate::text AS rate, yearly_ceiling::text AS ceiling FROM plan_rule WHERE plan_id = $1 AND care_type = $2',
      [planId, careType],
    );
    return row ? { rate: row.rate, yearlyCeiling: BigInt(row.ceiling) } : null;
  }
}
