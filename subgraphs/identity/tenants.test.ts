// Tenants: branding, partner API keys (shown once, kept hashed, verified for the router), webhooks
// (signed deliveries to a local receiver, retried with backoff, given up and turned off) and the
// partner API request log (batches into monthly partitions, counted once in daily usage). Against
// the identity subgraph alone, over a real database, with its job workers running.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { decodeJwt } from 'jose';
import pino from 'pino';
import type PgBoss from 'pg-boss';
import { startStack, SERVICE_SECRET, type Stack } from '../../tests/kit/stack.ts';
import { errorCodes, execute, expectNoErrors } from '../../tests/kit/client.ts';
import { eventually } from '../../tests/kit/eventually.ts';
import { HttpReceiver } from '../../tests/kit/receivers.ts';
import { TokenSigner, serviceToken, type Role } from '../kit/auth.ts';
import { type RenderFinishedEvent } from '../../prisma/jobs.ts';
import { sha256Hex } from './tenants/tokens.ts';
import { verifySignature } from './tenants/webhook-signature.ts';
import { deliverWebhook } from './tenants/webhook-delivery.ts';
import { payloadOf } from './tenants/webhook-events.ts';
import { recordApiRequests } from './tenants/request-log.ts';
import { jobQueueClient } from '../../tests/kit/jobs.ts';

let stack: Stack;
let signer: TokenSigner;
let boss: PgBoss;
let routerToken: string;
const SETTINGS = {
  WEBHOOK_ALLOW_LOOPBACK: '1',
  WEBHOOK_RETRY_BASE_SECONDS: '0.05',
  WEBHOOK_MAX_ATTEMPTS: '3',
  WEBHOOK_DISABLE_AFTER_FAILURES: '2',
  WEBHOOK_TIMEOUT_MS: '3000',
};
// A partner's endpoint: answers 200 unless a test scripts otherwise for its path.
const receiver = new HttpReceiver(() => ({ status: 200, body: { ok: true } }));

beforeAll(async () => {
  Object.assign(process.env, SETTINGS);
  await receiver.start();
  stack = await startStack({ owners: ['identity'], router: false, jobs: true });
  signer = await TokenSigner.fromPem(stack.jwt.privateKey);
  routerToken = await serviceToken(SERVICE_SECRET, 'router');
  boss = await jobQueueClient(stack.db.adminUrl);
});
afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true });
  await stack?.stop();
  await receiver.stop();
});

const gql = (token: string | undefined, document: string, variables: Record<string, unknown> = {}) => execute<any>(stack.url, { document, variables, token });

interface Person {
  id: string;
  token: string;
}
interface TestTenant {
  id: string;
  admin: Person;
  user: Person;
}

