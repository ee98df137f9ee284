// Starts the router alone: `npm run start:router` (SUBGRAPH_URL_<NAME> overrides the composed URLs).
import { readFile } from 'node:fs/promises';
import pino from 'pino';
import { operationLimitsOf, rateLimitOf, readRouterEnv, subgraphUrlOverrides } from './config.ts';
import { startRouter } from './server.ts';

const env = readRouterEnv();
const log = pino({ level: env.LOG_LEVEL, base: { process: 'router' } });
const router = await startRouter({
  supergraphSdl: await readFile(env.SUPERGRAPH_PATH, 'utf8'),
  jwtPublicKey: env.JWT_PUBLIC_KEY,
  serviceSecret: env.SERVICE_SECRET,
  apiKeyCacheSeconds: env.ROUTER_API_KEY_CACHE_SECONDS,
  urls: subgraphUrlOverrides(),
  port: env.PORT,
  host: env.HOST,
  production: env.NODE_ENV === 'production',
  bodyLimitBytes: env.BODY_LIMIT_BYTES,
  operationLimits: operationLimitsOf(env),
  rateLimit: rateLimitOf(env),
  corsOrigins: env.ROUTER_CORS_ORIGINS,
  getCacheMaxAgeSeconds: env.ROUTER_GET_CACHE_MAX_AGE_SECONDS,
  log,
});
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await router.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
