// Serves one subgraph over HTTP: Apollo Server behind graphql-shield, a context per request with
// the verified caller, /healthz that checks the owner's database, and a clean shutdown.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import pino, { type Logger } from 'pino';
import { SERVICE_HEADER, TokenSigner, TokenVerifier } from './auth.ts';
import type { BaseContext } from './context.ts';
import { ErrorCode, maskError } from './errors.ts';
import { graphqlHandler, sendJson } from './http.ts';
import { createDb, type Db } from './prisma.ts';
import { protect } from './shield.ts';
import { nulGuard } from './nul-guard.ts';
import { Peers } from './peers.ts';
import { attachEventBus, createEventBus, type EventBusKind } from './events.ts';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { readEnv, type SubgraphEnv } from './config.ts';
import { startJobWorkers, type JobHandlers, type JobWorkers } from './jobs.ts';

export interface SubgraphDefinition<Ctx extends BaseContext = BaseContext> {
  /** Owner name as in supergraph.yaml. */
  name: string;
  /** The subgraph schema as built (printed to schema.graphql), before its rules wrap it. */
  schema: GraphQLSchema;
  /** graphql-shield rules; every field without one is denied. */
  rules: Record<string, unknown>;
  /** Adds this subgraph's own parts (DataLoaders ...) to the shared per-request context. */
  context(base: BaseContext): Ctx;
  /** Scheduled work this owner does, by queue name (queues and schedules: prisma/jobs.ts). */
  jobs?: JobHandlers;
  /** Endpoints besides /graphql (render's node-agent REST contract); true when it answered. */
  routes?: SubgraphRoutes;
  /**
   * Work done once before the subgraph takes requests, so the first calls after a start do not
   * pay for it (render compiles its contract's validators).
   */
  prepare?: () => Promise<void>;
}

export interface RouteDeps {
  db: Db;
  log: Logger;
  serviceSecret?: string;
  /**
   * A client with connections of its own, opened on first use and closed with the subgraph, for
   * a path that must not wait behind the rest (render's heartbeats behind bursts of frame
   * reports). It has no event bus: publish with `db`.
   */
  dedicatedDb(purpose: string, poolSize: number, settings?: Record<string, string>): Db;
}

export type SubgraphRoutes = (req: http.IncomingMessage, res: http.ServerResponse, deps: RouteDeps) => Promise<boolean>;

export interface StartOptions {
  databaseUrl: string;
  jwtPublicKey: string;
  /** Only identity signs tokens. */
  jwtPrivateKey?: string;
  /** Shared secret of service-to-service calls (HS256 service tokens). */
  serviceSecret?: string;
  port?: number;
  poolSize?: number;
  production?: boolean;
  log?: Logger;
  /** Counts SQL statements (tests). */
  onQuery?: (sql: string) => void;
  /** Work the owner's scheduled queues (default true; tests that do not need them turn it off). */
  jobs?: boolean;
  /**
   * Refuse GraphQL requests that did not come through the router (or another service) with the
   * service credential (default true whenever a service secret is set).
   */
  requireGateway?: boolean;
  /** The live event bus behind subscriptions (EVENT_BUS; default postgres). */
  eventBus?: EventBusKind;
  /** The NATS server when eventBus is nats (NATS_URL; default nats://127.0.0.1:4222). */
  natsUrl?: string;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  db: Db;
  stop(): Promise<void>;
}

