// Subscribers (its own process): N graphql-ws clients subscribe to one render's progress on one
// router; then this process, as the render's node agent, reports a frame every interval through
// the router. Each frame is one percent, so a client's event says which report caused it:
// latency = receipt - that report's send time. The first few reports warm up (the router's and the
// clients' first events: compiling, first allocations) and are reported apart, as the HTTP loads'
// warm-up is.
//
// The clients live in worker threads (two by default, one per core here), so 2,000 sockets are
// read in parallel and a single busy thread reading them does not add its own queue to the
// latency. Times are absolute (performance.timeOrigin + now()), the same clock in every thread.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { percentile, signedPost } from './sign.ts';

interface Config {
  wsUrl: string;
  httpBase: string;
  token: string;
  jobId: string;
  frameJobId: string;
  reporter: { id: string; secret: string };
  subscribers: number;
  reports: number;
  /** Reports sent first and not measured: the router's and the clients' first events (JIT, first allocations). */
  warmupReports?: number;
  intervalMs: number;
  /** Threads holding the clients (default 2). */
  threads?: number;
}

/** What a thread holding clients reports back. */
type FromThread =
  | { kind: 'held'; count: number }
  | { kind: 'connected'; held: number; errors: number }
  | { kind: 'done'; receipts: Float64Array; gotLast: number; errors: number };

const QUERY = 'subscription Watch($id: ID!) { renderProgress(jobId: $id) { jobId step progress } }';
const now = () => performance.timeOrigin + performance.now();

if (!isMainThread) await holdClients(workerData as { config: Config; count: number });
else await main();

/** A thread: subscribes `count` clients, records when each new progress value arrives, reports at the end. */
async function holdClients({ config, count }: { config: Config; count: number }) {
  // (progress, time) pairs, allocated once: a thread holding a thousand clients should not pause
  // for its own garbage collections while it measures (an array per receipt did, in a profile).
  const receipts = new Float64Array(count * (config.reports + (config.warmupReports ?? 0) + 1) * 2);
  let receiptCount = 0;
  const lastProgress = new Array<number>(count).fill(-1);
  const held = new Set<number>();
  let errors = 0;
  const clients: Client[] = [];
  const subscribe = (index: number) =>
    new Promise<void>((resolve) => {
      const client = createClient({ url: config.wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams: { authorization: `Bearer ${config.token}` } });
      clients.push(client);
      client.subscribe<{ renderProgress: { progress: number } }>({ query: QUERY, variables: { id: config.jobId } }, {
        next: (message) => {
          const at = now();
          const value = message.data?.renderProgress?.progress;
          if (value === undefined) {
            errors++;
            return resolve();
          }
          if (!held.has(index)) {
            held.add(index);
            resolve();
          }
          if (value > lastProgress[index] && receiptCount < receipts.length) {
            receipts[receiptCount++] = value;
            receipts[receiptCount++] = at;
          }
          lastProgress[index] = Math.max(lastProgress[index], value);
        },
        error: () => {
          errors++;
          resolve();
        },
        complete: () => resolve(),
      });
    });
  for (let start = 0; start < count; start += 50) {
    const batch = [];
    for (let index = start; index < Math.min(count, start + 50); index++) batch.push(subscribe(index));
    await Promise.race([Promise.all(batch), new Promise((resolve) => setTimeout(resolve, 30_000))]);
    parentPort!.postMessage({ kind: 'held', count: held.size } satisfies FromThread);
  }
  // What connecting 1,000 clients left behind is collected now, not in the first measured events
  // (its first young-generation collection took 15-18 ms).
  globalThis.gc?.();
  parentPort!.postMessage({ kind: 'connected', held: held.size, errors } satisfies FromThread);
  // The main thread says when the reports are over.
  await new Promise<void>((resolve) => parentPort!.once('message', () => resolve()));
  parentPort!.postMessage({ kind: 'done', receipts: receipts.subarray(0, receiptCount), gotLast: lastProgress.filter((p) => p >= config.reports + (config.warmupReports ?? 0)).length, errors } satisfies FromThread);
  for (const client of clients) void client.dispose();
}

