// Partner API keys: the router trades a key for a short-lived token acting as the key, refuses
// unknown, revoked and expired keys with stable codes, and every subgraph holds a key to the
// partner root fields and the key's scopes.
import { createHash, randomUUID } from 'node:crypto';
import { startStack, routerHeaders, SERVICE_SECRET, type Stack } from './kit/stack.ts';
import { errorCodes, execute, expectNoErrors, type GraphQLResponse } from './kit/client.ts';
import { documentIdOf } from '../clients/partner/sdk.ts';
import { PartnerUsageDocument } from '../clients/partner/generated/graphql.ts';
import { seedDemo, ACME_TENANT_ID, DEMO_IDS, PARTNER_API_KEY } from '../prisma/seed.ts';
import { serviceToken } from '../subgraphs/kit/auth.ts';
import { eventually } from './kit/eventually.ts';

let stack: Stack;
/** A router that asks identity about a key on every request (revocation shows at once). */
let uncached: { url: string };

beforeAll(async () => {
  stack = await startStack();
  await seedDemo(stack.db.adminUrl);
  uncached = await stack.startRouter({ apiKeyCacheSeconds: 0 });
});
afterAll(() => stack?.stop());

const USAGE = 'query($from: String!, $to: String!) { tenantUsage(from: $from, to: $to) { day renders apiRequests } }';
const usageVars = { from: '2026-01-01', to: '2026-12-31' };

/** A key of the Acme tenant made straight in the database, as createApiKey stores one. */
async function makeKey(scopes: string[], extra: { revokedAt?: Date; expiresAt?: Date } = {}): Promise<{ key: string; id: string }> {
  const key = `frk_${randomUUID().replaceAll('-', '')}`;
  const row = await stack.db.admin.tenantApiKey.create({
    data: { tenantId: ACME_TENANT_ID, name: 'test key', keyPrefix: key.slice(0, 12), keyHash: createHash('sha256').update(key).digest('hex'), scopes, createdBy: DEMO_IDS.reseller, ...extra },
  });
  return { key, id: row.id };
}

