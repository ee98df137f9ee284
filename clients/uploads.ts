// Resumable uploads for SDK users in a browser or in Node: a File, Blob or bytes in, the stored
// file out. The GraphQL side (initUpload, uploadStatus, completeUpload, abortUpload) is handed in
// by the SDK; this module does the HTTP side: each part PUT to `<uploadUrl>/parts/<n>` with the
// session's upload token, a few at a time, retried when the network or a server hiccups (sending
// a part again with the same bytes is harmless), each part's SHA-256 compared with the server's
// receipt, and resuming by sending only the parts the server does not have.
import { SdkError } from './apollo.ts';

/** What can be uploaded: a File or Blob (browser, Node 20+), or bytes. */
export type UploadSource = Blob | ArrayBuffer | ArrayBufferView;

/** An upload session as the file owner describes it (initUpload, uploadStatus). */
export interface UploadSessionInfo {
  id: string;
  sizeBytes: number;
  partSize: number;
  partCount: number;
  status: string;
  uploadUrl?: string | null;
  uploadToken?: string | null;
  missingParts: number[];
  partsReceived: readonly { number: number; sizeBytes: number; sha256: string }[];
}

/** What the server answers for one part. */
export interface PartReceipt {
  partNumber: number;
  sizeBytes: number;
  sha256: string;
  /** The part had arrived before with the same bytes. */
  duplicate: boolean;
  partsReceived: number;
  partCount: number;
}

export interface UploadProgress {
  sessionId: string;
  /** Bytes of the parts the server has confirmed (parts sent before a resume included). */
  uploadedBytes: number;
  totalBytes: number;
  partsUploaded: number;
  partCount: number;
}

export interface UploadOptions {
  /** File name (default: the File's name). */
  name?: string;
  /** MIME type (default: the Blob's type); the server checks it again from the bytes. */
  mimeType?: string;
  /** Folder to put it in (default: the root). */
  folderId?: string | null;
  /** Bytes per part, 1 KiB to 64 MiB (default: the server's, 8 MiB). */
  partSize?: number;
  /**
   * SHA-256 (hex) of the whole file, which completeUpload checks. Default: computed here for files
   * up to 256 MiB (WebCrypto hashes in one piece, so the file is read into memory once); `false`
   * sends none (each part is still checked against the server's receipt).
   */
  sha256?: string | false;
  /** Parts in flight at once (default 4). */
  concurrency?: number;
  /** Attempts per part after a network error, 429 or 5xx (default 3 more). */
  retries?: number;
  /** Called after the session opens or resumes, and after each part the server confirms. */
  onProgress?: (progress: UploadProgress) => void;
  /** Stops sending parts (the session stays open: resume it, or abort it). */
  signal?: AbortSignal;
}

/** Why an upload did not finish: the server's code (PART_CONFLICT, UPLOAD_INCOMPLETE, …) and the session, to resume or abort. */
export class UploadError extends SdkError {
  constructor(message: string, code: string | undefined, extensions: Readonly<Record<string, unknown>> = {}, readonly sessionId?: string) {
    super(message, code, extensions);
    this.name = 'UploadError';
  }
}

/** The GraphQL calls the uploader needs, from the SDK. */
export interface UploadApi<TFile> {
  init(input: { folderId?: string | null; name: string; mimeType: string; sizeBytes: number; partSize?: number; sha256?: string }): Promise<UploadSessionInfo>;
  status(sessionId: string): Promise<UploadSessionInfo & { file?: TFile | null }>;
  complete(sessionId: string): Promise<TFile>;
  abort(sessionId: string): Promise<unknown>;
}

/** Files larger than this are not hashed whole unless a sha256 is given (see UploadOptions.sha256). */
export const WHOLE_FILE_HASH_LIMIT = 256 * 1024 * 1024;
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);

const toHex = (digest: ArrayBuffer) => Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
const sha256Of = async (bytes: Uint8Array): Promise<string> => toHex(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));

/** The source as a Blob, so parts are read one slice at a time. */
function asBlob(source: UploadSource, type?: string): Blob {
  if (source instanceof Blob) return source;
  const bytes = source instanceof ArrayBuffer ? new Uint8Array(source) : new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], type ? { type } : {});
}

const sleep = (ms: number, signal?: AbortSignal) => new Promise<void>((resolve) => {
  const timer = setTimeout(resolve, ms);
  signal?.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
});

