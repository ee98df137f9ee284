// The node-agent REST contract (the /internal operations of contracts/render-svc.openapi.yaml),
// served under /v1 and reached through the router. Each request is matched and validated against
// the OpenAPI document, and must carry a fresh, unused NodeHmac signature of the node it speaks for.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../../kit/prisma.ts';
import type { RouteDeps } from '../../kit/server.ts';
import { AppError } from '../../kit/errors.ts';
import { BodyTooLargeError, readRawBody, sendJson } from '../../kit/http.ts';
import { isUuid } from '../../kit/errors.ts';
import { API_ROOT, match, operationName, requestProblems } from './contract.ts';
import { checkSignature, ForeignFrameJob, ReplayedRequest } from './hmac.ts';
import { nodeSecrets, UnreadableSecretError } from './node-secrets.ts';
import { cacheUpdate, heartbeat, online, type CacheUpdateBody, type HeartbeatBody, type OnlineBody } from '../orchestrator/nodes.ts';
import { catalogLinks, type CatalogLinks } from '../../kit/catalog-links.ts';
import { recordFrame } from '../orchestrator/jobs.ts';
import { recordCrash } from '../orchestrator/scheduler.ts';
import { claimSnapshotJob, deliverSnapshot, failSnapshot } from '../orchestrator/snapshots.ts';

/** Room for a snapshot still (base64) besides the small JSON bodies of the contract. */
const BODY_LIMIT_BYTES = 3 * 1024 * 1024;
const INTERNAL_PREFIX = `${API_ROOT}/internal/`;

interface Call {
  db: Db;
  /** The heartbeat's own connections (the subgraph's dedicatedDb). */
  heartbeatDb: Db;
  /** Signs the catalog download links of RenderFrames commands (null without SERVICE_SECRET). */
  links: CatalogLinks | null;
  nodeId: string;
  params: Record<string, string>;
  body: Record<string, unknown>;
  /** The request's NodeHmac signature (a handler in CLAIMS_OWN_SIGNATURE claims it itself). */
  signature: string;
}

interface Reply {
  status: number;
  body?: unknown;
}

/** Operations whose handler claims the request's signature in its own statement. */
const CLAIMS_OWN_SIGNATURE = new Set([operationName('post', '/internal/nodes/{node_id}/heartbeat'), operationName('post', '/internal/render/jobs/{job_id}/frames')]);

/** What each contract operation does, by its derived operation name. */
const HANDLERS: Record<string, (call: Call) => Promise<Reply>> = {
  [operationName('post', '/internal/nodes/{node_id}/heartbeat')]: async ({ db, heartbeatDb, links, nodeId, body, signature }) => ({
    status: 200, body: await heartbeat(db, nodeId, body as HeartbeatBody, links, signature, heartbeatDb),
  }),
  [operationName('post', '/internal/nodes/{node_id}/online')]: async ({ db, nodeId, body }) => {
    await online(db, nodeId, body as OnlineBody);
    return { status: 200, body: { acknowledged: true } };
  },
  [operationName('post', '/internal/nodes/{node_id}/cache-update')]: async ({ db, nodeId, body }) => {
    await cacheUpdate(db, nodeId, body as unknown as CacheUpdateBody);
    return { status: 204 };
  },
  [operationName('post', '/internal/render/jobs/{job_id}/frames')]: async ({ db, nodeId, params, body, signature }) => {
    const report = { frameJobId: String(body.frame_job_id), frameNumber: Number(body.frame_number), fileSizeBytes: Math.max(0, Number(body.file_size_bytes ?? 0)) };
    await recordFrame(db, params.job_id, report, { signature, nodeId });
    return { status: 204 };
  },
  [operationName('post', '/internal/render/jobs/{job_id}/crash')]: async ({ db, nodeId, params, body }) => {
    const decision = await recordCrash(db, params.job_id, {
      nodeId, frameJobId: body.frame_job_id as string | undefined, lastKnownFrame: body.last_known_frame as number | undefined,
      crashSignal: body.crash_signal as string | undefined, aeVersion: body.ae_version as string | undefined,
      errorLogTail: body.error_log_tail as string | undefined, logFileUrl: body.log_file_url as string | undefined,
    });
    if (!decision) return { status: 409, body: { error: 'CONFLICT', message: 'That frame job does not belong to this render job.' } };
    return { status: 200, body: decision };
  },
  [operationName('post', '/internal/render/jobs/{job_id}/replica-ready')]: async ({ db, nodeId, params, body }) => {
    const updated = await db.renderJob.updateMany({
      where: { id: params.job_id, step: { in: ['Queued', 'Preparing', 'Replicating', 'Rendering'] } },
      data: { replicaNodeId: nodeId, replicaPath: String(body.replica_path).slice(0, 1000), replicaMd5: typeof body.replica_md5 === 'string' && /^[0-9a-f]{32}$/.test(body.replica_md5) ? body.replica_md5 : null },
    });
    return updated.count ? { status: 204 } : { status: 404, body: { error: 'NOT_FOUND', message: 'No running render job with that id.' } };
  },
  // Scene snapshot jobs (seed 002; contracts/render-svc.extensions.openapi.yaml).
  [operationName('post', '/internal/nodes/{node_id}/scene-snapshots/claim')]: async ({ db, nodeId }) => {
    const job = await claimSnapshotJob(db, nodeId);
    return job ? { status: 200, body: job } : { status: 204 };
  },
  [operationName('post', '/internal/nodes/{node_id}/scene-snapshots/{snapshot_job_id}/result')]: async ({ db, nodeId, params, body }) => {
    await deliverSnapshot(db, nodeId, params.snapshot_job_id, String(body.image_png_base64));
    return { status: 204 };
  },
  [operationName('post', '/internal/nodes/{node_id}/scene-snapshots/{snapshot_job_id}/fail')]: async ({ db, nodeId, params, body }) => {
    await failSnapshot(db, nodeId, params.snapshot_job_id, String(body.error));
    return { status: 204 };
  },
};

