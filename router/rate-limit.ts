// Per-client request rate limit at the router (rate-limiter-flexible, in memory): every /graphql
// request and every WebSocket connection and operation costs one point.
import { createHash } from 'node:crypto';
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
  return { ip: addressKey(clientAddress(req, trustProxyHops)), apiKeyHash: apiKey ? createHash('sha256').update(apiKey).digest('hex') : undefined };
}

/**
 * The caller's address: the socket's, or with `hops` trusted proxies the entry the nearest of
 * them appended to X-Forwarded-For (proxy-addr; entries further left are the client's own word).
 */
const clientAddress = (req: IncomingMessage, hops: number): string =>
  hops <= 0 ? (req.socket.remoteAddress ?? 'unknown') : proxyAddr(req, (_address, index) => index < hops);

/** IPv4 as is (also when IPv4-mapped); IPv6 by its /64, since one host is handed a whole /64. */
function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  return parsed.kind() === 'ipv4' ? parsed.toString() : `${(parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16)).join(':')}::/64`;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Two buckets: the address's, always, and the API key's when the request names one. Keys are
 * not verified here yet, so a made-up key per request must not escape the address's bucket;
 * once partner keys are verified, a verified key can skip it (see `take`).
 */
export class RequestRateLimiter {
  private readonly byAddress: RateLimiterMemory;
  private readonly byApiKey: RateLimiterMemory;

  constructor(private readonly options: RateLimitOptions) {
    this.byAddress = new RateLimiterMemory({ keyPrefix: 'ip', points: options.points, duration: options.windowSeconds });
    this.byApiKey = new RateLimiterMemory({ keyPrefix: 'key', points: options.apiKeyPoints, duration: options.windowSeconds });
  }

  /** Takes one point for the request, or says how long to wait. */
  async take(client: Client): Promise<RateDecision> {
    try {
      if (client.apiKeyHash) await this.byApiKey.consume(client.apiKeyHash);
      await this.byAddress.consume(client.ip);
      return { allowed: true };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
    }
  }

  /** Takes one point for the request (see `take`), with the options' trusted proxies. */
  takeFor(req: IncomingMessage): Promise<RateDecision> {
    return this.take(clientOf(req, this.options.trustProxyHops));
  }
}
