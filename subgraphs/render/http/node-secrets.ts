// Node secrets, decrypted and kept for a minute. A thousand nodes heartbeat every 5 s: reading and
// decrypting the secret for each call was a statement and an AES-GCM open per call, and right
// after a start every node's first call missed at once. So a miss loads every node's secret in
// one statement (one load at a time, the kept ones serving meanwhile), and a node registered since
// the last load is read alone.
// A node's secret is set once, when it is registered (a node registered again gets a new id), so
// a kept secret is never stale; a deleted node's calls fail in their handlers within the minute.
import type { Db } from '../../kit/prisma.ts';
import { decryptSecret } from './hmac.ts';

const KEEP_MS = 60_000;
/** A farm larger than this is not loaded whole: each node is read on its own. */
const MAX_LOADED = 20_000;

export class UnreadableSecretError extends Error {}

export class NodeSecrets {
  private kept = new Map<string, string>();
  private loadedAt = 0;
  private loading?: Promise<void>;

  constructor(private readonly db: Db) {}

  /** The node's secret, or null for a node that is not registered. */
  async of(nodeId: string): Promise<string | null> {
    if (Date.now() - this.loadedAt >= KEEP_MS) {
      const load = (this.loading ??= this.loadAll().finally(() => (this.loading = undefined)));
      // Kept secrets serve while the farm is read again (a secret never changes); the first load is waited for.
      if (this.loadedAt === 0) await load;
      else load.catch(() => undefined);
    }
    const kept = this.kept.get(nodeId);
    if (kept !== undefined) return kept;
    // Registered since the last load (or the farm is too large to load whole).
    const node = await this.db.renderNode.findUnique({ where: { id: nodeId }, select: { hmacSecretEnc: true } });
    if (!node) return null;
    const secret = open(nodeId, node.hmacSecretEnc);
    this.kept.set(nodeId, secret);
    return secret;
  }

  private async loadAll(): Promise<void> {
    const nodes = await this.db.renderNode.findMany({ select: { id: true, hmacSecretEnc: true }, take: MAX_LOADED + 1 });
    const kept = new Map<string, string>();
    if (nodes.length <= MAX_LOADED) {
      // A secret stored under another RENDER_SECRET_KEY is left out: its node's own read says so.
      for (const node of nodes) {
        try {
          kept.set(node.id, decryptSecret(node.hmacSecretEnc));
        } catch {
          /* unreadable: reported when that node calls */
        }
      }
    }
    this.kept = kept;
    this.loadedAt = Date.now();
  }
}

function open(nodeId: string, stored: Uint8Array): string {
  try {
    return decryptSecret(stored);
  } catch {
    throw new UnreadableSecretError(nodeId);
  }
}

const perDb = new WeakMap<Db, NodeSecrets>();

/** The secrets kept for a subgraph's database client. */
export function nodeSecrets(db: Db): NodeSecrets {
  let secrets = perDb.get(db);
  if (!secrets) perDb.set(db, (secrets = new NodeSecrets(db)));
  return secrets;
}
