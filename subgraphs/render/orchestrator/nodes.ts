// The render farm's nodes: registration, the commands administrators issue (delivered on the
// next heartbeat), and what node agents report (heartbeats, start-up, cache changes).
import { isIP } from 'node:net';
import type { Db } from '../../kit/prisma.ts';
import type { Prisma } from '../../../prisma/generated/client/client.ts';
import { AppError, ErrorCode, badInput, notFound } from '../../kit/errors.ts';
import { NodeKind, NodeStatus, type NodeCommandType } from '../../../prisma/generated/client/enums.ts';
import { encryptSecret, newNodeSecret, ReplayedRequest } from '../http/hmac.ts';
import { assignWork, markPreparing } from './scheduler.ts';
import type { CatalogLinks } from '../../kit/catalog-links.ts';
import { announceAeFilesHeld, publish } from './events.ts';
import { withTransaction } from '../../kit/events.ts';

/** Seconds between heartbeats the orchestrator asks for (the contract's 5 s). */
export const HEARTBEAT_INTERVAL_SECONDS = 5;
/** A command not delivered within this long is dropped (the node was away). */
const COMMAND_TTL_MS = 15 * 60_000;

export interface RegisterNodeInput {
  name: string;
  region: string;
  nodeIp: string;
  workerPort: number;
  currentAeVersion: string;
  ramGb?: number | null;
  cpuCores?: number | null;
  nodeKind?: string | null;
  ownerUserId?: string | null;
  priority?: number | null;
}

function nodeKind(value: string | null | undefined): NodeKind | undefined {
  if (value === null || value === undefined) return undefined;
  if (!(value in NodeKind)) throw badInput(`nodeKind must be one of ${Object.keys(NodeKind).join(', ')}.`, 'nodeKind');
  return value as NodeKind;
}

function text(value: string, field: string, max = 100): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > max) throw badInput(`${field} must be 1 to ${max} characters.`, field);
  return trimmed;
}

/** Registers a node; the secret it signs with is returned here once and stored encrypted. */
export async function registerNode(db: Db, input: RegisterNodeInput) {
  if (!isIP(input.nodeIp)) throw badInput('nodeIp must be an IPv4 or IPv6 address.', 'nodeIp');
  if (!Number.isInteger(input.workerPort) || input.workerPort < 1 || input.workerPort > 65535) throw badInput('workerPort must be 1 to 65535.', 'workerPort');
  const secret = newNodeSecret();
  try {
    const node = await db.renderNode.create({
      data: {
        name: text(input.name, 'name'),
        region: text(input.region, 'region', 40),
        nodeIp: input.nodeIp,
        workerPort: input.workerPort,
        currentAeVersion: text(input.currentAeVersion, 'currentAeVersion', 40),
        availableAeVersions: [input.currentAeVersion.trim()],
        ramGb: input.ramGb ?? null,
        cpuCores: input.cpuCores ?? null,
        nodeKind: nodeKind(input.nodeKind),
        ownerUserId: input.ownerUserId ?? null,
        priority: input.priority ?? 0,
        hmacSecretEnc: encryptSecret(secret),
      },
    });
    return { node, secret };
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') throw new AppError(ErrorCode.CONFLICT, 'A node with that name or address is already registered.');
    throw error;
  }
}

export interface UpdateNodeInput {
  priority?: number | null;
  isActive?: boolean | null;
  acceptsNewJobs?: boolean | null;
  nodeKind?: string | null;
  ownerUserId?: string | null;
  nextMaintenanceAt?: Date | null;
  maintenanceReason?: string | null;
}

export async function updateNode(db: Db, id: string, input: UpdateNodeInput) {
  const found = await db.renderNode.findUnique({ where: { id }, select: { id: true } });
  if (!found) throw notFound('Node', id);
  return db.renderNode.update({
    where: { id },
    data: {
      priority: input.priority ?? undefined,
      isActive: input.isActive ?? undefined,
      acceptsNewJobs: input.acceptsNewJobs ?? undefined,
      nodeKind: nodeKind(input.nodeKind),
      ownerUserId: input.ownerUserId === undefined ? undefined : input.ownerUserId,
      nextMaintenanceAt: input.nextMaintenanceAt === undefined ? undefined : input.nextMaintenanceAt,
      maintenanceReason: input.maintenanceReason === undefined ? undefined : input.maintenanceReason,
    },
  });
}

