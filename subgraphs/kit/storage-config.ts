// The storage environment (STORAGE_DRIVER and its variables), validated with zod when the
// process's storage is first made: at the file subgraph's start. Documented in the file
// subgraph's README.
import path from 'node:path';
import { z } from 'zod';

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
/** S3 bucket names: 3–63 lower-case letters, digits, dots and hyphens. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** The storage environment (validated when the storage is first made: at a subgraph's start). */
const storageEnv = z.object({
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  STORAGE_DIR: z.string().min(1).optional(),
  S3_BUCKET: z.string().regex(BUCKET, 'must be an S3 bucket name').optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ENDPOINT: z.string().url().optional(),
  S3_PUBLIC_ENDPOINT: z.string().url().optional(),
  S3_FORCE_PATH_STYLE: flag.optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_PREFIX: z.string().regex(/^([a-z0-9][a-z0-9_.-]*\/)*$/i, 'must be empty or path segments ending in "/"').default(''),
  S3_DOWNLOADS: z.enum(['presigned', 'proxy']).default('presigned'),
  S3_CHECKSUMS: z.enum(['when_required', 'when_supported']).default('when_required'),
}).superRefine((env, context) => {
  if (env.STORAGE_DRIVER !== 's3') return;
  if (!env.S3_BUCKET) context.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'is required when STORAGE_DRIVER=s3' });
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) context.addIssue({ code: 'custom', path: ['S3_SECRET_ACCESS_KEY'], message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together (or neither: the AWS default credentials)' });
});

/** How the S3 driver reaches its bucket. */
export interface S3Config {
  bucket: string;
  region: string;
  /** An S3-compatible server (MinIO, R2 …); none: AWS. */
  endpoint?: string;
  /** The endpoint presigned links name, when browsers reach the store at another address. */
  publicEndpoint?: string;
  forcePathStyle: boolean;
  /** None: the AWS SDK's default chain (AWS_* variables, shared config, instance roles). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Put before every key ('' or `segments/`), so environments can share a bucket. */
  prefix: string;
  /** Downloads by the store's presigned links, or through our /v1/storage links (proxy). */
  downloads: 'presigned' | 'proxy';
  /** When the SDK adds CRC checksums to uploads (see README: most S3-compatible servers want when_required). */
  checksums: 'when_required' | 'when_supported';
}

export type StorageConfig = { driver: 'local'; dir: string } | { driver: 's3'; s3: S3Config };

const defaultDir = () => path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', '.data', 'storage');

/** Reads STORAGE_DRIVER and its variables; throws one message naming every problem. */
export function readStorageConfig(env: NodeJS.ProcessEnv = process.env): StorageConfig {
  const parsed = storageEnv.safeParse(env);
  if (!parsed.success) throw new Error(`The storage environment is invalid:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  const e = parsed.data;
  if (e.STORAGE_DRIVER === 'local') return { driver: 'local', dir: path.resolve(e.STORAGE_DIR ?? defaultDir()) };
  return {
    driver: 's3',
    s3: {
      bucket: e.S3_BUCKET!,
      region: e.S3_REGION,
      endpoint: e.S3_ENDPOINT,
      publicEndpoint: e.S3_PUBLIC_ENDPOINT,
      // S3-compatible servers are mostly reached by path (http://host:9000/bucket/key).
      forcePathStyle: e.S3_FORCE_PATH_STYLE ?? Boolean(e.S3_ENDPOINT),
      credentials: e.S3_ACCESS_KEY_ID ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY! } : undefined,
      prefix: e.S3_PREFIX,
      downloads: e.S3_DOWNLOADS,
      checksums: e.S3_CHECKSUMS,
    },
  };
}
