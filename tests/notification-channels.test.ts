// Notifications leave the app: a finished render reaches its user over Web Push, email, SMS and
// Telegram as their preferences allow, each send recorded, retried with backoff when a provider
// fails for a while, and given up when it refuses for good. Every provider here is a real local
// server: an SMTP server process, and HTTP receivers for Telegram, the SMS API and push services.
import { createECDH, randomBytes, randomUUID, type ECDH } from 'node:crypto';
import https from 'node:https';
import type PgBoss from 'pg-boss';
import webpush from 'web-push';
import ece from 'http_ece';
import { importJWK, jwtVerify } from 'jose';
import { routerHeaders, startStack, type Stack } from './kit/stack.ts';
import { execute, expectNoErrors, errorCodes } from './kit/client.ts';
import { eventually } from './kit/eventually.ts';
import { HttpReceiver, SmtpSink } from './kit/receivers.ts';
import { type RenderFinishedEvent } from '../prisma/jobs.ts';
import { DEFAULT_TENANT_ID } from '../prisma/seed.ts';
import { jobQueueClient } from './kit/jobs.ts';

const TELEGRAM_TOKEN = '4242:test-bot-token';
const vapid = webpush.generateVAPIDKeys();
let stack: Stack;
let boss: PgBoss;
let smtp: SmtpSink;
// Telegram and the SMS provider answer here, each under its own path.
const providers = new HttpReceiver((request) => {
  if (request.path.startsWith('/bot')) return { status: 200, body: { ok: true, result: { message_id: 7 } } };
  return { status: 201, body: { sid: `SM${randomUUID().replace(/-/g, '')}` } };
});
// A browser vendor's push service: HTTPS, as RFC 8030 requires, with its own certificate.
const pushService = new HttpReceiver(() => ({ status: 201, body: {} }), { tls: true });

beforeAll(async () => {
  smtp = await new SmtpSink().start();
  await providers.start();
  await pushService.start();
  // This process (where the notification subgraph runs) trusts the local push service's certificate.
  https.globalAgent.options.ca = pushService.certificate;
  Object.assign(process.env, {
    SMTP_URL: smtp.url,
    EMAIL_FROM: 'FlatRender <no-reply@flatrender.test>',
    TELEGRAM_API_URL: providers.origin,
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    SMS_API_URL: providers.origin,
    SMS_ACCOUNT_SID: 'ACtest',
    SMS_AUTH_TOKEN: 'sms-secret',
    SMS_FROM: '+15005550006',
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
    VAPID_SUBJECT: 'mailto:ops@flatrender.test',
    NOTIFICATION_RETRY_BASE_SECONDS: '0.05',
  });
  stack = await startStack({ owners: ['identity', 'notification'], jobs: true });
  boss = await jobQueueClient(stack.db.adminUrl);
});
afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true });
  await stack?.stop();
  await providers.stop();
  await pushService.stop();
  await smtp?.stop();
});

interface Person {
  id: string;
  email: string;
  token: string;
}

let people = 0;
async function person(): Promise<Person> {
  const email = `person${++people}-${randomUUID().slice(0, 8)}@flatrender.test`;
  const { register } = expectNoErrors(await execute<{ register: { accessToken: string; user: { id: string } } }>(stack.url, {
    document: 'mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }',
    variables: { input: { email, password: 'Correct-Horse-Battery-9', displayName: 'Channel Tester' } },
  }));
  return { id: register.user.id, email, token: register.accessToken };
}

const gql = async <T = any>(who: Person | undefined, document: string, variables: Record<string, unknown> = {}) =>
  execute<T>(stack.url, { document, variables, token: who?.token });

async function setContacts(who: Person, input: Record<string, unknown>) {
  expectNoErrors(await gql(who, 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id phone telegramChatId } }', { input }));
}

async function prefer(who: Person, channel: string, enabled: boolean, notificationType = '*') {
  expectNoErrors(await gql(who, 'mutation($c: NotificationChannel!, $t: String, $e: Boolean!) { setNotificationPreference(channel: $c, notificationType: $t, enabled: $e) { enabled } }', { c: channel, t: notificationType, e: enabled }));
}

/** A browser's push subscription: its key pair stays here, so the test can decrypt what arrives. */
function browser(): { ecdh: ECDH; auth: string; input: { endpoint: string; p256dh: string; auth: string; userAgent: string } } {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16).toString('base64url');
  return { ecdh, auth, input: { endpoint: `${pushService.origin}/push/${randomUUID()}`, p256dh: ecdh.getPublicKey().toString('base64url'), auth, userAgent: 'Firefox 140' } };
}

