// A typed GraphQL-over-HTTP client for tests: execute() returns data and errors as sent.
import { print, type DocumentNode } from 'graphql';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface ExecuteOptions<V> {
  document: string | DocumentNode;
  variables?: V;
  token?: string;
  headers?: Record<string, string>;
}

export async function execute<T = Record<string, any>, V = Record<string, unknown>>(url: string, options: ExecuteOptions<V>): Promise<GraphQLResponse<T>> {
  const query = typeof options.document === 'string' ? options.document : print(options.document);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/** Fails with the errors' messages and codes when a response has any. */
export function expectNoErrors<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) {
    throw new Error(`Expected no GraphQL errors, got:\n${response.errors.map((e) => `  ${e.extensions?.code}: ${e.message} at ${e.path?.join('.')}`).join('\n')}`);
  }
  return response.data as T;
}

/** The error codes of a response, in order. */
export const errorCodes = (response: GraphQLResponse<unknown>): (string | undefined)[] => (response.errors ?? []).map((e) => e.extensions?.code);
