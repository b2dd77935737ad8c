import type { ActTariffResolvers, PlanResolvers, PlanRuleResolvers, QueryResolvers } from '../generated/graphql';
import { findPlan, listActTariffs, listDiagnoses, listPlans, rulesOf } from './plans.service';
import { rateOf } from './plans.rules';

export const planQueries: Pick<QueryResolvers, 'plans' | 'actTariffs' | 'diagnoses'> = {
  plans: (_parent, _args, context) => listPlans(context),
  actTariffs: (_parent, args, context) => listActTariffs(context, args.careType ?? null),
  diagnoses: (_parent, _args, context) => listDiagnoses(context),
};

export const Plan: PlanResolvers = {
  __resolveReference: (reference, context) => findPlan(context, reference.id),
  rules: (plan, _args, context) => rulesOf(context, plan),
};

export const PlanRule: PlanRuleResolvers = {
  rate: (rule) => rateOf(rule),
};

export const ActTariff: ActTariffResolvers = {
  code: (tariff) => tariff.actCode,
};
