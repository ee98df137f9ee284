// Subscribers (its own process): N graphql-ws clients subscribe to one render's progress on one
// router; then this process, as the render's node agent, reports a frame every interval through
// the router. Each frame is one percent, so a client's event says which report caused it:
// latency = receipt - that report's send time (one clock, this process's).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
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
  intervalMs: number;
}

const config = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Config;
const progress = (line: string) => process.stderr.write(`# ${line}\n`);
const QUERY = 'subscription Watch($id: ID!) { renderProgress(jobId: $id) { jobId step progress } }';

const sentAt = new Map<number, number>();
const latencies: number[] = [];
const held = new Set<number>();
const lastProgress = new Array<number>(config.subscribers).fill(-1);
let errors = 0;
const clients: Client[] = [];

function subscribe(index: number): Promise<void> {
  const client = createClient({ url: config.wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams: { authorization: `Bearer ${config.token}` } });
  clients.push(client);
  return new Promise((resolve) => {
    client.subscribe<{ renderProgress: { progress: number } }>({ query: QUERY, variables: { id: config.jobId } }, {
      next: (message) => {
        const now = performance.now();
        const value = message.data?.renderProgress?.progress;
        if (value === undefined) {
          errors++;
          return resolve();
        }
        if (!held.has(index)) {
          held.add(index);
          resolve();
        }
        const sent = sentAt.get(value);
        if (sent !== undefined && value > lastProgress[index]) latencies.push(now - sent);
        lastProgress[index] = Math.max(lastProgress[index], value);
      },
      error: () => {
        errors++;
        resolve();
      },
      complete: () => resolve(),
    });
  });
}

const started = performance.now();
for (let start = 0; start < config.subscribers; start += 100) {
  const batch = [];
  for (let index = start; index < Math.min(config.subscribers, start + 100); index++) batch.push(subscribe(index));
  await Promise.race([Promise.all(batch), new Promise((resolve) => setTimeout(resolve, 30_000))]);
  if ((start / 100) % 5 === 4) progress(`${held.size} subscribers held`);
}
const connectSeconds = (performance.now() - started) / 1000;
progress(`${held.size} of ${config.subscribers} subscribers held (${connectSeconds.toFixed(1)} s); reporting ${config.reports} frames every ${config.intervalMs} ms`);

// The render is at 0 %: frame n (from 0) makes it n + 1 %.
let refused = 0;
// The reporting node heartbeats as a busy node does, so the offline sweep leaves its frames alone.
const heartbeat = () =>
  signedPost(config.httpBase, config.reporter.secret, `/v1/internal/nodes/${config.reporter.id}/heartbeat`, {
    status: 'rendering', cpu_pct: 80, ram_available_mb: 20_000, ae_running: true, current_job_id: config.jobId, current_frame: beats++, cache_used_gb: 1,
  }).catch(() => undefined);
let beats = 0;
await heartbeat();
const beating = setInterval(() => void heartbeat(), 5000);
const cadence = performance.now();
for (let frame = 0; frame < config.reports; frame++) {
  const due = cadence + frame * config.intervalMs;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  sentAt.set(frame + 1, performance.now());
  const reply = await signedPost(config.httpBase, config.reporter.secret, `/v1/internal/render/jobs/${config.jobId}/frames`, {
    frame_job_id: config.frameJobId, frame_number: frame, file_size_bytes: 1024, completed_at: new Date().toISOString(),
  });
  if (reply.status !== 204) refused++;
}
await new Promise((resolve) => setTimeout(resolve, 3000));
clearInterval(beating);
const final = config.reports;
const gotLast = lastProgress.filter((p) => p >= final).length;
latencies.sort((a, b) => a - b);
for (const client of clients) void client.dispose();
console.log(JSON.stringify({
  subscribers: config.subscribers,
  held: held.size,
  received_last: gotLast,
  connect_seconds: Math.round(connectSeconds * 10) / 10,
  reports: config.reports,
  refused_reports: refused,
  samples: latencies.length,
  expected_samples: config.reports * held.size,
  p50_ms: percentile(latencies, 50),
  p99_ms: percentile(latencies, 99),
  max_ms: percentile(latencies, 100),
  errors,
}));
process.exit(0);
