// Persisted operations at the router: the clients' manifests (loaded at start, reloaded when a
// file changes), trusted documents by id (`documentId`, or `extensions.persistedQuery.sha256Hash`
// naming a manifest entry), the partner rule (a request with an X-Api-Key runs only the partner
// manifest's operations), Cache-Control for persisted GET queries, and the admin listing.
// Automatic persisted queries the manifests do not know are left to Apollo Server's APQ cache.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin, BaseContext, HTTPGraphQLRequest } from '@apollo/server';
import { Kind, getOperationAST, parse, type OperationTypeNode } from 'graphql';
import type { Logger } from 'pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAdmin, type TokenVerifier } from '../subgraphs/kit/auth.ts';
import { ErrorCode } from '../subgraphs/kit/errors.ts';
import { sendGraphQLError, sendJson } from '../subgraphs/kit/http.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** The client whose manifest partner API keys are held to. */
export const PARTNER_CLIENT = 'partner';

/** One manifest file and the client it belongs to. */
export interface ManifestSource {
  client: string;
  path: string;
}

/** The committed manifests: per client, GraphQL Code Generator's and Apollo's format. */
export const DEFAULT_MANIFESTS: readonly ManifestSource[] = ['studio', 'partner', 'admin'].flatMap((client) => [
  { client, path: path.join(ROOT, 'clients', client, 'generated', 'persisted-documents.json') },
  { client, path: path.join(ROOT, 'clients', client, 'persisted-query-manifest.json') },
]);

export interface PersistedOperation {
  /** sha256 of the body, lowercase hex (ids arrive as `sha256:<hex>` or bare hex). */
  id: string;
  client: string;
  name: string | null;
  type: OperationTypeNode;
  body: string;
}

const HEX_ID = /^[0-9a-f]{64}$/;
/** `documentId` as the GraphQL-over-HTTP persisted-documents proposal writes it, or bare hex. */
const DOCUMENT_ID = /^(?:sha256:)?([0-9a-fA-F]{64})$/;

/** Reads one manifest: GraphQL Code Generator's `{ "sha256:<hex>": body }` or Apollo's `{ format, version, operations }`. */
export function parseManifest(client: string, text: string): PersistedOperation[] {
  const json = JSON.parse(text) as unknown;
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error('a manifest is a JSON object');
  const entries: [string, string][] =
    'format' in json
      ? apolloEntries(json as { format: unknown; version: unknown; operations: unknown })
      : Object.entries(json).map(([id, body]) => {
          if (typeof body !== 'string') throw new Error(`entry ${id} is not a document`);
          return [id, body];
        });
  return entries.map(([rawId, body]) => {
    const id = DOCUMENT_ID.exec(rawId)?.[1]?.toLowerCase();
    if (!id) throw new Error(`id ${rawId} is not a sha256`);
    const operation = getOperationAST(parse(body));
    if (!operation) throw new Error(`entry ${rawId} has not exactly one operation`);
    return { id, client, name: operation.name?.value ?? null, type: operation.operation, body };
  });
}

function apolloEntries(json: { format: unknown; version: unknown; operations: unknown }): [string, string][] {
  if (json.format !== 'apollo-persisted-query-manifest' || json.version !== 1 || !Array.isArray(json.operations)) {
    throw new Error('not an apollo-persisted-query-manifest, version 1');
  }
  return json.operations.map((operation: { id?: unknown; body?: unknown }) => {
    if (typeof operation.id !== 'string' || typeof operation.body !== 'string') throw new Error('an operation lacks its id or body');
    return [operation.id, operation.body];
  });
}

/** The operations of every manifest, by id; each file reloads when it changes on disk. */
export class PersistedOperations {
  private readonly byFile = new Map<string, PersistedOperation[]>();
  private index = new Map<string, PersistedOperation[]>();
  private readonly watchers: FSWatcher[] = [];
  private readonly pending = new Map<string, NodeJS.Timeout>();
  /** Resolves each time a file has been reloaded (tests wait on it). */
  private reloadListeners: (() => void)[] = [];

