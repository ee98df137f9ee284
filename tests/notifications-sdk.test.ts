// Notifications from the studio SDK through a real router: the in-app list (newest first, pages,
// unread count), read and read-all, new ones live on `myEvents` over the SDK's graphql-ws link,
// preferences per channel and type, and this browser's Web Push subscription. Notifications are
// created as other owners create them: identity's service call to the notification subgraph.
import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { firstValueFrom, timeout } from 'rxjs';
import webpush from 'web-push';
import WebSocket from 'ws';
import { startStack, SERVICE_SECRET, type Stack } from './kit/stack.ts';
import { execute, expectNoErrors } from './kit/client.ts';
import { eventually } from './kit/eventually.ts';
import { serviceToken } from '../subgraphs/kit/auth.ts';
import { DEFAULT_TENANT_ID } from '../prisma/seed.ts';
import { createStudioSdk, SdkError, type StudioSdk } from '../clients/studio/sdk.ts';

const vapid = webpush.generateVAPIDKeys();
let stack: Stack;

interface Person { sdk: StudioSdk; id: string }
const people: Person[] = [];

async function person(): Promise<Person> {
  const sdk = createStudioSdk({ url: stack.url, webSocketImpl: WebSocket });
  const { user } = await sdk.register({ email: `notes-${randomUUID().slice(0, 8)}@flatrender.test`, password: 'Correct-Horse-Battery-9' });
  const made = { sdk, id: user!.id };
  people.push(made);
  return made;
}

beforeAll(async () => {
  process.env.VAPID_PUBLIC_KEY = vapid.publicKey;
  process.env.VAPID_PRIVATE_KEY = vapid.privateKey;
  process.env.VAPID_SUBJECT = 'mailto:ops@flatrender.test';
  // render serves the RenderProgress half of myEvents (the SDK's subscription asks for its fields).
  stack = await startStack({ owners: ['identity', 'notification', 'render'] });
});
afterAll(async () => {
  for (const p of people) await p.sdk.close();
  await stack?.stop();
});

/** A notification as identity asks for one (an earned gift), straight to the notification subgraph. */
async function notify(who: Person, title: string, type = 'gift.earned'): Promise<string> {
  const data = expectNoErrors(await execute<{ createServiceNotification: string }>(stack.subgraphs.notification!.url, {
    document: 'mutation($input: ServiceNotificationInput!) { createServiceNotification(input: $input) }',
    variables: { input: { userId: who.id, tenantId: DEFAULT_TENANT_ID, type, title, body: `${title}, in full.`, actionUrl: '/gifts', sourceType: 'earned_gift', sourceId: randomUUID() } },
    token: await serviceToken(SERVICE_SECRET, 'identity'),
  }));
  return data.createServiceNotification;
}

/** A security notice (a reset link): email only, never in the inbox. */
async function securityNotice(who: Person): Promise<void> {
  expectNoErrors(await execute(stack.subgraphs.notification!.url, {
    document: 'mutation($input: SecurityNoticeInput!) { sendSecurityNotice(input: $input) }',
    variables: { input: { userId: who.id, tenantId: DEFAULT_TENANT_ID, type: 'security.password_reset', title: 'Reset your password', body: 'https://studio.example/reset?token=secret' } },
    token: await serviceToken(SERVICE_SECRET, 'identity'),
  }));
}

async function refusal(call: Promise<unknown>): Promise<SdkError> {
  const error = await call.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(SdkError);
  return error as SdkError;
}

const preferenceRows = (who: Person) => stack.db.admin.notificationPreference.findMany({ where: { userId: who.id }, select: { channel: true, notificationType: true, enabled: true }, orderBy: [{ channel: 'asc' }, { notificationType: 'asc' }] });

