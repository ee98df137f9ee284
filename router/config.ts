// Environment of the router process, validated at start (zod).
import { z } from 'zod';
import { isOriginPattern } from './cors.ts';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from './limits.ts';
import { DEFAULT_RATE_LIMIT, type RateLimitOptions } from './rate-limit.ts';

const limit = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

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
  /** Shared secret of FlatRender services: the router signs every subgraph call with it (subgraphs refuse unsigned calls). */
  SERVICE_SECRET: z.string().min(16),
  /** Seconds a verified partner API key is trusted before identity is asked again (a revoked key works this long at most). */
  ROUTER_API_KEY_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest request body accepted, in bytes (larger: 413). */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  /** Deepest selection nesting an operation may have. */
  ROUTER_MAX_DEPTH: limit(DEFAULT_OPERATION_LIMITS.maxDepth),
  /** Most aliases in one operation. */
  ROUTER_MAX_ALIASES: limit(DEFAULT_OPERATION_LIMITS.maxAliases),
  /** Highest graphql-armor cost of one operation. */
  ROUTER_MAX_COST: limit(DEFAULT_OPERATION_LIMITS.maxCost),
  /** Most directives in one operation. */
  ROUTER_MAX_DIRECTIVES: limit(DEFAULT_OPERATION_LIMITS.maxDirectives),
  /** Most lexical tokens in one document. */
  ROUTER_MAX_TOKENS: limit(DEFAULT_OPERATION_LIMITS.maxTokens),
  /** Requests per window from one IP address (an IPv6 /64); 0 turns rate limiting off. */
  ROUTER_RATE_LIMIT_POINTS: z.coerce.number().int().min(0).default(DEFAULT_RATE_LIMIT.points),
  /** Requests per window with one X-Api-Key (counted by the key's SHA-256). */
  ROUTER_RATE_LIMIT_API_KEY_POINTS: limit(DEFAULT_RATE_LIMIT.apiKeyPoints),
  /** Length of the rate-limit window, in seconds. */
  ROUTER_RATE_LIMIT_WINDOW_SECONDS: limit(DEFAULT_RATE_LIMIT.windowSeconds),
  /** Reverse proxies in front of the router whose X-Forwarded-For entry names the client (0: use the socket's address). */
  ROUTER_TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** max-age of cacheable GET responses (persisted public catalog queries), in seconds; 0: none is cacheable. */
  ROUTER_GET_CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).default(60),
  /** Browser origins allowed by CORS, comma-separated (`scheme://host[:port|:*]`); unset: none in production, localhost in development. */
  ROUTER_CORS_ORIGINS: z
    .string()
    .optional()
    .transform((value) => value?.split(',').map((origin) => origin.trim()).filter(Boolean))
    .refine((origins) => !origins || origins.every(isOriginPattern), 'each origin must be scheme://host[:port|:*]'),
});
export type RouterEnv = z.infer<typeof schema>;

export function readRouterEnv(env: NodeJS.ProcessEnv = process.env): RouterEnv {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`The router's environment is invalid:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return parsed.data;
}

/** The operation limits the environment sets. */
export const operationLimitsOf = (env: RouterEnv): OperationLimits => ({
  maxDepth: env.ROUTER_MAX_DEPTH,
  maxAliases: env.ROUTER_MAX_ALIASES,
  maxCost: env.ROUTER_MAX_COST,
  maxDirectives: env.ROUTER_MAX_DIRECTIVES,
  maxTokens: env.ROUTER_MAX_TOKENS,
});

/** The rate limit the environment sets, or false when ROUTER_RATE_LIMIT_POINTS is 0. */
export const rateLimitOf = (env: RouterEnv): RateLimitOptions | false =>
  env.ROUTER_RATE_LIMIT_POINTS === 0
    ? false
    : { points: env.ROUTER_RATE_LIMIT_POINTS, apiKeyPoints: env.ROUTER_RATE_LIMIT_API_KEY_POINTS, windowSeconds: env.ROUTER_RATE_LIMIT_WINDOW_SECONDS, trustProxyHops: env.ROUTER_TRUST_PROXY_HOPS };

/** Subgraph URL overrides: SUBGRAPH_URL_<NAME> (e.g. SUBGRAPH_URL_RENDER) wins over the supergraph's. */
export function subgraphUrlOverrides(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_URL_([A-Z_]+)$/.exec(key);
    if (match && value) urls[match[1].toLowerCase()] = value;
  }
  return urls;
}
