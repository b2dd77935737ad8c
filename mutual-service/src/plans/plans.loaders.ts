import { byKey, groupedByKey, type RequestScope, using } from '@dsp/subgraph-kit';
import DataLoader from 'dataloader';
import type { PlanRuleEntity } from './plan-rule.entity';
import type { PlanEntity } from './plan.entity';
import { PlansRepository, type TariffRow } from './plans.repository';

export interface PlansLoaders {
  plan: DataLoader<string, PlanEntity | null>;
  planRules: DataLoader<string, PlanRuleEntity[]>;
  /** An act's reference tariff, by code. */
  tariff: DataLoader<string, TariffRow | null>;
}

export function createPlansLoaders(db: RequestScope): PlansLoaders {
  return {
    plan: new DataLoader(async (ids) =>
      byKey(ids, await using(db, PlansRepository, (r) => r.byIds(ids)), (row) => row.id),
    ),
    planRules: new DataLoader(async (ids) =>
      groupedByKey(ids, await using(db, PlansRepository, (r) => r.rulesOf(ids)), (row) => row.planId),
    ),
    tariff: new DataLoader(async (codes) =>
      byKey(codes, await using(db, PlansRepository, (r) => r.tariffs(codes)), (row) => row.actCode),
    ),
  };
}
