import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types generated from the SDL (the contract). `npm run codegen`
 * rewrites them; `npm run codegen:check` fails when they are stale.
 */
const config: CodegenConfig = {
  schema: '../schemas/mutual.graphql',
  generates: {
    // The schema's types alone (enums, inputs, objects): what entities and rules import, so they never depend on the resolver types (which depend on them).
    'src/generated/schema-types.ts': {
      plugins: ['typescript'],
      config: {
        scalars: { Money: 'bigint | string', Date: 'string', DateTime: 'Date' },
        enumsAsTypes: true,
        avoidOptionals: { field: true },
      },
    },
    // The resolver types (with the schema's types again, which they name), over the models each type maps to.
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context#MutualContext',
        scalars: { Money: 'bigint | string', Date: 'string', DateTime: 'Date' },
        enumsAsTypes: true,
        avoidOptionals: { field: true },
        // What resolvers hand to each other: entities as read, and small
        // models for the entities whose identity belongs to the foundation.
        mappers: {
          Region: '../regions/region.model#RegionModel',
          RegionHealth: '../regions/region.model#RegionHealthModel',
          Officer: '../beneficiaries/person.model#OfficerModel',
          Dependent: '../beneficiaries/person.model#DependentModel',
          Coverage: '../beneficiaries/coverage.entity#CoverageEntity',
          Plan: '../plans/plan.entity#PlanEntity',
          PlanRule: '../plans/plan-rule.entity#PlanRuleEntity',
          ActTariff: '../plans/act-tariff.entity#ActTariffEntity',
          Provider: '../providers/provider.entity#ProviderEntity',
          Claim: '../claims/claim.entity#ClaimEntity',
          ClaimLine: '../claims/claim-line.entity#ClaimLineEntity',
          DiagnosisRead: '../diagnoses/diagnosis-read.model#DiagnosisReadModel',
          PriorAuthorisation: '../prior-authorisations/prior-authorisation.model#PriorAuthorisationModel',
          MutualAuditRecord: '@dsp/subgraph-kit#AuditRecordRow',
          HealthMonth: '../supervision/supervision.model#HealthMonthModel',
          HealthAttention: '../supervision/supervision.model#HealthAttentionModel',
          SolidarityCandidate: '../supervision/supervision.model#SolidarityCandidateModel',
          HealthDocument: '../documents/health-document.model#HealthDocumentModel',
          UploadTicket: '@dsp/subgraph-kit#UploadTicketResult',
        },
      },
    },
  },
};

export default config;
