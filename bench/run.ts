// `npm run bench [-- --quick]`: starts the stack on loopback (its own embedded PostgreSQL, the six
// subgraphs as processes), then measures, one process at a time: our router, a plain
// @apollo/gateway, Hive Gateway and a subgraph alone under autocannon; the dashboard's SQL
// statements; renderProgress subscribers; 1,000 heartbeating nodes. Writes
// bench/results/latest.json and latest.md. See bench/README.md.
import { readFile, writeFile, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, type EmbeddedServer } from '../prisma/embedded.ts';
import { SERVICE_HEADER, serviceToken } from '../subgraphs/kit/auth.ts';
import { demoPassword } from '../prisma/seed.ts';
import { MemorySampler, procMemoryMiB, ROOT, runLoad, startNode, stop, waitForHttp, type Proc } from './lib/procs.ts';
import { rearmReporter, seedBench, startDatabase, startSubgraphs, statementCounts, stopSubgraphs, type BenchData, type Secrets, type World } from './lib/setup.ts';
import { MY_RENDERS, ONE_SUBGRAPH, THREE_SUBGRAPHS, body } from './lib/queries.ts';
import { renderMarkdown, TARGETS, type Results } from './lib/report.ts';

const quick = process.argv.includes('--quick');
/** `--only=router,direct,vanilla,hive,subscriptions,heartbeats`: a partial run for tuning; writes no results. */
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const want = (part: string) => !only || only.includes(part);
const skipped = { rps: 0, p50_ms: 0, p99_ms: 0, non2xx: 0, errors: 0, timeouts: 0, requests: 0, peak_rss_mib: 0, subgraph_peak_rss_mib: {} } as any;
const profile = quick
  ? { warmupSeconds: 2, durationSeconds: 8, connections: 16, subscribers: 2000, warmupReports: 5, reports: 40, reportIntervalMs: 200, nodes: 1000, heartbeatSeconds: 20 }
  : { warmupSeconds: 5, durationSeconds: 30, connections: 16, subscribers: 2000, warmupReports: 5, reports: 93, reportIntervalMs: 250, nodes: 1000, heartbeatSeconds: 60 };

const STEPS = 12;
let step = 0;
const began = Date.now();
const say = (message: string) => console.log(`[${++step}/${STEPS}] ${message} (${Math.round((Date.now() - began) / 1000)} s)`);
const detail = (line: string) => console.log(`      ${line}`);

const LOADS = path.join(ROOT, 'bench', 'loads');
let database: EmbeddedServer | undefined;
let subgraphs: Partial<World['subgraphs']> = {};
let gateway: Proc | undefined;
/** The run's temporary folder (database cluster, supergraph, export files), removed at the end. */
let benchDir: string | undefined;

interface HttpResult {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  requests: number;
}

type Measured<T> = T & { peak_rss_mib: number; subgraph_peak_rss_mib: Record<string, number> };

