// Persisted operations at the router, with real HTTP and WebSocket requests: trusted documents by
// id from the committed manifests, automatic persisted queries, GET with Cache-Control, the
// partner rule for X-Api-Key requests (no subgraph is asked), the admin listing, and a manifest
// changed on disk picked up without a restart.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startStack, type Stack } from './kit/stack.ts';
import { login } from './kit/session.ts';
import { seedDemo, PARTNER_API_KEY } from '../prisma/seed.ts';
import { DEFAULT_MANIFESTS } from '../router/persisted.ts';
import type { RunningRouter } from '../router/server.ts';

let stack: Stack;
let user: string;
let admin: string;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const manifest = async (client: string, format: 'codegen' | 'apollo' = 'codegen') => {
  const file = DEFAULT_MANIFESTS.find((source) => source.client === client && source.path.includes(format === 'codegen' ? 'persisted-documents' : 'persisted-query-manifest'))!.path;
  return JSON.parse(await readFile(file, 'utf8'));
};
/** The committed codegen-manifest id ("sha256:<hex>") of a named operation. */
const idOf = async (client: string, name: string): Promise<string> => {
  const documents = (await manifest(client)) as Record<string, string>;
  const found = Object.entries(documents).find(([, body]) => new RegExp(`^(query|mutation|subscription) ${name}\\b`).test(body));
  if (!found) throw new Error(`no ${name} in the ${client} manifest`);
  return found[0];
};

interface Reply {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

async function get(url: string, params: Record<string, string>, headers: Record<string, string> = {}): Promise<Reply> {
  const response = await fetch(`${url}?${new URLSearchParams(params)}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const codes = (reply: Reply) => (reply.body.errors ?? []).map((error) => error.extensions?.code);

/** How many subgraph fetches the router has made (its Prometheus histogram's count). */
async function subgraphFetches(router: RunningRouter): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${router.port}/metrics`)).text();
  return [...text.matchAll(/^flatrender_router_subgraph_fetch_duration_seconds_count\{[^}]*\} (\d+)/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
}

beforeAll(async () => {
  stack = await startStack();
  await seedDemo(stack.db.adminUrl);
  user = (await login(stack.url, 'user@flatrender.local')).accessToken;
  admin = (await login(stack.url, 'admin@flatrender.local')).accessToken;
});
afterAll(() => stack?.stop());

describe('trusted documents', () => {
  test('documentId from the studio manifest runs the stored document', async () => {
    const reply = await post(stack.url, { documentId: await idOf('studio', 'BrowseTemplates'), variables: { first: 2 } });
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data.templates.edges).toHaveLength(2);
  });

  test('extensions.persistedQuery.sha256Hash naming an Apollo-manifest entry needs no registration', async () => {
    const { operations } = await manifest('admin', 'apollo');
    const nodes = operations.find((operation: { name: string }) => operation.name === 'Nodes');
    const reply = await post(stack.url, { extensions: { persistedQuery: { version: 1, sha256Hash: nodes.id } } }, { authorization: `Bearer ${admin}` });
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data.nodes.map((node: { name: string }) => node.name)).toContain('node-teh-01');
  });

  test('a malformed documentId is a bad request', async () => {
    for (const documentId of ['sha256:xyz', 'md5:00', 42, '0'.repeat(63)]) {
      const reply = await post(stack.url, { documentId });
      expect(reply.status).toBe(400);
      expect(codes(reply)).toEqual(['BAD_REQUEST']);
    }
  });

