// Where files live: one small interface, local disk by default (STORAGE_DIR). An object store
// (S3, MinIO) is another implementation of the same four operations.
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

export interface Storage {
  put(key: string, data: Buffer): Promise<void>;
  /** A stream of the object, or null when there is none. */
  open(key: string): Promise<{ stream: Readable; size: number } | null>;
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[a-z0-9][a-z0-9/_.-]{0,500}$/i;

export class LocalStorage implements Storage {
  constructor(private readonly root: string) {}

  private file(key: string): string {
    if (!SAFE_KEY.test(key) || key.includes('..')) throw new Error(`bad storage key ${key}`);
    return path.join(this.root, key);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data);
  }

  async open(key: string) {
    const file = this.file(key);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    return { stream: createReadStream(file), size: info.size };
  }

  async delete(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}

let shared: Storage | undefined;

/** The process's storage: STORAGE_DIR, or `.data/storage` in the project. */
export function storage(): Storage {
  shared ??= new LocalStorage(path.resolve(process.env.STORAGE_DIR ?? path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', '.data', 'storage')));
  return shared;
}
