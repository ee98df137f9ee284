// Metering notifications: every delivery that reaches Sent (email and Telegram here, through a real
// SMTP server process and a local Bot API) is counted once in its recipient's tenant's daily usage
// (`tenantUsage { notificationsSent }`), through notification's `notification.delivered` event on
// the job queue; replayed events, a delivery job run again and concurrent consumers count nothing
// twice, and refused or skipped deliveries count nothing.
import { randomUUID } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { startStack, type Stack } from '../../tests/kit/stack.ts';
import { execute, expectNoErrors } from '../../tests/kit/client.ts';
import { eventually } from '../../tests/kit/eventually.ts';
import { HttpReceiver, SmtpSink } from '../../tests/kit/receivers.ts';
import { type NotificationDeliveredEvent, type RenderFinishedEvent } from '../../prisma/jobs.ts';
import { DEFAULT_TENANT_ID } from '../../prisma/seed.ts';
import { TokenSigner, type Role } from '../kit/auth.ts';
import { onNotificationDelivered } from './events/notification-delivered.ts';
import { jobQueueClient } from '../../tests/kit/jobs.ts';

const TELEGRAM_TOKEN = '4242:usage-bot-token';
/** A Telegram chat the Bot API refuses for good (the user blocked the bot). */
const BLOCKED_CHAT = 666000111;
const telegram = new HttpReceiver((request) => {
  if (request.body.toString().includes(String(BLOCKED_CHAT))) return { status: 403, body: { ok: false, description: 'Forbidden: bot was blocked by the user' } };
  return { status: 200, body: { ok: true, result: { message_id: 9 } } };
});
let stack: Stack;
let boss: PgBoss;
let smtp: SmtpSink;
let signer: TokenSigner;

beforeAll(async () => {
  smtp = await new SmtpSink().start();
  await telegram.start();
  Object.assign(process.env, {
    SMTP_URL: smtp.url,
    EMAIL_FROM: 'FlatRender <no-reply@flatrender.test>',
    TELEGRAM_API_URL: telegram.origin,
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    NOTIFICATION_RETRY_BASE_SECONDS: '0.05',
  });
  // SMS and push stay unconfigured here: an opted-in SMS is recorded Skipped.
  for (const name of ['SMS_ACCOUNT_SID', 'SMS_AUTH_TOKEN', 'SMS_FROM', 'VAPID_PUBLIC_KEY', 'VAPID_PRIVATE_KEY']) delete process.env[name];
  stack = await startStack({ owners: ['identity', 'notification'], jobs: true });
  signer = await TokenSigner.fromPem(stack.jwt.privateKey);
  boss = await jobQueueClient(stack.db.adminUrl);
});
afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true });
  await stack?.stop();
  await telegram.stop();
  await smtp?.stop();
});

interface Person { id: string; email: string; token: string; tenantId: string }
interface TestTenant { id: string; admin: Person }

