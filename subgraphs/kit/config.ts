// Environment of a subgraph process, validated at start (zod). Every variable is documented in
// each subgraph's README and in the project README.
import { z } from 'zod';
import { EVENT_BUSES } from './events.ts';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Port this subgraph listens on (0 = any free port). */
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** Connection string with the owner's own role (fr_<owner>). */
  DATABASE_URL: z.string().url(),
  /** PEM (SPKI) Ed25519 public key that verifies access tokens. */
  JWT_PUBLIC_KEY: z.string().min(1),
  /** PEM (PKCS#8) Ed25519 private key that signs access tokens: identity only. */
  JWT_PRIVATE_KEY: z.string().optional(),
  /** Shared secret of service-to-service calls (render charging identity's wallets ...). */
  SERVICE_SECRET: z.string().min(16).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `false` lets GraphQL requests in without the router's service header (a subgraph alone in development). */
  REQUIRE_GATEWAY: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  /** Pool size of this subgraph's database connections. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** The live event bus behind subscriptions: PostgreSQL LISTEN/NOTIFY or NATS JetStream. */
  EVENT_BUS: z.enum(EVENT_BUSES).default('postgres'),
  /** The NATS server (with JetStream) when EVENT_BUS=nats. */
  NATS_URL: z.string().url().refine((value) => /^(nats|tls):\/\//.test(value), 'must be a nats:// or tls:// URL').default('nats://127.0.0.1:4222'),
});
export type SubgraphEnv = z.infer<typeof schema>;

/**
 * Reads the subgraph's environment. `<OWNER>_DATABASE_URL` (e.g. RENDER_DATABASE_URL) wins over
 * DATABASE_URL so that one environment can start several subgraphs.
 */
export function readEnv(owner: string, env: NodeJS.ProcessEnv = process.env): SubgraphEnv {
  const prefix = owner.toUpperCase();
  const parsed = schema.safeParse({
    ...env,
    DATABASE_URL: env[`${prefix}_DATABASE_URL`] ?? env.DATABASE_URL,
    PORT: env[`${prefix}_PORT`] ?? env.PORT,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`The ${owner} subgraph's environment is invalid:\n${problems}`);
  }
  return parsed.data;
}
