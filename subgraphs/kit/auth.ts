// Who is calling: every subgraph verifies the access token itself (Ed25519 JWTs from identity).
import { SignJWT, jwtVerify, importSPKI, importPKCS8, decodeProtectedHeader, errors as joseErrors, type CryptoKey } from 'jose';
import { AppError, ErrorCode } from './errors.ts';

export const ISSUER = 'flatrender-identity';
export const AUDIENCE = 'flatrender';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const DEFAULT_TENANT_ID = '00000000-0000-0000-0000-000000000001';

/** A uuid no row has: filters for a caller who owns nothing (anonymous) match no rows. */
export const NOBODY = '00000000-0000-0000-0000-000000000000';

export type Role = 'User' | 'TenantAdmin' | 'Admin';

export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; tenantId: string; role: Role; sessionId: string; expiresAt?: number }
  /** Another subgraph, calling with the service credential (e.g. render charging a wallet). */
  | { kind: 'service'; service: string };

export const SERVICE_ISSUER = 'flatrender-service';
/** Service tokens live this long: each call signs a fresh one. */
const SERVICE_TOKEN_TTL_SECONDS = 60;

export const ANONYMOUS: Caller = { kind: 'anonymous' };

export type UserCaller = Extract<Caller, { kind: 'user' }>;
export const isAdmin = (caller: Caller): boolean => caller.kind === 'user' && caller.role === 'Admin';

/**
 * Verifies `Authorization: Bearer <jwt>` headers. A missing header is an anonymous caller. User
 * tokens are Ed25519 (identity signs them); service tokens are HS256 under the service secret.
 */
export class TokenVerifier {
  private constructor(private readonly key: CryptoKey, private readonly serviceKey?: Uint8Array) {}

  static async fromPem(publicKeyPem: string, serviceSecret?: string): Promise<TokenVerifier> {
    return new TokenVerifier(await importSPKI(publicKeyPem, 'EdDSA'), serviceSecret ? new TextEncoder().encode(serviceSecret) : undefined);
  }

  async callerFrom(authorization: string | undefined | null): Promise<Caller> {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new AppError(ErrorCode.UNAUTHENTICATED, 'The Authorization header must be "Bearer <access token>".');
    return this.verify(match[1]);
  }

  async verify(token: string): Promise<UserCaller | ServiceCaller> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'The access token is not valid.');
    }
    if (alg === 'HS256' && this.serviceKey) return this.verifyService(token);
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['EdDSA'] });
      const { sub, tid, role, sid } = payload as { sub?: string; tid?: string; role?: Role; sid?: string };
      if (!sub || !tid || !role || !sid) throw new AppError(ErrorCode.UNAUTHENTICATED, 'The access token is missing claims.');
      return { kind: 'user', userId: sub, tenantId: tid, role, sessionId: sid, expiresAt: payload.exp };
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new AppError(ErrorCode.TOKEN_EXPIRED, 'The access token has expired: refresh it.');
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'The access token is not valid.');
    }
  }

  private async verifyService(token: string): Promise<ServiceCaller> {
    try {
      const { payload } = await jwtVerify(token, this.serviceKey!, { issuer: SERVICE_ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      if (!payload.sub) throw new Error('no subject');
      return { kind: 'service', service: payload.sub };
    } catch {
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'The service token is not valid.');
    }
  }
}

export type ServiceCaller = Extract<Caller, { kind: 'service' }>;

/** Signs the short-lived tokens one subgraph presents to another. */
export function serviceToken(secret: string, service: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(service)
    .setIssuer(SERVICE_ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${SERVICE_TOKEN_TTL_SECONDS}s`)
    .sign(new TextEncoder().encode(secret));
}

/** Signs access tokens; only identity holds the private key. */
export class TokenSigner {
  private constructor(private readonly key: CryptoKey) {}

  static async fromPem(privateKeyPem: string): Promise<TokenSigner> {
    return new TokenSigner(await importPKCS8(privateKeyPem, 'EdDSA'));
  }

  sign(caller: UserCaller, ttlSeconds = ACCESS_TOKEN_TTL_SECONDS): Promise<string> {
    return new SignJWT({ tid: caller.tenantId, role: caller.role, sid: caller.sessionId })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
      .setSubject(caller.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(this.key);
  }
}
