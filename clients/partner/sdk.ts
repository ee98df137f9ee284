// The partner (reseller) SDK: plain fetch, sending only persisted ids (`documentId`, never the
// operation's text) with the tenant's `X-Api-Key`. The generated documents hold nothing but their
// hash, so a partner build cannot send anything the router's partner manifest lacks.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  PartnerCreateProjectDocument,
  PartnerDownloadDocument,
  PartnerRenderStatusDocument,
  PartnerSubmitRenderDocument,
  PartnerTemplatesDocument,
  PartnerUsageDocument,
  type PartnerCreateProjectMutationVariables,
  type PartnerSubmitRenderMutationVariables,
  type PartnerTemplatesQueryVariables,
  type PartnerUsageQueryVariables,
} from './generated/graphql.ts';

export * as operations from './generated/graphql.ts';

export interface PartnerSdkOptions {
  /** The router's GraphQL endpoint, e.g. https://api.example.com/graphql. */
  url: string;
  /** The tenant's API key (`frk_…`). */
  apiKey: string;
  /** Send queries as GET requests (cacheable by HTTP caches; mutations always POST). */
  useGetForQueries?: boolean;
  fetch?: typeof fetch;
}

/** A GraphQL error the router sent, with its stable code and the HTTP status. */
export class PartnerError extends Error {
  constructor(message: string, readonly code: string | undefined, readonly status: number) {
    super(message);
    this.name = 'PartnerError';
  }
}

/** The persisted id a generated partner document carries. */
export function documentIdOf(document: TypedDocumentNode<unknown, never>): string {
  const hash = (document as unknown as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('Not a persisted partner document (run npm run codegen).');
  return hash;
}

export function createPartnerSdk({ url, apiKey, useGetForQueries = false, fetch: fetchImpl = globalThis.fetch }: PartnerSdkOptions) {
  /** Runs one persisted operation by id; `method` GET only for queries. */
  async function execute<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, method: 'GET' | 'POST' = 'POST'): Promise<TData> {
    const documentId = documentIdOf(document as TypedDocumentNode<unknown, never>);
    // Apollo Server's CSRF prevention: a header no HTML form can send (needed on GET).
    const headers: Record<string, string> = { 'x-api-key': apiKey, 'apollo-require-preflight': 'true', accept: 'application/graphql-response+json, application/json' };
    let response: Response;
    if (method === 'GET') {
      const search = new URLSearchParams({ documentId, variables: JSON.stringify(variables ?? {}) });
      response = await fetchImpl(`${url}?${search}`, { headers });
    } else {
      response = await fetchImpl(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ documentId, variables }) });
    }
    const body = (await response.json()) as { data?: TData | null; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) throw new PartnerError(body.errors[0].message, body.errors[0].extensions?.code, response.status);
    return body.data as TData;
  }
  const queryMethod = useGetForQueries ? 'GET' : 'POST';
  return {
    execute,
    templates: (variables: PartnerTemplatesQueryVariables = {}) => execute(PartnerTemplatesDocument, variables, queryMethod).then((data) => data.templates),
    createProject: (input: PartnerCreateProjectMutationVariables['input']) => execute(PartnerCreateProjectDocument, { input }).then((data) => data.createSavedProject),
    submitRender: (input: PartnerSubmitRenderMutationVariables['input']) => execute(PartnerSubmitRenderDocument, { input }).then((data) => data.submitRender),
    renderStatus: (id: string) => execute(PartnerRenderStatusDocument, { id }, queryMethod).then((data) => data.renderJob),
    downloadUrl: (id: string) => execute(PartnerDownloadDocument, { id }, queryMethod).then((data) => data.exportDownloadUrl),
    usage: (variables: PartnerUsageQueryVariables) => execute(PartnerUsageDocument, variables, queryMethod).then((data) => data.tenantUsage),
  };
}

export type PartnerSdk = ReturnType<typeof createPartnerSdk>;
