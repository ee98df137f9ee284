// Heartbeats (its own process): N simulated nodes heartbeat every few seconds through the router,
// spread evenly over the interval, while the renders queued in the seed are taken by idle nodes
// and rendered (a frame reported per second per busy node). Heartbeat latency is measured here.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { percentile, signedPost } from './sign.ts';

interface Config {
  httpBase: string;
  nodes: { id: string; secret: string }[];
  intervalSeconds: number;
  durationSeconds: number;
  framesPerSecond: number;
  /** Seconds before the measured part: every node's first heartbeat, the work handed out. */
  warmupSeconds?: number;
}

interface RenderFrames {
  job_id: string;
  frame_job_id: string;
  start_frame: number;
  end_frame: number;
}

const config = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Config;
const latencies: number[] = [];
/** [seconds since the load began, latency] of every heartbeat, to show when the slow ones were sent. */
const timeline: [number, number][] = [];
const began = performance.now();
/** Heartbeats sent in the warm-up (every node's first, while the queued work is handed out) are reported apart. */
const warmupMs = (config.warmupSeconds ?? 0) * 1000;
const warmupLatencies: number[] = [];
let refused = 0;
const statuses: Record<number, number> = {};
let sample: string | undefined;
let failed = 0;
let assigned = 0;
let frames = 0;
let frameErrors = 0;
const timers: NodeJS.Timeout[] = [];
let running = true;

async function render(node: { id: string; secret: string }, work: RenderFrames, state: { busy?: string; beat: number }) {
  state.busy = work.job_id;
  for (let frame = work.start_frame; frame <= work.end_frame && running; frame++) {
    await new Promise((resolve) => setTimeout(resolve, 1000 / config.framesPerSecond));
    if (!running) break;
    const reply = await signedPost(config.httpBase, node.secret, `/v1/internal/render/jobs/${work.job_id}/frames`, {
      frame_job_id: work.frame_job_id, frame_number: frame, file_size_bytes: 2048, completed_at: new Date().toISOString(),
    }).catch(() => ({ status: 0 }));
    if (reply.status === 204) frames++;
    else frameErrors++;
  }
  state.busy = undefined;
}

function startNode(node: { id: string; secret: string }, offsetMs: number) {
  const state: { busy?: string; beat: number } = { beat: 0 };
  const beat = async () => {
    if (!running) return;
    const started = performance.now();
    try {
      const reply = await signedPost(config.httpBase, node.secret, `/v1/internal/nodes/${node.id}/heartbeat`, {
        status: state.busy ? 'rendering' : 'idle', cpu_pct: state.busy ? 85 : 4, ram_available_mb: 20_000, ae_running: Boolean(state.busy),
        current_job_id: state.busy ?? null, current_frame: state.beat++, cache_used_gb: 1,
      });
      const latency = performance.now() - started;
      timeline.push([Math.floor((started - began) / 1000), latency]);
      if (started - began >= warmupMs) latencies.push(latency);
      else warmupLatencies.push(latency);
      if (reply.status !== 200) {
        refused++;
        statuses[reply.status] = (statuses[reply.status] ?? 0) + 1;
        sample ??= JSON.stringify(reply.body).slice(0, 300);
        return;
      }
      for (const command of reply.body.pending_commands as { command: string; payload: RenderFrames }[]) {
        if (command.command === 'RenderFrames') {
          assigned++;
          void render(node, command.payload, state);
        }
      }
    } catch (error) {
      failed++;
      sample ??= String(error);
    }
  };
  timers.push(setTimeout(() => {
    void beat();
    timers.push(setInterval(() => void beat(), config.intervalSeconds * 1000));
  }, offsetMs));
}

const spread = (config.intervalSeconds * 1000) / config.nodes.length;
config.nodes.forEach((node, index) => startNode(node, index * spread));
await new Promise((resolve) => setTimeout(resolve, warmupMs + config.durationSeconds * 1000));
running = false;
for (const timer of timers) clearTimeout(timer);
// Heartbeats still in flight are waited for (and counted).
await new Promise((resolve) => setTimeout(resolve, 2000));
latencies.sort((a, b) => a - b);
warmupLatencies.sort((a, b) => a - b);
// The p99 of each second of the run: a burst (work being handed out) shows as its seconds.
const perSecond: Record<number, number[]> = {};
for (const [second, latency] of timeline) (perSecond[second] ??= []).push(latency);
const p99BySecond = Object.fromEntries(Object.entries(perSecond).map(([second, values]) => [second, percentile(values.sort((a, b) => a - b), 99)]));
console.log(JSON.stringify({
  nodes: config.nodes.length,
  interval_seconds: config.intervalSeconds,
  duration_seconds: config.durationSeconds,
  heartbeats: latencies.length,
  rps: Math.round((latencies.length / config.durationSeconds) * 10) / 10,
  refused,
  failed,
  p50_ms: percentile(latencies, 50),
  p99_ms: percentile(latencies, 99),
  max_ms: percentile(latencies, 100),
  work_assigned: assigned,
  frames_reported: frames,
  frame_errors: frameErrors,
  refused_statuses: statuses,
  first_refusal: sample ?? null,
  warmup_seconds: warmupMs / 1000,
  warmup_heartbeats: warmupLatencies.length,
  warmup_p50_ms: percentile(warmupLatencies, 50),
  warmup_p99_ms: percentile(warmupLatencies, 99),
  p99_ms_by_second: p99BySecond,
}));
process.exit(0);