describe('the inbox', () => {
  test('newest first, page by page, with the unread count', async () => {
    const who = await person();
    for (const title of ['First', 'Second', 'Third']) await notify(who, title);
    expect(await who.sdk.unreadNotificationCount()).toBe(3);
    const first = await who.sdk.notifications({ first: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e) => e.node.title)).toEqual(['Third', 'Second']);
    expect(first.edges[0].node).toMatchObject({ type: 'gift.earned', body: 'Third, in full.', actionUrl: '/gifts', readAt: null });
    const rest = await who.sdk.notifications({ first: 2, after: first.pageInfo.endCursor });
    expect(rest.edges.map((e) => e.node.title)).toEqual(['First']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  test('read one (again is harmless), then all; the count follows, and read-all answers how many changed', async () => {
    const who = await person();
    const ids = [await notify(who, 'A'), await notify(who, 'B'), await notify(who, 'C')];
    const read = await who.sdk.markNotificationRead(ids[1]);
    expect(read.readAt).toBeTruthy();
    expect((await who.sdk.markNotificationRead(ids[1])).readAt).toBe(read.readAt);
    expect(await who.sdk.unreadNotificationCount()).toBe(2);
    expect((await who.sdk.notifications({ first: 10, unreadOnly: true })).edges.map((e) => e.node.id)).toEqual([ids[2], ids[0]]);
    expect(await who.sdk.markAllNotificationsRead()).toBe(2);
    expect(await who.sdk.unreadNotificationCount()).toBe(0);
    expect(await who.sdk.markAllNotificationsRead()).toBe(0);
  });

  test('a security notice is never in the inbox: not listed, not counted, not marked by read-all, not readable by id', async () => {
    const who = await person();
    await notify(who, 'Visible');
    await securityNotice(who);
    const hidden = await stack.db.admin.notification.findFirstOrThrow({ where: { userId: who.id, type: 'security.password_reset' } });
    expect((await who.sdk.notifications({ first: 10 })).edges.map((e) => e.node.title)).toEqual(['Visible']);
    expect(await who.sdk.unreadNotificationCount()).toBe(1);
    // Read-all counts what the user could see.
    expect(await who.sdk.markAllNotificationsRead()).toBe(1);
    expect((await refusal(who.sdk.markNotificationRead(hidden.id))).code).toBe('NOT_FOUND');
    expect((await stack.db.admin.notification.findUniqueOrThrow({ where: { id: hidden.id } })).readAt).toBeNull();
  });

  test('another user\'s notification is NOT_FOUND and stays unread; a malformed id is INVALID_ID; signed out is UNAUTHENTICATED', async () => {
    const owner = await person();
    const other = await person();
    const id = await notify(owner, 'Mine');
    expect((await refusal(other.sdk.markNotificationRead(id))).code).toBe('NOT_FOUND');
    expect(await other.sdk.markAllNotificationsRead()).toBe(0);
    expect((await stack.db.admin.notification.findUniqueOrThrow({ where: { id } })).readAt).toBeNull();
    expect((await other.sdk.notifications({ first: 10 })).totalCount).toBe(0);
    expect((await refusal(owner.sdk.markNotificationRead('not-an-id'))).code).toBe('INVALID_ID');

    const anonymous = createStudioSdk({ url: stack.url, webSocketImpl: WebSocket });
    try {
      expect((await refusal(anonymous.unreadNotificationCount())).code).toBe('UNAUTHENTICATED');
      expect((await refusal(anonymous.setNotificationPreference('Email', false))).code).toBe('UNAUTHENTICATED');
      // Refused with the router's code over the socket too (Node 20 has no global WebSocket: see clients/apollo.ts).
      expect((await refusal(firstValueFrom(anonymous.myEvents().pipe(timeout(10_000))))).code).toBe('UNAUTHENTICATED');
    } finally {
      await anonymous.close();
    }
  });
});

describe('live over myEvents (graphql-ws through the router)', () => {
  test('new notifications arrive as they are made, only the subscriber\'s own, none hidden by preferences', async () => {
    const who = await person();
    const other = await person();
    await who.sdk.setNotificationPreference('InApp', false, 'render.failed');
    const events: { id: string; type: string; title: string; body: string; readAt?: string | null }[] = [];
    const failures: unknown[] = [];
    const live = who.sdk.liveNotifications().subscribe({ next: (event) => events.push(event), error: (error) => failures.push(error) });
    try {
      // Live events are not replayed: notify until one arrives, and the stream is known to be open.
      let last = 0;
      await eventually(async () => {
        if (!events.length && Date.now() - last > 500) {
          last = Date.now();
          await notify(who, 'Warm-up');
        }
        return events.length + failures.length;
      }, (n) => n > 0, 20_000);
      expect(failures).toEqual([]);
      await notify(other, 'Not yours');
      await notify(who, 'Hidden', 'render.failed');
      const shown = await notify(who, 'Your render is ready', 'render.completed');
      await eventually(async () => events.map((e) => e.id), (ids) => ids.includes(shown), 20_000);
      expect(events.find((e) => e.id === shown)).toMatchObject({ __typename: 'Notification', type: 'render.completed', title: 'Your render is ready', body: 'Your render is ready, in full.', readAt: null });
      // Events come in commit order: had the other user's or the hidden one been sent, they would be here.
      expect(events.map((e) => e.title).filter((title) => title !== 'Warm-up')).toEqual(['Your render is ready']);
    } finally {
      live.unsubscribe();
    }
  });
});

describe('preferences per channel and type', () => {
  test('all types or one type per channel; the per-type choice is listed beside the channel\'s', async () => {
    const who = await person();
    const settings = await who.sdk.notificationSettings();
    expect(settings.notificationChannels.map((c) => c.channel).sort()).toEqual(['Email', 'InApp', 'Push', 'Sms', 'Telegram']);
    expect(settings.notificationChannels.find((c) => c.channel === 'Sms')?.enabledByDefault).toBe(false);
    expect(settings.notificationTypes.map((t) => t.type)).toEqual(expect.arrayContaining(['render.completed', 'render.failed', 'gift.earned']));
    expect(settings.me.notificationPreferences.every((p) => p.notificationType === '*' && !p.explicit)).toBe(true);

    expect(await who.sdk.setNotificationPreference('Sms', true)).toMatchObject({ channel: 'Sms', notificationType: '*', enabled: true, explicit: true });
    expect(await who.sdk.setNotificationPreference('Email', false, 'render.completed')).toMatchObject({ channel: 'Email', notificationType: 'render.completed', enabled: false });
    await who.sdk.setNotificationPreference('Email', true, 'render.completed');
    const after = (await who.sdk.notificationSettings()).me.notificationPreferences;
    expect(after.filter((p) => p.explicit).map((p) => [p.channel, p.notificationType, p.enabled])).toEqual(expect.arrayContaining([['Sms', '*', true], ['Email', 'render.completed', true]]));
    expect(await preferenceRows(who)).toEqual([
      { channel: 'Email', notificationType: 'render.completed', enabled: true },
      { channel: 'Sms', notificationType: '*', enabled: true },
    ]);
  });

  test('an unknown channel or notification type is BAD_USER_INPUT, and nothing is written', async () => {
    const who = await person();
    const channel = await refusal(who.sdk.setNotificationPreference('Fax' as never, true));
    expect(channel.code).toBe('BAD_USER_INPUT');
    expect(channel.message).toContain('NotificationChannel');
    const type = await refusal(who.sdk.setNotificationPreference('Email', false, 'render.exploded'));
    expect([type.code, type.extensions.field]).toEqual(['BAD_USER_INPUT', 'notificationType']);
    expect(type.message).toContain('render.completed');
    // A security notice cannot be turned off.
    expect((await refusal(who.sdk.setNotificationPreference('Email', false, 'security.password_reset'))).code).toBe('BAD_USER_INPUT');
    expect(await preferenceRows(who)).toEqual([]);
  });
});

describe('Web Push', () => {
  /** What a browser's PushSubscription.toJSON() gives. */
  function browserSubscription(endpoint = `https://push.example.net/send/${randomUUID()}`) {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    return { endpoint, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') } };
  }

  test('the VAPID key to subscribe with; register this browser, list it, unsubscribe', async () => {
    const who = await person();
    expect((await who.sdk.notificationSettings()).webPushPublicKey).toBe(vapid.publicKey);
    const browser = browserSubscription();
    const registered = await who.sdk.subscribePush(browser, 'Firefox 140');
    expect(registered).toMatchObject({ endpoint: browser.endpoint, userAgent: 'Firefox 140', disabledAt: null });
    // The same browser again updates the one subscription.
    expect((await who.sdk.subscribePush(browser, 'Firefox 141')).id).toBe(registered.id);
    const listed = (await who.sdk.notificationSettings()).me.pushSubscriptions;
    expect(listed.map((s) => [s.id, s.userAgent])).toEqual([[registered.id, 'Firefox 141']]);
    const row = await stack.db.admin.pushSubscription.findUniqueOrThrow({ where: { id: registered.id } });
    expect(row).toMatchObject({ userId: who.id, p256dh: browser.keys.p256dh, auth: browser.keys.auth });

    const other = await person();
    expect(await other.sdk.unsubscribePush(registered.id)).toBe(false);
    expect(await who.sdk.unsubscribePush(registered.id)).toBe(true);
    expect(await who.sdk.unsubscribePush(registered.id)).toBe(false);
    expect((await who.sdk.notificationSettings()).me.pushSubscriptions).toEqual([]);
  });

  test.each([
    ['a plain-http endpoint', { endpoint: 'http://push.example.net/x' }, 'endpoint'],
    ['an endpoint that is no URL', { endpoint: 'not a url' }, 'endpoint'],
    ['a key that is no P-256 point', { keys: { p256dh: Buffer.concat([Buffer.from([0x02]), randomBytes(64)]).toString('base64url') } }, 'p256dh'],
    ['an auth secret of the wrong length', { keys: { auth: randomBytes(8).toString('base64url') } }, 'auth'],
  ])('%s is BAD_USER_INPUT naming the field; nothing is stored', async (_name, change, field) => {
    const who = await person();
    const good = browserSubscription();
    const bad = { endpoint: (change as { endpoint?: string }).endpoint ?? good.endpoint, keys: { ...good.keys, ...(change as { keys?: object }).keys } };
    const error = await refusal(who.sdk.subscribePush(bad));
    expect([error.code, error.extensions.field]).toEqual(['BAD_USER_INPUT', field]);
    expect(await stack.db.admin.pushSubscription.count({ where: { userId: who.id } })).toBe(0);
  });
});