  test('an unknown documentId is not found', async () => {
    const reply = await post(stack.url, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(reply.status).toBe(400);
    expect(codes(reply)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  test('documentId with a query that is not its document is refused', async () => {
    const reply = await post(stack.url, { documentId: await idOf('studio', 'Me'), query: '{ __typename }' });
    expect(reply.status).toBe(400);
    expect(codes(reply)).toEqual(['BAD_REQUEST']);
  });
});

describe('automatic persisted queries (studio)', () => {
  const query = 'query ApqProbe { categories { slug } }';
  const persistedQuery = { version: 1, sha256Hash: sha256(query) };

  test('an unknown hash asks for the query, hash and query register it, then the hash alone runs', async () => {
    const miss = await post(stack.url, { extensions: { persistedQuery } });
    expect(codes(miss)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(miss.body.errors![0].message).toBe('PersistedQueryNotFound');

    const register = await post(stack.url, { query, extensions: { persistedQuery } });
    expect(register.body.errors).toBeUndefined();
    expect(register.body.data.categories.length).toBeGreaterThan(0);

    const hit = await post(stack.url, { extensions: { persistedQuery } });
    expect(hit.body).toEqual(register.body);
  });

  test('a hash that is not the query\'s sha256 is refused and registers nothing', async () => {
    const other = 'query Mismatch { categories { name } }';
    const reply = await post(stack.url, { query: other, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('something else') } } });
    expect(reply.status).toBe(400);
    expect(codes(reply)).toEqual(['BAD_REQUEST']);
    const after = await post(stack.url, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256('something else') } } });
    expect(codes(after)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});

describe('GET', () => {
  test('a persisted catalog query is cacheable: public when anonymous, private with a token', async () => {
    const documentId = await idOf('studio', 'BrowseTemplates');
    const anonymous = await get(stack.url, { documentId, variables: JSON.stringify({ first: 1 }) });
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.data.templates.edges).toHaveLength(1);
    expect(anonymous.headers.get('cache-control')).toBe('public, max-age=60');
    expect(anonymous.headers.get('vary')).toBe('Authorization, X-Api-Key');

    const signedIn = await get(stack.url, { documentId, variables: JSON.stringify({ first: 1 }) }, { authorization: `Bearer ${user}` });
    expect(signedIn.headers.get('cache-control')).toBe('private, max-age=60');
  });

  test('a query about the caller is not cacheable', async () => {
    const reply = await get(stack.url, { documentId: await idOf('studio', 'Me') }, { authorization: `Bearer ${user}` });
    expect(reply.body.data.me.email).toBe('user@flatrender.local');
    expect(reply.headers.get('cache-control')).toBe('no-store');
  });

  test('a mutation is never run over GET, by id or by hash', async () => {
    const before = await subgraphFetches(stack.router!);
    const byId = await get(stack.url, { documentId: await idOf('studio', 'Logout') }, { authorization: `Bearer ${user}` });
    expect(byId.status).toBe(405);
    expect(codes(byId)).toEqual(['BAD_REQUEST']);
    const { operations } = await manifest('studio', 'apollo');
    const logout = operations.find((operation: { name: string }) => operation.name === 'Logout');
    const byHash = await get(stack.url, { extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: logout.id } }) }, { authorization: `Bearer ${user}` });
    expect(byHash.status).toBe(405);
    expect(await subgraphFetches(stack.router!)).toBe(before);
    // The session is still alive.
    const me = await post(stack.url, { query: '{ me { id } }' }, { authorization: `Bearer ${user}` });
    expect(me.body.data.me.id).toBeTruthy();
  });
});

