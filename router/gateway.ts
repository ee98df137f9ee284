// The federation gateway: @apollo/gateway over the committed supergraph, with data sources that
// pass the caller's token and the request id to every subgraph.
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Logger } from 'pino';
import { SERVICE_HEADER, type Caller, type ServiceCredential } from '../subgraphs/kit/auth.ts';
import type { RouterMetrics } from './metrics.ts';
import type { VerifiedKey } from './api-keys.ts';

/** What the router knows about a request; subgraph fetches read it. */
export interface RouterContext {
  requestId: string;
  authorization?: string;
  /** Who is calling, from the verified token (the subgraphs verify it again for themselves). */
  caller?: Caller;
  /** The partner API key the request came with, once verified, and what its request log entry needs. */
  apiKey?: VerifiedKey;
  partnerRequest?: { method: string; ip?: string; userAgent?: string };
}

class SubgraphDataSource extends RemoteGraphQLDataSource<RouterContext> {
  constructor(private readonly subgraph: string, url: string, private readonly metrics?: RouterMetrics, private readonly credential?: ServiceCredential) {
    // undici's fetch (Node's own) instead of node-fetch: fewer allocations per subgraph call.
    super({ url, fetcher: globalThis.fetch as never });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): Promise<void> {
    const headers = request.http?.headers;
    if (!headers) return;
    // Every subgraph call says it came through the router (subgraphs refuse the others).
    if (this.credential) headers.set(SERVICE_HEADER, await this.credential.token());
    if (!('requestId' in context)) return;
    headers.set('x-request-id', context.requestId);
    if (context.authorization) headers.set('authorization', context.authorization);
  }

  override async process(options: GraphQLDataSourceProcessOptions<RouterContext>) {
    const stop = this.metrics?.subgraphFetches.startTimer({ subgraph: this.subgraph });
    try {
      return await super.process(options);
    } finally {
      stop?.();
    }
  }
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph URL overrides by subgraph name. */
  urls?: Record<string, string>;
  log: Logger;
  metrics?: RouterMetrics;
  /** Filled with the data source of each subgraph (the subscription bridge reuses them). */
  dataSources?: Map<string, GraphQLDataSource>;
  /** The router's service credential, sent with every subgraph call. */
  credential?: ServiceCredential;
}

export function createGateway({ supergraphSdl, urls = {}, log, metrics, dataSources, credential }: GatewayOptions): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl,
    logger: log,
    buildService: ({ name, url }) => {
      const source = new SubgraphDataSource(name, urls[name] ?? url ?? '', metrics, credential);
      dataSources?.set(name, source);
      return source;
    },
  });
}

/** The subgraphs named in a supergraph SDL, with their URLs (overrides applied). */
export function subgraphsOf(supergraphSdl: string, urls: Record<string, string> = {}): { name: string; url: string }[] {
  const found: { name: string; url: string }[] = [];
  for (const match of supergraphSdl.matchAll(/@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]*)"\)/g)) {
    found.push({ name: match[1], url: urls[match[1]] ?? match[2] });
  }
  return found;
}
