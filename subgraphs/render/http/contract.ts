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

/** An operation's path as a pattern, made once per document. */
interface Route {
  method: string;
  pattern: RegExp;
  params: string[];
  operation: Operation;
  document: string;
}

let routes: Promise<Route[]> | undefined;

/** Every operation of both documents, its path template (`/nodes/{node_id}/heartbeat`) as a pattern. */
function contractRoutes(): Promise<Route[]> {
  routes ??= (async () => {
    const all: Route[] = [];
    for (const document of [CONTRACT_PATH, EXTENSIONS_PATH]) {
      for (const operation of (await contract(document)).getOperations()) {
        const params: string[] = [];
        const source = operation.path.split(/(\{[^}]+\})/).map((part) => {
          if (!part.startsWith('{')) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          params.push(part.slice(1, -1));
          return '([^/]+)';
        }).join('');
        all.push({ method: operation.method.toUpperCase(), pattern: new RegExp(`^${API_ROOT}${source}$`), params, operation, document });
      }
    }
    // A literal segment wins over a parameter (`/nodes/register` before `/nodes/{node_id}`).
    return all.sort((a, b) => a.params.length - b.params.length);
  })();
  return routes;
}

/**
 * The operation of either document a request is for. openapi-backend's own matcher builds every
 * operation's pattern again per call (about a millisecond: a thousand nodes' first heartbeats
 * after a start held the subgraph up for a second), so the patterns are made once here.
 */
export async function match(method: string, pathname: string): Promise<MatchedRequest | undefined> {
  for (const route of await contractRoutes()) {
    if (route.method !== method) continue;
    const found = route.pattern.exec(pathname);
    if (!found) continue;
    const params = Object.fromEntries(route.params.map((name, index) => [name, found[index + 1]]));
    return { operation: route.operation, params, document: route.document };
  }
  return undefined;
}

/** Loads both documents, compiles their request validators and makes their routes (the render subgraph's start). */
export async function prepareContracts(): Promise<void> {
  await contractRoutes();
}

/**
 * Problems with a request body and path parameters against its contract (empty when valid). The
 * operation's compiled validators run on what openapi-backend's validateRequest would build from
 * the request (the node-agent calls have no query, cookies or header parameters), without its
 * per-call parsing of the request again: a third of a heartbeat's own time in render.
 */
export async function requestProblems(_method: string, _pathname: string, body: unknown, matched: MatchedRequest): Promise<string[]> {
  const backend = await contract(matched.document);
  const parameters = { path: { ...matched.params }, query: {}, header: { 'content-type': 'application/json' }, cookie: {}, requestBody: body };
  const problems: string[] = [];
  for (const validate of backend.validator.getRequestValidatorsForOperation(matched.operation.operationId!) ?? []) {
    validate(parameters);
    for (const e of validate.errors ?? []) problems.push(`${e.instancePath || '(body)'} ${e.message}`);
  }
  return problems;
}

/** Problems with a response against the contract (for tests: empty when the response conforms). */
export async function responseProblems(operationId: string, status: number, body: unknown, document = CONTRACT_PATH): Promise<string[]> {
  const backend = await contract(document);
  const result = backend.validateResponse(body, operationId, status);
  return (result.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message}`);
}
