// The benchmark's results: the targets of issue 7 and the Markdown report.

export interface Metrics {
  router_rps: number;
  vanilla_gateway_rps: number;
  hive_gateway_rps: number;
  router_one_subgraph_rps: number;
  direct_subgraph_rps: number;
  dashboard_sql_statements: number;
  subscribers: number;
  subscription_p99_ms: number;
  heartbeat_p99_ms: number;
}

export interface Results {
  generated_at: string;
  mode: 'quick' | 'full';
  wall_seconds: number;
  machine: Record<string, unknown>;
  profile: Record<string, unknown>;
  metrics: Metrics;
  targets: Record<string, { text: string; met: boolean }>;
  details: Record<string, any>;
}

interface Target {
  describe(m: Metrics): { text: string };
  met(m: Metrics): boolean;
}

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 100) / 100 : 0);

export const TARGETS: Record<string, Target> = {
  'router ≥ 1.5 × vanilla gateway': {
    describe: (m) => ({ text: `${m.router_rps} vs ${m.vanilla_gateway_rps} req/s (${ratio(m.router_rps, m.vanilla_gateway_rps)} ×)` }),
    met: (m) => m.router_rps >= 1.5 * m.vanilla_gateway_rps,
  },
  'router ≥ Hive Gateway': {
    describe: (m) => ({ text: `${m.router_rps} vs ${m.hive_gateway_rps} req/s (${ratio(m.router_rps, m.hive_gateway_rps)} ×)` }),
    met: (m) => m.router_rps >= m.hive_gateway_rps,
  },
  'router one-subgraph ≥ 0.6 × direct': {
    describe: (m) => ({ text: `${m.router_one_subgraph_rps} vs ${m.direct_subgraph_rps} req/s (${ratio(m.router_one_subgraph_rps, m.direct_subgraph_rps)} ×)` }),
    met: (m) => m.router_one_subgraph_rps >= 0.6 * m.direct_subgraph_rps,
  },
  'dashboard ≤ 6 SQL statements': {
    describe: (m) => ({ text: `${m.dashboard_sql_statements} statements` }),
    met: (m) => m.dashboard_sql_statements <= 6,
  },
  '2,000 subscribers, p99 ≤ 50 ms': {
    describe: (m) => ({ text: `${m.subscribers} held, p99 ${m.subscription_p99_ms} ms` }),
    met: (m) => m.subscribers >= 2000 && m.subscription_p99_ms <= 50,
  },
  'heartbeat p99 ≤ 25 ms': {
    describe: (m) => ({ text: `p99 ${m.heartbeat_p99_ms} ms` }),
    met: (m) => m.heartbeat_p99_ms <= 25,
  },
};

const mib = (value: unknown) => (typeof value === 'number' && value ? `${value} MiB` : '–');
const peakSubgraphs = (peaks: Record<string, number> | undefined) =>
  peaks ? Object.entries(peaks).sort((a, b) => b[1] - a[1]).slice(0, 2).map(([name, value]) => `${name} ${value}`).join(', ') : '–';

