// Achievements: finished renders count towards them, reaching one gives its gift once, announced
// by a notification the gift points at (the seed's hard foreign key across schemas), and the gift
// is claimed into the wallet once.
import { randomUUID } from 'node:crypto';
import { startStack, type Stack } from './kit/stack.ts';
import { errorCodes, execute, expectNoErrors } from './kit/client.ts';
import { eventually } from './kit/eventually.ts';
import { publishEvent } from '../subgraphs/kit/outbox.ts';
import { DEFAULT_TENANT_ID } from '../prisma/seed.ts';
import type { RenderFinishedEvent } from '../prisma/jobs.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ owners: ['identity', 'notification'], jobs: true });
});
afterAll(() => stack?.stop());

const gql = (document: string, variables: Record<string, unknown> = {}, token?: string) => execute(stack.url, { document, variables, token });

async function person(): Promise<{ id: string; token: string }> {
  const data = expectNoErrors(await gql('mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }', {
    input: { email: `gamer-${randomUUID().slice(0, 8)}@flatrender.test`, password: 'Correct-Horse-Battery-9' },
  }));
  return { id: data.register.user.id, token: data.register.accessToken };
}

const finished = (userId: string, eventId = randomUUID()): RenderFinishedEvent => ({
  eventId, jobId: randomUUID(), userId, tenantId: DEFAULT_TENANT_ID, name: 'Test render', step: 'Completed', exportId: null, durationSec: 10, frames: 250, failedMessage: null,
});
const publish = (event: RenderFinishedEvent) => stack.db.admin.$transaction((tx) => publishEvent(tx, 'render.finished', event));

const MINE = '{ me { wallet { balanceMinor } gifts { id status amountMinor notificationId achievement { code } } achievements { progress achievedAt achievement { code goal } } } }';

test('a first finished render earns the first-render gift once, announced by a notification it points at', async () => {
  const who = await person();
  const event = finished(who.id);
  await publish(event);
  const me = await eventually(async () => expectNoErrors(await gql(MINE, {}, who.token)).me, (m) => m.gifts.length === 1 && m.gifts[0].notificationId !== null);
  expect(me.gifts[0]).toMatchObject({ status: 'Pending', amountMinor: 50000, achievement: { code: 'first-render' } });
  expect(me.achievements.find((a: any) => a.achievement.code === 'first-render')).toMatchObject({ progress: 1 });
  expect(me.achievements.find((a: any) => a.achievement.code === 'ten-renders')).toMatchObject({ progress: 1, achievedAt: null });
  const notification = await stack.db.admin.notification.findUniqueOrThrow({ where: { id: me.gifts[0].notificationId } });
  expect(notification).toMatchObject({ userId: who.id, type: 'gift.earned', sourceType: 'earned_gift', sourceId: me.gifts[0].id });

  // The same event again (at-least-once delivery) and a second render: one gift still.
  await publish(event);
  await publish(finished(who.id));
  await eventually(async () => expectNoErrors(await gql(MINE, {}, who.token)).me, (m) => m.achievements.find((a: any) => a.achievement.code === 'ten-renders')?.progress === 2);
  const after = expectNoErrors(await gql(MINE, {}, who.token)).me;
  expect(after.gifts).toHaveLength(1);
  expect(after.achievements.find((a: any) => a.achievement.code === 'first-render').progress).toBe(2);
});

test('claiming puts the credit in the wallet once, even when claimed twice at once', async () => {
  const who = await person();
  await publish(finished(who.id));
  const me = await eventually(async () => expectNoErrors(await gql(MINE, {}, who.token)).me, (m) => m.gifts.length === 1);
  const before = Number(me.wallet.balanceMinor);
  const claim = (id: string, token?: string) => gql('mutation($id: ID!) { claimGift(id: $id) { status claimedAt } }', { id }, token);
  const results = await Promise.all([claim(me.gifts[0].id, who.token), claim(me.gifts[0].id, who.token)]);
  for (const result of results) expect(expectNoErrors(result).claimGift.status).toBe('Claimed');
  expectNoErrors(await claim(me.gifts[0].id, who.token));
  const wallet = expectNoErrors(await gql(MINE, {}, who.token)).me.wallet;
  expect(Number(wallet.balanceMinor)).toBe(before + 50000);
  const entries = await stack.db.admin.walletTransaction.findMany({ where: { referenceType: 'earned_gift', referenceId: me.gifts[0].id } });
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({ type: 'Gift', amountMinor: 50000n });

  // Someone else's gift, nobody's, a malformed id, and no sign-in.
  const other = await person();
  expect(errorCodes(await claim(me.gifts[0].id, other.token))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await claim(randomUUID(), who.token))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await claim("'; DROP TABLE identity.earned_gifts; --", who.token))).toEqual(['INVALID_ID']);
  expect(errorCodes(await claim(me.gifts[0].id))).toEqual(['UNAUTHENTICATED']);
});

test('failed renders do not count', async () => {
  const who = await person();
  await publish({ ...finished(who.id), step: 'Failed', failedMessage: 'boom' });
  await publish(finished(who.id));
  const me = await eventually(async () => expectNoErrors(await gql(MINE, {}, who.token)).me, (m) => m.gifts.length === 1);
  expect(me.achievements.find((a: any) => a.achievement.code === 'ten-renders').progress).toBe(1);
});

test("the gift's notification is a real foreign key into the notification schema", async () => {
  const { rows } = await import('pg').then(async ({ default: pg }) => {
    const client = new pg.Client({ connectionString: stack.db.adminUrl });
    await client.connect();
    try {
      return await client.query(`SELECT confrelid::regclass::text AS target, confdeltype FROM pg_constraint WHERE conrelid = 'identity.earned_gifts'::regclass AND contype = 'f' AND conname LIKE '%notification%'`);
    } finally {
      await client.end();
    }
  });
  expect(rows).toEqual([{ target: 'notification.notifications', confdeltype: 'n' }]);
});

test('the catalog is public', async () => {
  const data = expectNoErrors(await gql('{ achievements { code goal giftType giftValue } }'));
  expect(data.achievements.map((a: any) => a.code)).toEqual(['first-render', 'ten-renders', 'fifty-renders']);
});