async function main() {
  say(`Starting an embedded PostgreSQL with pg_stat_statements (${quick ? 'quick' : 'full'} run)`);
  const started = await startDatabase(detail);
  database = started.database;
  const { dir, adminUrl, secrets } = started;
  benchDir = dir;

  say(`Seeding the demo data, 50 dashboard renders, ${profile.nodes} nodes, queued renders`);
  const data = await seedBench(dir, adminUrl, secrets, profile.nodes, detail);

  say('Starting the six subgraphs');
  const world = await startSubgraphs(dir, adminUrl, secrets, detail);
  subgraphs = world.subgraphs;
  const subgraphPids = () => Object.fromEntries(Object.entries(world.subgraphs).map(([name, s]) => [name, s.proc.pid]));

  /** Runs an HTTP load against a URL while sampling the gateway's and the subgraphs' memory. */
  async function httpLoad(name: string, url: string, requestBody: string, headers: Record<string, string>): Promise<Measured<HttpResult>> {
    const sampler = new MemorySampler(() => ({ ...subgraphPids(), gateway: gateway?.pid }));
    const result = await runLoad<HttpResult>(name, path.join(LOADS, 'http.ts'), {
      url, body: requestBody, headers, connections: profile.connections, warmupSeconds: profile.warmupSeconds, durationSeconds: profile.durationSeconds,
    });
    const peaks = sampler.stop();
    const { gateway: gatewayPeak, ...subgraphPeaks } = peaks;
    const measured = { ...result, peak_rss_mib: gateway ? Math.max(gatewayPeak ?? 0, procMemoryMiB(gateway.pid, 'VmHWM')) : 0, subgraph_peak_rss_mib: subgraphPeaks };
    detail(`${name}: ${result.rps} req/s, p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms, non-2xx ${result.non2xx}, errors ${result.errors}, peak RSS ${measured.peak_rss_mib} MiB`);
    return measured;
  }

  say('Our router: a query across three subgraphs, one across one subgraph, the dashboard');
  let base = await startRouter(world.supergraphPath, secrets);
  let token = await login(base);
  const auth = { authorization: `Bearer ${token}` };
  let routerThree = skipped, routerOne = skipped, dashboard = skipped, direct = skipped, vanilla = skipped, hive = skipped, subscriptions = skipped, subscriptionFloor = skipped, heartbeats = skipped;
  let counts: Awaited<ReturnType<typeof statementCounts>> = {};
  let dashboardStatements = 0;
  if (want('router')) {
  routerThree = await httpLoad('router, three subgraphs', `${base}/graphql`, body(THREE_SUBGRAPHS), auth);
  routerOne = await httpLoad('router, one subgraph', `${base}/graphql`, body(ONE_SUBGRAPH), auth);
  // The dashboard: statements of one MyRenders (first: 50) through the router, by owner.
  // Job workers poll in the background: the fewest statements of five requests is the request's own.
  dashboardStatements = Infinity;
  for (let attempt = 0; attempt < 5; attempt++) {
    await statementCounts(adminUrl, true);
    const page = await postJson(`${base}/graphql`, body(MY_RENDERS, { first: 50 }), auth);
    const seen = await statementCounts(adminUrl, false);
    const jobs = page.data?.renderJobs?.edges?.length ?? 0;
    if (page.errors?.length || jobs !== 50) throw new Error(`MyRenders did not return 50 jobs: ${JSON.stringify(page).slice(0, 500)}`);
    const total = Object.values(seen).reduce((sum, c) => sum + c.total, 0);
    if (total < dashboardStatements) [dashboardStatements, counts] = [total, seen];
  }
  detail(`MyRenders (50 jobs): ${dashboardStatements} SQL statements (${Object.entries(counts).map(([o, c]) => `${o} ${c.total}`).join(', ')})`);
  dashboard = await httpLoad('router, MyRenders (50 jobs)', `${base}/graphql`, body(MY_RENDERS, { first: 50 }), auth);
  }
  await stop(gateway);
  gateway = undefined;

  say('The render subgraph alone, the one-subgraph query straight to it');
  if (want('direct')) direct = await httpLoad('render subgraph directly', world.subgraphs.render.url, body(ONE_SUBGRAPH), {
    ...auth, [SERVICE_HEADER]: await serviceToken(secrets.serviceSecret, 'router'),
  });

  say('A plain @apollo/gateway + @apollo/server (default settings, one willSendRequest)');
  if (want('vanilla')) {
  const vanillaPort = await freePort();
  gateway = startNode('vanilla-gateway', path.join(ROOT, 'bench', 'gateways', 'vanilla.ts'), [], {
    PORT: String(vanillaPort), SUPERGRAPH_PATH: world.supergraphPath, SERVICE_SECRET: secrets.serviceSecret,
  });
  await waitForHttp(gateway, `http://127.0.0.1:${vanillaPort}/graphql?query=%7B__typename%7D`, (s) => s < 500);
  vanilla = await httpLoad('vanilla gateway, three subgraphs', `http://127.0.0.1:${vanillaPort}/graphql`, body(THREE_SUBGRAPHS), auth);
  await stop(gateway);
  gateway = undefined;
  }

  say('Hive Gateway from npm (hive-gateway supergraph, propagateHeaders)');
  if (want('hive')) {
  const hivePort = await freePort();
  gateway = startNode('hive-gateway', path.join(ROOT, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js'), [
    'supergraph', world.supergraphPath, '--config-path', path.join(ROOT, 'bench', 'gateways', 'hive.config.ts'), '--port', String(hivePort), '--host', '127.0.0.1',
  ], { SUPERGRAPH_PATH: world.supergraphPath, SERVICE_SECRET: secrets.serviceSecret });
  await waitForHttp(gateway, `http://127.0.0.1:${hivePort}/healthcheck`);
  hive = await httpLoad('Hive Gateway, three subgraphs', `http://127.0.0.1:${hivePort}/graphql`, body(THREE_SUBGRAPHS), auth);
  await stop(gateway);
  gateway = undefined;
  }

  say(`${profile.subscribers} renderProgress subscribers on one router, a frame reported every ${profile.reportIntervalMs} ms`);
  if (want('subscriptions')) {
  base = await startRouter(world.supergraphPath, secrets);
  token = await login(base);
  // The offline sweep may have taken the watched frames from the silent reporter: give them back.
  await rearmReporter(adminUrl, data);
  subscriptions = await measured(() =>
    runLoad<{ held: number; p50_ms: number; p99_ms: number; [key: string]: unknown }>('subscribers', path.join(LOADS, 'subscribers.ts'), {
      wsUrl: base.replace(/^http/, 'ws') + '/graphql', httpBase: base, token, jobId: data.reporter.jobId, frameJobId: data.reporter.frameJobId,
      reporter: { id: data.reporter.id, secret: data.reporter.secret }, subscribers: profile.subscribers, warmupReports: profile.warmupReports, reports: profile.reports, intervalMs: profile.reportIntervalMs,
    }), subgraphPids);
  detail(`subscribers: ${subscriptions.held} held (${subscriptions.samples} samples, ${subscriptions.refused_reports} reports refused), frame → client p50 ${subscriptions.p50_ms} ms, p99 ${subscriptions.p99_ms} ms (first receipt of a report p50 ${subscriptions.first_receipt_p50_ms} ms, p99 ${subscriptions.first_receipt_p99_ms} ms; first to last receipt p50 ${subscriptions.fan_out_spread_p50_ms} ms, p99 ${subscriptions.fan_out_spread_p99_ms} ms), router peak RSS ${subscriptions.peak_rss_mib} MiB`);
  detail(`receipts by report (first / median / last, ms): ${(subscriptions.receipts_by_report as number[][]).map((r) => r.join('/')).join(' ')}`);
  await stop(gateway);
  gateway = undefined;
  // The same clients against a server that only writes frames: this machine's floor for them.
  const floorPort = await freePort();
  gateway = startNode('socket floor', path.join(ROOT, 'bench', 'gateways', 'socket-floor.ts'), [], { PORT: String(floorPort) });
  const floorBase = `http://127.0.0.1:${floorPort}`;
  await waitForHttp(gateway, `${floorBase}/readyz`);
  subscriptionFloor = await runLoad<{ p50_ms: number; p99_ms: number; [key: string]: unknown }>('socket floor', path.join(LOADS, 'subscribers.ts'), {
    wsUrl: floorBase.replace(/^http/, 'ws'), httpBase: floorBase, token, jobId: data.reporter.jobId, frameJobId: data.reporter.frameJobId,
    reporter: { id: data.reporter.id, secret: data.reporter.secret }, subscribers: profile.subscribers, warmupReports: profile.warmupReports, reports: profile.reports, intervalMs: profile.reportIntervalMs,
  });
  detail(`the same subscribers against a server that only writes frames (bench/gateways/socket-floor.ts): p50 ${subscriptionFloor.p50_ms} ms, p99 ${subscriptionFloor.p99_ms} ms (first to last receipt p50 ${subscriptionFloor.fan_out_spread_p50_ms} ms, p99 ${subscriptionFloor.fan_out_spread_p99_ms} ms)`);
  await stop(gateway);
  gateway = undefined;
  }

  say(`${profile.nodes} nodes heartbeating every 5 s through a router for ${profile.heartbeatSeconds} s while renders run`);
  if (want('heartbeats')) {
  base = await startRouter(world.supergraphPath, secrets);
  heartbeats = await measured(() =>
    runLoad<{ p50_ms: number; p99_ms: number; heartbeats: number; [key: string]: unknown }>('heartbeats', path.join(LOADS, 'heartbeats.ts'), {
      httpBase: base, nodes: data.nodes, intervalSeconds: 5, warmupSeconds: 5, durationSeconds: profile.heartbeatSeconds, framesPerSecond: 1,
    }), subgraphPids);
  detail(`heartbeats: ${heartbeats.heartbeats} sent (${heartbeats.refused} refused, ${heartbeats.failed} failed, ${heartbeats.work_assigned} ranges assigned, ${heartbeats.frames_reported} frames; refusals ${JSON.stringify(heartbeats.refused_statuses)} ${heartbeats.first_refusal ?? ''}), p50 ${heartbeats.p50_ms} ms, p99 ${heartbeats.p99_ms} ms (warm-up: p99 ${heartbeats.warmup_p99_ms} ms), router peak RSS ${heartbeats.peak_rss_mib} MiB`);
  detail(`heartbeat p99 by second of the run (ms): ${JSON.stringify(heartbeats.p99_ms_by_second ?? {})}`);
  await stop(gateway);
  gateway = undefined;
  }

  say('Stopping the subgraphs and the database');
  await stopSubgraphs(world.subgraphs);
  subgraphs = {};
  await database.stop();
  database = undefined;
  await rm(dir, { recursive: true, force: true });
  benchDir = undefined;

  say('Writing bench/results/latest.json and latest.md');
  if (only) {
    console.log('A partial run (--only): no results written.');
    return;
  }
  const results: Results = {
    generated_at: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    wall_seconds: Math.round((Date.now() - began) / 1000),
    machine: { cpus: os.cpus().length, cpu_model: os.cpus()[0]?.model ?? 'unknown', memory_gib: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
    profile,
    metrics: {
      router_rps: routerThree.rps,
      vanilla_gateway_rps: vanilla.rps,
      hive_gateway_rps: hive.rps,
      router_one_subgraph_rps: routerOne.rps,
      direct_subgraph_rps: direct.rps,
      dashboard_sql_statements: dashboardStatements,
      subscribers: subscriptions.held,
      subscription_p99_ms: subscriptions.p99_ms,
      heartbeat_p99_ms: heartbeats.p99_ms,
    },
    targets: {},
    details: {
      router: routerThree, vanilla_gateway: vanilla, hive_gateway: hive, router_one_subgraph: routerOne, direct_subgraph: direct,
      dashboard: { ...dashboard, sql_statements_by_owner: counts }, subscriptions, subscription_floor: subscriptionFloor, heartbeats,
    },
  };
  for (const [name, target] of Object.entries(TARGETS)) results.targets[name] = { ...target.describe(results.metrics), met: target.met(results.metrics) };
  await mkdir(path.join(ROOT, 'bench', 'results'), { recursive: true });
  await writeFile(path.join(ROOT, 'bench', 'results', 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  const tuningFile = path.join(ROOT, 'bench', 'results', 'tuning.md');
  const tuning = existsSync(tuningFile) ? await readFile(tuningFile, 'utf8') : '';
  await writeFile(path.join(ROOT, 'bench', 'results', 'latest.md'), renderMarkdown(results, tuning));
  console.log(`\nDone in ${results.wall_seconds} s.`);
  for (const [name, target] of Object.entries(results.targets)) console.log(`  ${target.met ? 'met    ' : 'NOT met'} ${name}: ${target.text}`);
}

/** Runs a load while sampling the router's and the subgraphs' memory. */
async function measured<T extends object>(load: () => Promise<T>, subgraphPids: () => Record<string, number>): Promise<Measured<T>> {
  const sampler = new MemorySampler(() => ({ ...subgraphPids(), gateway: gateway?.pid }));
  const result = await load();
  const { gateway: gatewayPeak, ...subgraphPeaks } = sampler.stop();
  return { ...result, peak_rss_mib: gateway ? Math.max(gatewayPeak ?? 0, procMemoryMiB(gateway.pid, 'VmHWM')) : 0, subgraph_peak_rss_mib: subgraphPeaks };
}

/** Our router as `npm start` runs it; rate limiting stays on with a limit no load reaches. */
async function startRouter(supergraphPath: string, secrets: Secrets): Promise<string> {
  const port = await freePort();
  gateway = startNode('router', path.join(ROOT, 'router', 'main.ts'), [], {
    PORT: String(port), JWT_PUBLIC_KEY: secrets.jwtPublicKey, SERVICE_SECRET: secrets.serviceSecret, SUPERGRAPH_PATH: supergraphPath,
    ROUTER_RATE_LIMIT_POINTS: '1000000000',
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(gateway, `${base}/readyz`);
  return base;
}

async function postJson(url: string, requestBody: string, headers: Record<string, string> = {}): Promise<{ data?: any; errors?: { message: string }[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: requestBody });
  return (await response.json()) as { data?: any; errors?: { message: string }[] };
}

async function login(base: string): Promise<string> {
  const reply = await postJson(`${base}/graphql`, body('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: 'user@flatrender.local', p: demoPassword() }));
  const tokenValue = reply.data?.login?.accessToken;
  if (!tokenValue) throw new Error(`login failed: ${JSON.stringify(reply)}`);
  return tokenValue as string;
}

async function cleanUp() {
  await stop(gateway);
  await stopSubgraphs(subgraphs);
  await database?.stop();
  if (benchDir) await rm(benchDir, { recursive: true, force: true });
}

process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void cleanUp().finally(() => process.exit(1)));
}
main().then(
  () => process.exit(0),
  async (error) => {
    console.error(`\nThe benchmark failed: ${error instanceof Error ? error.stack : error}`);
    await cleanUp();
    process.exit(1);
  },
);
export type { BenchData };
