// The Apollo Client both browser-facing SDKs (studio, admin) build on: HTTP for queries and
// mutations (optionally with automatic persisted queries), graphql-ws for subscriptions, split by
// operation type, and the access token from a provider on every request and socket.
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, type OperationVariables } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Observable, map } from 'rxjs';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';

export interface ApolloSdkOptions {
  /** The router's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Its WebSocket address (default: `url` with ws: or wss:). */
  wsUrl?: string;
  /** The current access token, if any: asked before every request and each socket connection. */
  token: () => string | undefined | Promise<string | undefined>;
  /** A WebSocket implementation where there is no global one (Node 20: the `ws` package). */
  webSocketImpl?: unknown;
  /** Send operations as automatic persisted queries (hash first, the text only when the router asks). */
  persistedQueries?: boolean;
  /** Send persisted queries (not mutations) over GET, so HTTP caches can keep public answers. */
  useGETForHashedQueries?: boolean;
  /** The fetch to send HTTP requests with (default: the global one). */
  fetch?: typeof fetch;
}

/** sha256 in hex with WebCrypto, which browsers and Node 20+ both have. */
export async function sha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function createApolloSdkClient(options: ApolloSdkOptions): { apollo: ApolloClient; ws: Client } {
  const wsUrl = options.wsUrl ?? options.url.replace(/^http/, 'ws');
  const ws = createClient({
    url: wsUrl,
    lazy: true,
    webSocketImpl: options.webSocketImpl,
    connectionParams: async () => {
      const token = await options.token();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  const auth = new SetContextLink(async (previous) => {
    const token = await options.token();
    return { headers: { ...previous.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  // Apollo Server's CSRF prevention wants a header a form cannot send on GET requests.
  const http = new HttpLink({ uri: options.url, headers: { 'apollo-require-preflight': 'true' }, fetch: options.fetch });
  const overHttp = options.persistedQueries
    ? ApolloLink.from([auth, new PersistedQueryLink({ sha256, useGETForHashedQueries: options.useGETForHashedQueries }), http])
    : ApolloLink.from([auth, http]);
  const link = ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, new GraphQLWsLink(errorsAsErrors(ws)), overHttp);
  return { apollo: new ApolloClient({ link, cache: new InMemoryCache() }), ws };
}

/**
 * GraphQLWsLink tells a socket's error event from GraphQL errors by reading the global
 * `WebSocket.CLOSED`, which Node 20 does not have: a subscription refused with GraphQL errors then
 * fails with "WebSocket is not defined". Handing it the errors already wrapped (an Error, which it
 * passes on as it is) keeps their codes on every runtime.
 */
function errorsAsErrors(ws: Client): Client {
  return {
    ...ws,
    subscribe: (payload, sink) => ws.subscribe(payload, {
      ...sink,
      error: (error) => {
        if (Array.isArray(error)) return sink.error(new CombinedGraphQLErrors({ errors: error }));
        if (error instanceof Error || (typeof error === 'object' && error !== null && 'code' in error && 'reason' in error)) return sink.error(error);
        return sink.error(new Error('The WebSocket connection failed.'));
      },
    }),
  };
}

/** A GraphQL error the router sent, with its stable code (`extensions.code`) and its other extensions (e.g. `field`, `missingParts`). */
export class SdkError extends Error {
  constructor(message: string, readonly code: string | undefined, readonly extensions: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = 'SdkError';
  }
}

/** Apollo Client 4 reports GraphQL errors as CombinedGraphQLErrors (thrown, or in `error`): the first one becomes an SdkError. */
export function sdkError(error: unknown): SdkError {
  const combined = error as { message: string; errors?: readonly { message: string; extensions?: { code?: unknown } }[] };
  const first = combined.errors?.[0];
  return new SdkError(first?.message ?? combined.message, first?.extensions?.code as string | undefined, first?.extensions ?? {});
}

function unwrap<TData>(result: { data?: TData | undefined | null; error?: unknown }): TData {
  if (result.error) throw sdkError(result.error);
  return result.data as TData;
}

/** Typed calls over an Apollo Client: data back, or an SdkError. */
export function typedCalls(apollo: ApolloClient) {
  return {
    async query<TData, TVariables extends OperationVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Promise<TData> {
      try {
        return unwrap(await apollo.query({ query: document, variables, fetchPolicy: 'network-only' } as ApolloClient.QueryOptions<TData, TVariables>));
      } catch (error) {
        throw error instanceof SdkError ? error : sdkError(error);
      }
    },
    async mutate<TData, TVariables extends OperationVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Promise<TData> {
      try {
        return unwrap(await apollo.mutate({ mutation: document, variables } as ApolloClient.MutateOptions<TData, TVariables>));
      } catch (error) {
        throw error instanceof SdkError ? error : sdkError(error);
      }
    },
    /** The events of a subscription; a GraphQL error ends the stream with an SdkError. */
    subscribe<TData, TVariables extends OperationVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Observable<TData> {
      return apollo.subscribe({ query: document, variables } as ApolloClient.SubscribeOptions<TData, TVariables>).pipe(map((result) => unwrap(result)));
    },
  };
}