export function createUploader<TFile>(api: UploadApi<TFile>, fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args)) {
  /** Sends one part once; an UploadError carries the server's code. */
  async function putPart(session: Pick<UploadSessionInfo, 'id' | 'uploadUrl' | 'uploadToken'>, partNumber: number, bytes: Uint8Array, signal?: AbortSignal): Promise<PartReceipt> {
    if (!session.uploadUrl || !session.uploadToken) throw new UploadError('The upload is closed.', 'UPLOAD_CLOSED', {}, session.id);
    const response = await fetchImpl(`${session.uploadUrl}/parts/${partNumber}`, {
      method: 'PUT',
      body: bytes as Uint8Array<ArrayBuffer>,
      headers: { authorization: `Bearer ${session.uploadToken}`, 'content-type': 'application/octet-stream' },
      signal,
    });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok) return body as unknown as PartReceipt;
    const { error, message, ...extensions } = body;
    throw Object.assign(new UploadError(typeof message === 'string' ? message : `Part ${partNumber} was refused (HTTP ${response.status}).`, typeof error === 'string' ? error : undefined, extensions, session.id), { status: response.status });
  }

  /** Sends the missing parts of `session` from `blob`, then completes it. */
  async function finish(session: UploadSessionInfo, blob: Blob, options: UploadOptions): Promise<TFile> {
    const { signal, onProgress } = options;
    const retries = options.retries ?? 3;
    const done = new Map(session.partsReceived.map((part) => [part.number, part.sizeBytes]));
    const report = () => onProgress?.({
      sessionId: session.id,
      uploadedBytes: [...done.values()].reduce((sum, size) => sum + size, 0),
      totalBytes: session.sizeBytes,
      partsUploaded: done.size,
      partCount: session.partCount,
    });
    const partBytes = async (n: number) => new Uint8Array(await blob.slice((n - 1) * session.partSize, Math.min(n * session.partSize, blob.size)).arrayBuffer());
    report();

    const queue = [...session.missingParts];
    const sendOne = async (n: number) => {
      const bytes = await partBytes(n);
      const expected = await sha256Of(bytes);
      for (let attempt = 0; ; attempt++) {
        if (signal?.aborted) throw new UploadError('The upload was stopped; resume it or abort it.', 'ABORTED', {}, session.id);
        let receipt: PartReceipt;
        try {
          receipt = await putPart(session, n, bytes, signal);
        } catch (error) {
          if (signal?.aborted) throw new UploadError('The upload was stopped; resume it or abort it.', 'ABORTED', {}, session.id);
          const status = (error as { status?: number }).status;
          // A refusal with a code is final; a dropped connection or a busy server is worth another try.
          const transient = !(error instanceof UploadError) || (status !== undefined && RETRYABLE_STATUS.has(status));
          if (!transient || attempt >= retries) {
            throw error instanceof UploadError ? error : new UploadError(`Part ${n} could not be sent: ${(error as Error).message}`, 'NETWORK_ERROR', {}, session.id);
          }
          await sleep(200 * 2 ** attempt, signal);
          continue;
        }
        if (typeof receipt.sha256 === 'string' && receipt.sha256 !== expected) {
          // The server kept other bytes than were sent; a part is never replaced, so this upload cannot finish.
          await api.abort(session.id).catch(() => undefined);
          throw new UploadError(`Part ${n} arrived damaged; the upload was aborted.`, 'CHECKSUM_MISMATCH', { partNumber: n }, session.id);
        }
        done.set(n, bytes.byteLength);
        report();
        return;
      }
    };
    const workers = Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, queue.length)) }, async () => {
      try {
        for (let n = queue.shift(); n !== undefined; n = queue.shift()) await sendOne(n);
      } catch (error) {
        // One part failed for good: the others stop taking parts (those in flight finish).
        queue.length = 0;
        throw error;
      }
    });
    const results = await Promise.allSettled(workers);
    const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;

    try {
      return await api.complete(session.id);
    } catch (error) {
      if (error instanceof SdkError) throw new UploadError(error.message, error.code, error.extensions, session.id);
      throw error;
    }
  }

  return {
    putPart,

    /** Uploads a whole file: opens a session, sends every part, completes it. */
    async upload(source: UploadSource, options: UploadOptions = {}): Promise<TFile> {
      const blob = asBlob(source, options.mimeType);
      const name = options.name ?? (source as { name?: unknown }).name;
      if (typeof name !== 'string' || !name) throw new UploadError('Give the file a name (options.name).', 'BAD_USER_INPUT', { field: 'name' });
      let sha256: string | undefined;
      if (typeof options.sha256 === 'string') sha256 = options.sha256;
      else if (options.sha256 !== false && blob.size <= WHOLE_FILE_HASH_LIMIT) sha256 = await sha256Of(new Uint8Array(await blob.arrayBuffer()));
      const session = await api.init({
        folderId: options.folderId ?? null,
        name,
        mimeType: options.mimeType ?? (blob.type || 'application/octet-stream'),
        sizeBytes: blob.size,
        ...(options.partSize ? { partSize: options.partSize } : {}),
        ...(sha256 ? { sha256 } : {}),
      });
      return finish(session, blob, options);
    },

    /**
     * Finishes an upload that stopped part-way (a closed tab, a lost connection, an UploadError's
     * sessionId), from the same file: the parts the server has are checked against it
     * (PART_CONFLICT when they differ) and only the missing ones are sent. A completed session
     * answers its file.
     */
    async resume(sessionId: string, source: UploadSource, options: Omit<UploadOptions, 'name' | 'mimeType' | 'folderId' | 'partSize' | 'sha256'> = {}): Promise<TFile> {
      const blob = asBlob(source);
      const session = await api.status(sessionId);
      if (session.status === 'Completed' && session.file) return session.file;
      if (!session.uploadUrl) throw new UploadError(`The upload is ${session.status.toLowerCase()}; start a new one.`, 'UPLOAD_CLOSED', { status: session.status }, sessionId);
      if (blob.size !== session.sizeBytes) {
        throw new UploadError(`This upload is of ${session.sizeBytes} bytes, not ${blob.size}.`, 'BAD_USER_INPUT', { expectedBytes: session.sizeBytes }, sessionId);
      }
      for (const part of session.partsReceived) {
        const bytes = new Uint8Array(await blob.slice((part.number - 1) * session.partSize, part.number * session.partSize).arrayBuffer());
        if ((await sha256Of(bytes)) !== part.sha256) {
          throw new UploadError(`Part ${part.number} on the server differs from this file: it is not the file the upload began with.`, 'PART_CONFLICT', { partNumber: part.number }, sessionId);
        }
      }
      return finish(session, blob, options);
    },
  };
}