export function renderMarkdown(results: Results, tuning: string): string {
  const { metrics: m, details: d } = results;
  const row = (metric: string, value: string, detail: any, process: string) =>
    `| \`${metric}\` | ${value} | ${detail?.p50_ms ?? '–'} | ${detail?.p99_ms ?? '–'} | ${process} ${mib(detail?.peak_rss_mib)} | ${peakSubgraphs(detail?.subgraph_peak_rss_mib)} |`;
  return `# Benchmark results (${results.mode} run)

Generated ${results.generated_at} by \`npm run bench${results.mode === 'quick' ? ' -- --quick' : ''}\` in ${results.wall_seconds} s on
${results.machine.cpus} × ${results.machine.cpu_model}, ${results.machine.memory_gib} GiB, Node ${results.machine.node} (${results.machine.platform}).
Everything (PostgreSQL, six subgraphs, the gateway under test, the load generator) shares these
cores; numbers are comparable with each other, not with other machines. How it is measured:
[bench/README.md](../README.md).

## Targets

| target | result | met |
| --- | --- | --- |
${Object.entries(results.targets).map(([name, t]) => `| ${name} | ${t.text} | ${t.met ? 'yes' : '**no**'} |`).join('\n')}

## Metrics

| metric | value | p50 ms | p99 ms | peak RSS of the gateway | peak RSS of the busiest subgraphs (MiB) |
| --- | --- | --- | --- | --- | --- |
${[
    row('router_rps', `${m.router_rps} req/s`, d.router, 'router'),
    row('vanilla_gateway_rps', `${m.vanilla_gateway_rps} req/s`, d.vanilla_gateway, '@apollo/gateway'),
    row('hive_gateway_rps', `${m.hive_gateway_rps} req/s`, d.hive_gateway, 'Hive Gateway'),
    row('router_one_subgraph_rps', `${m.router_one_subgraph_rps} req/s`, d.router_one_subgraph, 'router'),
    row('direct_subgraph_rps', `${m.direct_subgraph_rps} req/s`, d.direct_subgraph, '(none)'),
    row('dashboard_sql_statements', `${m.dashboard_sql_statements} (MyRenders, 50 jobs: ${d.dashboard.rps} req/s)`, d.dashboard, 'router'),
    row('subscribers / subscription_p99_ms', `${m.subscribers} held, p99 ${m.subscription_p99_ms} ms`, d.subscriptions, 'router'),
    row('heartbeat_p99_ms', `${m.heartbeat_p99_ms} ms (${d.heartbeats.heartbeats} heartbeats)`, d.heartbeats, 'router'),
  ].join('\n')}

HTTP loads: autocannon, ${results.profile.connections} connections, ${results.profile.warmupSeconds} s warm-up, then ${results.profile.durationSeconds} s measured;
non-2xx / errors / timeouts: router ${d.router.non2xx}/${d.router.errors}/${d.router.timeouts},
vanilla ${d.vanilla_gateway.non2xx}/${d.vanilla_gateway.errors}/${d.vanilla_gateway.timeouts},
Hive ${d.hive_gateway.non2xx}/${d.hive_gateway.errors}/${d.hive_gateway.timeouts}.

Dashboard statements by owner (one MyRenders, first: 50):

${Object.entries(d.dashboard.sql_statements_by_owner as Record<string, { total: number; statements: string[] }>).map(([owner, c]) => `- ${owner}: ${c.total}\n${c.statements.map((s) => `  - \`${s.replaceAll('`', "'")}\``).join('\n')}`).join('\n')}

Subscriptions: ${d.subscriptions.subscribers} asked, ${d.subscriptions.held} held, ${d.subscriptions.received_last} received the last event;
${d.subscriptions.samples} of ${d.subscriptions.expected_samples} possible latency samples (events coalesced by the 100 ms throttle are not samples); max ${d.subscriptions.max_ms} ms;
${d.subscriptions.errors} errors; connecting took ${d.subscriptions.connect_seconds} s; ${d.subscriptions.warmup_reports ?? 0} reports before them warmed up
(p50 ${d.subscriptions.warmup_p50_ms ?? '–'} ms, p99 ${d.subscriptions.warmup_p99_ms ?? '–'} ms, not in the metric).
A report's first receipt (node → router → subscriber): p50 ${d.subscriptions.first_receipt_p50_ms ?? '–'} ms, p99 ${d.subscriptions.first_receipt_p99_ms ?? '–'} ms;
first to last receipt of a report (the fan-out to every subscriber): p50 ${d.subscriptions.fan_out_spread_p50_ms ?? '–'} ms, p99 ${d.subscriptions.fan_out_spread_p99_ms ?? '–'} ms.
Each measured report's last receipt (ms): ${((d.subscriptions.receipts_by_report ?? []) as number[][]).map((r) => r[2]).join(', ')}.
The same clients against a server that does nothing but write each report's frame to every socket
(\`bench/gateways/socket-floor.ts\`: no GraphQL, subgraph or database), this machine's floor for them:
p50 ${d.subscription_floor?.p50_ms ?? '–'} ms, p99 ${d.subscription_floor?.p99_ms ?? '–'} ms (fan-out p50 ${d.subscription_floor?.fan_out_spread_p50_ms ?? '–'} ms, p99 ${d.subscription_floor?.fan_out_spread_p99_ms ?? '–'} ms).

Heartbeats: ${d.heartbeats.nodes} nodes every ${d.heartbeats.interval_seconds} s; a warm-up of ${d.heartbeats.warmup_seconds ?? 0} s (every node's first
heartbeat, the queued work handed out: ${d.heartbeats.warmup_heartbeats ?? 0} heartbeats, p50 ${d.heartbeats.warmup_p50_ms ?? '–'} ms, p99 ${d.heartbeats.warmup_p99_ms ?? '–'} ms, not in the metric),
then ${d.heartbeats.duration_seconds} s measured while the nodes render: ${d.heartbeats.heartbeats} heartbeats
(${d.heartbeats.rps}/s), ${d.heartbeats.refused} refused, ${d.heartbeats.failed} failed, max ${d.heartbeats.max_ms} ms;
${d.heartbeats.work_assigned} frame ranges handed out, ${d.heartbeats.frames_reported} frames reported meanwhile (${d.heartbeats.frame_errors} refused).
p99 by second of the run (ms): ${Object.entries(d.heartbeats.p99_ms_by_second ?? {}).map(([second, value]) => `${second}: ${value}`).join(', ')}.
${tuning ? `\n${tuning.trim()}\n` : ''}`;
}
