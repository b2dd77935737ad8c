import type { PlanResolvers, PlanRuleResolvers, QueryResolvers } from '../generated/graphql';
import { findPlan, listPlans, rulesOf } from './plans.service';

export const planQueries: Pick<QueryResolvers, 'plans'> = {
  plans: (_parent, _args, context) => listPlans(context),
};

export const Plan: PlanResolvers = {
  __resolveReference: (reference, context) => findPlan(context, reference.id),
  rules: (plan, _args, context) => rulesOf(context, plan),
};

export const PlanRule: PlanRuleResolvers = {
  // Stored exactly as numeric(5,4); a share between 0 and 1 is safe as a float.
  rate: (rule) => Number(rule.rate),
};