const FRAME_REPORT = operationName('post', '/internal/render/jobs/{job_id}/frames');

/**
 * Which node holds each frame job, as last read, for the frame report: it names only its frame
 * job, and reading the frame job's node was a statement on every report (a render farm's most
 * frequent call after the heartbeat). A kept node only chooses the secret the signature is
 * checked with. recordFrame refuses a frame job that is no longer the signer's (ForeignFrameJob),
 * and a signature that does not match a kept node is checked again against the node read afresh,
 * so a frame job handed to another node is never reported by the old one.
 */
class FrameJobNodes {
  private static readonly MAX = 20_000;
  private readonly kept = new Map<string, string>();

  get(frameJobId: string): string | undefined {
    return this.kept.get(frameJobId);
  }

  set(frameJobId: string, nodeId: string): void {
    // The oldest entry goes first (a Map iterates in insertion order).
    if (this.kept.size >= FrameJobNodes.MAX) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(frameJobId, nodeId);
  }

  forget(frameJobId: string): void {
    this.kept.delete(frameJobId);
  }
}

const frameJobNodesOf = new WeakMap<Db, FrameJobNodes>();
function frameJobNodes(db: Db): FrameJobNodes {
  let nodes = frameJobNodesOf.get(db);
  if (!nodes) frameJobNodesOf.set(db, (nodes = new FrameJobNodes()));
  return nodes;
}

interface Speaker {
  nodeId: string | null;
  /** Taken from the frame job nodes kept (not read now). */
  kept: boolean;
}

/**
 * Which node a request speaks for: the path's node, the body's node_id, or the frame job's node
 * (kept for frame reports when `keep`).
 */
async function speakerOf(db: Db, params: Record<string, string>, body: Record<string, unknown>, keep: boolean): Promise<Speaker> {
  if (params.node_id) return { nodeId: isUuid(params.node_id) ? params.node_id : null, kept: false };
  if (isUuid(body.node_id)) return { nodeId: body.node_id, kept: false };
  if (isUuid(body.frame_job_id)) {
    const kept = keep ? frameJobNodes(db).get(body.frame_job_id) : undefined;
    if (kept) return { nodeId: kept, kept: true };
    const frameJob = await db.frameJob.findUnique({ where: { id: body.frame_job_id }, select: { nodeId: true } });
    if (keep && frameJob?.nodeId) frameJobNodes(db).set(body.frame_job_id, frameJob.nodeId);
    return { nodeId: frameJob?.nodeId ?? null, kept: false };
  }
  return { nodeId: null, kept: false };
}

const problem = (res: ServerResponse, status: number, code: string, message: string, details?: string[]) =>
  sendJson(res, status, { error: code, message, ...(details?.length ? { details } : {}) });

/**
 * Connections of the heartbeat's own: its one statement never queues behind a burst of frame
 * reports. Their commits do not wait for the WAL to reach the disk (synchronous_commit off):
 * PostgreSQL stays consistent, and what a crash can lose is the last fraction of a second of
 * heartbeats, which the nodes send again 5 s later (and a command claimed in one of them is
 * delivered again, which commands allow).
 */
const HEARTBEAT_POOL_SIZE = 4;
const HEARTBEAT_SETTINGS = { synchronous_commit: 'off' };

