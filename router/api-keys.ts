// Partner API keys at the router: a request with `X-Api-Key` is exchanged with identity for a
// short-lived access token that acts as the key (its tenant, its creator with role User, its
// scopes). The router keeps the token for a short while, so a key costs identity one call per
// `cacheSeconds`, not one per request; a revoked key stops working within that time.
import { sha256Hex } from '../subgraphs/kit/digest.ts';
import { GraphQLError } from 'graphql';
import type { Caller, ServiceCredential, TokenVerifier, UserCaller } from '../subgraphs/kit/auth.ts';
import { ErrorCode } from '../subgraphs/kit/errors.ts';

/** What a verified key lets the router do for its requests. */
export interface VerifiedKey {
  /** `Bearer <access token>`, passed to the subgraphs in place of the key. */
  authorization: string;
  caller: UserCaller;
  tenantId: string;
  apiKeyId: string;
  /** The tenant's own API throttle, requests per minute. */
  ratePerMinute: number;
}

interface Entry {
  key: Promise<VerifiedKey>;
  /** Epoch ms after which the entry is asked for again. */
  until: number;
}

export interface ApiKeyOptions {
  identityUrl: string;
  credential: ServiceCredential;
  verifier: TokenVerifier;
  /** How long a verified key is trusted without asking identity again (default 30 s). */
  cacheSeconds?: number;
  /** Most keys remembered at once (default 10,000; the oldest go first). */
  maxEntries?: number;
}

/** Codes identity answers for a key it refuses; each is the client's answer too (HTTP 401). */
const REFUSALS = new Set<string>([ErrorCode.API_KEY_INVALID, ErrorCode.API_KEY_REVOKED, ErrorCode.API_KEY_EXPIRED, ErrorCode.TENANT_SUSPENDED]);

const EXCHANGE = `mutation($key: String!, $ip: String) {
  exchangeApiKey(key: $key, ip: $ip) { accessToken expiresAt apiKeyId tenantId ratePerMinute }
}`;

/** SHA-256 of a key, the only form in which the router remembers or counts it. */
export const hashOfKey = (key: string): string => sha256Hex(key);

export class ApiKeys {
  private readonly entries = new Map<string, Entry>();
  private readonly cacheMs: number;
  private readonly maxEntries: number;

  constructor(private readonly options: ApiKeyOptions) {
    this.cacheMs = (options.cacheSeconds ?? 30) * 1000;
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  /** The verified key behind a hash, if the router already knows it (the rate limiter asks). */
  async known(hash: string): Promise<VerifiedKey | undefined> {
    const entry = this.entries.get(hash);
    if (!entry || entry.until <= Date.now()) return undefined;
    return entry.key.catch(() => undefined);
  }

  /** Verifies a key (or reuses a recent verification); refusals are GraphQL errors with HTTP 401. */
  verify(key: string, ip: string | undefined): Promise<VerifiedKey> {
    const hash = hashOfKey(key);
    const now = Date.now();
    const entry = this.entries.get(hash);
    if (entry && entry.until > now) return entry.key;
    const verified = this.exchange(key, ip);
    this.entries.delete(hash);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    const fresh: Entry = { key: verified, until: now + this.cacheMs };
    this.entries.set(hash, fresh);
    // A refusal is not remembered: the next request asks again (the rate limit bounds guessing).
    verified.then(
      (result) => {
        // Never trust a token past its own expiry.
        fresh.until = Math.min(fresh.until, (result.caller.expiresAt ?? 0) * 1000 - 5_000);
      },
      () => {
        if (this.entries.get(hash) === fresh) this.entries.delete(hash);
      },
    );
    return verified;
  }

  private async exchange(key: string, ip: string | undefined): Promise<VerifiedKey> {
    let reply: { data?: { exchangeApiKey?: { accessToken: string; apiKeyId: string; tenantId: string; ratePerMinute: number } | null } | null; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      const response = await fetch(this.options.identityUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await this.options.credential.token()}` },
        body: JSON.stringify({ query: EXCHANGE, variables: { key, ip: ip ?? null } }),
        signal: AbortSignal.timeout(5_000),
      });
      reply = (await response.json()) as typeof reply;
    } catch {
      throw new GraphQLError('API keys cannot be verified right now: try again shortly.', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, http: { status: 503 } } });
    }
    const refusal = reply.errors?.[0];
    if (refusal) {
      const code = refusal.extensions?.code ?? '';
      if (REFUSALS.has(code)) throw new GraphQLError(refusal.message, { extensions: { code, http: { status: 401 } } });
      throw new GraphQLError('API keys cannot be verified right now: try again shortly.', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, http: { status: 503 } } });
    }
    const granted = reply.data?.exchangeApiKey;
    if (!granted) throw new GraphQLError('The API key is not valid.', { extensions: { code: ErrorCode.API_KEY_INVALID, http: { status: 401 } } });
    const authorization = `Bearer ${granted.accessToken}`;
    const caller: Caller = await this.options.verifier.callerFrom(authorization);
    if (caller.kind !== 'user' || !caller.apiKey) throw new GraphQLError('Identity answered a token that is not an API key token.', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
    return { authorization, caller, tenantId: granted.tenantId, apiKeyId: granted.apiKeyId, ratePerMinute: granted.ratePerMinute };
  }
}
