// The benchmark's own world: a fresh embedded PostgreSQL in a temporary folder (with
// pg_stat_statements, so SQL statements can be counted per owner), migrated and seeded with the
// demo data plus what the loads need, and the six subgraphs as processes on free ports.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../prisma/generated/client/client.ts';
import { freePort, startEmbeddedPostgres, type EmbeddedServer } from '../../prisma/embedded.ts';
import { migrate } from '../../prisma/migrate.ts';
import { ownerUrl, roleOf, OWNERS, type Owner } from '../../prisma/roles.ts';
import { seedDemo, DEMO_IDS, DEFAULT_TENANT_ID, DEMO_NODE_ID, DEMO_NODE_SECRET } from '../../prisma/seed.ts';
import { encryptSecret } from '../../subgraphs/render/http/hmac.ts';
import { ROOT, startNode, stop, waitForHttp, type Proc } from './procs.ts';
import { newSecrets } from '../../scripts/local-env.ts';

export interface Secrets {
  roleSecret: string;
  jwtPublicKey: string;
  jwtPrivateKey: string;
  renderSecretKey: string;
  identitySecretKey: string;
  serviceSecret: string;
}

export interface World {
  dir: string;
  secrets: Secrets;
  database: EmbeddedServer;
  adminUrl: string;
  subgraphs: Record<Owner, { url: string; proc: Proc }>;
  /** The committed supergraph with this run's subgraph URLs: every gateway gets this file. */
  supergraphPath: string;
  stop(): Promise<void>;
}

/** A node the loads sign as. */
export interface BenchNode {
  id: string;
  secret: string;
}

export interface BenchData {
  /** 1,000 (or fewer) nodes that heartbeat. */
  nodes: BenchNode[];
  /** The node that reports frames of the subscription job (not among `nodes`). */
  reporter: BenchNode & { frameJobId: string; jobId: string };
}

export async function startDatabase(log: (line: string) => void): Promise<{ dir: string; database: EmbeddedServer; adminUrl: string; secrets: Secrets }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'flatrender-bench-'));
  const port = await freePort();
  let database = await startEmbeddedPostgres({ dataDir: dir, port, persistent: true });
  // pg_stat_statements counts each owner's statements; it must be loaded at server start.
  const admin = new pg.Client({ connectionString: database.adminUrl });
  await admin.connect();
  await admin.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
  await admin.query(`ALTER SYSTEM SET pg_stat_statements.track = 'all'`);
  await admin.end();
  await database.stop();
  database = await startEmbeddedPostgres({ dataDir: dir, port, persistent: true });
  const maintenance = new pg.Client({ connectionString: database.adminUrl });
  await maintenance.connect();
  await maintenance.query('CREATE DATABASE flatrender');
  await maintenance.end();
  const url = new URL(database.adminUrl);
  url.pathname = '/flatrender';
  const adminUrl = url.toString();
  // The run's own secrets, made the way `npm start` makes a data folder's.
  const secrets: Secrets = newSecrets();
  log('migrating');
  await migrate({ databaseUrl: adminUrl, roleSecret: secrets.roleSecret });
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await client.end();
  return { dir, database, adminUrl, secrets };
}

/**
 * The demo data, then: 50 renders of the demo user (the dashboard's page), the nodes that
 * heartbeat, queued renders for them to take, and one render whose progress subscribers watch.
 */
