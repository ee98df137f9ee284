// GraphQL Code Generator: typed documents (TypedDocumentNode) for each client's operations,
// against the API schema that `npm run compose` writes. `npm run codegen` writes them;
// `npm run codegen:check` fails when they are stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const CLIENTS = ['studio', 'partner', 'admin'] as const;

const config: CodegenConfig = {
  schema: 'clients/schema.graphql',
  ignoreNoDocuments: false,
  generates: Object.fromEntries(
    CLIENTS.map((client) => [
      `clients/${client}/generated/`,
      {
        documents: [`clients/${client}/operations/*.graphql`],
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          useTypeImports: true,
          importExtension: '.ts',
          enumsAsTypes: true,
          scalars: { DateTime: 'string', JSON: 'unknown', BigInt: 'number' },
        },
      },
    ]),
  ),
};

export default config;
