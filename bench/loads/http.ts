// One HTTP load (its own process): checks one request answers without GraphQL errors, warms up,
// then runs autocannon for a fixed time and prints the result as one JSON line on stdout.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

interface Config {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

const config = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Config;
const headers = { 'content-type': 'application/json', ...config.headers };

async function check() {
  const response = await fetch(config.url, { method: 'POST', headers, body: config.body });
  const text = await response.text();
  const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (response.status !== 200 || body.errors?.length || !body.data) throw new Error(`The load's request fails (${response.status}): ${text.slice(0, 1000)}`);
  return text.length;
}

const run = (duration: number) =>
  autocannon({ url: config.url, method: 'POST', headers, body: config.body, connections: config.connections, duration, timeout: 10 });

const bytes = await check();
if (config.warmupSeconds > 0) await run(config.warmupSeconds);
const result = await run(config.durationSeconds);
await check();
console.log(JSON.stringify({
  rps: Math.round(result.requests.average * 10) / 10,
  requests: result.requests.total,
  p50_ms: result.latency.p50,
  p99_ms: result.latency.p99,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  responseBytes: bytes,
  connections: config.connections,
  durationSeconds: config.durationSeconds,
}));
