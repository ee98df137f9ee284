// Time-limited links to the catalog's copies of AE project files and project assets (storage keys
// under `catalog/`), served by content at /v1/catalog/<key after "catalog/">. Render signs them
// for the nodes it hands frames to, content for administrators. The HMAC key is derived (HKDF)
// from the shared SERVICE_SECRET for this one purpose, so a link proves who made it and until when
// without any database: checking one costs a hash, and only a good link touches storage.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { assertSafeKey } from './storage.ts';

/** Where content serves the links (the router forwards the prefix to content). */
export const CATALOG_LINK_PREFIX = '/v1/catalog/';
/** Storage keys a link may name: the catalog's own objects, nothing else in storage. */
const CATALOG_KEY_PREFIX = 'catalog/';
/** HKDF info: a key for these links only, unrelated to service tokens or any other derived key. */
const PURPOSE = 'flatrender/catalog-download-links/v1';

function positive(value: string | undefined): number | undefined {
  const seconds = Number(value);
  return value && Number.isInteger(seconds) && seconds > 0 ? seconds : undefined;
}

/** How long a link handed to a render node works: CATALOG_LINK_TTL_SECONDS, default an hour. */
export const NODE_LINK_TTL_SECONDS = positive(process.env.CATALOG_LINK_TTL_SECONDS) ?? 3600;
/** How long an administrator's link works. */
export const ADMIN_LINK_TTL_SECONDS = 15 * 60;

export interface CatalogLink {
  url: string;
  expiresAt: Date;
}

/** What a request's link turned out to be: the storage key to serve, or why not. */
export type CheckedLink = { key: string } | { refused: 'LINK_INVALID' | 'LINK_EXPIRED' | 'NOT_FOUND' };

/** Where links point: PUBLIC_URL (the router as clients reach it) or the local router. */
const publicUrl = () => (process.env.PUBLIC_URL ?? `http://127.0.0.1:${process.env.ROUTER_PORT ?? 4000}`).replace(/\/$/, '');

const signature = (key: Buffer, storageKey: string, expires: number) => createHmac('sha256', key).update(`${storageKey}\n${expires}`).digest();

/** The storage key of a `storage://catalog/...` URI, or null for anything else (seeded CDN URLs). */
export function catalogKeyOf(uri: string | null | undefined): string | null {
  if (!uri?.startsWith(`storage://${CATALOG_KEY_PREFIX}`)) return null;
  const key = uri.slice('storage://'.length);
  try {
    assertSafeKey(key);
  } catch {
    return null;
  }
  return key;
}

export class CatalogLinks {
  private readonly key: Buffer;

  constructor(serviceSecret: string) {
    this.key = Buffer.from(hkdfSync('sha256', serviceSecret, 'flatrender', PURPOSE, 32));
  }

  /** A link to a catalog object that works for `ttlSeconds`. */
  sign(storageKey: string, ttlSeconds: number, now = Date.now()): CatalogLink {
    if (!storageKey.startsWith(CATALOG_KEY_PREFIX)) throw new Error(`not a catalog key: ${storageKey}`);
    assertSafeKey(storageKey);
    const expires = Math.floor(now / 1000) + Math.max(1, Math.floor(ttlSeconds));
    const path = CATALOG_LINK_PREFIX + storageKey.slice(CATALOG_KEY_PREFIX.length);
    return { url: `${publicUrl()}${path}?expires=${expires}&signature=${signature(this.key, storageKey, expires).toString('hex')}`, expiresAt: new Date(expires * 1000) };
  }

  /**
   * Checks a request for /v1/catalog/...: a path that is no catalog key is NOT_FOUND; a wrong
   * signature (compared in constant time) LINK_INVALID; a good one past its time LINK_EXPIRED.
   */
  check(pathname: string, params: URLSearchParams, now = Date.now()): CheckedLink {
    if (!pathname.startsWith(CATALOG_LINK_PREFIX)) return { refused: 'NOT_FOUND' };
    const storageKey = CATALOG_KEY_PREFIX + pathname.slice(CATALOG_LINK_PREFIX.length);
    try {
      assertSafeKey(storageKey);
    } catch {
      return { refused: 'NOT_FOUND' };
    }
    const expires = params.get('expires') ?? '';
    const given = params.get('signature') ?? '';
    if (!/^\d{1,12}$/.test(expires) || !/^[0-9a-f]{64}$/.test(given)) return { refused: 'LINK_INVALID' };
    if (!timingSafeEqual(signature(this.key, storageKey, Number(expires)), Buffer.from(given, 'hex'))) return { refused: 'LINK_INVALID' };
    if (Number(expires) * 1000 <= now) return { refused: 'LINK_EXPIRED' };
    return { key: storageKey };
  }
}

const signers = new Map<string, CatalogLinks>();
/** The process's signer for a secret, or null without one (no links then). */
export function catalogLinks(serviceSecret: string | undefined): CatalogLinks | null {
  if (!serviceSecret) return null;
  let links = signers.get(serviceSecret);
  if (!links) signers.set(serviceSecret, (links = new CatalogLinks(serviceSecret)));
  return links;
}
