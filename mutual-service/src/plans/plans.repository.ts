import { isUuid } from '@dsp/common';
import type { EntityManager } from 'typeorm';
import { PlanRuleEntity } from './plan-rule.entity';
import { PlanEntity } from './plan.entity';

export class PlansRepository {
  constructor(private readonly manager: EntityManager) {}

  all(): Promise<PlanEntity[]> {
    return this.manager.getRepository(PlanEntity).createQueryBuilder('p').orderBy('p.code', 'ASC').getMany();
  }

  byIds(ids: readonly string[]): Promise<PlanEntity[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.manager.getRepository(PlanEntity).createQueryBuilder('p').where('p.id = ANY(:ids)', { ids: valid }).getMany();
  }

  rulesOf(planIds: readonly string[]): Promise<PlanRuleEntity[]> {
    return this.manager
      .getRepository(PlanRuleEntity)
      .createQueryBuilder('r')
      .where('r.planId = ANY(:ids)', { ids: planIds })
      .getMany();
  }
}