  private constructor(private readonly sources: readonly ManifestSource[], private readonly log?: Logger) {}

  /** Loads every manifest (a missing or broken one fails the start) and watches them when `watch` is on. */
  static async load(sources: readonly ManifestSource[], { log, watch: watchFiles = true }: { log?: Logger; watch?: boolean } = {}): Promise<PersistedOperations> {
    const store = new PersistedOperations(sources, log);
    for (const source of sources) {
      try {
        store.byFile.set(source.path, parseManifest(source.client, await readFile(source.path, 'utf8')));
      } catch (error) {
        throw new Error(`Persisted-operation manifest ${source.path}: ${(error as Error).message}`);
      }
    }
    store.reindex();
    if (watchFiles) store.watch();
    return store;
  }

  /** The operation with this id, in any manifest, or only in `client`'s. */
  get(id: string, client?: string): PersistedOperation | undefined {
    const found = this.index.get(id.toLowerCase());
    return client ? found?.find((operation) => operation.client === client) : found?.[0];
  }

  /** Every manifest with its operations (the admin listing). */
  list(): { client: string; manifest: string; operations: PersistedOperation[] }[] {
    return this.sources.map((source) => ({ client: source.client, manifest: path.relative(ROOT, source.path), operations: this.byFile.get(source.path) ?? [] }));
  }

  /** Resolves after the next reload of any manifest. */
  nextReload(): Promise<void> {
    return new Promise((resolve) => this.reloadListeners.push(resolve));
  }

  close(): void {
    for (const watcher of this.watchers) watcher.close();
    for (const timer of this.pending.values()) clearTimeout(timer);
  }

  private reindex(): void {
    const index = new Map<string, PersistedOperation[]>();
    for (const operations of this.byFile.values()) for (const operation of operations) index.set(operation.id, [...(index.get(operation.id) ?? []), operation]);
    this.index = index;
  }

  /**
   * Watches each manifest's folder rather than the file: editors and codegen replace files
   * (write a new one, rename it over the old), which ends a watch on the file itself.
   */
  private watch(): void {
    const folders = new Map<string, ManifestSource[]>();
    for (const source of this.sources) folders.set(path.dirname(source.path), [...(folders.get(path.dirname(source.path)) ?? []), source]);
    for (const [folder, sources] of folders) {
      const watcher = watch(folder, { persistent: false }, (_event, filename) => {
        for (const source of sources) if (!filename || filename.toString() === path.basename(source.path)) this.scheduleReload(source);
      });
      watcher.on('error', (error) => this.log?.warn({ err: error, folder }, 'manifest watch failed'));
      this.watchers.push(watcher);
    }
  }

  /** A burst of change events (truncate, write, rename) becomes one reload. */
  private scheduleReload(source: ManifestSource): void {
    clearTimeout(this.pending.get(source.path));
    this.pending.set(source.path, setTimeout(() => void this.reload(source), 50));
  }

  private async reload(source: ManifestSource): Promise<void> {
    this.pending.delete(source.path);
    try {
      this.byFile.set(source.path, parseManifest(source.client, await readFile(source.path, 'utf8')));
      this.reindex();
      this.log?.info({ manifest: source.path, operations: this.byFile.get(source.path)!.length }, 'persisted operations reloaded');
    } catch (error) {
      // Half-written or broken: keep serving what was loaded before.
      this.log?.error({ err: error, manifest: source.path }, 'persisted-operation manifest not reloaded');
    }
    const listeners = this.reloadListeners;
    this.reloadListeners = [];
    for (const listener of listeners) listener();
  }
}

/** A refusal before Apollo sees the request. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
}

const refuse = (status: number, code: string, message: string): Refusal => ({ status, code, message });

const PARTNER_ONLY = 'Requests with an X-Api-Key may only run the partner persisted operations: send the operation\'s id (documentId or extensions.persistedQuery.sha256Hash), not its text.';

/** The parts of a GraphQL request that name its document, from a POST body or GET parameters. */
interface Named {
  query?: unknown;
  documentId?: unknown;
  extensions?: Record<string, unknown>;
}

