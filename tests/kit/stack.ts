// Starts subgraphs (and the router) in this test process on port 0, over a fresh database.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/kit/server.ts';
import { SERVICE_HEADER, serviceToken } from '../../subgraphs/kit/auth.ts';
import { startRouter, type RouterOptions, type RunningRouter } from '../../router/server.ts';
import { loadSubgraph, OWNERS, type Owner } from '../../scripts/subgraphs.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { startNats, type NatsServer } from './nats.ts';

/** The service secret test stacks share (tests sign service tokens with it too). */
export const SERVICE_SECRET = 'test-service-secret-0123456789';

export interface Stack {
  db: TestDatabase;
  /** The first replica of each owner. */
  subgraphs: Partial<Record<Owner, RunningSubgraph>>;
  /** Every replica of each owner, in start order. */
  replicas: Partial<Record<Owner, RunningSubgraph[]>>;
  router?: RunningRouter;
  /** Every router: router i sends each owner's part to that owner's replica i (mod its count). */
  routers: RunningRouter[];
  /** Router URL, or the only subgraph's URL when started without a router. */
  url: string;
  jwt: { publicKey: string; privateKey: string };
  /** The NATS server the stack started for `bus: 'nats'` (none when the test gave `natsUrl`). */
  nats?: NatsServer;
  /** Starts one more router over the first replicas with these options (stopped with the stack). */
  startRouter(options?: ExtraRouterOptions): Promise<RunningRouter>;
  stop(): Promise<void>;
}

/** What a test may set on a router; the supergraph and the token key come from the stack. */
export type ExtraRouterOptions = Omit<RouterOptions, 'supergraphSdl' | 'jwtPublicKey'>;

export interface StackOptions {
  owners?: readonly Owner[];
  router?: boolean;
  /** Called for every SQL statement a subgraph sends, with the subgraph's name. */
  onQuery?: (owner: Owner, sql: string) => void;
  /** Work the owners' scheduled queues (off unless a test is about them). */
  jobs?: boolean;
  /** More than one replica of some owners (all on the same database). */
  replicas?: Partial<Record<Owner, number>>;
  /** How many routers (default one, when `router` is on). */
  routers?: number;
  /** Options for every router (production, limits, CORS…); rate limiting is off unless given. */
  routerOptions?: ExtraRouterOptions;
  /**
   * Subgraphs refuse requests without the router's service header (default: when a router is
   * started; a stack without one stands for a subgraph alone in development).
   */
  requireGateway?: boolean;
  /** The live event bus of the subgraphs (default postgres). */
  bus?: 'postgres' | 'nats';
  /** NATS server for `bus: 'nats'`; without it the stack starts its own nats-server. */
  natsUrl?: string;
}

/** Headers that make a request to a subgraph look as if the router sent it (tests of one owner's rules). */
export const routerHeaders = async (): Promise<Record<string, string>> => ({ [SERVICE_HEADER]: await serviceToken(SERVICE_SECRET, 'router') });

export async function startStack({ owners = OWNERS, router = true, onQuery, jobs = false, replicas: counts = {}, routers: routerCount = 1, routerOptions = {}, requireGateway = router, bus = 'postgres', natsUrl }: StackOptions = {}): Promise<Stack> {
  const db = await createTestDatabase();
  const nats = bus === 'nats' && !natsUrl ? await startNats() : undefined;
  process.env.RENDER_SECRET_KEY ??= 'test-render-secret-key';
  process.env.IDENTITY_SECRET_KEY ??= 'test-identity-secret-key';
  // Files (exports) go to a folder of this test file's own.
  process.env.STORAGE_DIR ??= await mkdtemp(path.join(os.tmpdir(), 'fr-test-storage-'));
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwt = {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
  const subgraphs: Partial<Record<Owner, RunningSubgraph>> = {};
  const replicas: Partial<Record<Owner, RunningSubgraph[]>> = {};
  const definitions = await Promise.all(owners.map(loadSubgraph));
  for (const [index, owner] of owners.entries()) {
    replicas[owner] = [];
    for (let replica = 0; replica < (counts[owner] ?? 1); replica++) {
      replicas[owner].push(await startSubgraph(definitions[index], {
        databaseUrl: db.ownerUrl(owner),
        jwtPublicKey: jwt.publicKey,
        jwtPrivateKey: owner === 'identity' ? jwt.privateKey : undefined,
        serviceSecret: SERVICE_SECRET,
        poolSize: 4,
        onQuery: onQuery ? (sql) => onQuery(owner, sql) : undefined,
        jobs,
        requireGateway,
        eventBus: bus,
        natsUrl: natsUrl ?? nats?.url,
      }));
    }
    subgraphs[owner] = replicas[owner][0];
    // Subgraphs that ask another owner (studio asks content) find it here.
    process.env[`SUBGRAPH_URL_${owner.toUpperCase()}`] = subgraphs[owner]!.url;
  }
  /** The supergraph whose subgraph URLs point at replica `index` of each owner. */
  const supergraphFor = (index: number): string => {
    const composed = composeServices(
      definitions.map((definition, d) => {
        const ofOwner = replicas[owners[d]]!;
        return { name: owners[d], url: ofOwner[index % ofOwner.length].url, typeDefs: parse(printSubgraphSchema(definition.schema)) };
      }),
    );
    if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
    return composed.supergraphSdl;
  };
  // Tests send hundreds of requests from one address in seconds: rate limiting is for tests about it.
  const startOne = (index: number, options: ExtraRouterOptions) => startRouter({ rateLimit: false, serviceSecret: SERVICE_SECRET, ...options, supergraphSdl: supergraphFor(index), jwtPublicKey: jwt.publicKey });
  const routers: RunningRouter[] = [];
  for (let index = 0; router && index < routerCount; index++) routers.push(await startOne(index, routerOptions));
  const extraRouters: RunningRouter[] = [];
  const running = routers[0];
  // Links render hands out (downloads) point at the first router.
  if (running) process.env.PUBLIC_URL = new URL(running.url).origin;
  return {
    db,
    subgraphs,
    replicas,
    router: running,
    routers,
    url: running?.url ?? subgraphs[owners[0]]!.url,
    jwt,
    nats,
    async startRouter(options = {}) {
      const extra = await startOne(0, options);
      extraRouters.push(extra);
      return extra;
    },
    async stop() {
      await Promise.all([...routers, ...extraRouters].map((r) => r.stop()));
      await Promise.all(Object.values(replicas).flat().map((s) => s!.stop()));
      await nats?.dispose();
      await db.drop();
    },
  };
}

/**
 * Makes the links subgraphs hand out (upload parts, storage and catalog downloads) point at this
 * router: they are read from the environment, which another test file in the worker may have set.
 */
export function linksThrough(routerUrl: string): void {
  const origin = new URL(routerUrl).origin;
  process.env.FILE_PUBLIC_URL = origin;
  process.env.STORAGE_PUBLIC_URL = origin;
  process.env.PUBLIC_URL = origin;
}
