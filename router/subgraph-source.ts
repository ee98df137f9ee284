// How the router calls a subgraph: one keep-alive connection pool per subgraph on node:http, and
// identical reads in flight at the same moment sent once.
//
// @apollo/gateway's RemoteGraphQLDataSource builds node-fetch Headers and a node-fetch Request
// for every call (the Request only for its error hook) and goes through a fetch API; this source
// implements the gateway's GraphQLDataSource interface directly on node:http (bench/results/
// tuning.md says what it bought). Behaviour kept from RemoteGraphQLDataSource: a POST of
// { query, variables, operationName, extensions } as JSON, the router's headers, and a non-2xx
// reply without GraphQL errors becomes an error of the fetch.
//
// Deduplication: while a read is in flight, an identical one — same subgraph, same caller
// (Authorization), same query and variables — waits for it instead of being sent again; each
// waiter parses its own copy of the reply, since the executor merges into what it gets. Only
// reads of queries and subscriptions are shared: nothing of a mutation's operation is, so a read
// after a write never joins a read that started before it. Hive Gateway and Apollo's Rust router
// deduplicate the same way.
import http from 'node:http';
import https from 'node:https';
import { GraphQLError } from 'graphql';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { SERVICE_HEADER, type ServiceCredential } from '../subgraphs/kit/auth.ts';
import type { RouterMetrics } from './metrics.ts';
import type { RouterContext } from './gateway.ts';

/** A subgraph's reply, before parsing (a shared reply is parsed once per waiter). */
interface Reply {
  status: number;
  statusText: string;
  contentType: string;
  text: string;
}

export interface SubgraphSourceOptions {
  name: string;
  url: string;
  credential?: ServiceCredential;
  metrics?: RouterMetrics;
  /** Connections kept open to the subgraph (default 64). */
  maxSockets?: number;
  /** A call that has not answered in this time fails (default 30 s). */
  timeoutMs?: number;
}

export class SubgraphSource implements GraphQLDataSource<RouterContext> {
  private readonly url: URL;
  private readonly client: typeof http | typeof https;
  private readonly agent: http.Agent;
  private readonly inflight = new Map<string, Promise<Reply>>();
  private readonly timeoutMs: number;

  constructor(private readonly options: SubgraphSourceOptions) {
    this.url = new URL(options.url);
    this.client = this.url.protocol === 'https:' ? https : http;
    this.agent = new this.client.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64, scheduling: 'lifo' });
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Reads in flight now (for tests). */
  get readsInFlight(): number {
    return this.inflight.size;
  }

  async process(options: GraphQLDataSourceProcessOptions<RouterContext>): Promise<GatewayGraphQLResponse> {
    const { request, context } = options;
    if (!request.query) throw new Error('Missing query');
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.options.credential) headers[SERVICE_HEADER] = await this.options.credential.token();
    if (context && 'requestId' in context) {
      headers['x-request-id'] = context.requestId;
      if (context.authorization) headers.authorization = context.authorization;
    }
    const body = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions });
    const stop = this.options.metrics?.subgraphFetches.startTimer({ subgraph: this.options.name });
    try {
      const reply = await (shareable(options) ? this.shared(`${headers.authorization ?? ''}\n${body}`, headers, body) : this.post(headers, body));
      return this.parse(reply);
    } finally {
      stop?.();
    }
  }

  /** Closes the kept-alive connections. */
  close(): void {
    this.agent.destroy();
  }

  private shared(key: string, headers: Record<string, string>, body: string): Promise<Reply> {
    const running = this.inflight.get(key);
    if (running) return running;
    const reply = this.post(headers, body).finally(() => this.inflight.delete(key));
    this.inflight.set(key, reply);
    return reply;
  }

  private post(headers: Record<string, string>, body: string): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      const call = this.client.request(this.url, { method: 'POST', agent: this.agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? '',
            contentType: response.headers['content-type'] ?? '',
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      });
      call.setTimeout(this.timeoutMs, () => call.destroy(new Error(`${this.options.name} did not answer within ${this.timeoutMs} ms`)));
      call.on('error', reject);
      call.end(body);
    });
  }

  private parse(reply: Reply): GatewayGraphQLResponse {
    const json = /^application\/(graphql-response\+)?json/.test(reply.contentType);
    let body: unknown;
    if (json) {
      try {
        body = JSON.parse(reply.text);
      } catch {
        body = undefined;
      }
    }
    const ok = reply.status >= 200 && reply.status < 300;
    const result = body && typeof body === 'object' ? (body as GatewayGraphQLResponse) : undefined;
    // A refusal that says why in GraphQL errors (a 4xx of Apollo Server) keeps its codes.
    if (result && (ok || Array.isArray(result.errors))) return { data: result.data, errors: result.errors, extensions: result.extensions };
    if (ok) throw new Error(`Expected a JSON response body from ${this.options.name}, but received: ${reply.text.slice(0, 200)}`);
    throw new GraphQLError(`${reply.status}: ${reply.statusText}`, {
      extensions: {
        code: reply.status === 401 ? 'UNAUTHENTICATED' : reply.status === 403 ? 'FORBIDDEN' : 'INTERNAL_SERVER_ERROR',
        response: { url: this.options.url, status: reply.status, statusText: reply.statusText, body: body ?? reply.text },
      },
    });
  }
}

/** Reads of anything but a mutation may be shared with an identical read in flight. */
function shareable(options: GraphQLDataSourceProcessOptions<RouterContext>): boolean {
  const incoming = 'incomingRequestContext' in options ? options.incomingRequestContext : undefined;
  if (incoming?.operation?.operation === 'mutation') return false;
  return !/^\s*mutation\b/.test(options.request.query ?? '');
}
