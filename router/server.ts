// The router's HTTP server: GraphQL over HTTP through the gateway, plus /healthz, /readyz and
// /metrics, all on one node:http server.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import pino, { type Logger } from 'pino';
import { TokenVerifier } from '../subgraphs/kit/auth.ts';
import { ErrorCode, maskError } from '../subgraphs/kit/errors.ts';
import { graphqlHandler, sendJson } from '../subgraphs/kit/http.ts';
import { createGateway, subgraphsOf, type RouterContext } from './gateway.ts';
import { createMetrics } from './metrics.ts';
import { DOWNLOADS_PREFIX, NODE_AGENT_PREFIX, SNAPSHOTS_PREFIX, nodeAgentForwarder } from './forward.ts';
import { SubscriptionBridge } from './subscriptions.ts';
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
  production?: boolean;
  bodyLimitBytes?: number;
  log?: Logger;
}

export interface RunningRouter {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

export async function startRouter(options: RouterOptions): Promise<RunningRouter> {
  const log = options.log ?? pino({ level: 'silent' });
  const production = options.production ?? false;
  const metrics = createMetrics();
  const verifier = await TokenVerifier.fromPem(options.jwtPublicKey);
  const dataSources = new Map<string, GraphQLDataSource>();
  const gateway = createGateway({ supergraphSdl: options.supergraphSdl, urls: options.urls, log, metrics, dataSources });
  const subgraphs = subgraphsOf(options.supergraphSdl, options.urls);
  const bridge = new SubscriptionBridge(options.supergraphSdl, dataSources, Object.fromEntries(subgraphs.map((s) => [s.name, s.url])), log);
  const renderUrl = subgraphs.find((s) => s.name === 'render')?.url;
  const forwardNodeAgent = renderUrl ? nodeAgentForwarder(renderUrl, options.bodyLimitBytes ?? 1024 * 1024) : undefined;

  const apollo = new ApolloServer<RouterContext>({
    gateway,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError: (formatted, error) => maskError(formatted as never, error, !production) as typeof formatted,
    plugins: [
      {
        async requestDidStart() {
          const started = performance.now();
          return {
            async willSendResponse({ operationName, operation, errors, contextValue }) {
              const outcome = errors?.length ? 'error' : 'ok';
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
    bodyLimitBytes: options.bodyLimitBytes ?? 1024 * 1024,
    context: async (req) => {
      const incoming = req.headers['x-request-id'];
      const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      const authorization = req.headers.authorization;
      try {
        await verifier.callerFrom(authorization);
      } catch (error) {
        const code = (error as GraphQLError).extensions?.code ?? ErrorCode.UNAUTHENTICATED;
        throw new GraphQLError((error as Error).message, { extensions: { code, http: { status: 401 } } });
      }
      return { requestId, authorization };
    },
  });

  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const stop = metrics.httpDuration.startTimer({ route: path });
    res.once('finish', () => stop({ status: String(res.statusCode) }));
    switch (path) {
      case '/graphql':
        handle(req, res).catch((error) => {
          log.error({ err: error }, 'request failed');
          if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
          else res.end();
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
        if (forwardNodeAgent && [NODE_AGENT_PREFIX, DOWNLOADS_PREFIX, SNAPSHOTS_PREFIX].some((prefix) => path.startsWith(prefix))) {
          forwardNodeAgent(req, res).catch((error) => {
            log.error({ err: error }, 'forwarding failed');
            if (!res.headersSent) sendJson(res, 502, { error: 'BAD_GATEWAY' });
          });
          return;
        }
        return sendJson(res, 404, { error: 'not found' });
    }
  });
  server.keepAliveTimeout = 65_000;

  // GraphQL over WebSocket (graphql-transport-ws) on the same path. The token travels in
  // connection_init; subscriptions go through the bridge, queries and mutations through the gateway.
  const wsServer = new WebSocketServer({ server, path: '/graphql' });
  useServer<{ authorization?: string }, { authorization?: string; expiry?: NodeJS.Timeout }>(
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
        if (caller.kind === 'user' && caller.expiresAt) {
          // When the token expires, so does the connection: the client reconnects with a fresh one.
          ctx.extra.expiry = setTimeout(() => ctx.extra.socket.close(CloseCode.Unauthorized, 'Unauthorized: the access token expired'), Math.max(0, caller.expiresAt * 1000 - Date.now()));
          ctx.extra.expiry.unref();
        }
        return true;
      },
      onClose: (ctx) => clearTimeout(ctx.extra.expiry),
      context: (ctx): RouterContext => ({ requestId: randomUUID(), authorization: ctx.extra.authorization }),
      execute: async (args) => {
        const response = await apollo.executeOperation(
          { query: print(args.document), variables: args.variableValues as Record<string, unknown>, operationName: args.operationName ?? undefined },
          { contextValue: args.contextValue as RouterContext },
        );
        return response.body.kind === 'single' ? (response.body.singleResult as ExecutionResult) : { errors: [] };
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
    async stop() {
      for (const socket of wsServer.clients) socket.terminate();
      wsServer.close();
      await bridge.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
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