describe('partner API keys run only the partner manifest', () => {
  const partner = { 'x-api-key': PARTNER_API_KEY };

  test('a raw query is refused before any subgraph is asked', async () => {
    const before = await subgraphFetches(stack.router!);
    const reply = await post(stack.url, { query: '{ templates(first: 1) { totalCount } }' }, partner);
    expect(reply.status).toBe(400);
    expect(codes(reply)).toEqual(['PERSISTED_QUERY_REQUIRED']);
    expect(await subgraphFetches(stack.router!)).toBe(before);
  });

  test('an id from the studio manifest is refused, by documentId and by hash', async () => {
    const studioId = await idOf('studio', 'BrowseTemplates');
    const byId = await post(stack.url, { documentId: studioId }, partner);
    expect(codes(byId)).toEqual(['PERSISTED_QUERY_REQUIRED']);
    const byHash = await get(stack.url, { extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: studioId.slice(7) } }) }, partner);
    expect(byHash.status).toBe(400);
    expect(codes(byHash)).toEqual(['PERSISTED_QUERY_REQUIRED']);
  });

  test('registering an automatic persisted query with a key is refused, and registers nothing', async () => {
    const query = 'query PartnerSneak { categories { slug } }';
    const persistedQuery = { version: 1, sha256Hash: sha256(query) };
    expect(codes(await post(stack.url, { query, extensions: { persistedQuery } }, partner))).toEqual(['PERSISTED_QUERY_REQUIRED']);
    expect(codes(await post(stack.url, { extensions: { persistedQuery } }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  test('a partner manifest id passes the persisted check (the key itself is verified after it)', async () => {
    const reply = await post(stack.url, { documentId: await idOf('partner', 'PartnerTemplates'), variables: { first: 1 } }, partner);
    expect(codes(reply)).not.toContain('PERSISTED_QUERY_REQUIRED');
  });

  test('a WebSocket opened with a key runs only partner documents', async () => {
    const client = createClient({
      url: stack.url.replace(/^http/, 'ws'),
      lazy: true,
      retryAttempts: 0,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols: string | string[]) {
          super(address, protocols, { headers: partner });
        }
      },
    });
    const errors = await new Promise<unknown[]>((resolve) => {
      client.subscribe({ query: '{ categories { slug } }' }, { next: () => undefined, error: (error) => resolve(error as unknown[]), complete: () => resolve([]) });
    });
    expect((errors as { extensions?: { code?: string } }[]).map((error) => error.extensions?.code)).toEqual(['PERSISTED_QUERY_REQUIRED']);
    await client.dispose();
  });
});

describe('GET /admin/persisted-operations', () => {
  const list = (token?: string) => fetch(`http://127.0.0.1:${stack.router!.port}/admin/persisted-operations`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  test('lists every manifest\'s operations to a platform administrator', async () => {
    const response = await list(admin);
    expect(response.status).toBe(200);
    const { manifests } = (await response.json()) as { manifests: { client: string; manifest: string; operations: { id: string; name: string; type: string; body: string }[] }[] };
    expect(manifests.map((m) => `${m.client} ${m.manifest}`)).toEqual(expect.arrayContaining(['partner clients/partner/generated/persisted-documents.json', 'partner clients/partner/persisted-query-manifest.json']));
    const partnerOps = manifests.find((m) => m.client === 'partner')!.operations;
    expect(partnerOps.map((operation) => operation.name)).toEqual(expect.arrayContaining(['PartnerTemplates', 'PartnerSubmitRender']));
    expect(partnerOps.find((operation) => operation.name === 'PartnerSubmitRender')!.type).toBe('mutation');
    for (const operation of partnerOps) expect(sha256(operation.body)).toBe(operation.id);
  });

  test('refuses everyone else', async () => {
    expect((await list(user)).status).toBe(403);
    expect((await list()).status).toBe(401);
    const forged = await list('not-a-token');
    expect(forged.status).toBe(401);
  });
});

describe('manifests on disk', () => {
  test('a changed manifest is picked up without a restart; a broken one keeps the last good one', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'fr-manifests-'));
    const file = path.join(dir, 'persisted-documents.json');
    const first = 'query ReloadFirst { categories { slug } }';
    const second = 'query ReloadSecond { categories { name } }';
    await writeFile(file, JSON.stringify({ [`sha256:${sha256(first)}`]: first }));
    const router = await stack.startRouter({ persistedManifests: [{ client: 'studio', path: file }] });

    expect((await post(router.url, { documentId: `sha256:${sha256(first)}` })).body.data.categories.length).toBeGreaterThan(0);
    expect(codes(await post(router.url, { documentId: `sha256:${sha256(second)}` }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

    // Written beside and renamed over, as codegen and editors do.
    let reloaded = router.persisted.nextReload();
    await writeFile(`${file}.tmp`, JSON.stringify({ [`sha256:${sha256(second)}`]: second }));
    await rename(`${file}.tmp`, file);
    await reloaded;
    expect((await post(router.url, { documentId: `sha256:${sha256(second)}` })).body.data.categories[0].name).toBeTruthy();
    expect(codes(await post(router.url, { documentId: `sha256:${sha256(first)}` }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

    reloaded = router.persisted.nextReload();
    await writeFile(file, '{ "sha256:broken": ');
    await reloaded;
    expect((await post(router.url, { documentId: `sha256:${sha256(second)}` })).body.errors).toBeUndefined();
  });
});
