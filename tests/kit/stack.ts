// Starts subgraphs (and the router) in this test process on port 0, over a fresh database.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/kit/server.ts';
import { startRouter, type RunningRouter } from '../../router/server.ts';
import { loadSubgraph, OWNERS, type Owner } from '../../scripts/subgraphs.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

/** The service secret test stacks share (tests sign service tokens with it too). */
export const SERVICE_SECRET = 'test-service-secret-0123456789';

export interface Stack {
  db: TestDatabase;
  subgraphs: Partial<Record<Owner, RunningSubgraph>>;
  router?: RunningRouter;
  /** Router URL, or the only subgraph's URL when started without a router. */
  url: string;
  jwt: { publicKey: string; privateKey: string };
  stop(): Promise<void>;
}

export interface StackOptions {
  owners?: readonly Owner[];
  router?: boolean;
  /** Called for every SQL statement a subgraph sends, with the subgraph's name. */
  onQuery?: (owner: Owner, sql: string) => void;
  /** Work the owners' scheduled queues (off unless a test is about them). */
  jobs?: boolean;
}

export async function startStack({ owners = OWNERS, router = true, onQuery, jobs = false }: StackOptions = {}): Promise<Stack> {
  const db = await createTestDatabase();
  process.env.RENDER_SECRET_KEY ??= 'test-render-secret-key';
  // Files (exports) go to a folder of this test file's own.
  process.env.STORAGE_DIR ??= await mkdtemp(path.join(os.tmpdir(), 'fr-test-storage-'));
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwt = {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
  const subgraphs: Partial<Record<Owner, RunningSubgraph>> = {};
  const definitions = await Promise.all(owners.map(loadSubgraph));
  for (const [index, owner] of owners.entries()) {
    subgraphs[owner] = await startSubgraph(definitions[index], {
      databaseUrl: db.ownerUrl(owner),
      jwtPublicKey: jwt.publicKey,
      jwtPrivateKey: owner === 'identity' ? jwt.privateKey : undefined,
      serviceSecret: SERVICE_SECRET,
      poolSize: 4,
      onQuery: onQuery ? (sql) => onQuery(owner, sql) : undefined,
      jobs,
    });
    // Subgraphs that ask another owner (studio asks content) find it here.
    process.env[`SUBGRAPH_URL_${owner.toUpperCase()}`] = subgraphs[owner]!.url;
  }
  let running: RunningRouter | undefined;
  if (router) {
    const composed = composeServices(
      definitions.map((definition, index) => ({ name: owners[index], url: subgraphs[owners[index]]!.url, typeDefs: parse(printSubgraphSchema(definition.schema)) })),
    );
    if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
    running = await startRouter({ supergraphSdl: composed.supergraphSdl, jwtPublicKey: jwt.publicKey });
    // Links render hands out (downloads) point at this router.
    process.env.PUBLIC_URL = new URL(running.url).origin;
  }
  return {
    db,
    subgraphs,
    router: running,
    url: running?.url ?? subgraphs[owners[0]]!.url,
    jwt,
    async stop() {
      await running?.stop();
      await Promise.all(Object.values(subgraphs).map((s) => s!.stop()));
      await db.drop();
    },
  };
}
