// The render orchestrator's OpenAPI document (contracts/render-svc.openapi.yaml, seed 003) as a
// router and validator: requests to the node-agent endpoints are matched and validated against
// the document itself, and tests validate responses with it too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OpenAPIBackend, type Operation, type Request as OpenApiRequest } from 'openapi-backend';
import YAML from 'yaml';
import addFormats from 'ajv-formats';

const CONTRACTS = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..', 'contracts');
export const CONTRACT_PATH = path.join(CONTRACTS, 'render-svc.openapi.yaml');
/** Node-facing endpoints the seeds name but seed 003's document lacks (seed 002's snapshot jobs). */
export const EXTENSIONS_PATH = path.join(CONTRACTS, 'render-svc.extensions.openapi.yaml');

/** The seed's servers entry is `/v1`: every contract path is served under it. */
export const API_ROOT = '/v1';

/** Stable names for the contract's operations, which carry no operationId of their own. */
export const operationName = (method: string, route: string) => `${method.toLowerCase()} ${route}`;

const apis = new Map<string, Promise<OpenAPIBackend>>();

/** A contract document, loaded once; operationIds are derived in memory, the file stays as it is. */
export function contract(file = CONTRACT_PATH): Promise<OpenAPIBackend> {
  let api = apis.get(file);
  if (api) return api;
  api = (async () => {
    const definition = YAML.parse(readFileSync(file, 'utf8'));
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
    // Quick mode compiles a validator on an operation's first request, holding up every other
    // request meanwhile (right after a start, a thousand nodes' first heartbeats); the node-agent
    // endpoints' are compiled here instead, once.
    backend.validator.preCompileRequestValidators();
    return backend;
  })();
  apis.set(file, api);
  return api;
}

export interface MatchedRequest {
  operation: Operation;
  params: Record<string, string>;
  /** The document the operation is in. */
  document: string;
}

/** Matches by method and path, kept: openapi-backend tries every operation's pattern per call. */
const matches = new Map<string, MatchedRequest>();
/** Every node's heartbeat path fits; past it the cache starts again. */
const MAX_MATCHES = 50_000;

/** Loads both documents and compiles their request validators (the render subgraph's start). */
export async function prepareContracts(): Promise<void> {
  await Promise.all([contract(CONTRACT_PATH), contract(EXTENSIONS_PATH)]);
}

/** The operation of either document a request is for. */
export async function match(method: string, pathname: string): Promise<MatchedRequest | undefined> {
  const key = `${method} ${pathname}`;
  const kept = matches.get(key);
  if (kept) return kept;
  const found = await matchUncached(method, pathname);
  if (!found) return undefined;
  if (matches.size >= MAX_MATCHES) matches.clear();
  matches.set(key, found);
  return found;
}

async function matchUncached(method: string, pathname: string): Promise<MatchedRequest | undefined> {
  for (const document of [CONTRACT_PATH, EXTENSIONS_PATH]) {
    const backend = await contract(document);
    const request = { method, path: pathname, headers: {} } as OpenApiRequest;
    const operation = backend.matchOperation(request);
    if (!operation) continue;
    const params = backend.router.parseRequest(request, operation).params as Record<string, string>;
    return { operation, params, document };
  }
  return undefined;
}

/** Problems with a request body and path parameters against its contract (empty when valid). */
export async function requestProblems(method: string, pathname: string, body: unknown, matched: MatchedRequest): Promise<string[]> {
  const backend = await contract(matched.document);
  const operation = matched.operation;
  const result = backend.validateRequest({ method, path: pathname, headers: { 'content-type': 'application/json' }, body } as OpenApiRequest, operation);
  return (result.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message}`);
}

/** Problems with a response against the contract (for tests: empty when the response conforms). */
export async function responseProblems(operationId: string, status: number, body: unknown, document = CONTRACT_PATH): Promise<string[]> {
  const backend = await contract(document);
  const result = backend.validateResponse(body, operationId, status);
  return (result.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message}`);
}
