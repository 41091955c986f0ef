import type { CodegenConfig } from '@graphql-codegen/cli';

// `npm run codegen` writes src/gql/; `npm run check` regenerates into a temp dir
// (CODEGEN_OUT) and fails when the committed files differ.
//
// The GraphQL documents live in files named `operations.ts`: one per feature
// (src/features/<feature>/operations.ts) and src/api/operations.ts for those several features use.
const out = process.env.CODEGEN_OUT ?? './src/gql/';

const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/operations.ts', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: { DateTime: 'string', NaiveDate: 'string' },
      },
    },
  },
};

export default config;
