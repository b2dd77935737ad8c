import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types generated from the SDL (the contract). `npm run codegen`
 * rewrites them; `npm run codegen:check` fails when they are stale.
 */
const config: CodegenConfig = {
  schema: '../schemas/foundation.graphql',
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
        contextType: '../context#FoundationContext',
        scalars: { Money: 'bigint | string', Date: 'string', DateTime: 'Date' },
        enumsAsTypes: true,
        avoidOptionals: { field: true },
        mappers: {
          Region: '../regions/region.entity#RegionEntity',
          Officer: '../officers/officer.entity#OfficerEntity',
          Training: '../officers/training.entity#TrainingEntity',
          Dependent: '../officers/dependent.entity#DependentEntity',
          HeadAppointment: '../heads/head-appointment.entity#HeadAppointmentEntity',
          Programme: '../programmes/programme.entity#ProgrammeEntity',
          Campaign: '../programmes/campaign.entity#CampaignEntity',
          Application: '../applications/application.entity#ApplicationEntity',
          CampaignAllocation: '../programmes/allocation.model#AllocationModel',
          Disbursement: '../applications/disbursement.entity#DisbursementEntity',
          EligibilityRules: '../programmes/eligibility.rules#CampaignRules',
          RegionSocial: '../applications/social.model#RegionSocialModel',
          ProgrammeSocial: '../applications/social.model#ProgrammeSocialModel',
          Me: '../access/me.model#MeModel',
          AuditRecord: '@dsp/subgraph-kit#AuditRecordRow',
          OfficerTransfer: '../registry/registry.service#TransferResult',
          SocialMonth: '../supervision/supervision.model#SocialMonthModel',
          SocialAttention: '../supervision/supervision.model#SocialAttentionModel',
          StrainedAllocation: '../supervision/supervision.model#StrainedAllocationModel',
          SocialDocument: '../documents/social-document.model#SocialDocumentModel',
          UploadTicket: '@dsp/subgraph-kit#UploadTicketResult',
        },
      },
    },
  },
};

export default config;