/** Queues a command for a node; it reaches the node as a heartbeat's pending_commands. */
export async function issueCommand(db: Db, nodeId: string, command: NodeCommandType, issuedBy: string | null, payload: Record<string, unknown> = {}) {
  const node = await db.renderNode.findUnique({ where: { id: nodeId }, select: { id: true, currentJobId: true } });
  if (!node) throw notFound('Node', nodeId);
  return db.$transaction(async (tx) => {
    const created = await tx.nodeCommand.create({
      data: { nodeId, command, payload: { ...payload, ...(node.currentJobId ? { job_id: node.currentJobId } : {}) }, issuedBy, renderJobId: node.currentJobId, expiresAt: new Date(Date.now() + COMMAND_TTL_MS) },
    });
    // Releasing frees the node for new work at once; its frames are reassigned by the scheduler.
    if (command === 'ReleaseJob') await tx.renderNode.update({ where: { id: nodeId }, data: { currentJobId: null } });
    return created;
  });
}

/** Rolls a node-agent update out to nodes: one UpdateSoftware command and rollout row per node. */
export async function rolloutUpdate(db: Db, updateId: string, nodeIds: string[], issuedBy: string | null): Promise<number> {
  const update = await db.nodeUpdate.findUnique({ where: { id: updateId } });
  if (!update) throw notFound('Node update', updateId);
  const nodes = await db.renderNode.findMany({ where: { id: { in: nodeIds } }, select: { id: true } });
  if (nodes.length !== new Set(nodeIds).size) throw badInput('Some nodeIds are not registered nodes.', 'nodeIds');
  await db.$transaction(async (tx) => {
    for (const { id } of nodes) {
      const command = await tx.nodeCommand.create({
        data: { nodeId: id, command: 'UpdateSoftware', payload: { update_id: update.id, file_url: update.fileUrl, file_md5: update.fileMd5, update_number: update.updateNumber }, issuedBy, expiresAt: new Date(Date.now() + COMMAND_TTL_MS) },
      });
      await tx.nodeUpdateRollout.upsert({
        where: { updateId_nodeId: { updateId: update.id, nodeId: id } },
        create: { updateId: update.id, nodeId: id, commandId: command.id },
        update: { status: 'Queued', commandId: command.id, completedAt: null, errorMessage: null },
      });
    }
    await tx.nodeUpdate.update({ where: { id: update.id }, data: { inUpdateQueue: true } });
  });
  return nodes.length;
}

export interface HeartbeatBody {
  status?: string;
  cpu_pct?: number;
  ram_available_mb?: number;
  ae_running?: boolean;
  current_job_id?: string | null;
  current_frame?: number | null;
  cache_used_gb?: number;
}

/** Node agents say "idle" or "rendering"; the farm's own words are NodeStatus. Null: neither. */
function reportedStatus(reported: string): NodeStatus | null {
  const known = Object.keys(NodeStatus).find((s) => s.toLowerCase() === reported.toLowerCase());
  if (known) return known as NodeStatus;
  if (/^(idle|ready|available)$/i.test(reported)) return 'Online';
  if (/^(rendering|working)$/i.test(reported)) return 'Busy';
  return null;
}

/**
 * Records a heartbeat (history row + the node's latest values) and hands over the commands
 * waiting for the node, each exactly once. A node every 5 s, a thousand nodes: the common case
 * (nothing to hand over) is one statement, which also claims the request's signature (given by
 * the node-agent route; a replay records nothing and throws ReplayedRequest); only an idle node
 * while work is pending goes on to the scheduler, which locks and checks the node again. The
 * statement may run on connections of its own (`statementDb`), so heartbeats never queue behind
 * bursts of frame reports; events and the scheduler use `db`.
 */
