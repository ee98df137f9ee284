// The S3 driver of storage.ts: the same operations on a bucket of AWS S3 or of any S3-compatible
// store (MinIO, Ceph, R2 …), through the official AWS SDK. Bodies stream both ways: uploads go
// through @aws-sdk/lib-storage (one PutObject when small, a multipart upload of PART_SIZE parts
// otherwise, so memory stays bounded whatever the object's size), downloads are the response body.
// The store's errors become STORAGE_UNAVAILABLE with a reason (StorageError); a missing object is
// null, as on disk.
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  paginateListObjectsV2,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { AppError } from './errors.ts';
import {
  SizeMismatchError,
  StorageError,
  assertSafeKey,
  countBytes,
  contentDisposition,
  signStorageLink,
  type ByteRange,
  type PutOptions,
  type S3Config,
  type SignedUrlOptions,
  type Storage,
  type StorageFailure,
  type StoredObject,
} from './storage.ts';

/** Size of the parts lib-storage sends for a large object; QUEUE_SIZE of them in flight at most. */
const PART_SIZE = 8 * 1024 * 1024;
const QUEUE_SIZE = 2;
/**
 * Objects of a known size up to this (every upload part) stream in one PutObject, buffering
 * nothing; larger ones go in a multipart upload, whose parts go up in parallel.
 */
const STREAMED_PUT_MAX = 64 * 1024 * 1024;
/** DeleteObjects takes at most this many keys. */
const DELETE_BATCH = 1000;
/** Presigned links may not outlive a week (SigV4). */
const MAX_LINK_SECONDS = 7 * 24 * 3600;

