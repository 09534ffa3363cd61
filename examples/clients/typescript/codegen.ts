import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * A client of saidgraph typed from the published contract (schema.graphql): the operations in
 * client.ts become typed documents in ./gql (committed). Run from the repository's root:
 * `npm run clients:codegen`.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['examples/clients/typescript/client.ts'],
  ignoreNoDocuments: false,
  generates: {
    'examples/clients/typescript/gql/': {
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, emitLegacyCommonJSImports: false, scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' } },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