const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export async function startSubgraph<Ctx extends BaseContext>(definition: SubgraphDefinition<Ctx>, options: StartOptions): Promise<RunningSubgraph> {
  const log = options.log ?? pino({ level: 'silent' });
  const production = options.production ?? false;
  // The bus first: an unreachable NATS stops the start before anything else is opened.
  const events = await createEventBus({ kind: options.eventBus, databaseUrl: options.databaseUrl, natsUrl: options.natsUrl, name: definition.name, log });
  const db = createDb({ connectionString: options.databaseUrl, poolSize: options.poolSize, onQuery: options.onQuery });
  // Transactions opened with withTransaction(db, ...) publish on this bus (events go out on commit).
  attachEventBus(db, events);
  const dedicated = new Map<string, Db>();
  const dedicatedDb = (purpose: string, poolSize: number, settings?: Record<string, string>): Db => {
    let client = dedicated.get(purpose);
    if (!client) dedicated.set(purpose, (client = createDb({ connectionString: options.databaseUrl, poolSize, onQuery: options.onQuery, settings })));
    return client;
  };
  const verifier = await TokenVerifier.fromPem(options.jwtPublicKey, options.serviceSecret);
  const signer = options.jwtPrivateKey ? await TokenSigner.fromPem(options.jwtPrivateKey) : undefined;
  const schema = protect(definition.schema, definition.rules);
  const apollo = new ApolloServer<Ctx>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    // No Apollo Studio here: federated traces would only cost time.
    plugins: [ApolloServerPluginInlineTraceDisabled(), nulGuard<Ctx>()],
    formatError: (formatted, error) => {
      const masked = maskError(formatted as never, error, false);
      if (masked.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) log.error({ err: error }, 'unexpected error');
      return masked as typeof formatted;
    },
  });
  await apollo.start();
  let workers: JobWorkers | undefined;
  if (definition.jobs && options.jobs !== false) {
    const peers = new Peers({ self: definition.name, requestId: `jobs:${definition.name}`, serviceSecret: options.serviceSecret });
    workers = await startJobWorkers(options.databaseUrl, definition.jobs, { db, log: log.child({ jobs: definition.name }), peers });
  }

  const requireGateway = (options.requireGateway ?? true) && Boolean(options.serviceSecret);
  /** Whether a request carries the router's (or a peer's) service token in the service header. */
  const viaGateway = (header: unknown): Promise<boolean> =>
    requireGateway ? verifier.isServiceToken(typeof header === 'string' ? header : undefined) : Promise.resolve(true);

  /** The per-request context, from an HTTP request's or a WebSocket's Authorization. */
  const contextFor = async (authorization: string | undefined, incomingRequestId: unknown, throughGateway: boolean): Promise<Ctx> => {
    const requestId = typeof incomingRequestId === 'string' && incomingRequestId ? incomingRequestId : randomUUID();
    let caller;
    try {
      caller = await verifier.callerFrom(authorization);
    } catch (error) {
      const code = (error as GraphQLError).extensions?.code ?? ErrorCode.UNAUTHENTICATED;
      throw new GraphQLError((error as Error).message, { extensions: { code, http: { status: 401 } } });
    }
    // Only the router applies the operation limits, rate limits and persisted-operation rules:
    // a request that went around it is refused, unless another service signed it.
    if (!throughGateway && caller.kind !== 'service') {
      throw new GraphQLError('This subgraph answers only the router and FlatRender services.', { extensions: { code: ErrorCode.GATEWAY_REQUIRED, http: { status: 403 } } });
    }
    const peers = new Peers({ self: definition.name, requestId, authorization, serviceSecret: options.serviceSecret });
    return definition.context({ caller, db, requestId, authorization, log: log.child({ requestId }), signer, peers, events, serviceSecret: options.serviceSecret });
  };

  const handle = graphqlHandler<Ctx>({
    server: apollo,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    context: async (req) => contextFor(req.headers.authorization, req.headers['x-request-id'], await viaGateway(req.headers[SERVICE_HEADER])),
  });

  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      db.$queryRaw`SELECT 1`.then(
        () => sendJson(res, 200, { status: 'ok', subgraph: definition.name }),
        () => sendJson(res, 503, { status: 'database unavailable', subgraph: definition.name }),
      );
      return;
    }
    const answer = path === '/graphql' ? handle(req, res) : routeOrNotFound(req, res);
    answer.catch((error) => {
      log.error({ err: error }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
      else res.end();
    });
  });
  async function routeOrNotFound(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (definition.routes && (await definition.routes(req, res, { db, log, serviceSecret: options.serviceSecret, dedicatedDb }))) return;
    sendJson(res, 404, { error: 'not found' });
  }
  server.keepAliveTimeout = 65_000;
  // Subgraphs with subscriptions serve graphql-ws on /graphql too; the router is their client.
  let wsServer: WebSocketServer | undefined;
  if (definition.schema.getSubscriptionType()) {
    wsServer = new WebSocketServer({ server, path: '/graphql' });
    useServer<{ authorization?: string; requestId?: string; service?: string }, { throughGateway?: boolean }>(
      {
        schema,
        // The service token is checked once, when the router connects.
        onConnect: async (ctx) => {
          ctx.extra.throughGateway = await viaGateway(ctx.connectionParams?.service);
          return true;
        },
        context: (ctx) => contextFor(ctx.connectionParams?.authorization, ctx.connectionParams?.requestId, ctx.extra.throughGateway ?? false),
        onError: (_ctx, _id, _payload, errors) => log.warn({ errors: errors.map((e) => e.message) }, 'subscription error'),
      },
      wsServer,
    );
  }
  await definition.prepare?.();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    name: definition.name,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    db,
    async stop() {
      for (const socket of wsServer?.clients ?? []) socket.terminate();
      wsServer?.close();
      await events.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await workers?.stop();
      await apollo.stop();
      await Promise.all([db, ...dedicated.values()].map((client) => client.$disconnect()));
    },
  };
}

/** Runs a subgraph as its own process (`npm run start:subgraph -- <name>`), stopping on SIGINT/SIGTERM. */
export async function runSubgraph<Ctx extends BaseContext>(definition: SubgraphDefinition<Ctx>, envSource: NodeJS.ProcessEnv = process.env): Promise<RunningSubgraph> {
  const env: SubgraphEnv = readEnv(definition.name, envSource);
  const log = pino({ level: env.LOG_LEVEL, base: { subgraph: definition.name } });
  const running = await startSubgraph(definition, {
    databaseUrl: env.DATABASE_URL,
    jwtPublicKey: env.JWT_PUBLIC_KEY,
    jwtPrivateKey: env.JWT_PRIVATE_KEY,
    serviceSecret: env.SERVICE_SECRET,
    requireGateway: env.REQUIRE_GATEWAY,
    eventBus: env.EVENT_BUS,
    natsUrl: env.NATS_URL,
    port: env.PORT ?? 0,
    poolSize: env.DATABASE_POOL_SIZE,
    production: env.NODE_ENV === 'production',
    log,
  });
  log.info({ url: running.url }, `${definition.name} subgraph listening`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return; // a wrapper passing the signal on again
    stopping = true;
    log.info({ signal }, 'stopping');
    await running.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return running;
}
