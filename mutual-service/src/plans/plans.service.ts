import { mayReadClaimCatalogues, requireAccess } from '../access';
import type { MutualContext } from '../context';
import type { CareType } from '../generated/schema-types';
import type { ActTariffEntity } from './act-tariff.entity';
import type { PlanRuleEntity } from './plan-rule.entity';
import type { PlanEntity } from './plan.entity';
import { type DiagnosisName, PlansRepository } from './plans.repository';
import { inCareTypeOrder } from './plans.rules';

export async function listPlans(context: MutualContext): Promise<PlanEntity[]> {
  return new PlansRepository(await context.db.manager()).all();
}

export function findPlan(context: MutualContext, id: string): Promise<PlanEntity | null> {
  return context.loaders.plan.load(id);
}

/** A plan's rules in the SDL's care type order. */
export async function rulesOf(context: MutualContext, plan: PlanEntity): Promise<PlanRuleEntity[]> {
  return inCareTypeOrder(await context.loaders.planRules.load(plan.id));
}

/** The act tariff, for the roles that enter, check or read claim lines. */
export async function listActTariffs(context: MutualContext, careType: CareType | null): Promise<ActTariffEntity[]> {
  requireAccess(
    context,
    mayReadClaimCatalogues(context.caller),
    'The act tariff is read by the mutual agents, the medical advisors and the officers.',
  );
  return new PlansRepository(await context.db.manager()).actTariffs(careType);
}

/** The named diagnoses, for the same roles as the act tariff. */
export async function listDiagnoses(context: MutualContext): Promise<DiagnosisName[]> {
  requireAccess(
    context,
    mayReadClaimCatalogues(context.caller),
    'The names of diagnoses are read by the mutual agents, the medical advisors and the officers.',
  );
  return new PlansRepository(await context.db.manager()).diagnoses();
}
