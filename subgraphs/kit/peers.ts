// Calls from one subgraph to another owner's subgraph, so an owner reads or changes another
// owner's data without touching its schema. Reads of entities pass the caller's token (the other
// owner applies its own rules); operations only services may run (charging a wallet) carry a
// short-lived service token instead.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { SERVICE_HEADER, ServiceCredential } from './auth.ts';
import { AppError, ErrorCode } from './errors.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

let configured: Record<string, string> | undefined;

/** URL of a subgraph: SUBGRAPH_URL_<NAME> or the routing_url in supergraph.yaml. */
export function peerUrl(name: string): string {
  const fromEnv = process.env[`SUBGRAPH_URL_${name.toUpperCase()}`];
  if (fromEnv) return fromEnv;
  configured ??= Object.fromEntries(
    Object.entries((YAML.parse(readFileSync(path.join(ROOT, 'supergraph.yaml'), 'utf8')) as { subgraphs: Record<string, { routing_url: string }> }).subgraphs)
      .map(([key, value]) => [key, value.routing_url]),
  );
  const url = configured[name];
  if (!url) throw new Error(`Unknown subgraph ${name}`);
  return url;
}

interface GraphQLReply<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface PeerOptions {
  /** This subgraph's name (the subject of its service tokens). */
  self: string;
  requestId: string;
  /** The caller's Authorization header, for reads on the caller's behalf. */
  authorization?: string;
  /** The service secret; without it, service calls are impossible. */
  serviceSecret?: string;
}

/** One credential per (secret, service) for the process: tokens are signed once a minute, not per call. */
const credentials = new Map<string, ServiceCredential>();
function credentialOf(secret: string, self: string): ServiceCredential {
  const key = `${self}\n${secret}`;
  let credential = credentials.get(key);
  if (!credential) credentials.set(key, (credential = new ServiceCredential(secret, self)));
  return credential;
}

export class Peers {
  constructor(private readonly options: PeerOptions) {}

  /**
   * Fetches another owner's entities on the caller's behalf: `selection` is the fields to read,
   * e.g. `id template { id }`. One result per id, null where the owner does not know (or show) it.
   */
  async entities<T>(subgraph: string, typename: string, ids: string[], selection: string, { asService = false } = {}): Promise<(T | null)[]> {
    if (ids.length === 0) return [];
    const reply = await this.post<{ _entities: (T | null)[] }>(
      subgraph,
      `query($r:[_Any!]!){_entities(representations:$r){... on ${typename} { ${selection} }}}`,
      { r: ids.map((id) => ({ __typename: typename, id })) },
      asService ? `Bearer ${await this.serviceToken()}` : this.options.authorization,
    );
    if (!reply.data?._entities) throw this.unavailable(subgraph, reply);
    return reply.data._entities;
  }

  /** Runs an operation on another subgraph as this service. Errors the peer answers come back as they are. */
  async asService<T>(subgraph: string, query: string, variables: Record<string, unknown>): Promise<T> {
    const reply = await this.post<T>(subgraph, query, variables, `Bearer ${await this.serviceToken()}`);
    const [error] = reply.errors ?? [];
    if (error) {
      const code = error.extensions?.code;
      // The peer's own business errors (INSUFFICIENT_BALANCE ...) are the caller's answer too.
      if (code && code !== 'INTERNAL_SERVER_ERROR' && code !== 'UNAUTHENTICATED' && code !== 'FORBIDDEN') throw new AppError(code as ErrorCode, error.message);
      throw this.unavailable(subgraph, reply);
    }
    if (!reply.data) throw this.unavailable(subgraph, reply);
    return reply.data;
  }

  private serviceToken(): Promise<string> {
    if (!this.options.serviceSecret) throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'SERVICE_SECRET is not configured.');
    return credentialOf(this.options.serviceSecret, this.options.self).token();
  }

  private async post<T>(subgraph: string, query: string, variables: Record<string, unknown>, authorization?: string): Promise<GraphQLReply<T>> {
    const response = await fetch(peerUrl(subgraph), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': this.options.requestId,
        ...(authorization ? { authorization } : {}),
        // Calls on a user's behalf carry the user's token and this service's, so the peer knows
        // the request did not go around the router.
        ...(this.options.serviceSecret ? { [SERVICE_HEADER]: await this.serviceToken() } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    }).catch(() => null);
    return ((await response?.json().catch(() => null)) ?? {}) as GraphQLReply<T>;
  }

  private unavailable(subgraph: string, reply: GraphQLReply<unknown>): AppError {
    return new AppError(ErrorCode.INTERNAL_SERVER_ERROR, `The ${subgraph} service did not answer${reply.errors?.[0] ? `: ${reply.errors[0].message}` : ''}.`);
  }
}
