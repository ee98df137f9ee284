// Calls from one subgraph to another owner's subgraph through federation's own `_entities`
// field, so an owner reads another owner's data without touching its schema. The caller's
// token travels with the call, so the other owner applies its own rules.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
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

export interface PeerCall {
  authorization?: string;
  requestId: string;
}

/**
 * Fetches entities of another owner: `selection` is the fields to read, e.g. `id template { id }`.
 * Returns one result per representation, null where the owner does not know (or show) it.
 */
export async function fetchEntities<T>(subgraph: string, typename: string, ids: string[], selection: string, call: PeerCall): Promise<(T | null)[]> {
  if (ids.length === 0) return [];
  const response = await fetch(peerUrl(subgraph), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-request-id': call.requestId,
      ...(call.authorization ? { authorization: call.authorization } : {}),
    },
    body: JSON.stringify({
      query: `query($r:[_Any!]!){_entities(representations:$r){... on ${typename} { ${selection} }}}`,
      variables: { r: ids.map((id) => ({ __typename: typename, id })) },
    }),
    signal: AbortSignal.timeout(5000),
  }).catch(() => null);
  const body = (await response?.json().catch(() => null)) as { data?: { _entities?: (T | null)[] } } | null;
  if (!body?.data?._entities) {
    throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, `The ${subgraph} service did not answer.`);
  }
  return body.data._entities;
}
