// The router's hardening, with real HTTP and WebSocket requests: operation limits, body limit,
// rate limit, introspection for administrators only, masked errors, CSRF prevention, CORS and
// forged tokens. Every hostile request gets a stable code and never a 500, and the router still
// answers an ordinary query after each barrage.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import { SignJWT, importPKCS8 } from 'jose';
import WebSocket from 'ws';
import { startStack, type Stack } from './kit/stack.ts';
import { execute, expectNoErrors, type GraphQLResponse } from './kit/client.ts';
import { login } from './kit/session.ts';
import { collect, wsClient } from './kit/ws.ts';
import { seedDemo, DEMO_IDS, DEFAULT_TENANT_ID, ACME_TENANT_ID, PARTNER_API_KEY } from '../prisma/seed.ts';
import { documentIdOf } from '../clients/partner/sdk.ts';
import { PartnerUsageDocument } from '../clients/partner/generated/graphql.ts';
import type { RunningRouter } from '../router/server.ts';

let stack: Stack;
/** A production router over the same subgraphs: introspection closed, errors masked, no CORS origins. */
let production: RunningRouter;
let user: string;
/** A tenant's administrator (TenantAdmin): not a platform administrator. */
let reseller: string;
let admin: string;

beforeAll(async () => {
  stack = await startStack();
  await seedDemo(stack.db.adminUrl);
  production = await stack.startRouter({ production: true });
  user = (await login(stack.url, 'user@flatrender.local')).accessToken;
  reseller = (await login(stack.url, 'reseller@acme.test')).accessToken;
  admin = (await login(stack.url, 'admin@flatrender.local')).accessToken;
});
afterAll(() => stack?.stop());

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The body as JSON (empty when it is not JSON). */
  body: Omit<GraphQLResponse<Record<string, any>>, 'status'>;
}

interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  /** Sent with a Content-Length. */
  body?: string | Buffer;
  /** Sent chunk by chunk, with no Content-Length (chunked transfer encoding). */
  chunks?: Buffer[];
  search?: string;
}

