import type { CodegenConfig } from '@graphql-codegen/cli';
import { apiSchema } from '@dsp/tools';
import { readFileSync } from 'node:fs';

/**
 * The operations' result and variable types (TypedDocumentNode), generated from
 * the schema the gateway serves: the supergraph without its federation
 * machinery. `npm run codegen` rewrites src/gql/; `npm run codegen:check`
 * (run by `npm run schema:check`) fails when they are stale.
 */
const config: CodegenConfig = {
  // The schema itself, not its printed text: codegen sorts a schema it loads, and
  // the enums' consts must keep the schema's order (ranks by seniority), which
  // the forms offer as they are.
  schema: apiSchema(readFileSync(new URL('../schemas/supergraph.graphql', import.meta.url), 'utf8')),
  documents: ['../schemas/operations/*.graphql'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumType: 'const',
        scalars: { Money: 'string', Date: 'string', DateTime: 'string' },
        useTypeImports: true,
      },
    },
  },
};

export default config;
