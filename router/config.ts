// Environment of the router process, validated at start (zod).
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Port the router listens on. */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Address to bind; loopback unless told otherwise. */
  HOST: z.string().default('127.0.0.1'),
  /** Composed supergraph SDL to serve (npm run compose writes it). */
  SUPERGRAPH_PATH: z.string().default('supergraph.graphql'),
  /** PEM (SPKI) Ed25519 public key that verifies access tokens. */
  JWT_PUBLIC_KEY: z.string().min(1),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest request body accepted, in bytes (larger: 413). */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
});
export type RouterEnv = z.infer<typeof schema>;

export function readRouterEnv(env: NodeJS.ProcessEnv = process.env): RouterEnv {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`The router's environment is invalid:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return parsed.data;
}

/** Subgraph URL overrides: SUBGRAPH_URL_<NAME> (e.g. SUBGRAPH_URL_RENDER) wins over the supergraph's. */
export function subgraphUrlOverrides(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_URL_([A-Z_]+)$/.exec(key);
    if (match && value) urls[match[1].toLowerCase()] = value;
  }
  return urls;
}