/** Errors of the connection itself (no HTTP answer at all). */
const NETWORK_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'TimeoutError', 'RequestTimeout']);
const NETWORK_MESSAGE = /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|socket hang up)\b/;
const DENIED = new Set(['AccessDenied', 'InvalidAccessKeyId', 'SignatureDoesNotMatch', 'ExpiredToken', 'InvalidToken', 'AllAccessDisabled', 'CredentialsProviderError']);
const MISCONFIGURED = new Set(['NoSuchBucket', 'PermanentRedirect', 'AuthorizationHeaderMalformed', 'IllegalLocationConstraintException', 'InvalidBucketName']);
const THROTTLED = new Set(['SlowDown', 'Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'TooManyRequestsException']);

const QUIET = { trace() {}, debug() {}, info() {}, warn() {}, error() {} };

type SdkError = { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };

/** What went wrong with the store, or null for an error that is not the store's. */
function failureOf(error: unknown): StorageFailure | null {
  const { name = '', code = '', $metadata } = (error ?? {}) as SdkError;
  const status = $metadata?.httpStatusCode;
  if (DENIED.has(name) || status === 403) return 'denied';
  if (MISCONFIGURED.has(name) || status === 301) return 'misconfigured';
  if (THROTTLED.has(name) || status === 429 || status === 503) return 'throttled';
  if (status !== undefined && status >= 500) return 'unavailable';
  if (NETWORK_ERRORS.has(code) || NETWORK_ERRORS.has(name)) return 'unreachable';
  // The SDK's retry layer re-wraps what it does not recognise as an Error, keeping only the message.
  if (status === undefined && NETWORK_MESSAGE.test(String((error as Error)?.message))) return 'unreachable';
  if (status !== undefined) return 'failed';
  return null;
}

/** The error to throw for a failed operation: ours unchanged, the store's as a StorageError. */
function storageFailure(error: unknown, operation: string): unknown {
  if (error instanceof AppError) return error;
  const reason = failureOf(error);
  return reason ? new StorageError(reason, operation, error) : error;
}

const isMissing = (error: unknown) => {
  const { name, $metadata } = (error ?? {}) as SdkError;
  return name === 'NoSuchKey' || name === 'NotFound' || ($metadata?.httpStatusCode === 404 && name !== 'NoSuchBucket');
};

function clientConfig(config: S3Config, endpoint: string | undefined): S3ClientConfig {
  return {
    region: config.region,
    endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials,
    // The SDK's default (CRC checksums in aws-chunked bodies) is AWS's own: several S3-compatible
    // servers store such bodies with their framing, so it is opt-in (S3_CHECKSUMS).
    requestChecksumCalculation: config.checksums === 'when_supported' ? 'WHEN_SUPPORTED' : 'WHEN_REQUIRED',
    responseChecksumValidation: config.checksums === 'when_supported' ? 'WHEN_SUPPORTED' : 'WHEN_REQUIRED',
    // A store that does not answer fails in seconds, not minutes; a stalled body after two.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 120_000 },
    maxAttempts: 3,
    // Failures reach the caller as StorageError; left alone, the SDK prints some to the console.
    logger: QUIET,
  };
}

export class S3Storage implements Storage {
  readonly driver = 's3';
  readonly bucket: string;
  readonly client: S3Client;
  private readonly presigner: S3Client;
  private readonly prefix: string;
  private readonly downloads: S3Config['downloads'];

  constructor(config: S3Config) {
    this.bucket = config.bucket;
    this.prefix = config.prefix;
    this.downloads = config.downloads;
    this.client = new S3Client(clientConfig(config, config.endpoint));
    // Presigned links name the host browsers use; signing needs no connection to it.
    this.presigner = config.publicEndpoint ? new S3Client(clientConfig(config, config.publicEndpoint)) : this.client;
  }

  /** The object key of one of our keys. */
  private objectKey(key: string): string {
    assertSafeKey(key);
    return `${this.prefix}${key}`;
  }

  async put(key: string, data: Buffer | Readable, options: PutOptions = {}): Promise<{ size: number }> {
    const Key = this.objectKey(key);
    if (Buffer.isBuffer(data)) {
      if (options.size !== undefined && options.size !== data.length) throw new SizeMismatchError(options.size, data.length);
      try {
        await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key, Body: data, ContentLength: data.length }));
      } catch (error) {
        throw storageFailure(error, 'put');
      }
      return { size: data.length };
    }
    // Counted as it passes. An error of the data (the client hung up, a part too long, a length
    // other than `size`) is thrown as it is, never mistaken for the store's.
    let dataError: unknown;
    const source = (async function* () {
      try {
        for await (const chunk of data) yield chunk as Buffer;
      } catch (error) {
        dataError = error;
        throw error;
      }
    })();
    const { stream, counter } = countBytes(source, options.size);
    // The SDK pipes a body into its request, and pipe() does not pass errors on: abort it.
    const abort = new AbortController();
    stream.on('error', (error) => {
      if (error instanceof SizeMismatchError) dataError ??= error;
      abort.abort();
    });
    try {
      if (options.size !== undefined && options.size <= STREAMED_PUT_MAX) {
        // Known length: one streamed request, nothing buffered (and never retried: the SDK does not
        // send a stream twice). A body cut short aborts the request, and S3 keeps nothing of it.
        await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key, Body: stream, ContentLength: options.size }), { abortSignal: abort.signal });
      } else {
        // Unknown length: lib-storage buffers PART_SIZE at a time (one PutObject when the body is
        // smaller); a failed multipart upload is aborted, its parts dropped: no object appears.
        await new Upload({ client: this.client, params: { Bucket: this.bucket, Key, Body: stream }, partSize: PART_SIZE, queueSize: QUEUE_SIZE, leavePartsOnError: false }).done();
      }
    } catch (error) {
      stream.destroy();
      throw dataError ?? storageFailure(error, 'put');
    }
    if (dataError) throw dataError;
    // A store that kept other bytes than were sent (a body's framing stored with it) fails here, loudly.
    const stored = await this.stat(key);
    if (stored?.size !== counter.size) {
      await this.delete(key).catch(() => undefined);
      throw new StorageError('failed', 'put', new Error(`stored ${stored?.size ?? 'nothing'} bytes of ${counter.size}`));
    }
    return { size: counter.size };
  }

  async open(key: string, range?: ByteRange): Promise<{ stream: Readable; size: number } | null> {
    const Key = this.objectKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }));
      // A ranged answer says the whole size after the slash of Content-Range.
      const size = range ? Number(/\/(\d+)$/.exec(object.ContentRange ?? '')?.[1] ?? NaN) : Number(object.ContentLength);
      return { stream: object.Body as Readable, size };
    } catch (error) {
      if (isMissing(error)) return null;
      throw storageFailure(error, 'open');
    }
  }

  async stat(key: string): Promise<StoredObject | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return { key, size: Number(head.ContentLength ?? 0), modifiedAt: head.LastModified ?? new Date(0) };
    } catch (error) {
      if (isMissing(error)) return null;
      throw storageFailure(error, 'stat');
    }
  }

  async delete(key: string): Promise<void> {
    try {
      // S3 answers 204 for a key that is not there: idempotent as it is.
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
    } catch (error) {
      if (isMissing(error)) return;
      throw storageFailure(error, 'delete');
    }
  }

  async deletePrefix(prefix: string): Promise<void> {
    assertSafeKey(prefix);
    let batch: string[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const keys = batch;
      batch = [];
      let answer;
      try {
        answer = await this.client.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }));
      } catch (error) {
        throw storageFailure(error, 'deletePrefix');
      }
      const failed = (answer.Errors ?? []).filter((e) => e.Code !== 'NoSuchKey');
      if (failed.length) throw new StorageError(failureOf({ name: failed[0].Code }) ?? 'failed', 'deletePrefix', new Error(`${failed.length} objects not deleted: ${failed[0].Code} ${failed[0].Message ?? ''}`));
    };
    for await (const object of this.list(prefix)) {
      batch.push(this.objectKey(object.key));
      if (batch.length >= DELETE_BATCH) await flush();
    }
    await flush();
  }

  async *list(prefix: string): AsyncIterable<StoredObject> {
    assertSafeKey(prefix);
    const pages = paginateListObjectsV2({ client: this.client, pageSize: 1000 }, { Bucket: this.bucket, Prefix: `${this.prefix}${prefix}/` });
    try {
      for await (const page of pages) {
        for (const object of page.Contents ?? []) {
          if (!object.Key) continue;
          yield { key: object.Key.slice(this.prefix.length), size: Number(object.Size ?? 0), modifiedAt: object.LastModified ?? new Date(0) };
        }
      }
    } catch (error) {
      throw storageFailure(error, 'list');
    }
  }

  async signedUrl(key: string, options: SignedUrlOptions): Promise<{ url: string; expiresAt: Date }> {
    // Through our own servers: the file's row is checked on every download (a trashed file is 404).
    if (this.downloads === 'proxy') return signStorageLink(key, options);
    const { fileName = '', contentType = '' } = options;
    const seconds = Math.min(options.expiresInSeconds, MAX_LINK_SECONDS);
    const expiresAt = new Date((Math.floor(Date.now() / 1000) + seconds) * 1000);
    // SigV4 links live 1 s to a week from their signing time: a link meant to be expired already
    // is signed in the past rather than refused.
    const expiresIn = Math.max(1, seconds);
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: this.objectKey(key),
      ResponseContentDisposition: contentDisposition(fileName || 'download'),
      ResponseContentType: contentType || undefined,
      ResponseCacheControl: 'private, no-store',
    });
    const url = await getSignedUrl(this.presigner, command, { expiresIn, signingDate: new Date(expiresAt.getTime() - expiresIn * 1000) });
    return { url, expiresAt };
  }
}