async function subscribe(who: Person, input: object): Promise<string> {
  return expectNoErrors(await gql<{ subscribePush: { id: string } }>(who, 'mutation($input: SubscribePushInput!) { subscribePush(input: $input) { id } }', { input })).subscribePush.id;
}

/** What render sends when a job ends, as render's outbox would queue it. */
async function renderFinished(who: Person, step: RenderFinishedEvent['step'] = 'Completed'): Promise<string> {
  const jobId = randomUUID();
  const event: RenderFinishedEvent = { eventId: `render.finished:${jobId}`, jobId, userId: who.id, tenantId: DEFAULT_TENANT_ID, name: 'Wedding teaser', step, exportId: null, durationSec: 12, frames: 300, failedMessage: step === 'Failed' ? 'AE crashed' : null };
  await boss.send('notification-render-finished', event);
  return jobId;
}

interface Delivery { channel: string; status: string; attempts: number; lastError: string | null; destination: string; provider: string | null }

const DELIVERIES = `query { me { notifications(first: 10) { edges { node { type title data deliveries { channel status attempts lastError destination provider } } } } } }`;

/** The deliveries of the user's notification about `jobId`, once none of them is still pending. */
async function settled(who: Person, jobId: string, count: number, timeoutMs = 20_000): Promise<Delivery[]> {
  const current = async () => {
    const data = expectNoErrors(await gql<any>(who, DELIVERIES));
    return (data.me.notifications.edges.find((e: any) => e.node.data.jobId === jobId)?.node.deliveries ?? []) as Delivery[];
  };
  return eventually(current, (found) => found.length === count && found.every((d) => d.status !== 'Pending'), timeoutMs);
}

