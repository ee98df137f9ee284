// Which browser origins may call /graphql (CORS), from configuration: exact origins, or an
// origin with `:*` for any port of that scheme and host.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode } from '../subgraphs/kit/errors.ts';
import { sendGraphQLError } from '../subgraphs/kit/http.ts';

/** Origins a development router allows when none are configured: local front-end dev servers. */
export const DEVELOPMENT_CORS_ORIGINS: readonly string[] = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'];

/** Request headers our clients send: the JSON body, the token, Apollo's CSRF preflight marker, tracing, partner keys. */
const ALLOWED_HEADERS = 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id, x-api-key';
/** How long a browser may reuse a preflight answer (browsers cap it lower themselves). */
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/** An origin entry is valid when it is `scheme://host` or `scheme://host:port` or `scheme://host:*`. */
export function isOriginPattern(entry: string): boolean {
  const concrete = entry.endsWith(':*') ? entry.slice(0, -2) : entry;
  try {
    const url = new URL(concrete);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === concrete;
  } catch {
    return false;
  }
}

export class CorsPolicy {
  private readonly exact = new Set<string>();
  private readonly anyPort: string[] = [];

  constructor(origins: readonly string[]) {
    for (const origin of origins) {
      if (!isOriginPattern(origin)) throw new Error(`Not a CORS origin: "${origin}" (expected scheme://host[:port|:*])`);
      if (origin.endsWith(':*')) this.anyPort.push(origin.slice(0, -2));
      else this.exact.add(origin);
    }
  }

  allows(origin: string): boolean {
    if (this.exact.has(origin)) return true;
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false;
    }
    return url.origin === origin && this.anyPort.includes(`${url.protocol}//${url.hostname}`);
  }

  /**
   * Adds the CORS headers a response to `req` gets (none for a refused or absent origin). Returns
   * true when `req` was a preflight and has been answered: 204 when allowed, 403 when not.
   */
  apply(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin;
    res.setHeader('vary', 'Origin');
    const allowed = origin !== undefined && this.allows(origin);
    if (allowed) {
      res.setHeader('access-control-allow-origin', origin);
      // So browser code can read when to come back after a 429, and quote the request id.
      res.setHeader('access-control-expose-headers', 'retry-after, x-request-id');
    }
    if (req.method !== 'OPTIONS') return false;
    if (!origin || !req.headers['access-control-request-method']) {
      res.writeHead(204, { allow: 'GET, POST, OPTIONS' });
      res.end();
      return true;
    }
    if (!allowed) {
      sendGraphQLError(res, 403, ErrorCode.FORBIDDEN, `The origin ${origin.slice(0, 200)} may not call this API from a browser.`);
      return true;
    }
    res.writeHead(204, {
      // PUT: upload parts go to /v1/uploads/<id>/parts/<n> (the studio SDK's uploadFile, from a browser).
      'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
      'access-control-allow-headers': ALLOWED_HEADERS,
      'access-control-max-age': PREFLIGHT_MAX_AGE_SECONDS,
    });
    res.end();
    return true;
  }
}
