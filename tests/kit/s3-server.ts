// A real S3-compatible server on loopback for tests: s3rver (npm), a Koa server that keeps buckets
// in a temporary folder. It stands in for the cloud store as the local SMTP server stands in for
// the mail relay: the S3 driver talks to it over HTTP with the real AWS SDK. It implements what the
// driver uses (objects, multipart uploads, batch deletes, listing, presigned GETs with expiry) but
// checks only the access key id of a SigV4 signature, not the signature itself.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import type { S3Config } from '../../subgraphs/kit/storage.ts';

/** s3rver's one account. */
export const S3_ACCESS_KEY_ID = 'S3RVER';
export const S3_SECRET_ACCESS_KEY = 'S3RVER';

export interface S3Server {
  endpoint: string;
  bucket: string;
  /** The S3 driver's configuration for this server's bucket. */
  config(overrides?: Partial<S3Config>): S3Config;
  /** The environment that makes storage() this server's bucket. */
  env(): Record<string, string>;
  /** Stops answering (connections refused) until restart(); the objects stay. */
  pause(): Promise<void>;
  /** Answers again on the same port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

async function listen(directory: string, bucket: string, port = 0): Promise<{ server: S3rver; port: number }> {
  const server = new S3rver({ address: '127.0.0.1', port, directory, silent: true, configureBuckets: [{ name: bucket }] });
  const address = await server.run();
  return { server, port: address.port };
}

async function close(server: S3rver): Promise<void> {
  // The SDK keeps connections alive: close them, or close() waits for their idle timeout.
  server.httpServer?.closeAllConnections();
  await server.close();
}

export async function startS3Server(bucket = 'flatrender-test'): Promise<S3Server> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'fr-s3rver-'));
  let { server, port } = await listen(directory, bucket);
  let running = true;
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    config: (overrides = {}) => ({
      bucket, region: 'us-east-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: S3_ACCESS_KEY_ID, secretAccessKey: S3_SECRET_ACCESS_KEY },
      prefix: '', downloads: 'presigned', checksums: 'when_required', ...overrides,
    }),
    env: () => ({
      STORAGE_DRIVER: 's3', S3_ENDPOINT: endpoint, S3_REGION: 'us-east-1', S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE: 'true',
    }),
    async pause() {
      if (running) await close(server);
      running = false;
    },
    async restart() {
      if (!running) ({ server } = await listen(directory, bucket, port));
      running = true;
    },
    async stop() {
      if (running) await close(server);
      running = false;
      await rm(directory, { recursive: true, force: true });
    },
  };
}