test('a finished render reaches its user by push, email, SMS and Telegram, as their preferences allow', async () => {
  const alice = await person();
  await setContacts(alice, { phone: '+989121234567', telegramChatId: 555000111 });
  const device = browser();
  await subscribe(alice, device.input);
  await prefer(alice, 'Sms', true); // SMS is opt-in
  const jobId = await renderFinished(alice);

  const deliveries = await settled(alice, jobId, 4);
  expect(deliveries.map((d) => [d.channel, d.status, d.attempts]).sort()).toEqual([
    ['Email', 'Sent', 1], ['Push', 'Sent', 1], ['Sms', 'Sent', 1], ['Telegram', 'Sent', 1],
  ]);

  const [mail] = await smtp.waitFor(alice.email);
  expect(mail).toMatchObject({ from: 'no-reply@flatrender.test', subject: 'Your render is ready' });
  expect(mail.text).toContain('Wedding teaser finished rendering.');
  expect(mail.text).toContain(`/renders/${jobId}`);

  const [telegram] = providers.to(`/bot${TELEGRAM_TOKEN}/sendMessage`).filter((r) => JSON.parse(r.body.toString()).chat_id === '555000111');
  expect(JSON.parse(telegram.body.toString()).text).toContain('Wedding teaser finished rendering.');

  const sms = providers.to('/2010-04-01/Accounts/ACtest/Messages.json').map((r) => ({ form: new URLSearchParams(r.body.toString()), auth: r.headers.authorization }))
    .find((r) => r.form.get('To') === '+989121234567')!;
  expect(sms.form.get('From')).toBe('+15005550006');
  expect(sms.form.get('Body')).toContain('Wedding teaser');
  expect(sms.auth).toBe(`Basic ${Buffer.from('ACtest:sms-secret').toString('base64')}`);

  // The push service got an encrypted payload only the browser can read, signed with our VAPID key.
  const push = pushService.to(new URL(device.input.endpoint).pathname)[0];
  expect(push.headers['content-encoding']).toBe('aes128gcm');
  const payload = JSON.parse(ece.decrypt(push.body, { version: 'aes128gcm', privateKey: device.ecdh, authSecret: device.auth }).toString());
  expect(payload).toMatchObject({ title: 'Your render is ready', body: 'Wedding teaser finished rendering.', type: 'render.completed' });
  const [, jwt, k] = /^vapid t=([^,]+), k=(.+)$/.exec(String(push.headers.authorization))!;
  expect(k).toBe(vapid.publicKey);
  const point = Buffer.from(vapid.publicKey, 'base64url');
  const key = await importJWK({ kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') }, 'ES256');
  const { payload: claims } = await jwtVerify(jwt, key);
  expect(claims).toMatchObject({ aud: pushService.origin, sub: 'mailto:ops@flatrender.test' });

  // Identity heard that the push went through.
  const { me } = expectNoErrors(await gql<any>(alice, 'query { me { pushSubscriptions { endpoint lastSuccessAt disabledAt } } }'));
  expect(me.pushSubscriptions).toEqual([{ endpoint: device.input.endpoint, lastSuccessAt: expect.any(String), disabledAt: null }]);
});

test('preferences decide: SMS stays off by default, a channel can be turned off for one type, and InApp off keeps it out of the inbox', async () => {
  const bob = await person();
  await setContacts(bob, { phone: '+989350000001', telegramChatId: 555000222 });
  await prefer(bob, 'Telegram', false, 'render.failed');
  await prefer(bob, 'InApp', false, 'render.failed');

  const completed = await renderFinished(bob, 'Completed');
  expect((await settled(bob, completed, 2)).map((d) => d.channel).sort()).toEqual(['Email', 'Telegram']);

  const failed = await renderFinished(bob, 'Failed');
  const row = await eventually(() => stack.db.admin.notification.findFirst({ where: { sourceId: failed }, include: { deliveries: true } }), (n) => Boolean(n?.deliveries.length));
  expect(row!.showInApp).toBe(false);
  expect(row!.deliveries.map((d) => d.channel)).toEqual(['Email']);

  const { me } = expectNoErrors(await gql<any>(bob, 'query { me { notificationPreferences { channel notificationType enabled explicit } } }'));
  expect(me.notificationPreferences).toEqual(expect.arrayContaining([
    { channel: 'Sms', notificationType: '*', enabled: false, explicit: false },
    { channel: 'Email', notificationType: '*', enabled: true, explicit: false },
    { channel: 'Telegram', notificationType: 'render.failed', enabled: false, explicit: true },
    { channel: 'InApp', notificationType: 'render.failed', enabled: false, explicit: true },
  ]));
});

test('a provider failing for a while is retried with backoff until it accepts', async () => {
  const carol = await person();
  await setContacts(carol, { telegramChatId: 555000333 });
  await prefer(carol, 'Email', false);
  providers.script(`/bot${TELEGRAM_TOKEN}/`, { status: 502, body: { ok: false, description: 'Bad Gateway' } }, 2);
  const jobId = await renderFinished(carol);
  const [telegram] = await settled(carol, jobId, 1);
  expect(telegram).toMatchObject({ channel: 'Telegram', status: 'Sent', attempts: 3, lastError: null, provider: 'telegram' });
});

test('a permanent refusal is not retried, a push subscription that is gone is disabled, and a dead provider is given up after 5 attempts', async () => {
  const dave = await person();
  await setContacts(dave, { phone: '+989350000004' });
  await prefer(dave, 'Sms', true);
  const device = browser();
  await subscribe(dave, device.input);
  pushService.script(new URL(device.input.endpoint).pathname, { status: 410, body: {} }, 1);
  providers.script('/2010-04-01/', { status: 503, body: { message: 'try later' } }, 5);
  const jobId = await renderFinished(dave);

  const deliveries = await settled(dave, jobId, 3, 30_000);
  const by = Object.fromEntries(deliveries.map((d) => [d.channel, d]));
  expect(by.Push).toMatchObject({ status: 'Failed', attempts: 1, lastError: expect.stringContaining('410') });
  expect(by.Sms).toMatchObject({ status: 'Failed', attempts: 5, lastError: expect.stringContaining('503') });
  expect(by.Email).toMatchObject({ status: 'Sent', attempts: 1 });

  const { me } = expectNoErrors(await gql<any>(dave, 'query { me { active: pushSubscriptions { id } all: pushSubscriptions(includeDisabled: true) { disabledAt } } }'));
  expect(me.active).toEqual([]);
  expect(me.all).toEqual([{ disabledAt: expect.any(String) }]);

  // The next notification no longer goes to that browser.
  const next = await renderFinished(dave);
  expect((await settled(dave, next, 2)).map((d) => d.channel).sort()).toEqual(['Email', 'Sms']);
});

test('an email the server refuses for good fails at once', async () => {
  const erin = await person();
  await stack.db.admin.user.update({ where: { id: erin.id }, data: { email: `bounce@${erin.email.split('@')[1]}` } });
  const jobId = await renderFinished(erin);
  const [email] = await settled(erin, jobId, 1);
  expect(email).toMatchObject({ channel: 'Email', status: 'Failed', attempts: 1, lastError: expect.stringContaining('550') });
});

test('the same event twice, or a delivery job run again, sends nothing twice', async () => {
  const frank = await person();
  const jobId = randomUUID();
  const event: RenderFinishedEvent = { eventId: `render.finished:${jobId}`, jobId, userId: frank.id, tenantId: DEFAULT_TENANT_ID, name: 'Twice', step: 'Completed', exportId: null, durationSec: 1, frames: 25, failedMessage: null };
  await Promise.all([boss.send('notification-render-finished', event), boss.send('notification-render-finished', event)]);
  const [email] = await settled(frank, jobId, 1);
  expect(email.status).toBe('Sent');
  const delivery = await stack.db.admin.notificationDelivery.findFirstOrThrow({ where: { userId: frank.id } });
  const again = await boss.send('notification-deliver', { deliveryId: delivery.id }, { singletonKey: delivery.id });
  await eventually(() => boss.getJobById('notification-deliver', again!), (job) => job?.state === 'completed');
  expect(await stack.db.admin.notification.count({ where: { userId: frank.id } })).toBe(1);
  expect(smtp.messages.filter((m) => m.to.includes(frank.email))).toHaveLength(1);
  expect(await stack.db.admin.notificationDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({ attempts: 1, status: 'Sent' });
});

test('a channel the server has no settings for is recorded as Skipped, not lost', async () => {
  const gina = await person();
  await setContacts(gina, { telegramChatId: 555000777 });
  const token = process.env.TELEGRAM_BOT_TOKEN;
  delete process.env.TELEGRAM_BOT_TOKEN;
  try {
    const { notificationChannels } = expectNoErrors(await gql<any>(undefined, 'query { notificationChannels { channel available enabledByDefault } }'));
    expect(notificationChannels).toContainEqual({ channel: 'Telegram', available: false, enabledByDefault: true });
    const jobId = await renderFinished(gina);
    const deliveries = await settled(gina, jobId, 2);
    expect(deliveries.find((d) => d.channel === 'Telegram')).toMatchObject({ status: 'Skipped', attempts: 0, lastError: 'Telegram is not configured on this server.' });
  } finally {
    process.env.TELEGRAM_BOT_TOKEN = token;
  }
});

test("messages are worded by the tenant's template for the type, channel and language, else the global one, else the notification itself", async () => {
  const jay = await person();
  await setContacts(jay, { telegramChatId: 555000888, locale: 'en' });
  const templates = await stack.db.admin.$transaction([
    stack.db.admin.notificationTemplate.create({ data: { tenantId: null, code: 'render.completed', channel: 'Email', locale: 'en', subject: 'Global: {{title}}', body: 'global body' } }),
    stack.db.admin.notificationTemplate.create({ data: { tenantId: DEFAULT_TENANT_ID, code: 'render.completed', channel: 'Email', locale: 'en', subject: '{{name}} is ready', body: 'Open {{url}} to download {{name}}.' } }),
    // Only a Persian Telegram template: an English reader gets the notification's own words.
    stack.db.admin.notificationTemplate.create({ data: { tenantId: null, code: 'render.completed', channel: 'Telegram', locale: 'fa', body: 'رندر شما آماده است' } }),
  ]);
  try {
    const jobId = await renderFinished(jay);
    await settled(jay, jobId, 2);
    const [mail] = await smtp.waitFor(jay.email);
    expect(mail.subject).toBe('Wedding teaser is ready');
    expect(mail.text).toContain(`Open ${process.env.PUBLIC_URL ?? 'http://127.0.0.1:4000'}/renders/${jobId} to download Wedding teaser.`);
    const telegram = providers.to(`/bot${TELEGRAM_TOKEN}/sendMessage`).map((r) => JSON.parse(r.body.toString())).find((b) => b.chat_id === '555000888');
    expect(telegram.text).toContain('Wedding teaser finished rendering.');
  } finally {
    await stack.db.admin.notificationTemplate.deleteMany({ where: { id: { in: templates.map((t) => t.id) } } });
  }
});

test('the browser learns the VAPID key to subscribe with', async () => {
  const { webPushPublicKey } = expectNoErrors(await gql<any>(undefined, 'query { webPushPublicKey }'));
  expect(webPushPublicKey).toBe(vapid.publicKey);
});

describe('bad input', () => {
  let hal: Person;
  beforeAll(async () => {
    hal = await person();
  });

  test('a preference for an unknown channel or type', async () => {
    expect(errorCodes(await gql(hal, 'mutation { setNotificationPreference(channel: Fax, enabled: true) { enabled } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const unknownType = await gql(hal, 'mutation { setNotificationPreference(channel: Email, notificationType: "render.exploded", enabled: false) { enabled } }');
    expect(errorCodes(unknownType)).toEqual(['BAD_USER_INPUT']);
    expect(await stack.db.admin.notificationPreference.count({ where: { userId: hal.id } })).toBe(0);
  });

  test('preferences and push subscriptions need a signed-in user', async () => {
    expect(errorCodes(await gql(undefined, 'mutation { setNotificationPreference(channel: Email, enabled: false) { enabled } }'))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(undefined, 'mutation($input: SubscribePushInput!) { subscribePush(input: $input) { id } }', { input: browser().input }))).toEqual(['UNAUTHENTICATED']);
  });

  test('contact points that are not what they claim', async () => {
    for (const input of [{ phone: '09121234567' }, { phone: "+98'; DROP TABLE identity.users; --" }, { locale: 'de' }, { displayName: '' }, { avatarUrl: 'javascript:alert(1)' }]) {
      expect(errorCodes(await gql(hal, 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }', { input }))).toEqual(['BAD_USER_INPUT']);
    }
    // Without an email the phone is the only way in: it cannot be cleared.
    const phoneOnly = await person();
    await setContacts(phoneOnly, { phone: '+989350000009' });
    await stack.db.admin.user.update({ where: { id: phoneOnly.id }, data: { email: null } });
    expect(errorCodes(await gql(phoneOnly, 'mutation { updateProfile(input: { phone: null }) { id } }'))).toEqual(['BAD_USER_INPUT']);
  });

  test('push subscriptions with broken keys or endpoints', async () => {
    const good = browser().input;
    for (const input of [
      { ...good, endpoint: 'ftp://push.example/abc' },
      { ...good, endpoint: 'http://127.0.0.1:4001/graphql' }, // plain http could reach internal services
      { ...good, endpoint: 'not a url' },
      { ...good, p256dh: Buffer.alloc(65, 1).toString('base64url') }, // not an uncompressed point
      { ...good, p256dh: 'short' },
      { ...good, auth: randomBytes(8).toString('base64url') },
    ]) {
      expect(errorCodes(await gql(hal, 'mutation($input: SubscribePushInput!) { subscribePush(input: $input) { id } }', { input }))).toEqual(['BAD_USER_INPUT']);
    }
    expect(await stack.db.admin.pushSubscription.count({ where: { userId: hal.id } })).toBe(0);
  });

  test("another user's deliveries, contact points and keys stay private", async () => {
    const ivy = await person();
    await setContacts(ivy, { phone: '+989350000010' });
    await subscribe(ivy, browser().input);
    // Asked of each owner directly, another user's private parts read as empty.
    const entity = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { SELECTION } } }';
    const r = [{ __typename: 'User', id: ivy.id }];
    const atIdentity = expectNoErrors(await execute<any>(stack.subgraphs.identity!.url, { document: entity.replace('SELECTION', 'phone pushSubscriptions { id }'), variables: { r }, token: hal.token, headers: await routerHeaders() }));
    expect(atIdentity._entities).toEqual([{ phone: null, pushSubscriptions: [] }]);
    const atNotification = expectNoErrors(await execute<any>(stack.subgraphs.notification!.url, { document: entity.replace('SELECTION', 'notificationPreferences { channel }'), variables: { r }, token: hal.token, headers: await routerHeaders() }));
    expect(atNotification._entities).toEqual([{ notificationPreferences: [] }]);
    // Through the router, the keys and the service-only mutation do not exist.
    expect(errorCodes(await gql(hal, 'query { me { pushSubscriptions { p256dh } } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(errorCodes(await gql(hal, 'mutation { recordPushOutcome(id: "x", delivered: true, gone: true) { id } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    // Straight at identity with a user's token, the service-only parts are refused.
    const identity = stack.subgraphs.identity!.url;
    const direct = await execute(identity, { document: 'mutation($id: ID!) { recordPushOutcome(id: $id, delivered: false, gone: true) { id } }', variables: { id: randomUUID() }, token: hal.token, headers: await routerHeaders() });
    expect(errorCodes(direct)).toEqual(['FORBIDDEN']);
  });
});
