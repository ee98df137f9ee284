// Per-client request rate limit at the router (rate-limiter-flexible, in memory): every /graphql
// request and every WebSocket connection and operation costs one point.
import { sha256Hex } from '../subgraphs/kit/digest.ts';
import type { IncomingMessage } from 'node:http';
import ipaddr from 'ipaddr.js';
import proxyAddr from 'proxy-addr';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimitOptions {
  /** Requests one IP address (an IPv6 /64) may make per window. */
  points: number;
  /** Requests one API key may make per window, whatever addresses it comes from. */
  apiKeyPoints: number;
  /** Length of the window, in seconds. */
  windowSeconds: number;
  /** Reverse proxies in front of the router whose X-Forwarded-For entry to trust (0: none). */
  trustProxyHops?: number;
}

/** About 20 requests a second from one address, sustained: a coarse brake on floods and scrapers. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { points: 1200, apiKeyPoints: 6000, windowSeconds: 60, trustProxyHops: 0 };

/** Who a request counts against: its address and, when it carries one, its API key's hash. */
export interface Client {
  ip: string;
  /** SHA-256 (hex) of the X-Api-Key header, never the key itself. */
  apiKeyHash?: string;
}

export function clientOf(req: IncomingMessage, trustProxyHops = 0): Client {
  const header = req.headers['x-api-key'];
  const apiKey = Array.isArray(header) ? header[0] : header;
  return { ip: addressKey(clientAddress(req, trustProxyHops)), apiKeyHash: apiKey ? sha256Hex(apiKey) : undefined };
}

/**
 * The caller's address: the socket's, or with `hops` trusted proxies the entry the nearest of
 * them appended to X-Forwarded-For (proxy-addr; entries further left are the client's own word).
 */
export const clientAddress = (req: IncomingMessage, hops: number): string =>
  hops <= 0 ? (req.socket.remoteAddress ?? 'unknown') : proxyAddr(req, (_address, index) => index < hops);

/** IPv4 as is (also when IPv4-mapped); IPv6 by its /64, since one host is handed a whole /64. */
function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  return parsed.kind() === 'ipv4' ? parsed.toString() : `${(parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16)).join(':')}::/64`;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Two buckets: the address's, always, and the API key's when the request names one. A key the
 * router has verified counts against its own bucket only, at its tenant's per-minute throttle;
 * an unverified one (the first request of a key, or a made-up one) against its address's too,
 * so inventing a key per request does not escape the address's limit.
 */
export class RequestRateLimiter {
  private readonly byAddress: RateLimiterMemory;
  private readonly byApiKey: RateLimiterMemory;
  /** Verified keys' buckets, one limiter per tenant throttle in use. */
  private readonly byTenantRate = new Map<number, RateLimiterMemory>();

  constructor(private readonly options: RateLimitOptions) {
    this.byAddress = new RateLimiterMemory({ keyPrefix: 'ip', points: options.points, duration: options.windowSeconds });
    this.byApiKey = new RateLimiterMemory({ keyPrefix: 'key', points: options.apiKeyPoints, duration: options.windowSeconds });
  }

  /** Takes one point for the request, or says how long to wait. */
  async take(client: Client, verifiedRatePerMinute?: number): Promise<RateDecision> {
    try {
      if (client.apiKeyHash && verifiedRatePerMinute) {
        await this.tenantLimiter(verifiedRatePerMinute).consume(client.apiKeyHash);
        return { allowed: true };
      }
      if (client.apiKeyHash) await this.byApiKey.consume(client.apiKeyHash);
      await this.byAddress.consume(client.ip);
      return { allowed: true };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
    }
  }

  private tenantLimiter(perMinute: number): RateLimiterMemory {
    let limiter = this.byTenantRate.get(perMinute);
    if (!limiter) this.byTenantRate.set(perMinute, (limiter = new RateLimiterMemory({ keyPrefix: `tenant${perMinute}`, points: perMinute, duration: 60 })));
    return limiter;
  }

  /** Takes one point for the request (see `take`), with the options' trusted proxies. */
  takeFor(req: IncomingMessage, verifiedRatePerMinute?: (apiKeyHash: string) => Promise<number | undefined>): Promise<RateDecision> {
    const client = clientOf(req, this.options.trustProxyHops);
    if (!client.apiKeyHash || !verifiedRatePerMinute) return this.take(client);
    return verifiedRatePerMinute(client.apiKeyHash).then((rate) => this.take(client, rate));
  }
}