export async function seedBench(dir: string, adminUrl: string, secrets: Secrets, nodeCount: number, log: (line: string) => void): Promise<BenchData> {
  process.env.RENDER_SECRET_KEY = secrets.renderSecretKey;
  // The seeded exports' files go where the bench's subgraphs read them.
  process.env.STORAGE_DIR = path.join(dir, 'storage');
  await seedDemo(adminUrl);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: adminUrl, max: 4 }) });
  try {
    const projects = await db.project.findMany({ orderBy: { name: 'asc' } });
    log('50 renders for the dashboard (MyRenders)');
    const existing = await db.renderJob.count({ where: { userId: DEMO_IDS.user } });
    for (let index = existing; index < 50; index++) {
      const project = projects[index % projects.length];
      const saved = await db.savedProject.create({
        data: { tenantId: DEFAULT_TENANT_ID, userId: DEMO_IDS.user, projectId: project.id, templateId: project.templateId, name: `Bench ${index}` },
      });
      await db.renderJob.create({
        data: {
          tenantId: DEFAULT_TENANT_ID, userId: DEMO_IDS.user, savedProjectId: saved.id, projectId: project.id, name: saved.name,
          priceType: 'Cash', quality: 'High', resolution: 'FullHD', durationSec: 10, step: index % 3 === 0 ? 'Completed' : 'Queued',
          renderProgress: index % 3 === 0 ? 100 : 0, completedAt: index % 3 === 0 ? new Date() : null, totalFrames: 300,
        },
      });
    }

    log(`${nodeCount} render nodes with their HMAC secrets`);
    const nodes: BenchNode[] = [];
    const rows = [];
    for (let index = 0; index < nodeCount; index++) {
      const id = `00000000-0000-4000-8000-${(0x100000 + index).toString(16).padStart(12, '0')}`;
      const secret = `frn_bench_${randomBytes(16).toString('base64url')}`;
      nodes.push({ id, secret });
      rows.push({
        id, name: `bench-node-${index}`, region: index % 2 ? 'teh' : 'fra', nodeIp: '127.0.0.2', workerPort: 10_000 + index, status: 'Online' as const,
        currentAeVersion: '24.0', availableAeVersions: ['24.0'], nodeAgentVersion: '1.0.0', ramGb: 32, cpuCores: 8, lastHeartbeatAt: new Date(),
        hmacSecretEnc: encryptSecret(secret),
      });
    }
    for (let start = 0; start < rows.length; start += 500) await db.renderNode.createMany({ data: rows.slice(start, start + 500), skipDuplicates: true });

    log('renders queued for the nodes to take, and the render subscribers watch');
    const saved = await db.savedProject.findFirstOrThrow({ where: { userId: DEMO_IDS.user } });
    for (let index = 0; index < 20; index++) {
      await db.renderJob.create({
        data: {
          tenantId: DEFAULT_TENANT_ID, userId: DEMO_IDS.user, savedProjectId: saved.id, projectId: saved.projectId, name: `Farm ${index}`,
          priceType: 'Cash', quality: 'High', resolution: 'FullHD', durationSec: 4, totalFrames: 120, step: 'Queued',
          frameJobs: { create: [0, 1, 2, 3].map((order) => ({ startFrame: order * 30, endFrame: order * 30 + 29, orderValue: order })) },
        },
      });
    }
    // The watched render: 100 frames, so each frame reported is one percent of progress.
    const watched = await db.renderJob.create({
      data: {
        tenantId: DEFAULT_TENANT_ID, userId: DEMO_IDS.user, savedProjectId: saved.id, projectId: saved.projectId, name: 'Watched',
        priceType: 'Cash', quality: 'High', resolution: 'FullHD', durationSec: 4, totalFrames: 100, step: 'Rendering', startedAt: new Date(),
        frameJobs: { create: [{ startFrame: 0, endFrame: 99, orderValue: 0, status: 'Rendering', nodeId: DEMO_NODE_ID, assignedAt: new Date() }] },
      },
      include: { frameJobs: true },
    });
    // The demo node renders the watched job and heartbeats no work.
    await db.renderNode.update({ where: { id: DEMO_NODE_ID }, data: { currentJobId: watched.id, status: 'Busy', acceptsNewJobs: false } });
    return { nodes, reporter: { id: DEMO_NODE_ID, secret: DEMO_NODE_SECRET, jobId: watched.id, frameJobId: watched.frameJobs[0].id } };
  } finally {
    await db.$disconnect();
  }
}