/**
 * Resolves a request's persisted id to its document, before Apollo: returns the request with the
 * document's text in `query` (and the id removed), unchanged when it names no manifest entry
 * (Apollo's APQ handles unknown hashes), or a refusal.
 */
export function resolvePersisted(store: PersistedOperations, request: HTTPGraphQLRequest): HTTPGraphQLRequest | Refusal {
  const partner = Boolean(request.headers.get('x-api-key'));
  const named = namedParts(request);
  if (!named) return partner ? refuse(400, ErrorCode.PERSISTED_QUERY_REQUIRED, PARTNER_ONLY) : request;
  const persistedQuery = named.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;

  let id: string | undefined;
  if (named.documentId !== undefined) {
    const match = typeof named.documentId === 'string' ? DOCUMENT_ID.exec(named.documentId) : null;
    if (!match) return refuse(400, ErrorCode.BAD_REQUEST, 'documentId must be "sha256:" followed by 64 hexadecimal digits.');
    id = match[1].toLowerCase();
  } else if (persistedQuery && typeof persistedQuery === 'object') {
    if (typeof persistedQuery.sha256Hash !== 'string' || !HEX_ID.test(persistedQuery.sha256Hash.toLowerCase())) {
      return refuse(400, ErrorCode.BAD_REQUEST, 'extensions.persistedQuery.sha256Hash must be 64 hexadecimal digits.');
    }
    id = persistedQuery.sha256Hash.toLowerCase();
  }
  const query = typeof named.query === 'string' && named.query !== '' ? named.query : undefined;

  if (partner) {
    if (!id) return refuse(400, ErrorCode.PERSISTED_QUERY_REQUIRED, PARTNER_ONLY);
    const operation = store.get(id, PARTNER_CLIENT);
    if (!operation) return refuse(400, ErrorCode.PERSISTED_QUERY_REQUIRED, 'This id is not one of the partner persisted operations.');
    if (query !== undefined && query !== operation.body) return refuse(400, ErrorCode.PERSISTED_QUERY_REQUIRED, PARTNER_ONLY);
    return withDocument(request, operation.body);
  }
  if (!id) return request;
  // A hash sent with its query registers an automatic persisted query: it must be the query's.
  if (query !== undefined && createHash('sha256').update(query).digest('hex') !== id) {
    return refuse(400, ErrorCode.BAD_REQUEST, 'The persisted id is not the sha256 of the query sent with it.');
  }
  const operation = store.get(id);
  if (operation) return withDocument(request, operation.body);
  if (named.documentId !== undefined) return refuse(400, ErrorCode.PERSISTED_QUERY_NOT_FOUND, 'No persisted operation has this documentId.');
  return request;
}

/** The query, documentId and extensions of a request; undefined when the request is not shaped for that at all (Apollo refuses it). */
function namedParts(request: HTTPGraphQLRequest): Named | undefined {
  if (request.method === 'POST') {
    const body = request.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
    const extensions = body.extensions && typeof body.extensions === 'object' ? (body.extensions as Record<string, unknown>) : undefined;
    return { query: body.query, documentId: body.documentId, extensions };
  }
  if (request.method === 'GET') {
    const params = new URLSearchParams(request.search);
    let extensions: Record<string, unknown> | undefined;
    try {
      const parsed = params.has('extensions') ? JSON.parse(params.get('extensions')!) : undefined;
      extensions = parsed && typeof parsed === 'object' ? parsed : undefined;
    } catch {
      return undefined;
    }
    return { query: params.get('query') ?? undefined, documentId: params.get('documentId') ?? undefined, extensions };
  }
  return undefined;
}

/** The request with the manifest's text as its query, and no id left for Apollo to look up again. */
function withDocument(request: HTTPGraphQLRequest, body: string): HTTPGraphQLRequest {
  if (request.method === 'GET') {
    const params = new URLSearchParams(request.search);
    params.set('query', body);
    params.delete('documentId');
    params.delete('extensions');
    return { ...request, search: `?${params}` };
  }
  const { documentId: _id, extensions = {}, ...rest } = request.body as Record<string, unknown>;
  const { persistedQuery: _hash, ...otherExtensions } = extensions as Record<string, unknown>;
  return { ...request, body: { ...rest, query: body, extensions: otherExtensions } };
}

