import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { DateScalar, DateTimeScalar, MoneyScalar } from '@dsp/common';
import { parse, type GraphQLSchema } from 'graphql';
import { Coverage, Dependent, Officer } from './beneficiaries/beneficiaries.resolvers';
import { MutualAuditRecord, auditQueries } from './audit/audit.resolvers';
import { Claim, ClaimBeneficiary, ClaimLine, claimMutations, claimQueries } from './claims/claims.resolvers';
import { DiagnosisRead, diagnosisReadQueries } from './diagnoses/diagnoses.resolvers';
import { documentMutations, HealthDocument } from './documents/documents.resolvers';
import type { Resolvers } from './generated/graphql';
import { ActTariff, Plan, PlanRule, planQueries } from './plans/plans.resolvers';
import {
  PriorAuthorisation,
  priorAuthorisationMutations,
  priorAuthorisationQueries,
} from './prior-authorisations/prior-authorisations.resolvers';
import { Provider } from './providers/providers.resolvers';
import { Region, RegionHealth } from './regions/regions.resolvers';
import {
  HealthAttention,
  SolidarityCandidate,
  supervisionQueries,
  supervisionRegionFields,
} from './supervision/supervision.resolvers';

/** The SDL is the contract: it is read from schemas/, never restated here. */
const SDL_PATH = path.resolve(__dirname, '../../schemas/mutual.graphql');

export const resolvers: Resolvers = {
  Money: MoneyScalar,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    ...claimQueries,
    ...planQueries,
    ...priorAuthorisationQueries,
    ...diagnosisReadQueries,
    ...auditQueries,
    ...supervisionQueries,
  },
  Mutation: { ...claimMutations, ...priorAuthorisationMutations, ...documentMutations },
  PriorAuthorisation,
  MutualAuditRecord,
  Region: { ...Region, ...supervisionRegionFields },
  RegionHealth,
  HealthAttention,
  SolidarityCandidate,
  Officer,
  Dependent,
  Coverage,
  Plan,
  PlanRule,
  ActTariff,
  Provider,
  Claim,
  ClaimBeneficiary,
  ClaimLine,
  DiagnosisRead,
  HealthDocument,
};

export function buildMutualSchema(): GraphQLSchema {
  const typeDefs = parse(readFileSync(SDL_PATH, 'utf8'));
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
}