export async function nodeAgentRoutes(req: IncomingMessage, res: ServerResponse, { db, log, serviceSecret, dedicatedDb }: RouteDeps): Promise<boolean> {
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (!pathname.startsWith(INTERNAL_PREFIX)) return false;
  const method = (req.method ?? 'GET').toUpperCase();
  const matched = await match(method, pathname);
  if (!matched) {
    problem(res, 404, 'NOT_FOUND', `No ${method} ${pathname} in the render contract.`);
    return true;
  }
  let raw: Buffer;
  try {
    raw = await readRawBody(req, BODY_LIMIT_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      problem(res, 413, 'PAYLOAD_TOO_LARGE', `Bodies are limited to ${BODY_LIMIT_BYTES} bytes.`);
      return true;
    }
    throw error;
  }
  const headers = { timestamp: header(req, 'x-node-timestamp'), signature: header(req, 'x-node-signature') };
  if (!headers.timestamp || !headers.signature) {
    problem(res, 401, 'UNAUTHENTICATED', 'X-Node-Timestamp and X-Node-Signature are required.');
    return true;
  }
  let body: Record<string, unknown> = {};
  let malformed = false;
  try {
    body = raw.length ? JSON.parse(raw.toString('utf8')) : {};
    if (typeof body !== 'object' || body === null || Array.isArray(body)) malformed = true;
  } catch {
    malformed = true;
  }
  const operationId = matched.operation.operationId!;
  const isFrameReport = operationId === FRAME_REPORT && !malformed;
  let speaker = await speakerOf(db, matched.params, malformed ? {} : body, isFrameReport);
  let nodeId: string | null = null;
  let refused: ReturnType<typeof checkSignature> = null;
  for (;;) {
    nodeId = speaker.nodeId;
    let secret: string | null = null;
    try {
      secret = nodeId ? await nodeSecrets(db).of(nodeId) : null;
    } catch (error) {
      if (!(error instanceof UnreadableSecretError)) throw error;
      // Stored under another RENDER_SECRET_KEY: the node must be registered again.
      log.error({ nodeId }, 'node secret cannot be decrypted with RENDER_SECRET_KEY');
      problem(res, 401, 'UNAUTHENTICATED', 'The node\'s secret is unreadable here: register the node again.');
      return true;
    }
    if (!nodeId || secret === null) {
      // Without a node to check the signature against, a malformed body is all we can say.
      if (malformed) problem(res, 400, 'BAD_REQUEST', 'The body is not a JSON object.');
      else problem(res, 401, 'UNAUTHENTICATED', 'The signature does not belong to a registered node.');
      return true;
    }
    refused = checkSignature(secret, headers, method, pathname, raw);
    if (!refused || !speaker.kept) break;
    // The frame job may have gone to another node since it was kept: read it again.
    frameJobNodes(db).forget(String(body.frame_job_id));
    speaker = await speakerOf(db, matched.params, body, true);
  }
  const node = { id: nodeId };
  if (refused) {
    log.warn({ nodeId, reason: refused, path: pathname }, 'node request refused');
    problem(res, 401, 'UNAUTHENTICATED', refused === 'stale' ? 'The signature is older than 5 minutes.' : 'The signature does not match.');
    return true;
  }
  if (malformed) {
    problem(res, 400, 'BAD_REQUEST', 'The body is not a JSON object.');
    return true;
  }
  const problems = await requestProblems(method, pathname, body, matched);
  if (problems.length) {
    problem(res, 400, 'BAD_REQUEST', 'The body does not match the render contract.', problems);
    return true;
  }
  // A valid signature works once: a captured request cannot be sent again. The heartbeat (a
  // thousand nodes, every 5 s) and the frame report claim it in their own statement; every other
  // call here.
  if (!CLAIMS_OWN_SIGNATURE.has(operationId)) {
    const fresh = await db.$executeRaw`
      INSERT INTO render.node_request_signatures (signature, node_id) VALUES (${headers.signature}, ${node.id}::uuid)
      ON CONFLICT (signature) DO NOTHING`;
    if (fresh === 0) return replayed(res);
  }
  const handler = HANDLERS[operationId];
  if (!handler) {
    problem(res, 501, 'NOT_IMPLEMENTED', `${method} ${pathname} is not served yet.`);
    return true;
  }
  try {
    const reply = await handler({
      db, heartbeatDb: dedicatedDb('heartbeats', HEARTBEAT_POOL_SIZE, HEARTBEAT_SETTINGS), links: catalogLinks(serviceSecret), nodeId: node.id, params: matched.params, body, signature: headers.signature,
    });
    if (reply.status === 204) {
      res.writeHead(204).end();
    } else {
      sendJson(res, reply.status, reply.body ?? {});
    }
  } catch (error) {
    if (error instanceof ReplayedRequest) return replayed(res);
    if (error instanceof ForeignFrameJob) {
      frameJobNodes(db).forget(String(body.frame_job_id));
      problem(res, 401, 'UNAUTHENTICATED', 'The frame job is not this node\'s.');
      return true;
    }
    if (error instanceof AppError) {
      const code = String(error.extensions.code);
      problem(res, code === 'NOT_FOUND' ? 404 : code === 'CONFLICT' ? 409 : 400, code, error.message);
      return true;
    }
    throw error;
  }
  return true;
}

const replayed = (res: ServerResponse): true => {
  problem(res, 401, 'UNAUTHENTICATED', 'This signed request was already received (replay).');
  return true;
};

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};