/** The watched render's frames belong to the reporting node again, which counts as just heard from. */
export async function rearmReporter(adminUrl: string, data: BenchData): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`UPDATE render.frame_jobs SET status = 'Rendering', node_id = $1 WHERE id = $2`, [data.reporter.id, data.reporter.frameJobId]);
    await client.query(`UPDATE render.render_nodes SET status = 'Busy', current_job_id = $2, last_heartbeat_at = now() WHERE id = $1`, [data.reporter.id, data.reporter.jobId]);
    await client.query(`UPDATE render.render_jobs SET step = 'Rendering' WHERE id = $1`, [data.reporter.jobId]);
  } finally {
    await client.end();
  }
}

/** Starts the six subgraphs (each its own process) and writes the supergraph with their URLs. */
export async function startSubgraphs(dir: string, adminUrl: string, secrets: Secrets, log: (line: string) => void): Promise<Pick<World, 'subgraphs' | 'supergraphPath'>> {
  const subgraphs = {} as World['subgraphs'];
  let supergraph = await readFile(path.join(ROOT, 'supergraph.graphql'), 'utf8');
  await Promise.all(
    OWNERS.map(async (owner) => {
      const port = await freePort();
      const proc = startNode(owner, path.join(ROOT, 'subgraphs', owner, 'server.ts'), [], {
        DATABASE_URL: ownerUrl(adminUrl, owner, secrets.roleSecret),
        PORT: String(port),
        JWT_PUBLIC_KEY: secrets.jwtPublicKey,
        SERVICE_SECRET: secrets.serviceSecret,
        STORAGE_DIR: path.join(dir, 'storage'),
        PUBLIC_URL: 'http://127.0.0.1:4000',
        ...(owner === 'identity' ? { JWT_PRIVATE_KEY: secrets.jwtPrivateKey, IDENTITY_SECRET_KEY: secrets.identitySecretKey } : {}),
        ...(owner === 'render' ? { RENDER_SECRET_KEY: secrets.renderSecretKey } : {}),
      });
      const url = `http://127.0.0.1:${port}/graphql`;
      subgraphs[owner] = { url, proc };
      await waitForHttp(proc, `http://127.0.0.1:${port}/healthz`);
      log(`${owner.padEnd(12)} ${url} (pid ${proc.pid})`);
    }),
  );
  for (const owner of OWNERS) {
    supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${owner}", url: ")[^"]*(")`), `$1${subgraphs[owner].url}$2`);
  }
  const supergraphPath = path.join(dir, 'supergraph.graphql');
  await writeFile(supergraphPath, supergraph);
  return { subgraphs, supergraphPath };
}

export async function stopSubgraphs(subgraphs: Partial<World['subgraphs']>): Promise<void> {
  await Promise.all(Object.values(subgraphs).map((s) => stop(s?.proc)));
}

/** SQL statements each owner's role sent since the last reset (pg_stat_statements). */
export async function statementCounts(adminUrl: string, reset: boolean): Promise<Record<string, { total: number; statements: string[] }>> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    if (reset) {
      await client.query('SELECT pg_stat_statements_reset()');
      return {};
    }
    const { rows } = await client.query<{ role: string; calls: string; query: string }>(
      `SELECT r.rolname AS role, s.calls, s.query FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
       WHERE r.rolname = ANY($1) AND s.query NOT LIKE '%pgboss.%' ORDER BY r.rolname`,
      [OWNERS.map(roleOf)],
    );
    const counts: Record<string, { total: number; statements: string[] }> = {};
    for (const row of rows) {
      const owner = row.role.replace(/^fr_/, '');
      const entry = (counts[owner] ??= { total: 0, statements: [] });
      entry.total += Number(row.calls);
      entry.statements.push(`${row.calls}× ${row.query.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
    return counts;
  } finally {
    await client.end();
  }
}