async function person(tenantId: string, role: Role): Promise<Person> {
  const user = await stack.db.admin.user.create({ data: { tenantId, role, email: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@tenants.test` } });
  return { id: user.id, token: await signer.sign({ kind: 'user', userId: user.id, tenantId, role, sessionId: randomUUID() }) };
}

async function tenant(): Promise<TestTenant> {
  const slug = `t-${randomUUID().slice(0, 8)}`;
  const row = await stack.db.admin.tenant.create({ data: { slug, name: `Tenant ${slug}` } });
  return { id: row.id, admin: await person(row.id, 'TenantAdmin'), user: await person(row.id, 'User') };
}

// ------------------------------------------------------------------------------------- branding

const BRANDING = 'mutation($i: TenantBrandingInput!) { updateTenantBranding(input: $i) { displayName logoUrl faviconUrl primaryColor secondaryColor customDomain supportEmail emailFromName } }';

describe('branding', () => {
  test('a tenant administrator sets the branding; a field left out stays, null clears it', async () => {
    const acme = await tenant();
    const first = expectNoErrors(await gql(acme.admin.token, BRANDING, {
      i: { displayName: 'Acme Video', logoUrl: 'https://cdn.acme.test/logo.svg', primaryColor: '#D9480F', secondaryColor: '#1c7ed6', customDomain: 'Video.Acme-Corp.test', supportEmail: 'help@acme.test', emailFromName: 'Acme' },
    }));
    expect(first.updateTenantBranding).toEqual({
      displayName: 'Acme Video', logoUrl: 'https://cdn.acme.test/logo.svg', faviconUrl: null, primaryColor: '#d9480f', secondaryColor: '#1c7ed6',
      customDomain: 'video.acme-corp.test', supportEmail: 'help@acme.test', emailFromName: 'Acme',
    });
    const second = expectNoErrors(await gql(acme.admin.token, BRANDING, { i: { primaryColor: '#000000', logoUrl: null } })).updateTenantBranding;
    expect(second).toMatchObject({ displayName: 'Acme Video', primaryColor: '#000000', logoUrl: null, customDomain: 'video.acme-corp.test' });
    const { me } = expectNoErrors(await gql(acme.user.token, '{ me { tenant { branding { displayName primaryColor } } } }'));
    expect(me.tenant.branding).toEqual({ displayName: 'Acme Video', primaryColor: '#000000' });
  });

  test.each([
    [{ primaryColor: 'red' }, 'primaryColor'],
    [{ primaryColor: '#12345' }, 'primaryColor'],
    [{ secondaryColor: '#GGGGGG' }, 'secondaryColor'],
    [{ logoUrl: 'http://cdn.acme.test/logo.svg' }, 'logoUrl'],
    [{ logoUrl: 'javascript:alert(1)' }, 'logoUrl'],
    [{ faviconUrl: 'not a url' }, 'faviconUrl'],
    [{ customDomain: 'localhost' }, 'customDomain'],
    [{ customDomain: '10.0.0.1' }, 'customDomain'],
    [{ customDomain: 'https://video.acme.test' }, 'customDomain'],
    [{ customDomain: "acme.test'; DROP TABLE identity.tenants; --" }, 'customDomain'],
    [{ customDomain: '-bad-.acme.test' }, 'customDomain'],
    [{ supportEmail: 'not-an-email' }, 'supportEmail'],
    [{ emailFromName: 'Acme\r\nBcc: everyone@example.com' }, 'emailFromName'],
    [{ displayName: 'x'.repeat(101) }, 'displayName'],
  ])('%j is refused (BAD_USER_INPUT on its field) and nothing is saved', async (input, field) => {
    const acme = await tenant();
    expectNoErrors(await gql(acme.admin.token, BRANDING, { i: { displayName: 'Before' } }));
    const refused = await gql(acme.admin.token, BRANDING, { i: { displayName: 'After', ...input } });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].extensions!.field).toBe(field);
    expect((await stack.db.admin.tenantBranding.findUniqueOrThrow({ where: { tenantId: acme.id } })).displayName).toBe('Before');
  });

  test('a custom domain belongs to one tenant: another gets DOMAIN_TAKEN, its holder may save it again', async () => {
    const [one, two] = [await tenant(), await tenant()];
    const domain = `video-${randomUUID().slice(0, 6)}.example.com`;
    expectNoErrors(await gql(one.admin.token, BRANDING, { i: { customDomain: domain } }));
    expectNoErrors(await gql(one.admin.token, BRANDING, { i: { customDomain: domain.toUpperCase(), displayName: 'One' } }));
    expect(errorCodes(await gql(two.admin.token, BRANDING, { i: { customDomain: domain } }))).toEqual(['DOMAIN_TAKEN']);
    expect(await stack.db.admin.tenantBranding.findUnique({ where: { tenantId: two.id } })).toBeNull();
  });

  test('only tenant administrators change it', async () => {
    const acme = await tenant();
    expect(errorCodes(await gql(acme.user.token, BRANDING, { i: { displayName: 'Mine now' } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(undefined, BRANDING, { i: { displayName: 'Mine now' } }))).toEqual(['UNAUTHENTICATED']);
  });
});

// -------------------------------------------------------------------------------------- API keys

const CREATE_KEY = 'mutation($n: String!, $s: [String!]!, $e: DateTime) { createApiKey(name: $n, scopes: $s, expiresAt: $e) { key apiKey { id name prefix scopes expiresAt revokedAt createdBy { id } } } }';
const VERIFY = 'mutation($k: String!, $ip: String) { exchangeApiKey(key: $k, ip: $ip) { apiKeyId tenantId ratePerMinute accessToken } }';
/** What a partner token acting as the key says: its key, scopes and the user it acts as. */
const claimsOf = (token: string) => decodeJwt(token) as { sub: string; tid: string; role: string; akid: string; scp: string[] };
const KEYS = 'query($r: Boolean) { me { tenant { apiKeys(includeRevoked: $r) { id name prefix scopes lastUsedAt lastUsedIp expiresAt revokedAt createdAt } } } }';
const verify = (key: string, ip?: string, token = routerToken) => gql(token, VERIFY, { k: key, ip });

async function newKey(owner: TestTenant, scopes = ['renders:read', 'renders:write'], expiresAt?: string) {
  return expectNoErrors(await gql(owner.admin.token, CREATE_KEY, { n: 'CI key', s: scopes, e: expiresAt })).createApiKey as { key: string; apiKey: { id: string; prefix: string } };
}

describe('API keys', () => {
  test('the key is shown once, kept only as its SHA-256 and prefix, and never shown again', async () => {
    const acme = await tenant();
    const { key, apiKey } = await newKey(acme, ['renders:write', 'renders:read', 'renders:read']);
    expect(key).toMatch(/^frk_[0-9A-Za-z]{40}$/);
    expect(apiKey).toMatchObject({ prefix: key.slice(0, 12), scopes: ['renders:read', 'renders:write'], revokedAt: null, createdBy: { id: acme.admin.id } });

    const row = await stack.db.admin.tenantApiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(row.keyHash).toBe(sha256Hex(key));
    expect(JSON.stringify(row)).not.toContain(key);
    const listed = expectNoErrors(await gql(acme.admin.token, KEYS));
    expect(listed.me.tenant.apiKeys).toEqual([expect.objectContaining({ id: apiKey.id, prefix: key.slice(0, 12) })]);
    expect(JSON.stringify(listed)).not.toContain(key);
  });

  test('exchangeApiKey answers the router a token acting as the key, and records its use at most once a minute', async () => {
    const acme = await tenant();
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const { key, apiKey } = await newKey(acme, ['templates:read'], expiresAt);
    const grant = expectNoErrors(await verify(key, '203.0.113.7')).exchangeApiKey;
    expect(grant).toMatchObject({ apiKeyId: apiKey.id, tenantId: acme.id, ratePerMinute: 600 });
    // The token acts as the key's creator, as a plain user, with the key's scopes only.
    expect(claimsOf(grant.accessToken)).toMatchObject({ sub: acme.admin.id, tid: acme.id, role: 'User', akid: apiKey.id, scp: ['templates:read'] });
    const used = await stack.db.admin.tenantApiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(used.lastUsedAt).not.toBeNull();
    expect(used.lastUsedIp).toBe('203.0.113.7');

    // Within the minute: no write.
    expectNoErrors(await verify(key, '198.51.100.1'));
    expect(await stack.db.admin.tenantApiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).toMatchObject({ lastUsedAt: used.lastUsedAt, lastUsedIp: '203.0.113.7' });
    // A minute later: recorded again; an address that is not one is left out.
    await stack.db.admin.tenantApiKey.update({ where: { id: apiKey.id }, data: { lastUsedAt: new Date(Date.now() - 61_000) } });
    expectNoErrors(await verify(key, 'not-an-ip'));
    const again = await stack.db.admin.tenantApiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(again.lastUsedAt!.getTime()).toBeGreaterThan(used.lastUsedAt!.getTime());
    expect(again.lastUsedIp).toBeNull();
  });

  test('wrong, unknown, malformed and SQL-shaped keys are API_KEY_INVALID', async () => {
    const acme = await tenant();
    const { key } = await newKey(acme);
    const samePrefixWrongKey = key.slice(0, 12) + 'x'.repeat(40);
    for (const bad of [samePrefixWrongKey, key.slice(0, -1), `${key}0`, 'frk_unknown_key_000000000000', 'Bearer abc', '', "frk_' OR '1'='1", 'frk_x'.repeat(60)]) {
      expect([bad, errorCodes(await verify(bad))]).toEqual([bad, ['API_KEY_INVALID']]);
    }
  });

  test('a revoked key, an expired key and a suspended tenant are refused with their own codes', async () => {
    const acme = await tenant();
    const revoked = await newKey(acme);
    expectNoErrors(await gql(acme.admin.token, 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }', { id: revoked.apiKey.id }));
    expect(errorCodes(await verify(revoked.key))).toEqual(['API_KEY_REVOKED']);

    const expiring = await newKey(acme);
    await stack.db.admin.tenantApiKey.update({ where: { id: expiring.apiKey.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(errorCodes(await verify(expiring.key))).toEqual(['API_KEY_EXPIRED']);

    const fine = await newKey(acme);
    expectNoErrors(await verify(fine.key));
    await stack.db.admin.tenant.update({ where: { id: acme.id }, data: { status: 'Suspended' } });
    expect(errorCodes(await verify(fine.key))).toEqual(['TENANT_SUSPENDED']);
  });

  test('a key stored the way the seed stores frk_demo_acme verifies', async () => {
    const acme = await tenant();
    const key = `frk_demo_${randomUUID().slice(0, 4)}`;
    await stack.db.admin.tenantApiKey.create({ data: { tenantId: acme.id, name: 'seeded', keyPrefix: key.slice(0, 12), keyHash: sha256Hex(key), scopes: ['renders:read'], createdBy: acme.admin.id } });
    const grant = expectNoErrors(await verify(key)).exchangeApiKey;
    expect(grant).toMatchObject({ tenantId: acme.id });
    expect(claimsOf(grant.accessToken).scp).toEqual(['renders:read']);
  });

  test('only the router may verify keys', async () => {
    const acme = await tenant();
    const { key } = await newKey(acme);
    const platformAdmin = await person('00000000-0000-0000-0000-000000000001', 'Admin');
    expect(errorCodes(await verify(key, undefined, acme.admin.token))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await verify(key, undefined, platformAdmin.token))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await verify(key, undefined, await serviceToken(SERVICE_SECRET, 'notification')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(undefined, VERIFY, { k: key }))).toEqual(['FORBIDDEN']);
    // A key whose creator is gone has nobody to act as.
    const orphan = await newKey(acme);
    await stack.db.admin.tenantApiKey.update({ where: { id: orphan.apiKey.id }, data: { createdBy: null } });
    expect(errorCodes(await verify(orphan.key))).toEqual(['API_KEY_INVALID']);
  });

  test('scopes, names and expiry are checked; SQL-shaped names are only text', async () => {
    const acme = await tenant();
    const create = (n: string, s: string[], e?: string) => gql(acme.admin.token, CREATE_KEY, { n, s, e });
    expect(errorCodes(await create('k', ['renders:delete']))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await create('k', ["renders:read' OR 1=1 --"]))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await create('k', []))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await create('', ['renders:read']))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await create('k', ['renders:read'], new Date(Date.now() - 60_000).toISOString()))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await create('k', ['renders:read'], 'tomorrow'))).toEqual(['BAD_USER_INPUT']);
    expect(await stack.db.admin.tenantApiKey.count({ where: { tenantId: acme.id } })).toBe(0);

    const sqlName = "x'); DROP TABLE identity.tenant_api_keys; --";
    const { createApiKey } = expectNoErrors(await create(sqlName, ['usage:read', 'webhooks:manage', 'exports:read', 'templates:read']));
    expect(createApiKey.apiKey.name).toBe(sqlName);
    expect(createApiKey.apiKey.scopes).toEqual(['exports:read', 'templates:read', 'usage:read', 'webhooks:manage']);
    const { apiKeyScopes } = expectNoErrors(await gql(acme.user.token, '{ apiKeyScopes { name description } }'));
    expect(apiKeyScopes.map((s: { name: string }) => s.name)).toEqual(['templates:read', 'renders:read', 'renders:write', 'exports:read', 'usage:read', 'webhooks:manage']);
  });

  test("another tenant's key is NOT_FOUND; users who are not tenant administrators are FORBIDDEN", async () => {
    const [acme, other] = [await tenant(), await tenant()];
    const { key, apiKey } = await newKey(acme);
    const revoke = (token: string, id: string) => gql(token, 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }', { id });
    expect(errorCodes(await revoke(other.admin.token, apiKey.id))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await revoke(other.admin.token, randomUUID()))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await revoke(acme.admin.token, "1' OR '1'='1"))).toEqual(['INVALID_ID']);
    expect(errorCodes(await revoke(acme.user.token, apiKey.id))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(acme.user.token, CREATE_KEY, { n: 'mine', s: ['renders:read'] }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(acme.user.token, KEYS))).toEqual(['FORBIDDEN']);
    expectNoErrors(await verify(key));

    // Revoking is for good, and twice keeps the first time; the list hides revoked keys unless asked.
    const first = expectNoErrors(await revoke(acme.admin.token, apiKey.id)).revokeApiKey;
    expect(expectNoErrors(await revoke(acme.admin.token, apiKey.id)).revokeApiKey.revokedAt).toBe(first.revokedAt);
    expect(expectNoErrors(await gql(acme.admin.token, KEYS)).me.tenant.apiKeys).toEqual([]);
    expect(expectNoErrors(await gql(acme.admin.token, KEYS, { r: true })).me.tenant.apiKeys).toEqual([expect.objectContaining({ id: apiKey.id, revokedAt: first.revokedAt })]);
  });
});

// -------------------------------------------------------------------------------------- webhooks

const CREATE_HOOK = 'mutation($u: String!, $e: [String!]!) { createWebhook(url: $u, events: $e) { secret webhook { id url events active failureCount } } }';
const TEST_HOOK = 'mutation($id: ID!) { testWebhook(id: $id) { id event status attempts lastStatusCode lastError responseTimeMs deliveredAt payload } }';
const HOOK = 'query { me { tenant { webhooks { id url events active failureCount lastStatusCode deliveries(first: 10) { id event status attempts lastStatusCode lastError } } } } }';

/** A fresh path on the receiver, so each webhook's requests can be told apart. */
const endpoint = () => `${receiver.origin}/hooks/${randomUUID()}`;
const pathOf = (url: string) => new URL(url).pathname;

async function newWebhook(owner: TestTenant, events = ['render.completed', 'render.failed'], url = endpoint()) {
  return expectNoErrors(await gql(owner.admin.token, CREATE_HOOK, { u: url, e: events })).createWebhook as { secret: string; webhook: { id: string; url: string } };
}

function finished(tenantId: string, step: RenderFinishedEvent['step'] = 'Completed'): RenderFinishedEvent {
  const jobId = randomUUID();
  return { eventId: `render.finished:${jobId}`, jobId, userId: randomUUID(), tenantId, name: 'Logo reveal', step, exportId: step === 'Completed' ? randomUUID() : null, durationSec: 15, frames: 450, failedMessage: step === 'Failed' ? 'AE crashed' : null };
}

const deliveriesOf = (webhookId: string) => stack.db.admin.tenantWebhookDelivery.findMany({ where: { webhookId }, orderBy: { createdAt: 'asc' } });

describe('webhooks', () => {
  test('the signing secret is shown once and kept encrypted; a ping arrives signed with it', async () => {
    const acme = await tenant();
    const { secret, webhook } = await newWebhook(acme);
    expect(secret).toMatch(/^whsec_[0-9A-Za-z]{40}$/);
    const row = await stack.db.admin.tenantWebhook.findUniqueOrThrow({ where: { id: webhook.id } });
    expect(Buffer.from(row.secretEnc).toString('latin1')).not.toContain(secret);
    expect(JSON.stringify(expectNoErrors(await gql(acme.admin.token, HOOK)))).not.toContain(secret);

    const delivery = expectNoErrors(await gql(acme.admin.token, TEST_HOOK, { id: webhook.id })).testWebhook;
    expect(delivery).toMatchObject({ event: 'ping', status: 'Delivered', attempts: 1, lastStatusCode: 200, lastError: null, deliveredAt: expect.any(String) });
    expect(delivery.responseTimeMs).toEqual(expect.any(Number));
    const [request] = receiver.to(pathOf(webhook.url));
    expect(request.headers['x-flatrender-event']).toBe('ping');
    expect(request.headers['x-flatrender-delivery']).toBe(delivery.id);
    expect(request.headers['content-type']).toBe('application/json');
    const body = request.body.toString('utf8');
    expect(verifySignature(secret, body, String(request.headers['x-flatrender-signature']))).toBe(true);
    expect(verifySignature('whsec_not-the-secret', body, String(request.headers['x-flatrender-signature']))).toBe(false);
    expect(verifySignature(secret, body.replace('ping', 'pong'), String(request.headers['x-flatrender-signature']))).toBe(false);
    expect(JSON.parse(body)).toEqual({ id: delivery.id, event: 'ping', createdAt: expect.any(String), tenantId: acme.id, data: { webhookId: webhook.id } });

    const { me } = expectNoErrors(await gql(acme.admin.token, HOOK));
    expect(me.tenant.webhooks).toEqual([expect.objectContaining({ id: webhook.id, active: true, deliveries: [expect.objectContaining({ id: delivery.id, status: 'Delivered' })] })]);
  });

  test('after rotation, deliveries are signed with the new secret only', async () => {
    const acme = await tenant();
    const { secret: old, webhook } = await newWebhook(acme);
    const { rotateWebhookSecret } = expectNoErrors(await gql(acme.admin.token, 'mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret webhook { id } } }', { id: webhook.id }));
    expect(rotateWebhookSecret.secret).not.toBe(old);
    expectNoErrors(await gql(acme.admin.token, TEST_HOOK, { id: webhook.id }));
    const [request] = receiver.to(pathOf(webhook.url));
    const signature = String(request.headers['x-flatrender-signature']);
    expect(verifySignature(rotateWebhookSecret.secret, request.body.toString('utf8'), signature)).toBe(true);
    expect(verifySignature(old, request.body.toString('utf8'), signature)).toBe(false);
  });

  test.each([
    ['http://hooks.example.com/in', 'http to anything but loopback'],
    ['ftp://hooks.example.com/in', 'another scheme'],
    ['https://user:pass@hooks.example.com/in', 'credentials in the URL'],
    ['https://10.0.0.8/in', 'a private address'],
    ['https://169.254.169.254/latest/meta-data', 'the cloud metadata address'],
    ['https://[fd00::1]/in', 'a unique-local IPv6 address'],
    ['https://0.0.0.0/in', 'the unspecified address'],
    ['not a url', 'no URL at all'],
    ["https://hooks.example.com/'; DROP TABLE identity.tenant_webhooks; --", 'nothing: SQL in a path is just a path'],
  ])('%s is refused: %s', async (url, why) => {
    const acme = await tenant();
    const response = await gql(acme.admin.token, CREATE_HOOK, { u: url, e: ['render.completed'] });
    if (why.startsWith('nothing')) {
      expectNoErrors(response);
      return;
    }
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(await stack.db.admin.tenantWebhook.count({ where: { tenantId: acme.id } })).toBe(0);
  });

  test('loopback endpoints need WEBHOOK_ALLOW_LOOPBACK, over http or https', async () => {
    const acme = await tenant();
    process.env.WEBHOOK_ALLOW_LOOPBACK = '0';
    try {
      for (const url of [endpoint(), 'https://127.0.0.1/in', 'https://localhost/in', 'https://[::1]/in']) {
        expect([url, errorCodes(await gql(acme.admin.token, CREATE_HOOK, { u: url, e: ['render.completed'] }))]).toEqual([url, ['BAD_USER_INPUT']]);
      }
    } finally {
      process.env.WEBHOOK_ALLOW_LOOPBACK = SETTINGS.WEBHOOK_ALLOW_LOOPBACK;
    }
    await newWebhook(acme);
  });

  test('events come from the list; unknown ones are BAD_USER_INPUT', async () => {
    const acme = await tenant();
    expect(errorCodes(await gql(acme.admin.token, CREATE_HOOK, { u: endpoint(), e: ['render.exploded'] }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(acme.admin.token, CREATE_HOOK, { u: endpoint(), e: [] }))).toEqual(['BAD_USER_INPUT']);
    const { webhookEvents } = expectNoErrors(await gql(acme.user.token, '{ webhookEvents { name } }'));
    expect(webhookEvents.map((e: { name: string }) => e.name)).toEqual(['render.completed', 'render.failed', 'render.cancelled', 'export.ready']);
    const { webhook } = await newWebhook(acme, ['export.ready', 'render.completed', 'export.ready']);
    const update = (input: Record<string, unknown>) => gql(acme.admin.token, 'mutation($id: ID!, $u: String, $e: [String!], $a: Boolean) { updateWebhook(id: $id, url: $u, events: $e, active: $a) { url events active } }', { id: webhook.id, ...input });
    expect(expectNoErrors(await update({})).updateWebhook.events).toEqual(['export.ready', 'render.completed']);
    expect(errorCodes(await update({ e: ['nope'] }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await update({ u: 'http://hooks.example.com/' }))).toEqual(['BAD_USER_INPUT']);
    expect(expectNoErrors(await update({ e: ['render.failed'], a: false })).updateWebhook).toMatchObject({ events: ['render.failed'], active: false });
  });

  test("another tenant's webhook is NOT_FOUND; users who are not tenant administrators are FORBIDDEN", async () => {
    const [acme, other] = [await tenant(), await tenant()];
    const { webhook } = await newWebhook(acme);
    const calls = {
      update: 'mutation($id: ID!) { updateWebhook(id: $id, active: false) { id } }',
      delete: 'mutation($id: ID!) { deleteWebhook(id: $id) }',
      rotate: 'mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }',
      test: 'mutation($id: ID!) { testWebhook(id: $id) { id } }',
    };
    for (const document of Object.values(calls)) {
      expect(errorCodes(await gql(other.admin.token, document, { id: webhook.id }))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await gql(acme.user.token, document, { id: webhook.id }))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await gql(acme.user.token, CREATE_HOOK, { u: endpoint(), e: ['render.completed'] }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(acme.user.token, HOOK))).toEqual(['FORBIDDEN']);
    expect(receiver.to(pathOf(webhook.url))).toEqual([]);
    expect(await stack.db.admin.tenantWebhook.findUniqueOrThrow({ where: { id: webhook.id } })).toMatchObject({ isActive: true });

    expect(expectNoErrors(await gql(acme.admin.token, calls.delete, { id: webhook.id })).deleteWebhook).toBe(true);
    expect(errorCodes(await gql(acme.admin.token, calls.delete, { id: webhook.id }))).toEqual(['NOT_FOUND']);
  });

  test('a finished render reaches the webhooks that want it, signed, once, and no other tenant', async () => {
    const [acme, other] = [await tenant(), await tenant()];
    const wantsAll = await newWebhook(acme, ['render.completed', 'export.ready']);
    const wantsFailures = await newWebhook(acme, ['render.failed']);
    const othersHook = await newWebhook(other, ['render.completed']);
    const event = finished(acme.id);
    await boss.send('identity-webhooks', event);

    const requests = await eventually(async () => receiver.to(pathOf(wantsAll.webhook.url)), (found) => found.length === 2);
    const bodies = requests.map((r) => JSON.parse(r.body.toString('utf8')));
    expect(bodies.map((b) => b.event).sort()).toEqual(['export.ready', 'render.completed']);
    for (const request of requests) expect(verifySignature(wantsAll.secret, request.body.toString('utf8'), String(request.headers['x-flatrender-signature']))).toBe(true);
    expect(bodies.find((b) => b.event === 'render.completed')).toMatchObject({ tenantId: acme.id, data: { renderJobId: event.jobId, exportId: event.exportId, step: 'Completed', frames: 450 } });
    expect(bodies.find((b) => b.event === 'export.ready').data).toEqual({ exportId: event.exportId, renderJobId: event.jobId });
    await eventually(() => deliveriesOf(wantsAll.webhook.id), (rows) => rows.every((row) => row.status === 'Delivered'));

    // The same event again (a redelivery) sends nothing more.
    const again = await boss.send('identity-webhooks', event);
    await eventually(() => boss.getJobById('identity-webhooks', again!), (job) => job?.state === 'completed');
    expect(await deliveriesOf(wantsAll.webhook.id)).toHaveLength(2);
    expect(receiver.to(pathOf(wantsAll.webhook.url))).toHaveLength(2);
    expect(receiver.to(pathOf(wantsFailures.webhook.url))).toEqual([]);
    expect(receiver.to(pathOf(othersHook.webhook.url))).toEqual([]);
  });

  test('a failing endpoint is tried again with backoff until it answers', async () => {
    const acme = await tenant();
    const { secret, webhook } = await newWebhook(acme, ['render.failed']);
    receiver.script(pathOf(webhook.url), { status: 503, body: { error: 'maintenance' } }, 2);
    await boss.send('identity-webhooks', finished(acme.id, 'Failed'));
    const [delivery] = await eventually(() => deliveriesOf(webhook.id), (rows) => rows[0]?.status === 'Delivered');
    expect(delivery).toMatchObject({ event: 'render.failed', attempts: 3, lastStatusCode: 200, lastError: null });
    const requests = receiver.to(pathOf(webhook.url));
    expect(requests).toHaveLength(3);
    // Every attempt is the same delivery, with the same body, freshly signed.
    expect(new Set(requests.map((r) => r.headers['x-flatrender-delivery']))).toEqual(new Set([delivery.id]));
    expect(new Set(requests.map((r) => r.body.toString('utf8'))).size).toBe(1);
    for (const request of requests) expect(verifySignature(secret, request.body.toString('utf8'), String(request.headers['x-flatrender-signature']))).toBe(true);
    expect(await stack.db.admin.tenantWebhook.findUniqueOrThrow({ where: { id: webhook.id } })).toMatchObject({ failureCount: 0, lastStatusCode: 200, isActive: true });
  });

  test('when the attempts are spent the delivery fails; failed deliveries in a row turn the webhook off', async () => {
    const acme = await tenant();
    const { webhook } = await newWebhook(acme, ['render.completed']);
    receiver.script(pathOf(webhook.url), { status: 500, body: { error: 'down' } }, 100);

    await boss.send('identity-webhooks', finished(acme.id));
    const [first] = await eventually(() => deliveriesOf(webhook.id), (rows) => rows[0]?.status === 'Failed');
    expect(first).toMatchObject({ attempts: 3, lastStatusCode: 500, nextAttemptAt: null });
    expect(first.lastError).toContain('HTTP 500');
    expect(await stack.db.admin.tenantWebhook.findUniqueOrThrow({ where: { id: webhook.id } })).toMatchObject({ failureCount: 1, isActive: true });

    await boss.send('identity-webhooks', finished(acme.id));
    await eventually(() => deliveriesOf(webhook.id), (rows) => rows.length === 2 && rows.every((row) => row.status === 'Failed'));
    expect(await stack.db.admin.tenantWebhook.findUniqueOrThrow({ where: { id: webhook.id } })).toMatchObject({ failureCount: 2, isActive: false });
    expect(receiver.to(pathOf(webhook.url))).toHaveLength(6);

    // Turned off: later events are not even queued for it.
    const later = await boss.send('identity-webhooks', finished(acme.id));
    await eventually(() => boss.getJobById('identity-webhooks', later!), (job) => job?.state === 'completed');
    expect(await deliveriesOf(webhook.id)).toHaveLength(2);
    // Its administrator turns it back on: the failures are forgiven.
    const { updateWebhook } = expectNoErrors(await gql(acme.admin.token, 'mutation($id: ID!) { updateWebhook(id: $id, active: true) { active failureCount } }', { id: webhook.id }));
    expect(updateWebhook).toEqual({ active: true, failureCount: 0 });
  });

  test('a delivery run twice at once (a duplicated job, a second replica) is sent once', async () => {
    const acme = await tenant();
    const { webhook } = await newWebhook(acme, ['render.completed']);
    const id = randomUUID();
    await stack.db.admin.tenantWebhookDelivery.create({
      data: { id, webhookId: webhook.id, event: 'render.completed', eventId: `render.finished:${id}`, payload: payloadOf(id, acme.id, { event: 'render.completed', eventId: id, data: { renderJobId: id } }) },
    });
    const context = { db: stack.subgraphs.identity!.db, log: pino({ level: 'silent' }) };
    const results = await Promise.all([deliverWebhook(context, { deliveryId: id }), deliverWebhook(context, { deliveryId: id }), deliverWebhook(context, { deliveryId: id })]);
    expect(results.sort()).toEqual(['delivered', 'not due', 'not due']);
    expect(receiver.to(pathOf(webhook.url))).toHaveLength(1);
    // Once delivered, any later run of its job does nothing.
    expect(await deliverWebhook(context, { deliveryId: id })).toBe('not due');
    expect(receiver.to(pathOf(webhook.url))).toHaveLength(1);
  });

  test('a ping to an endpoint that refuses is recorded as failed, tried once, and does not count against the webhook', async () => {
    const acme = await tenant();
    const { webhook } = await newWebhook(acme);
    receiver.script(pathOf(webhook.url), { status: 404, body: { error: 'no such hook' } }, 5);
    const delivery = expectNoErrors(await gql(acme.admin.token, TEST_HOOK, { id: webhook.id })).testWebhook;
    expect(delivery).toMatchObject({ status: 'Failed', attempts: 1, lastStatusCode: 404, deliveredAt: null });
    expect(delivery.lastError).toContain('HTTP 404');
    expect(await stack.db.admin.tenantWebhook.findUniqueOrThrow({ where: { id: webhook.id } })).toMatchObject({ failureCount: 0, isActive: true });
  });

  test('deleting a webhook deletes its delivery log', async () => {
    const acme = await tenant();
    const { webhook } = await newWebhook(acme);
    expectNoErrors(await gql(acme.admin.token, TEST_HOOK, { id: webhook.id }));
    expect(await deliveriesOf(webhook.id)).toHaveLength(1);
    expectNoErrors(await gql(acme.admin.token, 'mutation($id: ID!) { deleteWebhook(id: $id) }', { id: webhook.id }));
    expect(await deliveriesOf(webhook.id)).toHaveLength(0);
  });
});

// ---------------------------------------------------------------------------- API request log

const RECORD = 'mutation($e: [ApiRequestLogInput!]!) { recordApiRequests(entries: $e) }';
const record = (entries: object[], token = routerToken) => gql(token, RECORD, { e: entries });
const LOGS = 'query($first: Int, $after: String) { me { tenant { apiRequestLogs(first: $first, after: $after) { edges { cursor node { id requestedAt apiKeyId method path statusCode durationMs requestId ip userAgent } } pageInfo { hasNextPage endCursor } } } } }';

function entry(tenantId: string, overrides: Record<string, unknown> = {}) {
  return { tenantId, apiKeyId: randomUUID(), requestedAt: new Date().toISOString(), method: 'POST', path: 'PartnerSubmitRender', statusCode: 200, durationMs: 42, requestId: randomUUID(), ip: '203.0.113.9', userAgent: 'partner-sdk/1.0', ...overrides };
}

const apiRequests = async (tenantId: string) =>
  (await stack.db.admin.tenantUsageDaily.findMany({ where: { tenantId } })).reduce((sum, day) => sum + Number(day.apiRequests), 0);

describe('partner API request log', () => {
  test('a batch lands in its month\'s partition and counts in each tenant\'s daily usage, once however often it is sent', async () => {
    const [acme, other] = [await tenant(), await tenant()];
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    const batch = [entry(acme.id), entry(acme.id, { requestedAt: yesterday, statusCode: 429 }), entry(other.id, { ip: '2001:db8::1' })];
    expect(expectNoErrors(await record(batch)).recordApiRequests).toBe(3);
    expect(expectNoErrors(await record(batch)).recordApiRequests).toBe(0);
    expect(await apiRequests(acme.id)).toBe(2);
    expect(await apiRequests(other.id)).toBe(1);

    const client = new pg.Client({ connectionString: stack.db.adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT tableoid::regclass::text AS partition, to_char(requested_at AT TIME ZONE 'UTC', 'YYYY_MM') AS month, request_id FROM identity.tenant_api_request_logs WHERE tenant_id = ANY($1::uuid[])`,
        [[acme.id, other.id]],
      );
      expect(rows).toHaveLength(3);
      for (const row of rows) expect(row.partition).toBe(`identity.tenant_api_request_logs_${row.month}`);
    } finally {
      await client.end();
    }
    const days = await stack.db.admin.tenantUsageDaily.findMany({ where: { tenantId: acme.id }, orderBy: { usageDate: 'asc' } });
    const expected = new Map<string, number>();
    for (const e of batch.filter((b) => b.tenantId === acme.id)) expected.set(e.requestedAt.slice(0, 10), (expected.get(e.requestedAt.slice(0, 10)) ?? 0) + 1);
    expect(Object.fromEntries(days.map((d) => [d.usageDate.toISOString().slice(0, 10), Number(d.apiRequests)]))).toEqual(Object.fromEntries(expected));
    const today = new Date().toISOString().slice(0, 10);
    const { tenantUsage } = expectNoErrors(await gql(acme.admin.token, 'query($f: String!, $t: String!) { tenantUsage(from: $f, to: $t) { day apiRequests } }', { f: yesterday.slice(0, 10), t: today }));
    expect(tenantUsage.reduce((sum: number, d: { apiRequests: number }) => sum + d.apiRequests, 0)).toBe(2);
  });

  test('an entry from a month whose partition does not exist yet gets its month created first', async () => {
    const acme = await tenant();
    // Early in a month, entries of the last days of the month before may arrive: that month may
    // have no partition (the daily job keeps this month and two ahead). Seen from a later clock:
    const now = new Date(Date.UTC(2031, 2, 2, 1));
    const lateFebruary = new Date(Date.UTC(2031, 1, 27, 23, 30));
    const inserted = await recordApiRequests(stack.subgraphs.identity!.db, [{ ...entry(acme.id), requestedAt: lateFebruary }, { ...entry(acme.id), requestedAt: now }], now);
    expect(inserted).toBe(2);
    const client = new pg.Client({ connectionString: stack.db.adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT tableoid::regclass::text AS partition FROM identity.tenant_api_request_logs WHERE tenant_id = $1 ORDER BY requested_at`, [acme.id]);
      expect(rows.map((row) => row.partition)).toEqual(['identity.tenant_api_request_logs_2031_02', 'identity.tenant_api_request_logs_2031_03']);
    } finally {
      await client.end();
    }
    const days = await stack.db.admin.tenantUsageDaily.findMany({ where: { tenantId: acme.id }, orderBy: { usageDate: 'asc' } });
    expect(days.map((d) => [d.usageDate.toISOString().slice(0, 10), Number(d.apiRequests)])).toEqual([['2031-02-27', 1], ['2031-03-02', 1]]);
  });

  test('entries without a request id are each counted; SQL-shaped text is stored as text', async () => {
    const acme = await tenant();
    const sqlPath = "Op'); DELETE FROM identity.tenant_usage_daily; --";
    const loose = entry(acme.id, { requestId: null, apiKeyId: null, ip: null, userAgent: null, path: sqlPath });
    expect(expectNoErrors(await record([loose])).recordApiRequests).toBe(1);
    expect(expectNoErrors(await record([loose])).recordApiRequests).toBe(1);
    expect(await apiRequests(acme.id)).toBe(2);
    expect((await stack.db.admin.tenantApiRequestLog.findFirstOrThrow({ where: { tenantId: acme.id } })).path).toBe(sqlPath);
  });

  test.each([
    [{ tenantId: 'not-a-uuid' }, 'tenantId'],
    [{ tenantId: randomUUID() }, 'tenantId'],
    [{ apiKeyId: "1' OR '1'='1" }, 'apiKeyId'],
    [{ requestId: 'abc' }, 'requestId'],
    [{ method: 'post;drop' }, 'method'],
    [{ path: '' }, 'path'],
    [{ statusCode: 700 }, 'statusCode'],
    [{ durationMs: -1 }, 'durationMs'],
    [{ ip: '999.1.1.1' }, 'ip'],
    [{ requestedAt: new Date(Date.now() - 30 * 86_400_000).toISOString() }, 'requestedAt'],
    [{ requestedAt: new Date(Date.now() + 3_600_000).toISOString() }, 'requestedAt'],
  ])('an entry with %j refuses the whole batch (BAD_USER_INPUT) and stores nothing', async (overrides, field) => {
    const acme = await tenant();
    const response = await record([entry(acme.id), entry(acme.id, overrides)]);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toContain(`entries[1].${field}`);
    expect(await stack.db.admin.tenantApiRequestLog.count({ where: { tenantId: acme.id } })).toBe(0);
    expect(await apiRequests(acme.id)).toBe(0);
  });

  test('batches are at most 500 entries, long text is cut, and only the router may send them', async () => {
    const acme = await tenant();
    expect(errorCodes(await record(Array.from({ length: 501 }, () => entry(acme.id))))).toEqual(['BAD_USER_INPUT']);
    expect(expectNoErrors(await record(Array.from({ length: 500 }, () => entry(acme.id, { userAgent: 'u'.repeat(2000) })))).recordApiRequests).toBe(500);
    expect((await stack.db.admin.tenantApiRequestLog.findFirstOrThrow({ where: { tenantId: acme.id } })).userAgent).toHaveLength(512);
    expect(expectNoErrors(await record([])).recordApiRequests).toBe(0);
    expect(errorCodes(await record([entry(acme.id)], acme.admin.token))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await record([entry(acme.id)], await serviceToken(SERVICE_SECRET, 'render')))).toEqual(['FORBIDDEN']);
  });

  test('tenant administrators page through their own log, newest first', async () => {
    const [acme, other] = [await tenant(), await tenant()];
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    expectNoErrors(await record([entry(acme.id, { requestedAt: at(3), path: 'Third' }), entry(acme.id, { requestedAt: at(1), path: 'First' }), entry(acme.id, { requestedAt: at(2), path: 'Second' }), entry(other.id, { path: 'Theirs' })]));
    const page = async (after?: string) => expectNoErrors(await gql(acme.admin.token, LOGS, { first: 2, after })).me.tenant.apiRequestLogs;
    const one = await page();
    expect(one.edges.map((e: { node: { path: string } }) => e.node.path)).toEqual(['First', 'Second']);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = await page(one.pageInfo.endCursor);
    expect(two.edges.map((e: { node: { path: string } }) => e.node.path)).toEqual(['Third']);
    expect(two.pageInfo.hasNextPage).toBe(false);
    expect(one.edges[0].node).toMatchObject({ method: 'POST', statusCode: 200, durationMs: 42, ip: '203.0.113.9', userAgent: 'partner-sdk/1.0' });

    expect(errorCodes(await gql(acme.admin.token, LOGS, { first: 2, after: 'bogus' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(acme.user.token, LOGS, { first: 2 }))).toEqual(['FORBIDDEN']);
  });
});
