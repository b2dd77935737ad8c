import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { DateScalar, DateTimeScalar, MoneyScalar } from '@dsp/common';
import { parse, type GraphQLSchema } from 'graphql';
import { Me, meQueries } from './access/me.resolvers';
import { AuditRecord, auditQueries } from './audit/audit.resolvers';
import {
  Application,
  applicationMutations,
  applicationQueries,
  Disbursement,
  ProgrammeSocial,
  RegionSocial,
} from './applications/applications.resolvers';
import {
  documentApplicationFields,
  documentDependentFields,
  documentMutations,
  documentOfficerFields,
  SocialDocument,
} from './documents/documents.resolvers';
import type { Resolvers } from './generated/graphql';
import { HeadAppointment, headMutations, headQueries } from './heads/heads.resolvers';
import { Dependent, Officer, officerQueries } from './officers/officers.resolvers';
import {
  Campaign,
  CampaignAllocation,
  Programme,
  programmeMutations,
  programmeQueries,
} from './programmes/programmes.resolvers';
import { Region, regionQueries } from './regions/regions.resolvers';
import { OfficerTransfer, registryMutations } from './registry/registry.resolvers';
import {
  SocialAttention,
  supervisionOfficerFields,
  supervisionQueries,
  supervisionRegionFields,
} from './supervision/supervision.resolvers';

/** The SDL is the contract: it is read from schemas/ (the same path from src/ and dist/), never restated here. */
const SDL_PATH = path.resolve(__dirname, '../../schemas/foundation.graphql');

export const resolvers: Resolvers = {
  Money: MoneyScalar,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    ...regionQueries,
    ...officerQueries,
    ...meQueries,
    ...headQueries,
    ...auditQueries,
    ...programmeQueries,
    ...applicationQueries,
    ...supervisionQueries,
  },
  Mutation: {
    ...headMutations,
    ...programmeMutations,
    ...applicationMutations,
    ...registryMutations,
    ...documentMutations,
  },
  AuditRecord,
  Me,
  Region: { ...Region, ...supervisionRegionFields },
  Officer: { ...Officer, ...supervisionOfficerFields, ...documentOfficerFields },
  Dependent: { ...Dependent, ...documentDependentFields },
  HeadAppointment,
  Programme,
  Campaign,
  CampaignAllocation,
  Application: { ...Application, ...documentApplicationFields },
  Disbursement,
  ProgrammeSocial,
  RegionSocial,
  OfficerTransfer,
  SocialAttention,
  SocialDocument,
};

export function buildFoundationSchema(): GraphQLSchema {
  const typeDefs = parse(readFileSync(SDL_PATH, 'utf8'));
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
}