/** A partner request as partners send them: the persisted id of PartnerUsage, never its text. */
async function withKey(url: string, key: string, _document: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse<any>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key, ...headers },
    body: JSON.stringify({ documentId: documentIdOf(PartnerUsageDocument), variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

test("the demo partner key reads its tenant's usage, as the key", async () => {
  const data = expectNoErrors(await withKey(stack.url, PARTNER_API_KEY, USAGE, usageVars));
  expect(Array.isArray(data.tenantUsage)).toBe(true);
  const key = await stack.db.admin.tenantApiKey.findFirstOrThrow({ where: { keyPrefix: PARTNER_API_KEY.slice(0, 12) } });
  expect(key.lastUsedAt).not.toBeNull();
});

test("each partner request is logged for its tenant, in batches, and counted in its usage", async () => {
  const key = await makeKey(['usage:read']);
  const before = await stack.db.admin.tenantApiRequestLog.count({ where: { apiKeyId: key.id } });
  for (let i = 0; i < 3; i++) expectNoErrors(await withKey(stack.url, key.key, USAGE, usageVars));
  const rows = await eventually(() => stack.db.admin.tenantApiRequestLog.findMany({ where: { apiKeyId: key.id } }), (found) => found.length >= before + 3, 15_000);
  expect(rows[0]).toMatchObject({ tenantId: ACME_TENANT_ID, method: 'POST', path: 'PartnerUsage', statusCode: 200 });
  const usage = await stack.db.admin.tenantUsageDaily.findFirstOrThrow({ where: { tenantId: ACME_TENANT_ID }, orderBy: { usageDate: 'desc' } });
  expect(Number(usage.apiRequests)).toBeGreaterThanOrEqual(3);
});

test('unknown, malformed, revoked and expired keys are refused with 401 and a code', async () => {
  for (const key of ['frk_not_a_real_key_at_all', 'nope', `frk_${'x'.repeat(500)}`, "frk_' OR 1=1 --"]) {
    const response = await withKey(uncached.url, key, USAGE, usageVars);
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['API_KEY_INVALID']);
  }
  const revoked = await makeKey(['usage:read'], { revokedAt: new Date() });
  expect(errorCodes(await withKey(uncached.url, revoked.key, USAGE, usageVars))).toEqual(['API_KEY_REVOKED']);
  const expired = await makeKey(['usage:read'], { expiresAt: new Date(Date.now() - 1000) });
  expect(errorCodes(await withKey(uncached.url, expired.key, USAGE, usageVars))).toEqual(['API_KEY_EXPIRED']);
  // The router keeps serving.
  expectNoErrors(await execute(stack.url, { document: '{ plans { code } }' }));
});

test('a key revoked while in use stops working', async () => {
  const live = await makeKey(['usage:read']);
  expectNoErrors(await withKey(uncached.url, live.key, USAGE, usageVars));
  await stack.db.admin.tenantApiKey.update({ where: { id: live.id }, data: { revokedAt: new Date() } });
  expect(errorCodes(await withKey(uncached.url, live.key, USAGE, usageVars))).toEqual(['API_KEY_REVOKED']);
});

test("a suspended tenant's keys are refused", async () => {
  const key = await makeKey(['usage:read']);
  await stack.db.admin.tenant.update({ where: { id: ACME_TENANT_ID }, data: { status: 'Suspended' } });
  try {
    expect(errorCodes(await withKey(uncached.url, key.key, USAGE, usageVars))).toEqual(['TENANT_SUSPENDED']);
  } finally {
    await stack.db.admin.tenant.update({ where: { id: ACME_TENANT_ID }, data: { status: 'Active' } });
  }
});

test('a key and a token together are a bad request', async () => {
  const response = await withKey(stack.url, PARTNER_API_KEY, USAGE, usageVars, { authorization: 'Bearer x' });
  expect(response.status).toBe(400);
  expect(errorCodes(response)).toEqual(['BAD_REQUEST']);
});

describe('the owners hold a key to its root fields and scopes', () => {
  /** The token the router would send for a key: asked of identity as the router does. */
  async function partnerToken(key: string): Promise<string> {
    const data = expectNoErrors(await execute(stack.subgraphs.identity!.url, {
      document: 'mutation($key: String!) { exchangeApiKey(key: $key) { accessToken } }',
      variables: { key },
      token: await serviceToken(SERVICE_SECRET, 'router'),
    }));
    return data.exchangeApiKey.accessToken;
  }
  const at = async (owner: 'identity' | 'render' | 'studio' | 'content', token: string, document: string, variables: Record<string, unknown> = {}) =>
    execute(stack.subgraphs[owner]!.url, { document, variables, token, headers: await routerHeaders() });

  test('a root field outside the partner operations is refused, whatever its own rule', async () => {
    const token = await partnerToken(PARTNER_API_KEY);
    expect(errorCodes(await at('identity', token, '{ me { id } }'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await at('identity', token, 'mutation { logoutEverywhere }'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await at('identity', token, 'mutation { changePassword(currentPassword: "a", newPassword: "bbbbbbbbbbbb") }'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await at('render', token, '{ nodes { id } }'))).toEqual(['FORBIDDEN']);
    // ...while its partner fields answer.
    expectNoErrors(await at('identity', token, USAGE, usageVars));
  });

  test('each partner field needs its scope', async () => {
    const readOnly = await makeKey(['renders:read']);
    const token = await partnerToken(readOnly.key);
    const usage = await at('identity', token, USAGE, usageVars);
    expect(errorCodes(usage)).toEqual(['FORBIDDEN']);
    expect(usage.errors?.[0].message).toMatch(/usage:read/);
  });

  test('only the router may exchange keys', async () => {
    const asUser = await execute(stack.subgraphs.identity!.url, {
      document: 'mutation($key: String!) { exchangeApiKey(key: $key) { accessToken } }',
      variables: { key: PARTNER_API_KEY },
      token: await serviceToken(SERVICE_SECRET, 'studio'),
    });
    expect(errorCodes(asUser)).toEqual(['FORBIDDEN']);
    // Not in the public API at all.
    expect(errorCodes(await execute(stack.url, { document: 'mutation { exchangeApiKey(key: "x") { accessToken } }' }))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});