async function main() {
  const config = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Config;
  const progress = (line: string) => process.stderr.write(`# ${line}\n`);
  const threadCount = Math.max(1, Math.min(config.threads ?? 2, config.subscribers));
  const heldBy = new Array<number>(threadCount).fill(0);
  const connected: Promise<{ held: number; errors: number }>[] = [];
  const threads: Worker[] = [];
  const started = performance.now();
  let reported = 0;
  for (let t = 0; t < threadCount; t++) {
    const count = Math.floor(config.subscribers / threadCount) + (t < config.subscribers % threadCount ? 1 : 0);
    // A worker does not inherit `--import tsx`: it registers tsx itself, then loads this file.
    const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
    const worker = new Worker(boot, { eval: true, workerData: { config, count } });
    threads.push(worker);
    connected.push(new Promise((resolve, reject) => {
      worker.on('error', reject);
      worker.on('message', (message: FromThread) => {
        if (message.kind === 'held') {
          heldBy[t] = message.count;
          const total = heldBy.reduce((a, b) => a + b, 0);
          if (total >= reported + 500) progress(`${(reported = total - (total % 500))} subscribers held`);
        }
        if (message.kind === 'connected') resolve({ held: message.held, errors: message.errors });
      });
    }));
  }
  const connections = await Promise.all(connected);
  const warmupReports = config.warmupReports ?? 0;
  const held = connections.reduce((sum, c) => sum + c.held, 0);
  const connectSeconds = (performance.now() - started) / 1000;
  progress(`${held} of ${config.subscribers} subscribers held (${connectSeconds.toFixed(1)} s, ${threadCount} threads); reporting ${warmupReports} frames to warm up, then ${config.reports} measured, every ${config.intervalMs} ms`);

  // The render is at 0 %: frame n (from 0) makes it n + 1 %.
  const sentAt = new Map<number, number>();
  let refused = 0;
  let beats = 0;
  /** How long each frame report took to be answered (the node's side of the path). */
  const reportTimes: number[] = [];
  // The reporting node heartbeats as a busy node does, so the offline sweep leaves its frames alone.
  const heartbeat = () =>
    signedPost(config.httpBase, config.reporter.secret, `/v1/internal/nodes/${config.reporter.id}/heartbeat`, {
      status: 'rendering', cpu_pct: 80, ram_available_mb: 20_000, ae_running: true, current_job_id: config.jobId, current_frame: beats++, cache_used_gb: 1,
    }).catch(() => undefined);
  await heartbeat();
  const beating = setInterval(() => void heartbeat(), 5000);
  const cadence = performance.now();
  for (let frame = 0; frame < warmupReports + config.reports; frame++) {
    const wait = cadence + frame * config.intervalMs - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sent = now();
    sentAt.set(frame + 1, sent);
    const reply = await signedPost(config.httpBase, config.reporter.secret, `/v1/internal/render/jobs/${config.jobId}/frames`, {
      frame_job_id: config.frameJobId, frame_number: frame, file_size_bytes: 1024, completed_at: new Date().toISOString(),
    });
    if (reply.status !== 204) refused++;
    if (frame >= warmupReports) reportTimes.push(now() - sent);
  }
  await new Promise((resolve) => setTimeout(resolve, 3000));
  clearInterval(beating);

  const results = await Promise.all(threads.map((worker) => new Promise<Extract<FromThread, { kind: 'done' }>>((resolve) => {
    worker.on('message', (message: FromThread) => {
      if (message.kind === 'done') resolve(message);
    });
    worker.postMessage('stop');
  })));
  const latencies: number[] = [];
  const warmupLatencies: number[] = [];
  // Per report: its first receipt (the path from node to router) and its last (plus the fan-out).
  const byReport = new Map<number, number[]>();
  for (const result of results) {
    for (let index = 0; index < result.receipts.length; index += 2) {
      const value = result.receipts[index];
      const at = result.receipts[index + 1];
      const sent = sentAt.get(value);
      if (sent === undefined) continue;
      if (value <= warmupReports) {
        warmupLatencies.push(at - sent);
        continue;
      }
      latencies.push(at - sent);
      const seen = byReport.get(value);
      if (seen) seen.push(at - sent);
      else byReport.set(value, [at - sent]);
    }
  }
  latencies.sort((a, b) => a - b);
  warmupLatencies.sort((a, b) => a - b);
  for (const samples of byReport.values()) samples.sort((a, b) => a - b);
  const firsts = [...byReport.values()].map((samples) => samples[0]).sort((a, b) => a - b);
  const spreads = [...byReport.values()].map((samples) => samples[samples.length - 1] - samples[0]).sort((a, b) => a - b);
  /** Per report, in order: its first receipt, median and last (ms after it was sent). */
  const reportsOrdered = [...byReport.entries()].sort(([a], [b]) => a - b);
  const receiptsByReport = reportsOrdered.map(([, samples]) => [samples[0], percentile(samples, 50), samples[samples.length - 1]].map((ms) => Math.round(ms * 10) / 10));
  console.log(JSON.stringify({
    subscribers: config.subscribers,
    held,
    threads: threadCount,
    received_last: results.reduce((sum, r) => sum + r.gotLast, 0),
    connect_seconds: Math.round(connectSeconds * 10) / 10,
    reports: config.reports,
    warmup_reports: warmupReports,
    warmup_p50_ms: percentile(warmupLatencies, 50),
    warmup_p99_ms: percentile(warmupLatencies, 99),
    refused_reports: refused,
    samples: latencies.length,
    expected_samples: config.reports * held,
    p50_ms: percentile(latencies, 50),
    p99_ms: percentile(latencies, 99),
    max_ms: percentile(latencies, 100),
    report_p50_ms: percentile(reportTimes.sort((a, b) => a - b), 50),
    report_p99_ms: percentile(reportTimes, 99),
    first_receipt_p50_ms: percentile(firsts, 50),
    first_receipt_p99_ms: percentile(firsts, 99),
    fan_out_spread_p50_ms: percentile(spreads, 50),
    fan_out_spread_p99_ms: percentile(spreads, 99),
    receipts_by_report: receiptsByReport,
    errors: connections.reduce((sum, c) => sum + c.errors, 0) + results.reduce((sum, r) => sum + r.errors, 0),
  }));
  process.exit(0);
}
