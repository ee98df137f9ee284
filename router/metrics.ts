// Prometheus metrics of the router (prom-client), served at /metrics.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'flatrender_router_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route and status.',
      labelNames: ['route', 'status'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    operations: new Counter({
      name: 'flatrender_router_graphql_operations_total',
      help: 'GraphQL operations executed, by operation name, type and outcome.',
      labelNames: ['operation', 'type', 'outcome'] as const,
      registers: [registry],
    }),
    subgraphFetches: new Histogram({
      name: 'flatrender_router_subgraph_fetch_duration_seconds',
      help: 'Time of one fetch from the router to a subgraph.',
      labelNames: ['subgraph'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
  };
}
export type RouterMetrics = ReturnType<typeof createMetrics>;