export async function heartbeat(db: Db, nodeId: string, body: HeartbeatBody, links: CatalogLinks | null = null, signature: string | null = null, statementDb: Db = db) {
  const explicit = body.status ? reportedStatus(body.status) : null;
  const cpuPct = body.cpu_pct === undefined || body.cpu_pct === null ? null : clamp(body.cpu_pct, 0, 100);
  const ramMb = body.ram_available_mb === undefined || body.ram_available_mb === null ? null : Math.max(0, Math.round(body.ram_available_mb));
  const cacheGb = body.cache_used_gb === undefined || body.cache_used_gb === null ? null : Math.max(0, Math.round(body.cache_used_gb));
  const [row] = await statementDb.$queryRaw<{ claimed: number; old_status: NodeStatus; status: NodeStatus; commands: { id: string; command: string; payload: unknown }[]; wants_work: boolean }[]>`
    WITH claimed AS (
      -- The request's signature works once (see http/node-agent.ts): claimed in the same statement.
      INSERT INTO render.node_request_signatures (signature, node_id)
      SELECT ${signature}::text, id FROM render.render_nodes WHERE id = ${nodeId}::uuid AND ${signature}::text IS NOT NULL
      ON CONFLICT (signature) DO NOTHING RETURNING 1
    ), old AS (
      SELECT id, status, current_job_id FROM render.render_nodes
      WHERE id = ${nodeId}::uuid AND (${signature}::text IS NULL OR EXISTS (SELECT 1 FROM claimed)) FOR UPDATE
    ), updated AS (
      UPDATE render.render_nodes n SET
        status = COALESCE(${explicit}::render.node_status, CASE WHEN o.current_job_id IS NULL THEN 'Online' ELSE 'Busy' END::render.node_status),
        last_heartbeat_at = now(),
        last_cpu_pct = COALESCE(${cpuPct}::smallint, n.last_cpu_pct, 0),
        last_ram_available_mb = COALESCE(${ramMb}::integer, n.last_ram_available_mb, 0),
        ae_running = COALESCE(${body.ae_running ?? null}::boolean, n.ae_running),
        cache_used_gb = COALESCE(${cacheGb}::integer, n.cache_used_gb)
      FROM old o WHERE n.id = o.id
      RETURNING n.id, n.status, n.last_cpu_pct, n.last_ram_available_mb, n.ae_running, n.cache_used_gb, n.current_job_id, n.is_active, n.accepts_new_jobs
    ), logged AS (
      INSERT INTO render.node_health_logs (node_id, recorded_at, status, cpu_pct, ram_available_mb, ae_running, cache_used_gb, current_job_id, current_frame)
      SELECT id, now(), status, last_cpu_pct, last_ram_available_mb, ae_running, cache_used_gb, ${body.current_job_id ?? null}::uuid, ${body.current_frame ?? null}::integer FROM updated
    ), commands AS (
      -- Delivered exactly once: the rows are claimed in the same statement that marks them.
      UPDATE render.node_commands SET status = 'Delivered', delivered_at = now()
      WHERE node_id = ${nodeId}::uuid AND status = 'Pending' AND (expires_at IS NULL OR expires_at > now()) AND EXISTS (SELECT 1 FROM old)
      RETURNING id, command::text AS command, payload
    )
    SELECT (SELECT COUNT(*) FROM claimed)::int AS claimed, o.status::text AS old_status, u.status::text AS status,
      (SELECT COALESCE(json_agg(json_build_object('id', c.id, 'command', c.command, 'payload', c.payload)), '[]'::json) FROM commands c) AS commands,
      (u.is_active AND u.accepts_new_jobs AND u.status IN ('Online', 'Busy') AND u.current_job_id IS NULL
       AND NOT EXISTS (SELECT 1 FROM render.frame_jobs f WHERE f.node_id = u.id AND f.status IN ('Assigned', 'Rendering'))
       AND EXISTS (SELECT 1 FROM render.frame_jobs f JOIN render.render_jobs j ON j.id = f.render_job_id
                   WHERE f.status = 'Pending' AND j.step NOT IN ('Completed', 'Failed', 'Cancelled'))) AS wants_work
    FROM (SELECT 1) AS one LEFT JOIN (old o JOIN updated u ON u.id = o.id) ON true`;
  if (!row?.status) {
    if (signature !== null && row?.claimed === 0 && (await db.renderNode.count({ where: { id: nodeId } }))) throw new ReplayedRequest();
    throw notFound('Node', nodeId);
  }
  if (row.status !== row.old_status) await publish(db as never, { kind: 'node', nodeId, status: row.status });
  const pending = row.commands;
  // An idle node leaves with work, if there is any for it.
  if (row.wants_work) {
    const work = await assignWork(db, nodeId, links);
    if (work) {
      const { job, ...command } = work;
      await markPreparing(db, job);
      pending.push(command);
    }
  }
  return { next_heartbeat_in_sec: HEARTBEAT_INTERVAL_SECONDS, pending_commands: pending };
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)));

export interface OnlineBody {
  node_agent_version?: string;
  current_ae_version?: string;
  available_ae_versions?: string[];
  ram_gb?: number;
  cpu_cores?: number;
  cache_used_gb?: number;
  cached_template_md5s?: string[];
}

