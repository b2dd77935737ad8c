import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types generated from the SDL (the contract). `npm run codegen`
 * rewrites them; `npm run codegen:check` fails when they are stale.
 */
const config: CodegenConfig = {
  schema: '../schemas/mutual.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context#MutualContext',
        scalars: { Money: 'bigint | string', Date: 'string', DateTime: 'Date' },
        enumsAsTypes: true,
        avoidOptionals: { field: true },
      },
    },
  },
};

export default config;
