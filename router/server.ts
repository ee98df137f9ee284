// The router's HTTP server: GraphQL over HTTP through the gateway, plus /healthz, /readyz and
// /metrics, all on one node:http server, with the hardening in front of /graphql: CORS, rate
// limit, body limit, CSRF prevention, operation limits and per-caller introspection.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import pino, { type Logger } from 'pino';
import { ServiceCredential, TokenVerifier, type Caller } from '../subgraphs/kit/auth.ts';
import { ErrorCode, maskError } from '../subgraphs/kit/errors.ts';
import { nulGuard } from '../subgraphs/kit/nul-guard.ts';
import { graphqlHandler, sendGraphQLError, sendJson } from '../subgraphs/kit/http.ts';
import { CorsPolicy, DEVELOPMENT_CORS_ORIGINS } from './cors.ts';
import { introspectionGuard } from './introspection.ts';
import { DEFAULT_OPERATION_LIMITS, isTokenLimitMessage, operationGuards, type OperationLimits } from './limits.ts';
import { DEFAULT_RATE_LIMIT, RequestRateLimiter, clientAddress, type RateDecision, type RateLimitOptions } from './rate-limit.ts';
import { ApiKeys } from './api-keys.ts';
import { partnerRequestLog } from './partner-log.ts';
import { CATALOG_PREFIX, FILE_PREFIXES, fileForwarder } from './uploads.ts';
import { createGateway, subgraphsOf, type RouterContext } from './gateway.ts';
import type { SubgraphSource } from './subgraph-source.ts';
import { createMetrics } from './metrics.ts';
import { DOWNLOADS_PREFIX, NODE_AGENT_PREFIX, SNAPSHOTS_PREFIX, nodeAgentForwarder } from './forward.ts';
import { SubscriptionBridge } from './subscriptions.ts';
import { DEFAULT_MANIFESTS, PERSISTED_LISTING_PATH, PersistedOperations, getCachePlugin, partnerDocument, persistedListingHandler, resolvePersisted, type ManifestSource } from './persisted.ts';
import { EXPLORER_PATH, explorerHandler } from './explorer/serve.ts';
import type { GraphQLDataSource } from '@apollo/gateway';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { CloseCode } from 'graphql-ws';
import { print, type ExecutionResult } from 'graphql';

export interface RouterOptions {
  supergraphSdl: string;
  jwtPublicKey: string;
  /** Subgraph URL overrides by name. */
  urls?: Record<string, string>;
  port?: number;
  host?: string;
  /** Production: introspection for platform administrators only, errors masked, no field suggestions. */
  production?: boolean;
  /** Largest request body accepted, in bytes (default 1 MiB; larger: 413). */
  bodyLimitBytes?: number;
  /** Operation limits; each one not given keeps its default (DEFAULT_OPERATION_LIMITS). */
  operationLimits?: Partial<OperationLimits>;
  /** Requests per window per client (default DEFAULT_RATE_LIMIT); false turns rate limiting off. */
  rateLimit?: RateLimitOptions | false;
  /** Browser origins allowed by CORS (default: none in production, localhost origins in development). */
  corsOrigins?: readonly string[];
  /** Shared secret of FlatRender services: the router signs every subgraph call with it. */
  serviceSecret?: string;
  /** Seconds a verified partner API key is trusted before identity is asked again (default 30). */
  apiKeyCacheSeconds?: number;
  /** Persisted-operation manifests (default: the committed ones of studio, partner and admin); reloaded when they change. */
  persistedManifests?: readonly ManifestSource[];
  /** max-age of cacheable GET responses (public catalog queries), in seconds; 0: none is cacheable (default 60). */
  getCacheMaxAgeSeconds?: number;
  log?: Logger;
}

