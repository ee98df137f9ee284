// Node secrets, decrypted once and kept for a minute: a thousand nodes heartbeat every 5 s, and
// reading and decrypting the secret for each call was a statement and an AES-GCM open per call.
// A node's secret is set once, when it is registered (a node registered again gets a new id), so
// a kept secret is never stale; a deleted node's calls fail in their handlers within the minute.
import type { Db } from '../../kit/prisma.ts';
import { decryptSecret } from './hmac.ts';

const KEEP_MS = 60_000;
/** Enough for every node of a large farm; past it the oldest are dropped first. */
const MAX_KEPT = 20_000;

export class UnreadableSecretError extends Error {}

export class NodeSecrets {
  private readonly kept = new Map<string, { secret: string; until: number }>();

  constructor(private readonly db: Db) {}

  /** The node's secret, or null for a node that is not registered. */
  async of(nodeId: string): Promise<string | null> {
    const now = Date.now();
    const hit = this.kept.get(nodeId);
    if (hit && hit.until > now) return hit.secret;
    const node = await this.db.renderNode.findUnique({ where: { id: nodeId }, select: { hmacSecretEnc: true } });
    if (!node) return null;
    let secret: string;
    try {
      secret = decryptSecret(node.hmacSecretEnc);
    } catch {
      throw new UnreadableSecretError(nodeId);
    }
    this.kept.delete(nodeId);
    if (this.kept.size >= MAX_KEPT) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(nodeId, { secret, until: now + KEEP_MS });
    return secret;
  }
}

const perDb = new WeakMap<Db, NodeSecrets>();

/** The secrets kept for a subgraph's database client. */
export function nodeSecrets(db: Db): NodeSecrets {
  let secrets = perDb.get(db);
  if (!secrets) perDb.set(db, (secrets = new NodeSecrets(db)));
  return secrets;
}