async function person(tenantId: string, role: Role, contacts: { telegramChatId?: bigint; phone?: string } = {}): Promise<Person> {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@usage.test`;
  const user = await stack.db.admin.user.create({ data: { tenantId, role, email, ...contacts } });
  return { id: user.id, email, tenantId, token: await signer.sign({ kind: 'user', userId: user.id, tenantId, role, sessionId: randomUUID() }) };
}

async function tenant(): Promise<TestTenant> {
  const slug = `meter-${randomUUID().slice(0, 8)}`;
  const row = await stack.db.admin.tenant.create({ data: { slug, name: `Tenant ${slug}`, kind: 'Reseller' } });
  return { id: row.id, admin: await person(row.id, 'TenantAdmin') };
}

/** The tenant's usage as its administrator reads it through the router: notificationsSent per day. */
async function notificationsSent(owner: TestTenant, day: string): Promise<number> {
  const { tenantUsage } = expectNoErrors(await execute<any>(stack.url, {
    document: 'query($f: String!, $t: String!) { tenantUsage(from: $f, to: $t) { day notificationsSent renders apiRequests } }',
    variables: { f: day, t: day },
    token: owner.admin.token,
  }));
  return tenantUsage.find((row: { day: string }) => row.day === day)?.notificationsSent ?? 0;
}

/** What render sends when a job ends: the user's "render ready" notification follows. */
async function renderFinished(who: Person): Promise<string> {
  const jobId = randomUUID();
  const event: RenderFinishedEvent = { eventId: `render.finished:${jobId}`, jobId, userId: who.id, tenantId: who.tenantId, name: 'Metered teaser', step: 'Completed', exportId: null, durationSec: 10, frames: 250, failedMessage: null };
  await boss.send('notification-render-finished', event);
  return jobId;
}

/** The deliveries of the notification about `jobId`, once `count` exist and none is pending. */
async function settled(jobId: string, count: number) {
  return eventually(
    () => stack.db.admin.notificationDelivery.findMany({ where: { notification: { sourceId: jobId } }, orderBy: { channel: 'asc' } }),
    (rows) => rows.length === count && rows.every((row) => row.status !== 'Pending'),
    20_000,
  );
}

/** Queues a job and waits until the worker has finished it. */
async function runJob(queue: string, data: object): Promise<void> {
  const id = await boss.send(queue, data);
  await eventually(async () => (await boss.getJobById(queue, id!))?.state, (state) => state === 'completed' || state === 'failed');
  expect((await boss.getJobById(queue, id!))?.state).toBe('completed');
}

const dayOf = (at: Date) => at.toISOString().slice(0, 10);

const eventFor = (delivery: { id: string; notificationId: string; userId: string; tenantId: string; channel: string; sentAt: Date | null }): NotificationDeliveredEvent => ({
  eventId: `notification.delivered:${delivery.id}`, deliveryId: delivery.id, notificationId: delivery.notificationId,
  userId: delivery.userId, tenantId: delivery.tenantId, channel: delivery.channel, sentAt: delivery.sentAt!.toISOString(),
});

test('an email sent counts one notification for the tenant of its recipient; a replayed event and a re-run delivery job count nothing more', async () => {
  const meter = await tenant();
  const user = await person(meter.id, 'User');
  const jobId = await renderFinished(user);

  const [email] = await settled(jobId, 1);
  expect(email).toMatchObject({ channel: 'Email', status: 'Sent', attempts: 1, tenantId: meter.id });
  const day = dayOf(email.sentAt!);
  await eventually(() => notificationsSent(meter, day), (sent) => sent === 1);

  // The same event again (the queue delivered it twice), and the delivery's job run again.
  await runJob('identity-notification-usage', eventFor(email));
  await runJob('notification-deliver', { deliveryId: email.id });
  expect(await notificationsSent(meter, day)).toBe(1);
  expect(await smtp.waitFor(user.email)).toHaveLength(1);
  expect(await stack.db.admin.identityConsumedEvent.count({ where: { eventId: `notification.delivered:${email.id}` } })).toBe(1);
  // Nothing else of the day moved.
  const [row] = await stack.db.admin.tenantUsageDaily.findMany({ where: { tenantId: meter.id } });
  expect(row).toMatchObject({ notificationsSent: 1, renderJobs: 0, apiRequests: 0n });
});

test('each channel that reached Sent counts; a refused and a skipped delivery do not; other tenants are untouched', async () => {
  const meter = await tenant();
  const both = await person(meter.id, 'User', { telegramChatId: 555000222n });
  const blocked = await person(meter.id, 'User', { telegramChatId: BigInt(BLOCKED_CHAT), phone: '+989121234567' });
  // SMS is opt-in, and not configured on this server: recorded Skipped.
  expectNoErrors(await execute(stack.url, {
    document: 'mutation { setNotificationPreference(channel: Sms, enabled: true) { enabled } }',
    token: blocked.token,
  }));
  const defaultBefore = await stack.db.admin.tenantUsageDaily.findMany({ where: { tenantId: DEFAULT_TENANT_ID } });

  const sentBoth = await settled(await renderFinished(both), 2);
  expect(sentBoth.map((d) => [d.channel, d.status])).toEqual([['Email', 'Sent'], ['Telegram', 'Sent']]);
  const mixed = await settled(await renderFinished(blocked), 3);
  expect(mixed.map((d) => [d.channel, d.status])).toEqual([['Email', 'Sent'], ['Sms', 'Skipped'], ['Telegram', 'Failed']]);

  const days = [...new Set([...sentBoth, ...mixed].filter((d) => d.sentAt).map((d) => dayOf(d.sentAt!)))];
  // Three deliveries were sent: two for one user, one for the other.
  await eventually(async () => {
    let total = 0;
    for (const day of days) total += await notificationsSent(meter, day);
    return total;
  }, (total) => total === 3);
  // One event per sent delivery, each applied; the refused and skipped ones sent none.
  const sentIds = [...sentBoth, ...mixed].filter((d) => d.status === 'Sent').map((d) => `notification.delivered:${d.id}`);
  const allIds = [...sentBoth, ...mixed].map((d) => `notification.delivered:${d.id}`);
  expect(await stack.db.admin.identityConsumedEvent.count({ where: { eventId: { in: allIds } } })).toBe(sentIds.length);
  expect((await stack.db.admin.tenantUsageDaily.findMany({ where: { tenantId: meter.id } })).reduce((sum, day) => sum + day.notificationsSent, 0)).toBe(3);
  expect(await stack.db.admin.tenantUsageDaily.findMany({ where: { tenantId: DEFAULT_TENANT_ID } })).toEqual(defaultBefore);
});

test('a delivery counts on the UTC day it was sent, in the tenant identity knows its recipient by, once however many consumers race', async () => {
  const meter = await tenant();
  const user = await person(meter.id, 'User');
  const deliveryId = randomUUID();
  // Sent a second before midnight, applied much later; the notification named another tenant.
  const event: NotificationDeliveredEvent = {
    eventId: `notification.delivered:${deliveryId}`, deliveryId, notificationId: randomUUID(), userId: user.id,
    tenantId: DEFAULT_TENANT_ID, channel: 'Email', sentAt: '2026-01-15T23:59:59.000Z',
  };
  const db = stack.subgraphs.identity!.db;
  // Five replicas applying the same event at once: one counts it.
  const outcomes = await Promise.all(Array.from({ length: 5 }, () => onNotificationDelivered(db, event)));
  expect(outcomes.sort()).toEqual(['already counted', 'already counted', 'already counted', 'already counted', 'counted']);
  await runJob('identity-notification-usage', event);

  expect(await notificationsSent(meter, '2026-01-15')).toBe(1);
  expect(await notificationsSent(meter, '2026-01-16')).toBe(0);
  expect(await stack.db.admin.tenantUsageDaily.count({ where: { tenantId: DEFAULT_TENANT_ID, usageDate: new Date('2026-01-15') } })).toBe(0);
});

test('a recipient whose user and tenant are gone is not counted, and the event is done with', async () => {
  const deliveryId = randomUUID();
  const event: NotificationDeliveredEvent = {
    eventId: `notification.delivered:${deliveryId}`, deliveryId, notificationId: randomUUID(), userId: randomUUID(),
    tenantId: randomUUID(), channel: 'Telegram', sentAt: new Date().toISOString(),
  };
  expect(await onNotificationDelivered(stack.subgraphs.identity!.db, event)).toBe('tenant gone');
  await runJob('identity-notification-usage', event);
});