export interface RunningRouter {
  url: string;
  port: number;
  /** The persisted operations this router serves. */
  persisted: PersistedOperations;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/** What a client over the rate limit is told. */
const tooManyRequests = (retryAfterSeconds: number) => `Too many requests: try again in ${retryAfterSeconds} s.`;

export async function startRouter(options: RouterOptions): Promise<RunningRouter> {
  const log = options.log ?? pino({ level: 'silent' });
  const production = options.production ?? false;
  const metrics = createMetrics();
  const verifier = await TokenVerifier.fromPem(options.jwtPublicKey);
  const dataSources = new Map<string, GraphQLDataSource>();
  const credential = options.serviceSecret ? new ServiceCredential(options.serviceSecret, 'router') : undefined;
  const gateway = createGateway({ supergraphSdl: options.supergraphSdl, urls: options.urls, log, metrics, dataSources, credential });
  const subgraphs = subgraphsOf(options.supergraphSdl, options.urls);
  const bridge = new SubscriptionBridge(options.supergraphSdl, dataSources, Object.fromEntries(subgraphs.map((s) => [s.name, s.url])), log, credential);
  const renderUrl = subgraphs.find((s) => s.name === 'render')?.url;
  const bodyLimitBytes = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const forwardNodeAgent = renderUrl ? nodeAgentForwarder(renderUrl, bodyLimitBytes) : undefined;
  const fileUrl = subgraphs.find((s) => s.name === 'file')?.url;
  // Upload parts (up to 64 MiB) and signed downloads stream through to the file subgraph.
  const forwardFiles = fileUrl ? fileForwarder(fileUrl) : undefined;
  // Signed catalog downloads (AE files, project assets: render nodes' links) stream from content.
  const contentUrl = subgraphs.find((s) => s.name === 'content')?.url;
  const forwardCatalog = contentUrl ? fileForwarder(contentUrl, 60 * 60_000, 'content') : undefined;
  const guards = operationGuards({ ...DEFAULT_OPERATION_LIMITS, ...options.operationLimits }, production);
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const limiter = rateLimit ? new RequestRateLimiter(rateLimit) : undefined;
  const trustProxyHops = (rateLimit ? rateLimit.trustProxyHops : 0) ?? 0;
  const identityUrl = subgraphs.find((s) => s.name === 'identity')?.url;
  const apiKeys = credential && identityUrl ? new ApiKeys({ identityUrl, credential, verifier, cacheSeconds: options.apiKeyCacheSeconds }) : undefined;
  const verifiedRate = async (hash: string) => (await apiKeys?.known(hash))?.ratePerMinute;
  // Partner requests are logged in identity (tenant_api_request_logs), in batches, off the request path.
  const requestLog = credential && identityUrl ? partnerRequestLog(identityUrl, credential, log) : undefined;
  const admit = (req: http.IncomingMessage): Promise<RateDecision> => limiter?.takeFor(req, verifiedRate) ?? Promise.resolve({ allowed: true });
  const cors = new CorsPolicy(options.corsOrigins ?? (production ? [] : DEVELOPMENT_CORS_ORIGINS));
  const persisted = await PersistedOperations.load(options.persistedManifests ?? DEFAULT_MANIFESTS, { log });
  const listPersisted = persistedListingHandler(persisted, verifier);
  const serveExplorer = explorerHandler(log);

  const apollo = new ApolloServer<RouterContext>({
    gateway,
    // Open here; introspectionGuard closes it per caller in production.
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    // Apollo Server's default, stated because the custom handler relies on it: a GET, or a POST
    // whose content type a form can send, needs a header only a preflighted request can carry.
    csrfPrevention: true,
    parseOptions: guards.parseOptions,
    validationRules: guards.validationRules,
    formatError: (formatted, error) => maskError(markTokenLimit(formatted) as never, error, !production) as typeof formatted,
    plugins: [
      ...guards.plugins,
      introspectionGuard<RouterContext>({ production }),
      nulGuard<RouterContext>(),
      getCachePlugin<RouterContext>(options.getCacheMaxAgeSeconds ?? 60),
      {
        async requestDidStart() {
          const started = performance.now();
          return {
            async willSendResponse({ operationName, operation, errors, contextValue, response }) {
              const outcome = errors?.length ? 'error' : 'ok';
              if (contextValue.apiKey && requestLog) {
                const { apiKey, partnerRequest } = contextValue;
                requestLog.add({
                  tenantId: apiKey.tenantId,
                  apiKeyId: apiKey.apiKeyId,
                  requestedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
                  method: partnerRequest?.method ?? 'POST',
                  path: operationName ?? 'anonymous',
                  statusCode: response.http.status ?? 200,
                  durationMs: Math.round(performance.now() - started),
                  // Only a uuid request id makes a re-sent entry count once.
                  requestId: UUID.test(contextValue.requestId) ? contextValue.requestId : null,
                  ip: partnerRequest?.ip ?? null,
                  userAgent: partnerRequest?.userAgent ?? null,
                });
              }
              metrics.operations.inc({ operation: operationName ?? 'anonymous', type: operation?.operation ?? 'unknown', outcome });
              log.info({
                requestId: contextValue.requestId,
                operation: operationName ?? undefined,
                type: operation?.operation,
                ms: Math.round((performance.now() - started) * 10) / 10,
                errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
              }, 'graphql request');
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const handle = graphqlHandler<RouterContext>({
    server: apollo,
    bodyLimitBytes,
    // Persisted ids become their documents here, and X-Api-Key requests are held to the partner manifest.
    prepare: (request) => resolvePersisted(persisted, request),
    context: async (req) => {
      const incoming = req.headers['x-request-id'];
      const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      const key = req.headers['x-api-key'];
      if (key !== undefined) return partnerContext(req, requestId, key);
      const authorization = req.headers.authorization;
      let caller: Caller;
      try {
        caller = await verifier.callerFrom(authorization);
      } catch (error) {
        const code = (error as GraphQLError).extensions?.code ?? ErrorCode.UNAUTHENTICATED;
        throw new GraphQLError((error as Error).message, { extensions: { code, http: { status: 401 } } });
      }
      return { requestId, authorization, caller };
    },
  });

  /** A partner's request: its key, verified by identity, stands in for a token. */
  async function partnerContext(req: http.IncomingMessage, requestId: string, key: string | string[]): Promise<RouterContext> {
    if (typeof key !== 'string' || !key || req.headers.authorization) {
      throw new GraphQLError('Send one X-Api-Key header, or an Authorization header, not both.', { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } });
    }
    if (!apiKeys) throw new GraphQLError('This router does not accept API keys.', { extensions: { code: ErrorCode.API_KEY_INVALID, http: { status: 401 } } });
    const ip = clientAddress(req, trustProxyHops);
    const verified = await apiKeys.verify(key, ip);
    const userAgent = typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : undefined;
    return { requestId, authorization: verified.authorization, caller: verified.caller, apiKey: verified, partnerRequest: { method: req.method ?? 'POST', ip, userAgent } };
  }

  /** /graphql over HTTP: CORS first (so browsers can read even a refusal), then the rate limit. */
  const serveGraphQL = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    if (cors.apply(req, res)) return;
    const decision = await admit(req);
    if (!decision.allowed) {
      return sendGraphQLError(res, 429, ErrorCode.RATE_LIMITED, tooManyRequests(decision.retryAfterSeconds), { 'retry-after': String(decision.retryAfterSeconds) });
    }
    return handle(req, res);
  };

  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const stop = metrics.httpDuration.startTimer({ route: routeLabel(path) });
    res.once('finish', () => stop({ status: String(res.statusCode) }));
    switch (path) {
      case '/graphql':
        serveGraphQL(req, res).catch((error) => {
          log.error({ err: error }, 'request failed');
          if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
          else res.end();
        });
        return;
      case PERSISTED_LISTING_PATH:
        admit(req)
          .then((decision) => (decision.allowed ? listPersisted(req, res) : sendGraphQLError(res, 429, ErrorCode.RATE_LIMITED, tooManyRequests(decision.retryAfterSeconds), { 'retry-after': String(decision.retryAfterSeconds) })))
          .catch((error) => {
            log.error({ err: error }, 'persisted listing failed');
            if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
          });
        return;
      case '/healthz':
        return sendJson(res, 200, { status: 'ok' });
      case '/readyz':
        readiness(subgraphs).then((report) => sendJson(res, report.ready ? 200 : 503, report));
        return;
      case '/metrics':
        metrics.registry.metrics().then((text) => {
          res.writeHead(200, { 'content-type': metrics.registry.contentType });
          res.end(text);
        });
        return;
      default:
        if (forwardFiles && FILE_PREFIXES.some((prefix) => path.startsWith(prefix))) {
          if (cors.apply(req, res)) return;
          forwardFiles(req, res).catch((error) => {
            log.error({ err: error }, 'forwarding failed');
            if (!res.headersSent) sendJson(res, 502, { error: 'BAD_GATEWAY' });
          });
          return;
        }
        if (forwardCatalog && path.startsWith(CATALOG_PREFIX)) {
          if (cors.apply(req, res)) return;
          forwardCatalog(req, res).catch((error) => {
            log.error({ err: error }, 'forwarding failed');
            if (!res.headersSent) sendJson(res, 502, { error: 'BAD_GATEWAY' });
          });
          return;
        }
        if (forwardNodeAgent && [NODE_AGENT_PREFIX, DOWNLOADS_PREFIX, SNAPSHOTS_PREFIX].some((prefix) => path.startsWith(prefix))) {
          forwardNodeAgent(req, res).catch((error) => {
            log.error({ err: error }, 'forwarding failed');
            if (!res.headersSent) sendJson(res, 502, { error: 'BAD_GATEWAY' });
          });
          return;
        }
        if (path === EXPLORER_PATH || path.startsWith(`${EXPLORER_PATH}/`)) {
          serveExplorer(req, res, path).catch((error) => {
            log.error({ err: error }, 'explorer failed');
            if (!res.headersSent) sendJson(res, 500, { error: 'INTERNAL_SERVER_ERROR' });
          });
          return;
        }
        return sendJson(res, 404, { error: 'not found' });
    }
  });
  server.keepAliveTimeout = 65_000;

  // GraphQL over WebSocket (graphql-transport-ws) on the same path. The token travels in
  // connection_init; subscriptions go through the bridge, queries and mutations through the gateway.
  // The handshake answers to the same CORS origins and rate limit as HTTP: a browser page from
  // another origin gets 403, a client over its limit 429 with Retry-After.
  const wsServer = new WebSocketServer({
    server,
    path: '/graphql',
    // Off (ws's default), and it must stay off: subscription events are written to the socket as
    // ready frames (router/subscriptions.ts), which compressed messages ws queues could overtake.
    perMessageDeflate: false,
    verifyClient: ({ req, origin }, accept) => {
      if (origin && !cors.allows(origin)) return accept(false, 403, 'Forbidden');
      admit(req).then(
        (decision) => (decision.allowed ? accept(true) : accept(false, 429, 'Too Many Requests', { 'retry-after': String(decision.retryAfterSeconds) })),
        (error) => {
          log.error({ err: error }, 'rate limit failed');
          accept(false, 500);
        },
      );
    },
  });
  useServer<{ authorization?: string }, { authorization?: string; caller?: Caller; expiry?: NodeJS.Timeout }>(
    {
      schema: bridge.schema,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        let caller;
        try {
          caller = await verifier.callerFrom(authorization);
        } catch {
          return false; // closes with 4403 Forbidden
        }
        ctx.extra.authorization = authorization;
        ctx.extra.caller = caller;
        if (caller.kind === 'user' && caller.expiresAt) {
          // When the token expires, so does the connection: the client reconnects with a fresh one.
          ctx.extra.expiry = setTimeout(() => ctx.extra.socket.close(CloseCode.Unauthorized, 'Unauthorized: the access token expired'), Math.max(0, caller.expiresAt * 1000 - Date.now()));
          ctx.extra.expiry.unref();
        }
        return true;
      },
      onClose: (ctx) => clearTimeout(ctx.extra.expiry),
      // Every operation on the socket costs a point and passes the same operation limits as over
      // HTTP (queries and mutations meet them again in Apollo; subscriptions only here).
      onSubscribe: async (ctx, _id, payload) => {
        const decision = await admit(ctx.extra.request);
        if (!decision.allowed) {
          return [new GraphQLError(tooManyRequests(decision.retryAfterSeconds), { extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: decision.retryAfterSeconds } })];
        }
        // A socket opened with an X-Api-Key runs only the partner manifest's documents.
        const refused = ctx.extra.request.headers['x-api-key'] ? partnerDocument(persisted, payload.query) : undefined;
        if (refused) return [new GraphQLError(refused.message, { extensions: { code: refused.code } })];
        const checked = guards.check(bridge.schema, payload.query);
        if ('errors' in checked) return checked.errors;
        return { schema: bridge.schema, document: checked.document, operationName: payload.operationName, variableValues: payload.variables ?? undefined };
      },
      context: (ctx, id): RouterContext => ({ requestId: randomUUID(), authorization: ctx.extra.authorization, caller: ctx.extra.caller, socketSink: { socket: ctx.extra.socket, raw: ctx.extra.request.socket, id } }),
      execute: async (args) => {
        const response = await apollo.executeOperation(
          { query: print(args.document), variables: args.variableValues as Record<string, unknown>, operationName: args.operationName ?? undefined },
          { contextValue: args.contextValue as RouterContext },
        );
        if (response.body.kind !== 'single') return { errors: [] };
        const { errors, ...result } = response.body.singleResult;
        // Apollo hands back errors already formatted (plain objects); graphql-ws sends each error's toJSON().
        return { ...result, ...(errors ? { errors: errors.map((formatted) => ({ ...formatted, toJSON: () => formatted })) } : {}) } as ExecutionResult;
      },
      subscribe: (args) =>
        bridge.subscribe(
          { document: args.document, operationName: args.operationName, variables: args.variableValues as Record<string, unknown>, context: args.contextValue as RouterContext },
          print(args.document),
        ),
    },
    wsServer,
  );

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  log.info({ port }, 'router listening');
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    persisted,
    async stop() {
      for (const socket of wsServer.clients) socket.terminate();
      wsServer.close();
      await bridge.close();
      persisted.close();
      await requestLog?.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      for (const source of dataSources.values()) (source as Partial<SubgraphSource>).close?.();
    },
  };
}

/** Known paths label the request duration as they are; the rest by prefix, so ids never become labels. */
const LABELLED_PATHS = new Set(['/graphql', '/healthz', '/readyz', '/metrics', PERSISTED_LISTING_PATH]);
const LABELLED_PREFIXES = [NODE_AGENT_PREFIX, DOWNLOADS_PREFIX, SNAPSHOTS_PREFIX, CATALOG_PREFIX, ...FILE_PREFIXES, `${EXPLORER_PATH}`];
function routeLabel(path: string): string {
  if (LABELLED_PATHS.has(path)) return path;
  return LABELLED_PREFIXES.find((prefix) => path.startsWith(prefix)) ?? 'other';
}

/** Marks a parse failure caused by the token limit the way the other limits are marked. */
function markTokenLimit(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.code !== ErrorCode.GRAPHQL_PARSE_FAILED || !isTokenLimitMessage(formatted.message)) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, limit: 'MAX_TOKENS' } };
}

/** Ready when every subgraph's /healthz answers 200 (which also means its database answers). */
async function readiness(subgraphs: { name: string; url: string }[]) {
  const checks = await Promise.all(
    subgraphs.map(async ({ name, url }) => {
      try {
        const response = await fetch(new URL('/healthz', url), { signal: AbortSignal.timeout(2000) });
        return { name, ok: response.ok };
      } catch {
        return { name, ok: false };
      }
    }),
  );
  return { ready: checks.every((c) => c.ok), subgraphs: Object.fromEntries(checks.map((c) => [c.name, c.ok ? 'ok' : 'unavailable'])) };
}