/** Root fields that read only the public catalog: a persisted GET query of nothing else may be cached. */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set(['templates', 'template', 'categories', 'audioTracks', 'plans', 'notificationTypes', 'notificationChannels', 'webPushPublicKey', '__typename']);

/**
 * The Cache-Control of a GET response: `public, max-age` for an anonymous persisted catalog query
 * without errors, `private, max-age` for the same with credentials (what it shows may depend on
 * the caller's tenant), and no-store for everything else.
 */
export function cacheControlFor({ rootFields, errors, credentials, maxAgeSeconds }: { rootFields: readonly string[]; errors: boolean; credentials: boolean; maxAgeSeconds: number }): string {
  if (errors || maxAgeSeconds === 0 || rootFields.length === 0 || !rootFields.every((field) => CACHEABLE_ROOT_FIELDS.has(field))) return 'no-store';
  return `${credentials ? 'private' : 'public'}, max-age=${maxAgeSeconds}`;
}

/** Sets Cache-Control (and Vary) on every GET response with an operation (see cacheControlFor). */
export function getCachePlugin<Ctx extends BaseContext>(maxAgeSeconds: number): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, operation, response }) {
          if (request.http?.method !== 'GET' || !operation) return;
          const rootFields = operation.selectionSet.selections.map((selection) => (selection.kind === Kind.FIELD ? selection.name.value : '…'));
          const errors = response.body.kind === 'single' ? Boolean(response.body.singleResult.errors?.length) : true;
          const credentials = Boolean(request.http.headers.get('authorization') || request.http.headers.get('x-api-key'));
          const value = cacheControlFor({ rootFields: operation.operation === 'query' ? rootFields : [], errors, credentials, maxAgeSeconds });
          response.http.headers.set('cache-control', value);
          if (value !== 'no-store') response.http.headers.set('vary', 'Authorization, X-Api-Key');
        },
      };
    },
  };
}

export const PERSISTED_LISTING_PATH = '/admin/persisted-operations';

/**
 * GET /admin/persisted-operations: every manifest's operations (id, name, type, body), for
 * platform administrators (`Authorization: Bearer <token>`, verified like any GraphQL request).
 */
export function persistedListingHandler(store: PersistedOperations, verifier: TokenVerifier) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET') return sendGraphQLError(res, 405, ErrorCode.BAD_REQUEST, 'Use GET.', { allow: 'GET' });
    let caller;
    try {
      caller = await verifier.callerFrom(req.headers.authorization);
    } catch (error) {
      return sendGraphQLError(res, 401, String((error as { extensions?: { code?: string } }).extensions?.code ?? ErrorCode.UNAUTHENTICATED), (error as Error).message);
    }
    if (caller.kind === 'anonymous') return sendGraphQLError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in as a platform administrator.');
    if (!isAdmin(caller)) return sendGraphQLError(res, 403, ErrorCode.FORBIDDEN, 'Only platform administrators may list the persisted operations.');
    sendJson(res, 200, {
      manifests: store.list().map(({ client, manifest, operations }) => ({
        client,
        manifest,
        operations: operations.map(({ id, name, type, body }) => ({ id, name, type, body })),
      })),
    }, { 'cache-control': 'no-store' });
  };
}

/** Over WebSocket (graphql-ws carries the text): a socket with an X-Api-Key may send only a partner document, verbatim. */
export function partnerDocument(store: PersistedOperations, query: string): Refusal | undefined {
  const operation = store.get(createHash('sha256').update(query).digest('hex'), PARTNER_CLIENT);
  return operation && operation.body === query ? undefined : refuse(400, ErrorCode.PERSISTED_QUERY_REQUIRED, 'Sockets opened with an X-Api-Key may only run the partner persisted operations, sent verbatim.');
}
