// The federation gateway: @apollo/gateway over the committed supergraph, with data sources that
// pass the caller's token and the request id to every subgraph (subgraph-source.ts).
import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import type { Logger } from 'pino';
import type { Caller, ServiceCredential } from '../subgraphs/kit/auth.ts';
import { SubgraphSource } from './subgraph-source.ts';
import type { RouterMetrics } from './metrics.ts';
import type { VerifiedKey } from './api-keys.ts';
import type { SocketSink } from './subscriptions.ts';

/** What the router knows about a request; subgraph fetches read it. */
export interface RouterContext {
  requestId: string;
  authorization?: string;
  /** Who is calling, from the verified token (the subgraphs verify it again for themselves). */
  caller?: Caller;
  /** The partner API key the request came with, once verified, and what its request log entry needs. */
  apiKey?: VerifiedKey;
  partnerRequest?: { method: string; ip?: string; userAgent?: string };
  /** A subscription over graphql-ws: the socket and id its events are written to (subscriptions.ts). */
  socketSink?: SocketSink;
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
      const source = new SubgraphSource({ name, url: urls[name] ?? url ?? '', metrics, credential });
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