/** One HTTP request exactly as given (node:http, so no header is added or refused for us). */
function send(url: string, { method = 'POST', headers = {}, body, chunks, search = '' }: RawRequest = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}${search}`, { method, headers }, (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => {
        const text = Buffer.concat(parts).toString('utf8');
        let parsed: Reply['body'] = {};
        try {
          parsed = JSON.parse(text);
        } catch {
          // not JSON: the test looks at `text`
        }
        resolve({ status: response.statusCode!, headers: response.headers, text, body: parsed });
      });
    });
    // The router may answer (413) before the body is all sent; the answer is what the test checks.
    request.on('error', reject);
    if (chunks) {
      for (const chunk of chunks) request.write(chunk);
      request.end();
    } else {
      request.end(body);
    }
  });
}

const json = { 'content-type': 'application/json' };
const postQuery = (url: string, query: string, headers: Record<string, string> = {}) => send(url, { headers: { ...json, ...headers }, body: JSON.stringify({ query }) });

/** The router still answers an ordinary anonymous query. */
async function stillServes(url: string) {
  const reply = await postQuery(url, '{ plans { code } __typename }');
  expect(reply.status).toBe(200);
  expect(reply.body.errors).toBeUndefined();
  expect(reply.body.data?.plans.length).toBeGreaterThan(0);
}

/** A refusal: the status and one error with the code (development routers add a stack trace). */
function expectRefusal(reply: Reply, status: number, code: string) {
  expect({ status: reply.status, codes: reply.body.errors?.map((e) => e.extensions?.code) }).toEqual({ status, codes: [code] });
}

/** What a production router sends: no stack trace, no source path. */
function expectNothingInternal(reply: Reply) {
  expect(reply.text).not.toMatch(/stacktrace|\/work\/|node_modules|\.ts:\d+/);
}

/** `levels` selections of projects and template around `id`, alternating, projects innermost (they point at each other). */
const nested = (levels: number) => {
  let selection = 'id';
  for (let level = 0; level < levels; level++) selection = level % 2 ? `template { ${selection} }` : `projects { ${selection} }`;
  return selection;
};

describe('operation limits (graphql-armor): 400 with a code and the limit that refused', () => {
  const tooMuch: [string, string, string, string][] = [
    // depth 11: templates, edges, node, then projects and template seven times, then id
    ['depth', `{ templates(first: 1) { edges { node { ${nested(7)} } } } }`, 'GRAPHQL_VALIDATION_FAILED', 'MAX_DEPTH'],
    ['aliases', `{ ${Array.from({ length: 16 }, (_, i) => `p${i}: plans { code }`).join(' ')} }`, 'GRAPHQL_VALIDATION_FAILED', 'MAX_ALIASES'],
    // a page of 100 inside a page of 100: shallow and short, but 10,000 rows
    ['cost', '{ renderJobs(first: 100) { edges { node { user { notifications(first: 100) { edges { node { id title } } } } } } } }', 'GRAPHQL_VALIDATION_FAILED', 'MAX_COST'],
    ['directives', `{ plans { ${'code @include(if: true) '.repeat(21)} } }`, 'GRAPHQL_VALIDATION_FAILED', 'MAX_DIRECTIVES'],
    ['tokens', `{ plans { ${'code '.repeat(1000)} } }`, 'GRAPHQL_PARSE_FAILED', 'MAX_TOKENS'],
  ];

  test.each(tooMuch)('%s over the limit, over HTTP', async (_kind, query, code, limit) => {
    const reply = await postQuery(stack.url, query);
    expectRefusal(reply, 400, code);
    expect(reply.body.errors![0].extensions!.limit).toBe(limit);
    await stillServes(stack.url);
  });

  test('the same limits over WebSocket, for queries and subscriptions alike', async () => {
    const client = wsClient(stack.url);
    try {
      for (const [, query, code, limit] of tooMuch) {
        const refused = collect(client, query);
        await refused.until(() => refused.completed);
        expect(refused.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code, limit }) })]);
      }
      const deepSubscription = collect(client, `subscription { renderProgress(jobId: "${randomUUID()}") { job { savedProject { project { template { ${nested(5)} } } } } } }`);
      await deepSubscription.until(() => deepSubscription.completed);
      expect(deepSubscription.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_DEPTH' }) })]);
      const fine = collect(client, '{ plans { code } }');
      expect((await fine.until((results) => results.length === 1))[0].plans.length).toBeGreaterThan(0);
    } finally {
      await client.dispose();
    }
    await stillServes(stack.url);
  });

  test("an administrator's full introspection query fits the limits", async () => {
    const reply = await postQuery(production.url, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), { authorization: `Bearer ${admin}` });
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data?.__schema.queryType.name).toBe('Query');
  });
});

describe('request bodies', () => {
  const twelveMegabytes = () => Buffer.from(JSON.stringify({ query: '{ plans { code } }', variables: { padding: 'x'.repeat(12 * 1000 * 1000) } }));

  test('a 12 MB body is refused with 413 PAYLOAD_TOO_LARGE, declared or streamed', async () => {
    expectRefusal(await send(stack.url, { headers: json, body: twelveMegabytes() }), 413, 'PAYLOAD_TOO_LARGE');
    await stillServes(stack.url);
    const body = twelveMegabytes();
    const chunks = Array.from({ length: Math.ceil(body.length / 65536) }, (_, i) => body.subarray(i * 65536, (i + 1) * 65536));
    expectRefusal(await send(stack.url, { headers: json, chunks }), 413, 'PAYLOAD_TOO_LARGE');
    await stillServes(stack.url);
  });

  test.each([
    ['malformed JSON', '{"query": "{ plans { code } }"'],
    ['JSON that is not a request', '"{ plans { code } }"'],
    ['an empty object', '{}'],
    ['a batch (not served)', JSON.stringify([{ query: '{ plans { code } }' }, { query: '{ __typename }' }])],
  ])('%s is 400 BAD_REQUEST', async (_what, body) => {
    expectRefusal(await send(stack.url, { headers: json, body }), 400, 'BAD_REQUEST');
    await stillServes(stack.url);
  });
});

describe('rate limit (rate-limiter-flexible)', () => {
  test('past its points an address gets 429 RATE_LIMITED with Retry-After; other routers are not affected', async () => {
    const limited = await stack.startRouter({ rateLimit: { points: 3, apiKeyPoints: 100, windowSeconds: 600 } });
    for (let i = 0; i < 3; i++) await stillServes(limited.url);
    const refused = await postQuery(limited.url, '{ plans { code } }');
    expectRefusal(refused, 429, 'RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(600);
    // A made-up API key per request does not open a fresh bucket for the same address.
    expectRefusal(await postQuery(limited.url, '{ plans { code } }', { 'x-api-key': randomUUID() }), 429, 'RATE_LIMITED');
    // The WebSocket handshake counts too, and is refused the same way.
    const handshake = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const socket = new WebSocket(limited.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      socket.on('unexpected-response', (_request, response) => resolve(response));
      socket.on('open', () => reject(new Error('the handshake was accepted')));
      socket.on('error', () => undefined);
    });
    expect(handshake.statusCode).toBe(429);
    expect(Number(handshake.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    await stillServes(stack.url);
  });

  test('over WebSocket, every operation costs a point too', async () => {
    const limited = await stack.startRouter({ rateLimit: { points: 2, apiKeyPoints: 100, windowSeconds: 600 } });
    const client = wsClient(limited.url);
    try {
      // The handshake takes the first point, this query the second.
      const first = collect(client, '{ plans { code } }');
      await first.until((results) => results.length === 1);
      const second = collect(client, '{ plans { code } }');
      await second.until(() => second.completed);
      expect(second.errors).toEqual([expect.objectContaining({ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } })]);
    } finally {
      await client.dispose();
    }
    await stillServes(stack.url);
  });

  test('an unverified API key has a bucket of its own, counted by its hash', async () => {
    const limited = await stack.startRouter({ rateLimit: { points: 100, apiKeyPoints: 2, windowSeconds: 600 } });
    const partner = { 'x-api-key': 'frk_test_partner_one' };
    // Refused (a raw query with a key) but counted: the bucket fills all the same.
    for (let i = 0; i < 2; i++) expect((await postQuery(limited.url, '{ plans { code } }', partner)).status).not.toBe(429);
    const refused = await postQuery(limited.url, '{ plans { code } }', partner);
    expectRefusal(refused, 429, 'RATE_LIMITED');
    expect(refused.text).not.toContain('frk_test_partner_one');
    expect((await postQuery(limited.url, '{ plans { code } }', { 'x-api-key': 'frk_test_partner_two' })).status).not.toBe(429);
    await stillServes(limited.url);
  });

  test("a verified key counts against its tenant's own throttle, not its address's", async () => {
    const limited = await stack.startRouter({ rateLimit: { points: 3, apiKeyPoints: 100, windowSeconds: 600 } });
    await stack.db.admin.tenant.update({ where: { id: ACME_TENANT_ID }, data: { apiRateLimitPerMin: 6 } });
    try {
      const usage = () => fetch(limited.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': PARTNER_API_KEY },
        body: JSON.stringify({ documentId: documentIdOf(PartnerUsageDocument), variables: { from: '2026-01-01', to: '2026-01-31' } }),
      });
      // The first request verifies the key (and counts against the address as well); then only the tenant's 6 a minute.
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await usage()).status);
      expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(3);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await stack.db.admin.tenant.update({ where: { id: ACME_TENANT_ID }, data: { apiRateLimitPerMin: 600 } });
    }
  });

  test('behind a trusted proxy, the address it forwards is the one counted', async () => {
    const limited = await stack.startRouter({ rateLimit: { points: 1, apiKeyPoints: 100, windowSeconds: 600, trustProxyHops: 1 } });
    const from = (address: string) => postQuery(limited.url, '{ plans { code } }', { 'x-forwarded-for': `198.51.100.7, ${address}` });
    expect((await from('203.0.113.1')).status).toBe(200);
    expectRefusal(await from('203.0.113.1'), 429, 'RATE_LIMITED');
    // Only the leftmost entry changes: it is the client's own word, so the same bucket.
    expectRefusal(await postQuery(limited.url, '{ plans { code } }', { 'x-forwarded-for': '198.51.100.8, 203.0.113.1' }), 429, 'RATE_LIMITED');
    expect((await from('2001:db8:1:2::1')).status).toBe(200);
    // The same IPv6 /64 is the same client.
    expectRefusal(await from('2001:db8:1:2:ffff::9'), 429, 'RATE_LIMITED');
    expect((await from('203.0.113.2')).status).toBe(200);
  });
});

describe('introspection: everyone in development, platform administrators only in production', () => {
  const schemaQuery = '{ __schema { queryType { name } } }';

  test('in development anyone may introspect', async () => {
    const reply = await postQuery(stack.url, schemaQuery);
    expect(reply.status).toBe(200);
    expect(reply.body.data?.__schema.queryType.name).toBe('Query');
  });

  test.each([
    ['__schema', schemaQuery],
    ['__type', '{ __type(name: "Query") { fields { name } } }'],
    ['__schema inside a fragment', 'query { plans { code } ...Peek } fragment Peek on Query { __schema { types { name } } }'],
    ['__type under an alias', '{ plans { code } look: __type(name: "User") { name } }'],
  ])('in production, %s is FORBIDDEN to anonymous callers, users and tenant administrators', async (_what, query) => {
    expectRefusal(await postQuery(production.url, query), 403, 'FORBIDDEN');
    for (const token of [user, reseller]) expectRefusal(await postQuery(production.url, query, { authorization: `Bearer ${token}` }), 403, 'FORBIDDEN');
    const asAdmin = await postQuery(production.url, query, { authorization: `Bearer ${admin}` });
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body.errors).toBeUndefined();
    await stillServes(production.url);
  });

  test('in production, __typename stays open to everyone', async () => {
    expect(expectNoErrors(await execute(production.url, { document: '{ __typename }' }))).toEqual({ __typename: 'Query' });
  });

  test('in production, introspection over WebSocket is refused too, except for administrators', async () => {
    const anonymous = wsClient(production.url);
    const asAdmin = wsClient(production.url, admin);
    try {
      const refused = collect(anonymous, schemaQuery);
      await refused.until(() => refused.errors.length > 0 || refused.results.length > 0);
      expect(refused.results).toEqual([]);
      expect(refused.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
      const allowed = collect(asAdmin, schemaQuery);
      expect((await allowed.until((results) => results.length === 1))[0].__schema.queryType.name).toBe('Query');
    } finally {
      await anonymous.dispose();
      await asAdmin.dispose();
    }
  });

  test('in production, a misspelt field gets no "Did you mean" that would spell out the schema', async () => {
    const reply = await postQuery(production.url, '{ plan { code } }');
    expectRefusal(reply, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(reply.body.errors![0].message).not.toMatch(/Did you mean|plans/);
    expectNothingInternal(reply);
    expect((await postQuery(stack.url, '{ plan { code } }')).body.errors![0].message).toMatch(/Did you mean "plans"/);
  });
});

describe('errors in production', () => {
  test('an internal error is masked, with no stack trace and nothing about the machine', async () => {
    // identity (which owns plans) is unreachable for this router: port 1 on loopback refuses.
    const broken = { urls: { identity: 'http://127.0.0.1:1/graphql' } };
    const masked = await stack.startRouter({ ...broken, production: true });
    const reply = await postQuery(masked.url, '{ plans { code } }');
    expect(reply.status).not.toBe(500);
    expect(reply.body.errors).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expectNothingInternal(reply);
    expect(reply.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|fetch failed|identity/);
    // The same failure in development shows what happened, so the test above is about masking.
    const development = await stack.startRouter(broken);
    const exposed = await postQuery(development.url, '{ plans { code } }');
    expect(exposed.text).toMatch(/stacktrace/);
  });

  test('refusals in production carry their code and no stack trace', async () => {
    const refusals: [Promise<Reply>, number, string][] = [
      [postQuery(production.url, '{ plans { code '), 400, 'GRAPHQL_PARSE_FAILED'],
      [postQuery(production.url, `{ templates(first: 1) { edges { node { ${nested(7)} } } } }`), 400, 'GRAPHQL_VALIDATION_FAILED'],
      [postQuery(production.url, `{ plans { ${'code '.repeat(1000)} } }`), 400, 'GRAPHQL_PARSE_FAILED'],
      [postQuery(production.url, '{ plans { code } }', { authorization: 'Bearer not-a-token' }), 401, 'UNAUTHENTICATED'],
      [send(production.url, { headers: json, body: '{"query":' }), 400, 'BAD_REQUEST'],
      [send(production.url, { headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ plans { code } }' }) }), 400, 'BAD_REQUEST'],
      [postQuery(production.url, '{ __schema { types { name } } }'), 403, 'FORBIDDEN'],
    ];
    for (const [reply, status, code] of refusals) {
      expectRefusal(await reply, status, code);
      expectNothingInternal(await reply);
    }
    await stillServes(production.url);
  });
});

describe('CSRF prevention (Apollo Server csrfPrevention through our handler)', () => {
  test.each([
    ['a GET with no preflight header', { method: 'GET', search: `?query=${encodeURIComponent('{ plans { code } }')}` }],
    ['a POST as text/plain', { headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ plans { code } }' }) }],
    ['a POST as a form', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: JSON.stringify({ query: '{ plans { code } }' }) }],
    ['a POST as multipart', { headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: JSON.stringify({ query: '{ plans { code } }' }) }],
    ['a POST with no content type', { body: JSON.stringify({ query: '{ plans { code } }' }) }],
  ] as [string, RawRequest][])('%s is refused with 400 BAD_REQUEST', async (_what, request) => {
    const reply = await send(stack.url, request);
    expectRefusal(reply, 400, 'BAD_REQUEST');
    expect(reply.body.data).toBeUndefined();
    await stillServes(stack.url);
  });

  test('a GET that says it was preflighted is served (queries only)', async () => {
    const search = `?query=${encodeURIComponent('{ plans { code } }')}`;
    const reply = await send(stack.url, { method: 'GET', search, headers: { 'apollo-require-preflight': 'true' } });
    expect(reply.status).toBe(200);
    expect(reply.body.data?.plans.length).toBeGreaterThan(0);
  });
});

describe('CORS from configuration', () => {
  const preflight = (url: string, origin: string) =>
    send(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' } });

  test('development allows localhost origins on any port, and nothing else', async () => {
    const allowed = await preflight(stack.url, 'http://localhost:5173');
    expect(allowed.status).toBe(204);
    expect(allowed.headers).toMatchObject({ 'access-control-allow-origin': 'http://localhost:5173', vary: 'Origin' });
    expect(allowed.headers['access-control-allow-methods']).toContain('POST');
    expect(allowed.headers['access-control-allow-headers']).toEqual(expect.stringContaining('authorization'));
    expect(allowed.headers['access-control-allow-headers']).toEqual(expect.stringContaining('content-type'));
    const refused = await preflight(stack.url, 'https://evil.example');
    expectRefusal(refused, 403, 'FORBIDDEN');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    const simple = await postQuery(stack.url, '{ plans { code } }', { origin: 'http://127.0.0.1:3000' });
    expect(simple.headers['access-control-allow-origin']).toBe('http://127.0.0.1:3000');
    const foreign = await postQuery(stack.url, '{ plans { code } }', { origin: 'https://evil.example' });
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    await stillServes(stack.url);
  });

  test('production allows no origin unless configured', async () => {
    expectRefusal(await preflight(production.url, 'http://localhost:5173'), 403, 'FORBIDDEN');
    const configured = await stack.startRouter({ production: true, corsOrigins: ['https://studio.flatrender.test', 'https://admin.flatrender.test:8443'] });
    const allowed = await preflight(configured.url, 'https://studio.flatrender.test');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://studio.flatrender.test');
    expect((await preflight(configured.url, 'https://admin.flatrender.test:8443')).status).toBe(204);
    for (const origin of ['http://studio.flatrender.test', 'https://studio.flatrender.test.evil.example', 'https://admin.flatrender.test', 'null']) {
      const refused = await preflight(configured.url, origin);
      expectRefusal(refused, 403, 'FORBIDDEN');
      expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    }
    // A refused answer is readable by the allowed front end, Retry-After included.
    const answer = await postQuery(configured.url, '{ plans { code } }', { origin: 'https://studio.flatrender.test' });
    expect(answer.headers['access-control-expose-headers']).toContain('retry-after');
    await stillServes(configured.url);
  });

  test('a WebSocket handshake from a refused origin gets 403', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(production.url.replace(/^http/, 'ws'), 'graphql-transport-ws', { origin: 'https://evil.example' });
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode!));
      socket.on('open', () => reject(new Error('the handshake was accepted')));
      socket.on('error', () => undefined);
    });
    expect(status).toBe(403);
    await stillServes(production.url);
  });
});

describe('forged tokens are refused on HTTP (401) and WebSocket (4403)', () => {
  const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = () => Math.floor(Date.now() / 1000);
  const claims = () => ({ sub: DEMO_IDS.admin, tid: DEFAULT_TENANT_ID, role: 'Admin', sid: randomUUID(), iss: 'flatrender-identity', aud: 'flatrender', iat: now(), exp: now() + 600 });

  /** Unsigned: `alg: none` and an empty signature. */
  const algNone = () => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims())}.`;
  /** The user's real token with one payload character changed. */
  const flipped = () => {
    const [header, payload, signature] = user.split('.');
    const at = Math.floor(payload.length / 2);
    return `${header}.${payload.slice(0, at)}${payload[at] === 'A' ? 'B' : 'A'}${payload.slice(at + 1)}.${signature}`;
  };
  /** The user's real signature over a payload that now says Admin. */
  const promoted = () => {
    const [header, payload, signature] = user.split('.');
    const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return `${header}.${base64url({ ...decoded, role: 'Admin' })}.${signature}`;
  };
  /** Properly signed with the stack's key, but expired half an hour ago. */
  const expired = async () =>
    new SignJWT({ tid: DEFAULT_TENANT_ID, role: 'User', sid: randomUUID() })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
      .setSubject(DEMO_IDS.user)
      .setIssuer('flatrender-identity')
      .setAudience('flatrender')
      .setIssuedAt(now() - 3600)
      .setExpirationTime(now() - 1800)
      .sign(await importPKCS8(stack.jwt.privateKey, 'EdDSA'));

  // Expired tokens keep their own code so clients know to refresh rather than sign in again.
  const forgeries: [string, () => string | Promise<string>, string][] = [
    ['alg none', algNone, 'UNAUTHENTICATED'],
    ['a flipped payload character', flipped, 'UNAUTHENTICATED'],
    ['a payload promoted to Admin', promoted, 'UNAUTHENTICATED'],
    ['expired', expired, 'TOKEN_EXPIRED'],
  ];

  test.each(forgeries)('%s: HTTP 401 %s', async (_what, forge, code) => {
    const token = await forge();
    expectRefusal(await postQuery(stack.url, '{ plans { code } }', { authorization: `Bearer ${token}` }), 401, code);
    expectRefusal(await postQuery(production.url, '{ __schema { queryType { name } } }', { authorization: `Bearer ${token}` }), 401, code);
    await stillServes(stack.url);
  });

  /** The close code of a graphql-ws connection that presents `token`. */
  const closeCodeFor = async (token: string) => {
    let closed: number | undefined;
    const client = wsClient(stack.url, token, (code) => (closed ??= code));
    const events = collect(client, '{ __typename }');
    await events.until(() => events.completed);
    await client.dispose();
    return closed;
  };

  test.each(forgeries)('%s: WebSocket closed with 4403', async (_what, forge) => {
    expect(await closeCodeFor(await forge())).toBe(4403);
    await stillServes(stack.url);
  });

  test('the genuine token works on both', async () => {
    expect(expectNoErrors(await execute(stack.url, { document: '{ me { id } }', token: user }))).toEqual({ me: { id: DEMO_IDS.user } });
    const client = wsClient(stack.url, user);
    try {
      const me = collect(client, '{ me { id } }');
      expect((await me.until((results) => results.length === 1))[0]).toEqual({ me: { id: DEMO_IDS.user } });
    } finally {
      await client.dispose();
    }
  });
});
