// Who is calling: every subgraph verifies the access token itself (Ed25519 JWTs from identity).
import { SignJWT, jwtVerify, importSPKI, importPKCS8, decodeJwt, decodeProtectedHeader, errors as joseErrors, type CryptoKey } from 'jose';
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
  | { kind: 'user'; userId: string; tenantId: string; role: Role; sessionId: string; expiresAt?: number; apiKey?: ApiKeyGrant }
  /** Another subgraph, calling with the service credential (e.g. render charging a wallet). */
  | { kind: 'service'; service: string };

/**
 * A partner's tenant API key, exchanged at the router for a short-lived access token: the caller
 * acts as the key's creator with role User, limited to the key's scopes.
 */
export interface ApiKeyGrant {
  id: string;
  scopes: string[];
}

export const SERVICE_ISSUER = 'flatrender-service';
/**
 * The header that proves a request came through the router (or another FlatRender service): a
 * service token. Subgraphs refuse GraphQL requests without it unless the Authorization itself is
 * a service token.
 */
export const SERVICE_HEADER = 'x-flatrender-service';
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
      const { sub, tid, role, sid, akid, scp } = payload as { sub?: string; tid?: string; role?: Role; sid?: string; akid?: string; scp?: string[] };
      if (!sub || !tid || !role || !sid) throw new AppError(ErrorCode.UNAUTHENTICATED, 'The access token is missing claims.');
      const caller: UserCaller = { kind: 'user', userId: sub, tenantId: tid, role, sessionId: sid, expiresAt: payload.exp };
      if (akid) caller.apiKey = { id: akid, scopes: Array.isArray(scp) ? scp.filter((s) => typeof s === 'string') : [] };
      return caller;
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new AppError(ErrorCode.TOKEN_EXPIRED, 'The access token has expired: refresh it.');
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'The access token is not valid.');
    }
  }

  /** Whether a service header holds a valid service token (of any FlatRender service). */
  async isServiceToken(token: string | undefined): Promise<boolean> {
    if (!token || !this.serviceKey) return false;
    const now = Date.now() / 1000;
    const known = this.verifiedServiceTokens.get(token);
    if (known !== undefined && known > now) return true;
    try {
      await this.verifyService(token);
    } catch {
      return false;
    }
    // The router sends the same token for a while: remember it until it expires (bounded).
    if (this.verifiedServiceTokens.size >= 64) this.verifiedServiceTokens.clear();
    this.verifiedServiceTokens.set(token, (decodeJwt(token).exp ?? now) - 1);
    return true;
  }

  private readonly verifiedServiceTokens = new Map<string, number>();

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

/** A service's own token, signed once and reused until shortly before it expires. */
export class ServiceCredential {
  private current?: { token: Promise<string>; renewAt: number };

  constructor(private readonly secret: string, private readonly service: string) {}

  token(): Promise<string> {
    const now = Date.now();
    if (!this.current || now >= this.current.renewAt) {
      this.current = { token: serviceToken(this.secret, this.service), renewAt: now + (SERVICE_TOKEN_TTL_SECONDS - 20) * 1000 };
    }
    return this.current.token;
  }
}

/** Signs access tokens; only identity holds the private key. */
export class TokenSigner {
  private constructor(private readonly key: CryptoKey) {}

  static async fromPem(privateKeyPem: string): Promise<TokenSigner> {
    return new TokenSigner(await importPKCS8(privateKeyPem, 'EdDSA'));
  }

  sign(caller: UserCaller, ttlSeconds = ACCESS_TOKEN_TTL_SECONDS): Promise<string> {
    const claims = caller.apiKey ? { akid: caller.apiKey.id, scp: caller.apiKey.scopes } : {};
    return new SignJWT({ tid: caller.tenantId, role: caller.role, sid: caller.sessionId, ...claims })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
      .setSubject(caller.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(this.key);
  }
}