/** A node agent started: record its versions and hardware, and reconcile its template cache. */
export async function online(db: Db, nodeId: string, body: OnlineBody): Promise<void> {
  const md5s = [...new Set((body.cached_template_md5s ?? []).map((m) => m.toLowerCase()))];
  if (md5s.some((m) => !/^[0-9a-f]{32}$/.test(m))) throw badInput('cached_template_md5s must be 32-character hex md5s.');
  await db.$transaction(async (tx) => {
    const now = new Date();
    await lockNode(tx, nodeId);
    const alreadyHeld = await heldOf(tx, nodeId, md5s);
    // What the node no longer holds is evicted; what it holds is verified present.
    await tx.nodeTemplateCache.updateMany({ where: { nodeId, aepFileMd5: { notIn: md5s }, lastAction: { in: ['Downloaded', 'Verified'] } }, data: { lastAction: 'Evicted' } });
    for (const md5 of md5s) {
      await tx.nodeTemplateCache.upsert({
        where: { nodeId_aepFileMd5: { nodeId, aepFileMd5: md5 } },
        create: { nodeId, aepFileMd5: md5, lastAction: 'Verified', lastVerifiedAt: now },
        update: { lastAction: 'Verified', lastVerifiedAt: now },
      });
    }
    // Content hears only of files this node did not hold before (a restart with the same cache
    // sends nothing).
    await announceAeFilesHeld(tx, md5s.filter((m) => !alreadyHeld.has(m)), nodeId);
    await tx.renderNode.update({
      where: { id: nodeId },
      data: {
        status: 'Online',
        lastHeartbeatAt: now,
        nodeAgentVersion: body.node_agent_version,
        currentAeVersion: body.current_ae_version,
        availableAeVersions: body.available_ae_versions,
        ramGb: body.ram_gb,
        cpuCores: body.cpu_cores,
        cacheUsedGb: body.cache_used_gb,
        cachedTemplateCount: md5s.length,
        // A restarted agent holds no job.
        currentJobId: null,
      },
    });
  });
}

export interface CacheUpdateBody {
  action: 'Downloaded' | 'Evicted' | 'Verified' | 'Failed';
  project_id?: string;
  aep_file_md5: string;
  file_size_bytes?: number;
  cache_used_gb?: number;
  error_message?: string;
}

/** A node's template cache changed: keep node_template_cache (the scheduler's affinity) in step. */
export async function cacheUpdate(db: Db, nodeId: string, body: CacheUpdateBody): Promise<void> {
  const md5 = body.aep_file_md5.toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(md5)) throw badInput('aep_file_md5 must be a 32-character hex md5.');
  const now = new Date();
  await db.$transaction(async (tx) => {
    await lockNode(tx, nodeId);
    const wasHeld = (await heldOf(tx, nodeId, [md5])).has(md5);
    const fields = {
      lastAction: body.action,
      projectId: body.project_id ?? undefined,
      fileSizeBytes: body.file_size_bytes === undefined ? undefined : BigInt(body.file_size_bytes),
      errorMessage: body.action === 'Failed' ? (body.error_message ?? 'failed') : null,
      ...(body.action === 'Downloaded' ? { downloadedAt: now, lastUsedAt: now } : {}),
      ...(body.action === 'Verified' ? { lastVerifiedAt: now } : {}),
    };
    await tx.nodeTemplateCache.upsert({ where: { nodeId_aepFileMd5: { nodeId, aepFileMd5: md5 } }, create: { nodeId, aepFileMd5: md5, ...fields }, update: fields });
    // The node now holds a file it did not: content may mark its projects Ready. A Failed download
    // says nothing about the file itself (it may be the network), so it changes no project.
    if (!wasHeld && HELD.includes(body.action)) await announceAeFilesHeld(tx, [md5], nodeId);
    const cached = await tx.nodeTemplateCache.count({ where: { nodeId, lastAction: { in: ['Downloaded', 'Verified'] } } });
    await tx.renderNode.update({ where: { id: nodeId }, data: { cachedTemplateCount: cached, cacheUsedGb: body.cache_used_gb ?? undefined } });
  });
}

/** Cache actions after which the node holds the file (the scheduler's affinity, too). */
const HELD: readonly string[] = ['Downloaded', 'Verified'];

/**
 * One node's cache reports are recorded one at a time (the node's row, which each of them updates
 * anyway, locked first), so whether a file was held before is read once and announced once.
 */
async function lockNode(tx: Prisma.TransactionClient, nodeId: string): Promise<void> {
  const [node] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM render.render_nodes WHERE id = ${nodeId}::uuid FOR UPDATE`;
  if (!node) throw notFound('Node', nodeId);
}

/** Which of these files the node's cache holds (Downloaded or Verified). */
async function heldOf(tx: Prisma.TransactionClient, nodeId: string, md5s: string[]): Promise<Set<string>> {
  if (md5s.length === 0) return new Set();
  const rows = await tx.nodeTemplateCache.findMany({ where: { nodeId, aepFileMd5: { in: md5s }, lastAction: { in: ['Downloaded', 'Verified'] } }, select: { aepFileMd5: true } });
  return new Set(rows.map((row) => row.aepFileMd5));
}
