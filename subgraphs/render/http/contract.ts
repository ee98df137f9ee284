// The render orchestrator's OpenAPI document (contracts/render-svc.openapi.yaml, seed 003) as a
// router and validator: requests to the node-agent endpoints are matched and validated against
// the document itself, and tests validate responses with it too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OpenAPIBackend, type Operation, type Request as OpenApiRequest } from 'openapi-backend';
import YAML from 'yaml';
import addFormats from 'ajv-formats';

export const CONTRACT_PATH = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..', 'contracts', 'render-svc.openapi.yaml');

/** The seed's servers entry is `/v1`: every contract path is served under it. */
export const API_ROOT = '/v1';

/** Stable names for the contract's operations, which carry no operationId of their own. */
export const operationName = (method: string, route: string) => `${method.toLowerCase()} ${route}`;

let api: Promise<OpenAPIBackend> | undefined;

/** The contract, loaded once; operationIds are derived in memory, the file stays as the seed has it. */
export function contract(): Promise<OpenAPIBackend> {
  api ??= (async () => {
    const definition = YAML.parse(readFileSync(CONTRACT_PATH, 'utf8'));
    for (const [route, operations] of Object.entries<Record<string, { operationId?: string }>>(definition.paths)) {
      for (const [method, operation] of Object.entries(operations)) operation.operationId ??= operationName(method, route);
    }
    // quick: the seed's `$ref` with sibling keywords is common practice the strict meta-schema rejects.
    const backend = new OpenAPIBackend({
      definition,
      quick: true,
      validate: true,
      apiRoot: API_ROOT,
      // uuid, date-time and the other formats the contract names are checked, not ignored.
      customizeAjv: (ajv) => {
        addFormats.default(ajv as never);
        return ajv;
      },
    });
    await backend.init();
    return backend;
  })();
  return api;
}

export interface MatchedRequest {
  operation: Operation;
  params: Record<string, string>;
}

export async function match(method: string, pathname: string): Promise<MatchedRequest | undefined> {
  const backend = await contract();
  const request = { method, path: pathname, headers: {} } as OpenApiRequest;
  const operation = backend.matchOperation(request);
  if (!operation) return undefined;
  const params = backend.router.parseRequest(request, operation).params as Record<string, string>;
  return { operation, params };
}

/** Problems with a request body and path parameters against the contract (empty when valid). */
export async function requestProblems(method: string, pathname: string, body: unknown, operation: Operation): Promise<string[]> {
  const backend = await contract();
  const result = backend.validateRequest({ method, path: pathname, headers: { 'content-type': 'application/json' }, body } as OpenApiRequest, operation);
  return (result.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message}`);
}

/** Problems with a response against the contract (for tests: empty when the response conforms). */
export async function responseProblems(operationId: string, status: number, body: unknown): Promise<string[]> {
  const backend = await contract();
  const result = backend.validateResponse(body, operationId, status);
  return (result.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message}`);
}
