import type { PlanResolvers, PlanRuleResolvers, QueryResolvers } from '../generated/graphql';
import { findPlan, listPlans, rulesOf } from './plans.service';
import { rateOf } from './plans.rules';

export const planQueries: Pick<QueryResolvers, 'plans'> = {
  plans: (_parent, _args, context) => listPlans(context),
};

export const Plan: PlanResolvers = {
  __resolveReference: (reference, context) => findPlan(context, reference.id),
  rules: (plan, _args, context) => rulesOf(context, plan),
};

export const PlanRule: PlanRuleResolvers = {
  rate: (rule) => rateOf(rule),
};
