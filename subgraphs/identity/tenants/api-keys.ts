// Partner API keys: created with a name, scopes and an optional expiry; the plaintext is returned
// once and only its SHA-256 is kept (its first 12 characters stay visible, to recognise it and to
// find it). The router exchanges a key through `verifyApiKey`.
import { isIP } from 'node:net';
import type { Db } from '../../kit/prisma.ts';
import { AppError, ErrorCode, badInput, notFound, uuidArg } from '../../kit/errors.ts';
import { randomBase62, sameDigest, sha256Hex } from './tokens.ts';
import { API_KEY_SCOPES, type ApiKeyScope } from '../../kit/partner-scopes.ts';

/** What a key may be allowed to do (the list partners' calls are checked against), with what it means. */
export const SCOPE_DESCRIPTIONS: Record<ApiKeyScope, string> = {
  'templates:read': 'Browse the template catalog.',
  'renders:read': 'Read render jobs and their progress.',
  'renders:write': 'Create saved projects and submit, cancel and retry renders.',
  'exports:read': 'Download finished exports.',
  'usage:read': "Read the tenant's daily usage.",
  'webhooks:manage': "Manage the tenant's webhooks.",
};

export const KEY_PREFIX = 'frk_';
/** Characters of a key kept in clear: `frk_` and eight random ones. */
export const PREFIX_LENGTH = 12;
const RANDOM_LENGTH = 40;
/** Active (unrevoked) keys a tenant may hold at once. */
export const MAX_ACTIVE_KEYS = 50;

export interface NewApiKey {
  name: string;
  scopes: string[];
  expiresAt?: Date | null;
}

export async function createApiKey(db: Db, tenantId: string, createdBy: string, input: NewApiKey, query: object = {}) {
  const name = input.name.trim();
  if (!name || name.length > 100) throw badInput('name must be 1-100 characters.', 'name');
  const scopes = checkScopes(input.scopes);
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw badInput('expiresAt must be in the future.', 'expiresAt');
  if ((await db.tenantApiKey.count({ where: { tenantId, revokedAt: null } })) >= MAX_ACTIVE_KEYS) {
    throw badInput(`A tenant may hold at most ${MAX_ACTIVE_KEYS} active API keys: revoke one first.`);
  }
  // The prefix is unique too; 48 random bits make a clash unlikely, and a clash just draws again.
  for (let attempt = 0; ; attempt++) {
    const key = KEY_PREFIX + randomBase62(RANDOM_LENGTH);
    try {
      const apiKey = await db.tenantApiKey.create({
        ...query,
        data: { tenantId, name, scopes, expiresAt: input.expiresAt ?? null, keyPrefix: key.slice(0, PREFIX_LENGTH), keyHash: sha256Hex(key), createdBy },
      });
      return { apiKey, key };
    } catch (error) {
      if ((error as { code?: string }).code !== 'P2002' || attempt >= 2) throw error;
    }
  }
}

export function checkScopes(scopes: readonly string[]): string[] {
  if (scopes.length === 0) throw badInput('Give the key at least one scope.', 'scopes');
  const unknown = scopes.find((scope) => !(API_KEY_SCOPES as readonly string[]).includes(scope));
  if (unknown !== undefined) throw badInput(`Unknown scope ${JSON.stringify(unknown.slice(0, 40))}: scopes are ${API_KEY_SCOPES.join(', ')}.`, 'scopes');
  return [...new Set(scopes)].sort();
}

/** Revokes a key of the tenant; another tenant's (or no) key is NOT_FOUND. Revoking twice keeps the first time. */
export async function revokeApiKey(db: Db, tenantId: string, id: string, query: object = {}) {
  const keyId = uuidArg(id);
  const key = await db.tenantApiKey.findFirst({ where: { id: keyId, tenantId }, select: { revokedAt: true } });
  if (!key) throw notFound('API key', keyId);
  if (!key.revokedAt) await db.tenantApiKey.updateMany({ where: { id: keyId, revokedAt: null }, data: { revokedAt: new Date() } });
  return db.tenantApiKey.findUniqueOrThrow({ ...query, where: { id: keyId } });
}

export interface ApiKeyGrant {
  apiKeyId: string;
  tenantId: string;
  scopes: string[];
  actingUserId: string | null;
  expiresAt: Date | null;
  rateLimitPerMinute: number;
}

const invalid = () => new AppError(ErrorCode.API_KEY_INVALID, 'The API key is not valid.');

/**
 * Checks a presented key: unknown, malformed or wrong is API_KEY_INVALID; only once the hash
 * matches does the answer say more (API_KEY_REVOKED, API_KEY_EXPIRED, TENANT_SUSPENDED), since
 * whoever holds the whole key learns nothing new from it.
 */
export async function verifyApiKey(db: Db, key: string, ip?: string | null): Promise<ApiKeyGrant> {
  if (!key.startsWith(KEY_PREFIX) || key.length < PREFIX_LENGTH || key.length > 200 || !/^[A-Za-z0-9_]+$/.test(key)) throw invalid();
  const found = await db.tenantApiKey.findUnique({
    where: { keyPrefix: key.slice(0, PREFIX_LENGTH) },
    include: { tenant: { select: { status: true, apiRateLimitPerMin: true } } },
  });
  // Hash either way, so an unknown prefix takes as long as a wrong key.
  const presented = sha256Hex(key);
  if (!found || !sameDigest(presented, found.keyHash)) throw invalid();
  if (found.revokedAt) throw new AppError(ErrorCode.API_KEY_REVOKED, 'The API key was revoked.');
  if (found.expiresAt && found.expiresAt.getTime() <= Date.now()) throw new AppError(ErrorCode.API_KEY_EXPIRED, 'The API key has expired.');
  if (found.tenant.status !== 'Active') throw new AppError(ErrorCode.TENANT_SUSPENDED, 'The tenant of this API key is suspended.');
  await touch(db, found.id, ip && isIP(ip) ? ip : null);
  return {
    apiKeyId: found.id,
    tenantId: found.tenantId,
    scopes: found.scopes,
    actingUserId: found.createdBy,
    expiresAt: found.expiresAt,
    rateLimitPerMinute: found.tenant.apiRateLimitPerMin,
  };
}

/** Records use at most once a minute: one conditional UPDATE, which a busy key mostly skips. */
function touch(db: Db, id: string, ip: string | null): Promise<number> {
  return db.$executeRaw`
    UPDATE identity.tenant_api_keys SET last_used_at = now(), last_used_ip = ${ip}::inet
    WHERE id = ${id}::uuid AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`;
}
