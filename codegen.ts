// GraphQL Code Generator: typed documents (TypedDocumentNode) for each client's operations,
// against the API schema that `npm run compose` writes, and each client's persisted-operation
// manifest (`generated/persisted-documents.json`: sha256 of the document → document), which the
// router loads. `npm run codegen` writes them (and the Apollo-format manifests, see
// scripts/persisted-manifests.ts); `npm run codegen:check` fails when any is stale.
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
        presetConfig: {
          fragmentMasking: false,
          // The partner's documents carry only their hash: partner keys may send nothing else.
          persistedDocuments: { hashAlgorithm: 'sha256', mode: client === 'partner' ? 'replaceDocumentWithHash' : 'embedHashInDocument' },
        },
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
