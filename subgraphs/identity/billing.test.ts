// Billing through the identity subgraph's GraphQL over a real database, with identity's real
// Zarinpal adapter talking HTTP to the local gateway (tests/kit/payment-gateway.ts): top-ups
// verified exactly once however many callbacks arrive, failed/cancelled/tampered payments never
// credited, plans bought from the wallet or by card, discount codes redeemed atomically.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { startStack, SERVICE_SECRET, type Stack } from '../../tests/kit/stack.ts';
import { errorCodes, execute, expectNoErrors, type GraphQLResponse } from '../../tests/kit/client.ts';
import { startPaymentGateway, type TestGateway } from '../../tests/kit/payment-gateway.ts';
import { serviceToken, TokenSigner } from '../kit/auth.ts';
import { settleAbandonedPayments } from './billing/payments.ts';
import { isBusyDbError } from '../kit/errors.ts';

let stack: Stack;
let gateway: TestGateway;
let signer: TokenSigner;
let renderToken: string;
const OTHER_TENANT = '00000000-0000-0000-0000-0000000b111e';

beforeAll(async () => {
  gateway = await startPaymentGateway();
  stack = await startStack({ owners: ['identity'], router: false });
  signer = await TokenSigner.fromPem(stack.jwt.privateKey);
  renderToken = await serviceToken(SERVICE_SECRET, 'render');
  await stack.db.admin.tenant.create({ data: { id: OTHER_TENANT, slug: 'other', name: 'Other', kind: 'Reseller', currency: 'IRR' } });
  await stack.db.admin.plan.createMany({
    data: [
      { code: 'pro', name: 'Pro', priceMinor: 9_900_000n, durationDays: 30, rendersIncluded: null, maxResolution: 'FourK', maxQuality: 'Lossless', sortOrder: 1 },
      { code: 'basic', name: 'Basic', priceMinor: 1_000_000n, durationDays: 7, rendersIncluded: 2, maxResolution: 'FullHD', maxQuality: 'High', sortOrder: 2 },
    ],
  });
});
// Service tokens live a minute: a slow run must not outlive the one signed at the start.
beforeEach(async () => {
  renderToken = await serviceToken(SERVICE_SECRET, 'render');
});
afterAll(async () => {
  await stack?.stop();
  await gateway?.stop();
});

const gql = (document: string, variables: Record<string, unknown> = {}, token?: string) => execute<any>(stack.url, { document, variables, token });

interface Account { id: string; token: string; tenantId: string }

/** A registered user (in the default tenant unless `tenantSlug`), with `balance` in the wallet. */
async function account(balance = 0n, tenantSlug?: string): Promise<Account> {
  const email = `payer-${randomUUID().slice(0, 8)}@example.com`;
  const { register } = expectNoErrors(await gql('mutation($i: RegisterInput!) { register(input: $i) { accessToken user { id tenant { id } } } }', { i: { email, password: 'correct horse battery', tenantSlug } }));
  if (balance) await stack.db.admin.wallet.updateMany({ where: { userId: register.user.id }, data: { balanceMinor: balance } });
  return { id: register.user.id, token: register.accessToken, tenantId: register.user.tenant.id };
}

/** A tenant administrator of the default tenant (or of `tenantSlug`). */
async function tenantAdmin(tenantSlug?: string): Promise<Account> {
  const user = await account(0n, tenantSlug);
  await stack.db.admin.user.update({ where: { id: user.id }, data: { role: 'TenantAdmin' } });
  return { ...user, token: await signer.sign({ kind: 'user', userId: user.id, tenantId: user.tenantId, role: 'TenantAdmin', sessionId: randomUUID() }) };
}

const balance = async (userId: string) => Number((await stack.db.admin.wallet.findFirstOrThrow({ where: { userId } })).balanceMinor);
const ledger = (userId: string) => stack.db.admin.walletTransaction.findMany({ where: { wallet: { userId } }, orderBy: { createdAt: 'asc' } });

const PAYMENT = 'id status purpose amountMinor discountAmountMinor creditMinor authority redirectUrl trackingCode failureReason provider';
const TOP_UP = `mutation($a: BigInt!, $c: String) { startTopUp(amountMinor: $a, discountCode: $c) { ${PAYMENT} } }`;
const PLAN_PURCHASE = `mutation($p: String!, $c: String) { startPlanPurchase(planCode: $p, discountCode: $c) { ${PAYMENT} } }`;
const VERIFY = `mutation($a: String!, $s: PaymentCallbackStatus!) { verifyPayment(authority: $a, status: $s) { ${PAYMENT} } }`;
const SUBSCRIBE = 'mutation($p: String!, $c: String) { subscribeToPlan(planCode: $p, discountCode: $c) { id status rendersUsed rendersRemaining currentPeriodStart currentPeriodEnd plan { code } } }';
const CREATE_CODE = 'mutation($i: CreateDiscountCodeInput!) { createDiscountCode(input: $i) { id code usedCount isActive } }';
const PREVIEW = 'query($c: String!, $p: DiscountPurpose!, $a: BigInt!) { previewDiscount(code: $c, purpose: $p, amountMinor: $a) { code discountMinor amountAfterMinor } }';

const topUp = (who: Account, amountMinor: number | string, discountCode?: string) => gql(TOP_UP, { a: amountMinor, c: discountCode }, who.token);
const verify = (who: Account, authority: string, status: 'OK' | 'NOK') => gql(VERIFY, { a: authority, s: status }, who.token);
const reason = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.reason;

/** A code of the admin's tenant (unique name unless given). */
async function code(admin: Account, input: Record<string, unknown> = {}): Promise<{ id: string; code: string }> {
  const name = (input.code as string | undefined) ?? `T${randomUUID().slice(0, 8)}`;
  return expectNoErrors(await gql(CREATE_CODE, { i: { code: name, discountType: 'Percent', percentOff: 10, ...input } }, admin.token)).createDiscountCode;
}

describe('wallet top-up through the gateway', () => {
  test('pay at the gateway, verify once: the wallet gets a TopUp entry with the payment as its reference', async () => {
    const me = await account();
    const { startTopUp: started } = expectNoErrors(await topUp(me, 250_000));
    expect(started).toMatchObject({ status: 'Pending', purpose: 'WalletTopUp', amountMinor: 250_000, creditMinor: 250_000, provider: 'local', trackingCode: null });
    expect(started.redirectUrl).toBe(`${gateway.url}/pg/StartPay/${started.authority}`);

    const back = await gateway.follow(started.redirectUrl, 'pay');
    expect(back).toMatchObject({ authority: started.authority, status: 'OK' });
    expect(back.callbackUrl).toMatch(/^https:\/\/studio\.flatrender\.test\/payments\/callback\?Authority=/);
    const verifiesBefore = gateway.gateway.calls.verify;
    const { verifyPayment: paid } = expectNoErrors(await verify(me, back.authority, back.status));
    expect(paid).toMatchObject({ id: started.id, status: 'Succeeded', redirectUrl: null, trackingCode: expect.stringMatching(/^\d+$/) });
    expect(await balance(me.id)).toBe(250_000);
    expect(await ledger(me.id)).toEqual([expect.objectContaining({ type: 'TopUp', amountMinor: 250_000n, balanceAfterMinor: 250_000n, referenceType: 'payment', referenceId: started.id, paymentId: started.id })]);

    // The same callback again: the same answer, no second verification at the gateway, no second credit.
    expect(expectNoErrors(await verify(me, back.authority, 'OK')).verifyPayment).toEqual(paid);
    expect(gateway.gateway.calls.verify - verifiesBefore).toBe(1);
    expect(await balance(me.id)).toBe(250_000);
  });

  test('ten callbacks at once verify with the gateway once and credit once', async () => {
    const me = await account();
    const { startTopUp: started } = expectNoErrors(await topUp(me, 100_000));
    await gateway.follow(started.redirectUrl, 'pay');
    const verifiesBefore = gateway.gateway.calls.verify;
    const results = await Promise.all(Array.from({ length: 10 }, () => verify(me, started.authority, 'OK')));
    for (const result of results) expect(expectNoErrors(result).verifyPayment.status).toBe('Succeeded');
    expect(gateway.gateway.calls.verify - verifiesBefore).toBe(1);
    expect(await balance(me.id)).toBe(100_000);
    expect(await ledger(me.id)).toHaveLength(1);
  });

  test('cancelled at the gateway: recorded Cancelled, nothing credited, and a forged OK afterwards changes nothing', async () => {
    const me = await account();
    const { startTopUp: started } = expectNoErrors(await topUp(me, 100_000));
    const back = await gateway.follow(started.redirectUrl, 'cancel');
    expect(back.status).toBe('NOK');
    expect(expectNoErrors(await verify(me, back.authority, 'NOK')).verifyPayment).toMatchObject({ status: 'Cancelled', failureReason: expect.any(String) });
    expect(expectNoErrors(await verify(me, back.authority, 'OK')).verifyPayment.status).toBe('Cancelled');
    expect(await balance(me.id)).toBe(0);
  });

  test('a callback saying OK for a payment never paid: the gateway refuses, the payment Failed, nothing credited', async () => {
    const me = await account();
    const { startTopUp: started } = expectNoErrors(await topUp(me, 100_000));
    const { verifyPayment } = expectNoErrors(await verify(me, started.authority, 'OK'));
    expect(verifyPayment).toMatchObject({ status: 'Failed', failureReason: expect.stringMatching(/not active paid/) });
    expect(await balance(me.id)).toBe(0);
    // Paying afterwards does not revive it.
    gateway.gateway.pay(started.authority);
    expect(expectNoErrors(await verify(me, started.authority, 'OK')).verifyPayment.status).toBe('Failed');
    expect(await balance(me.id)).toBe(0);
  });

  test('a tampered payment (a different amount paid at the gateway) fails verification and credits nothing', async () => {
    const me = await account();
    const { startTopUp: started } = expectNoErrors(await topUp(me, 5_000_000));
    const callback = new URL(gateway.gateway.pay(started.authority, 10_000));
    const { verifyPayment } = expectNoErrors(await verify(me, callback.searchParams.get('Authority')!, 'OK'));
    expect(verifyPayment).toMatchObject({ status: 'Failed', failureReason: expect.stringMatching(/amounts/) });
    expect(await balance(me.id)).toBe(0);
    expect(await ledger(me.id)).toHaveLength(0);
  });

  test('the gateway down at verification: PAYMENT_PROVIDER_UNAVAILABLE, still Pending, and verified once it is back', async () => {
    const me = await account();
    const { startTopUp: started } = expectNoErrors(await topUp(me, 100_000));
    await gateway.follow(started.redirectUrl, 'pay');
    gateway.outage = 503;
    try {
      expect(errorCodes(await verify(me, started.authority, 'OK'))).toEqual(['PAYMENT_PROVIDER_UNAVAILABLE']);
    } finally {
      gateway.outage = null;
    }
    expect((await stack.db.admin.payment.findUniqueOrThrow({ where: { id: started.id } })).status).toBe('Pending');
    expect(expectNoErrors(await verify(me, started.authority, 'OK')).verifyPayment.status).toBe('Succeeded');
    expect(await balance(me.id)).toBe(100_000);
  });

  test('the gateway down when starting: PAYMENT_PROVIDER_UNAVAILABLE and the payment is recorded Failed', async () => {
    const me = await account();
    gateway.outage = 502;
    try {
      expect(errorCodes(await topUp(me, 100_000))).toEqual(['PAYMENT_PROVIDER_UNAVAILABLE']);
    } finally {
      gateway.outage = null;
    }
    const { me: mine } = expectNoErrors(await gql('{ me { payments(first: 5) { totalCount edges { node { status redirectUrl } } } } }', {}, me.token));
    expect(mine.payments).toEqual({ totalCount: 1, edges: [{ node: { status: 'Failed', redirectUrl: null } }] });
  });

  test('in development identity serves the local gateway itself under /local-gateway (what npm start uses)', async () => {
    const me = await account();
    const own = `${new URL(stack.url).origin}/local-gateway`;
    const previous = process.env.PAYMENT_GATEWAY_URL;
    process.env.PAYMENT_GATEWAY_URL = own;
    try {
      const { startTopUp: started } = expectNoErrors(await topUp(me, 300_000));
      expect(started.redirectUrl).toBe(`${own}/pg/StartPay/${started.authority}`);
      const back = await gateway.follow(started.redirectUrl, 'pay');
      expect(expectNoErrors(await verify(me, back.authority, back.status)).verifyPayment.status).toBe('Succeeded');
      expect(await balance(me.id)).toBe(300_000);
    } finally {
      process.env.PAYMENT_GATEWAY_URL = previous;
    }
  });

  test.each([
    ['zero', 0, 'BAD_USER_INPUT'],
    ['negative', -100_000, 'BAD_USER_INPUT'],
    ['below the minimum', 9_999, 'BAD_USER_INPUT'],
    ['above the maximum', 10_000_000_001, 'BAD_USER_INPUT'],
    ['beyond 64 bits', '99999999999999999999', 'BAD_USER_INPUT'],
    ['not a number', 'lots', 'BAD_USER_INPUT'],
    ['a fraction', 100_000.5, 'BAD_USER_INPUT'],
  ])('an amount %s is refused and nothing is recorded', async (_name, amount, code) => {
    const me = await account();
    expect(errorCodes(await topUp(me, amount))).toEqual([code]);
    expect(await stack.db.admin.payment.count({ where: { userId: me.id } })).toBe(0);
  });

  test('abandoned payments are settled by asking the gateway: a paid one with a lost callback is credited, an unpaid one fails and frees its discount', async () => {
    const admin = await tenantAdmin();
    const discount = await code(admin, { maxUses: 1 });
    const paidButLost = await account();
    const walkedAway = await account();
    const { startTopUp: paid } = expectNoErrors(await topUp(paidButLost, 300_000));
    await gateway.follow(paid.redirectUrl, 'pay'); // the payer paid, but never came back
    const { startTopUp: unpaid } = expectNoErrors(await topUp(walkedAway, 200_000, discount.code));
    const recent = expectNoErrors(await topUp(walkedAway, 150_000)).startTopUp;
    await stack.db.admin.payment.updateMany({ where: { id: { in: [paid.id, unpaid.id] } }, data: { createdAt: new Date(Date.now() - 2 * 3600_000) } });

    expect(await settleAbandonedPayments(stack.subgraphs.identity!.db)).toBe('2 of 2 abandoned payments settled');
    expect(await stack.db.admin.payment.findUniqueOrThrow({ where: { id: paid.id } })).toMatchObject({ status: 'Succeeded' });
    expect(await balance(paidButLost.id)).toBe(300_000);
    expect(await stack.db.admin.payment.findUniqueOrThrow({ where: { id: unpaid.id } })).toMatchObject({ status: 'Failed' });
    expect(await stack.db.admin.discountCode.findUniqueOrThrow({ where: { id: discount.id } })).toMatchObject({ usedCount: 0 });
    // A payment started a moment ago is left to its payer; a second run changes nothing.
    expect(await stack.db.admin.payment.findUniqueOrThrow({ where: { id: recent.id } })).toMatchObject({ status: 'Pending' });
    expect(await settleAbandonedPayments(stack.subgraphs.identity!.db)).toBe('0 of 0 abandoned payments settled');
    expect(await balance(paidButLost.id)).toBe(300_000);
  });

  test("another user's authority, an unknown one and SQL-shaped ones are NOT_FOUND; anonymous callers UNAUTHENTICATED", async () => {
    const owner = await account();
    const thief = await account();
    const { startTopUp: started } = expectNoErrors(await topUp(owner, 100_000));
    await gateway.follow(started.redirectUrl, 'pay');
    expect(errorCodes(await verify(thief, started.authority, 'OK'))).toEqual(['NOT_FOUND']);
    for (const authority of ['A000000000000000000000000000000000000', "' OR '1'='1", "x'; DROP TABLE identity.payments; --", '']) {
      expect(errorCodes(await verify(thief, authority, 'OK'))).toEqual(['NOT_FOUND']);
    }
    expect(errorCodes(await gql(VERIFY, { a: started.authority, s: 'OK' }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(TOP_UP, { a: 100_000 }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(VERIFY, { a: started.authority, s: 'MAYBE' }, owner.token))).toEqual(['BAD_USER_INPUT']);
    expect(await balance(thief.id)).toBe(0);
  });
});

describe('verification while the payment is busy', () => {
  /** Another connection holding the payment's row lock, as a slow verification of it would. */
  async function holdPayment(paymentId: string): Promise<{ release(): Promise<void> }> {
    const client = new pg.Client({ connectionString: stack.db.adminUrl });
    await client.connect();
    await client.query('BEGIN');
    await client.query('SELECT 1 FROM identity.payments WHERE id = $1 FOR UPDATE', [paymentId]);
    return {
      async release() {
        await client.query('ROLLBACK');
        await client.end();
      },
    };
  }

  beforeEach(() => {
    process.env.PAYMENT_VERIFY_LOCK_TIMEOUT_MS = '300';
  });
  afterEach(() => {
    delete process.env.PAYMENT_VERIFY_LOCK_TIMEOUT_MS;
  });

  test('a verification that cannot get the payment in time answers RETRY_LATER (retryable), changes nothing, and verifying again credits once', async () => {
    const me = await account();
    const { startTopUp: started } = expectNoErrors(await topUp(me, 120_000));
    await gateway.follow(started.redirectUrl, 'pay');
    const verifiesBefore = gateway.gateway.calls.verify;
    const holder = await holdPayment(started.id);
    try {
      for (const status of ['OK', 'NOK'] as const) {
        const busy = await verify(me, started.authority, status);
        expect(errorCodes(busy)).toEqual(['RETRY_LATER']);
        expect(busy.errors![0].extensions).toEqual({ code: 'RETRY_LATER', retryable: true, retryAfterSeconds: 2, paymentId: started.id });
        expect(busy.errors![0].message).toMatch(/still pending/);
      }
    } finally {
      await holder.release();
    }
    // Rolled back: still pending, not asked at the gateway, nothing credited.
    expect(await stack.db.admin.payment.findUniqueOrThrow({ where: { id: started.id } })).toMatchObject({ status: 'Pending', paidAt: null });
    expect(gateway.gateway.calls.verify).toBe(verifiesBefore);
    expect(await balance(me.id)).toBe(0);

    expect(expectNoErrors(await verify(me, started.authority, 'OK')).verifyPayment).toMatchObject({ id: started.id, status: 'Succeeded' });
    expect(expectNoErrors(await verify(me, started.authority, 'OK')).verifyPayment.status).toBe('Succeeded');
    expect(gateway.gateway.calls.verify - verifiesBefore).toBe(1);
    expect(await balance(me.id)).toBe(120_000);
    expect(await ledger(me.id)).toHaveLength(1);
  });

  test('a lock held only briefly is waited for: the verification goes through', async () => {
    process.env.PAYMENT_VERIFY_LOCK_TIMEOUT_MS = '5000';
    const me = await account();
    const { startTopUp: started } = expectNoErrors(await topUp(me, 110_000));
    await gateway.follow(started.redirectUrl, 'pay');
    const holder = await holdPayment(started.id);
    const verifying = verify(me, started.authority, 'OK');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await holder.release();
    expect(expectNoErrors(await verifying).verifyPayment.status).toBe('Succeeded');
    expect(await balance(me.id)).toBe(110_000);
  });

  test('a lock timeout outside its range is refused as a configuration error', async () => {
    process.env.PAYMENT_VERIFY_LOCK_TIMEOUT_MS = 'forever';
    const me = await account();
    const { startTopUp: started } = expectNoErrors(await topUp(me, 100_000));
    const response = await verify(me, started.authority, 'OK');
    expect(errorCodes(response)).toEqual(['PAYMENT_PROVIDER_UNAVAILABLE']);
    expect(response.errors![0].message).toMatch(/PAYMENT_VERIFY_LOCK_TIMEOUT_MS/);
  });

  test("what counts as busy: Prisma's real transaction timeout, write conflict and lock timeout, not other failures", async () => {
    const db = stack.db.admin;
    const me = await account();
    const { startTopUp: started } = expectNoErrors(await topUp(me, 100_000));
    const caught = (work: Promise<unknown>) => work.then(() => { throw new Error('expected a failure'); }, (error: unknown) => error);

    // Past the interactive transaction's timeout (P2028).
    const expired = await caught(db.$transaction(async (tx) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await tx.$queryRaw`SELECT 1`;
    }, { timeout: 100 }));
    expect(expired).toMatchObject({ code: 'P2028' });
    expect(isBusyDbError(expired)).toBe(true);

    // A serialization failure: the row changed under a SERIALIZABLE transaction (P2034).
    const other = new pg.Client({ connectionString: stack.db.adminUrl });
    await other.connect();
    try {
      const conflict = await caught(db.$transaction(async (tx) => {
        await tx.payment.findUniqueOrThrow({ where: { id: started.id } });
        await other.query("UPDATE identity.payments SET metadata = metadata || '{\"touched\": true}' WHERE id = $1", [started.id]);
        await tx.payment.update({ where: { id: started.id }, data: { providerTrackingCode: 'conflict' } });
      }, { isolationLevel: 'Serializable' }));
      expect(conflict).toMatchObject({ code: 'P2034' });
      expect(isBusyDbError(conflict)).toBe(true);

      // Waiting for a row lock past lock_timeout (SQLSTATE 55P03 through a raw query, P2010).
      await other.query('BEGIN');
      await other.query('SELECT 1 FROM identity.payments WHERE id = $1 FOR UPDATE', [started.id]);
      const locked = await caught(db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT set_config('lock_timeout', '100ms', true)`;
        await tx.$queryRaw`SELECT 1 FROM identity.payments WHERE id = ${started.id}::uuid FOR UPDATE`;
      }));
      expect(locked).toMatchObject({ code: 'P2010' });
      expect(isBusyDbError(locked)).toBe(true);
      await other.query('ROLLBACK');
    } finally {
      await other.end();
    }

    // Not busy: a unique violation, a plain error, nothing at all.
    const duplicate = await caught(db.plan.create({ data: { code: 'pro', name: 'Again', priceMinor: 1n, durationDays: 1, maxResolution: 'HD', maxQuality: 'Low' } }));
    expect(duplicate).toMatchObject({ code: 'P2002' });
    expect(isBusyDbError(duplicate)).toBe(false);
    expect(isBusyDbError(new Error('Code: `55P03`'))).toBe(false);
    expect(isBusyDbError(undefined)).toBe(false);
  });
});

describe('plans and subscriptions', () => {
  test('bought from the wallet: a PlanPurchase entry, a period of the plan\'s length, one at a time, cancel, then again', async () => {
    const me = await account(25_000_000n);
    const { subscribeToPlan: sub } = expectNoErrors(await gql(SUBSCRIBE, { p: 'pro' }, me.token));
    expect(sub).toMatchObject({ status: 'Active', rendersUsed: 0, rendersRemaining: null, plan: { code: 'pro' } });
    expect(new Date(sub.currentPeriodEnd).getTime() - new Date(sub.currentPeriodStart).getTime()).toBe(30 * 86_400_000);
    expect(await balance(me.id)).toBe(25_000_000 - 9_900_000);
    expect(await ledger(me.id)).toEqual([expect.objectContaining({ type: 'PlanPurchase', amountMinor: -9_900_000n, referenceType: 'subscription', referenceId: sub.id })]);
    expect(expectNoErrors(await gql('{ me { subscription { id plan { code } } } }', {}, me.token)).me.subscription).toEqual({ id: sub.id, plan: { code: 'pro' } });

    expect(errorCodes(await gql(SUBSCRIBE, { p: 'basic' }, me.token))).toEqual(['ALREADY_SUBSCRIBED']);
    expect(errorCodes(await gql(PLAN_PURCHASE, { p: 'basic' }, me.token))).toEqual(['ALREADY_SUBSCRIBED']);
    expect(await balance(me.id)).toBe(15_100_000);

    expect(expectNoErrors(await gql('mutation { cancelSubscription { status cancelledAt } }', {}, me.token)).cancelSubscription).toMatchObject({ status: 'Cancelled', cancelledAt: expect.any(String) });
    expect(expectNoErrors(await gql('{ me { subscription { id } } }', {}, me.token)).me.subscription).toBeNull();
    expect(errorCodes(await gql('mutation { cancelSubscription { id } }', {}, me.token))).toEqual(['NOT_FOUND']);
    expectNoErrors(await gql(SUBSCRIBE, { p: 'basic' }, me.token));
    expect(await balance(me.id)).toBe(14_100_000);
  });

  test('not enough money: INSUFFICIENT_BALANCE, no subscription, no ledger entry', async () => {
    const me = await account(9_899_999n);
    expect(errorCodes(await gql(SUBSCRIBE, { p: 'pro' }, me.token))).toEqual(['INSUFFICIENT_BALANCE']);
    expect(await balance(me.id)).toBe(9_899_999);
    expect(await stack.db.admin.subscription.count({ where: { userId: me.id } })).toBe(0);
    expect(await ledger(me.id)).toHaveLength(0);
  });

  test('five purchases at once: one subscription, one debit', async () => {
    const me = await account(100_000_000n);
    const results = await Promise.all(Array.from({ length: 5 }, () => gql(SUBSCRIBE, { p: 'pro' }, me.token)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => errorCodes(r)[0])).toEqual(Array(4).fill('ALREADY_SUBSCRIBED'));
    expect(await balance(me.id)).toBe(100_000_000 - 9_900_000);
  });

  test('unknown, malformed and SQL-shaped plan codes are NOT_FOUND', async () => {
    const me = await account(100_000_000n);
    for (const p of ['gold', "pro' OR '1'='1", 'x'.repeat(200)]) expect(errorCodes(await gql(SUBSCRIBE, { p }, me.token))).toEqual(['NOT_FOUND']);
    expect(await balance(me.id)).toBe(100_000_000);
  });

  test('bought by card: the verified payment starts the subscription (once, however often verified)', async () => {
    const me = await account();
    const { startPlanPurchase: started } = expectNoErrors(await gql(PLAN_PURCHASE, { p: 'pro' }, me.token));
    expect(started).toMatchObject({ status: 'Pending', purpose: 'Plan', amountMinor: 9_900_000, creditMinor: null });
    const back = await gateway.follow(started.redirectUrl, 'pay');
    await Promise.all([verify(me, back.authority, 'OK'), verify(me, back.authority, 'OK')]);
    const subs = await stack.db.admin.subscription.findMany({ where: { userId: me.id } });
    expect(subs).toEqual([expect.objectContaining({ status: 'Active', paymentId: started.id })]);
    expect(await balance(me.id)).toBe(0);
  });

  test('plan renders are counted once per render job, limited by the plan, and given back once', async () => {
    const me = await account(5_000_000n);
    const USE = 'mutation($u: ID!, $j: ID!, $r: String, $q: String) { usePlanRender(userId: $u, renderJobId: $j, resolution: $r, quality: $q) { rendersUsed rendersRemaining } }';
    const RELEASE = 'mutation($j: ID!) { releasePlanRender(renderJobId: $j) }';
    const use = (job: string, r = 'HD', q = 'High', token = renderToken) => gql(USE, { u: me.id, j: job, r, q }, token);
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    expect(errorCodes(await use(a))).toEqual(['SUBSCRIPTION_REQUIRED']);
    expectNoErrors(await gql(SUBSCRIBE, { p: 'basic' }, me.token));
    expect(errorCodes(await use(a, 'FourK'))).toEqual(['PLAN_LIMIT_REACHED']);
    expect(errorCodes(await use(a, 'HD', 'Lossless'))).toEqual(['PLAN_LIMIT_REACHED']);
    expect(expectNoErrors(await use(a)).usePlanRender).toEqual({ rendersUsed: 1, rendersRemaining: 1 });
    expect(expectNoErrors(await use(a)).usePlanRender).toEqual({ rendersUsed: 1, rendersRemaining: 1 });
    const both = await Promise.all([use(b), use(c)]);
    expect(both.filter((r) => !r.errors)).toHaveLength(1);
    expect(both.flatMap((r) => errorCodes(r))).toEqual(['PLAN_LIMIT_REACHED']);
    expect(expectNoErrors(await gql(RELEASE, { j: a }, renderToken)).releasePlanRender).toBe(true);
    expect(expectNoErrors(await gql(RELEASE, { j: a }, renderToken)).releasePlanRender).toBe(false);
    expect(expectNoErrors(await gql('{ me { subscription { rendersUsed } } }', {}, me.token)).me.subscription.rendersUsed).toBe(1);
    expect(errorCodes(await use(randomUUID(), 'HD', 'High', me.token))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(RELEASE, { j: b }, me.token))).toEqual(['FORBIDDEN']);
  });
});

describe('discount codes', () => {
  test('administrators create codes (stored upper-case, unique case-insensitively); users cannot', async () => {
    const admin = await tenantAdmin();
    const user = await account();
    const created = await code(admin, { code: 'Spring-20', percentOff: 20 });
    expect(created).toMatchObject({ code: 'SPRING-20', usedCount: 0, isActive: true });
    expect(errorCodes(await gql(CREATE_CODE, { i: { code: 'spring-20', discountType: 'Fixed', amountOffMinor: 1000 } }, admin.token))).toEqual(['CONFLICT']);
    expect(errorCodes(await gql(CREATE_CODE, { i: { code: 'MINE', discountType: 'Percent', percentOff: 50 } }, user.token))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql('{ discountCodes(first: 5) { totalCount } }', {}, user.token))).toEqual(['FORBIDDEN']);
    const { discountCodes } = expectNoErrors(await gql('{ discountCodes(first: 50) { totalCount edges { node { id code } } } }', {}, admin.token));
    expect(discountCodes.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(created.id);
  });

  test.each([
    ['percentOff 0', { discountType: 'Percent', percentOff: 0 }, 'percentOff'],
    ['percentOff 101', { discountType: 'Percent', percentOff: 101 }, 'percentOff'],
    ['Fixed without an amount', { discountType: 'Fixed' }, 'amountOffMinor'],
    ['a negative fixed amount', { discountType: 'Fixed', amountOffMinor: -5 }, 'amountOffMinor'],
    ['maxUses 0', { maxUses: 0 }, 'maxUses'],
    ['perUserLimit 0', { perUserLimit: 0 }, 'perUserLimit'],
    ['a negative minimum', { minAmountMinor: -1 }, 'minAmountMinor'],
    ['an end before the start', { validFrom: '2030-01-02T00:00:00Z', validUntil: '2030-01-01T00:00:00Z' }, 'validUntil'],
    ['a SQL-shaped code', { code: "X' OR '1'='1" }, 'code'],
    ['a too short code', { code: 'AB' }, 'code'],
    ['a code with spaces', { code: 'SPRING 20' }, 'code'],
  ])('%s is BAD_USER_INPUT on its field and creates nothing', async (_name, input, field) => {
    const admin = await tenantAdmin();
    const result = await gql(CREATE_CODE, { i: { code: `B${randomUUID().slice(0, 8)}`, discountType: 'Percent', percentOff: 10, ...input } }, admin.token);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe(field);
    expect(await stack.db.admin.discountCode.count({ where: { createdBy: admin.id } })).toBe(0);
  });

  test('previewDiscount: case-insensitive, percent rounded down, fixed capped at the amount', async () => {
    const admin = await tenantAdmin();
    const me = await account();
    const percent = await code(admin, { percentOff: 15 });
    const fixed = await code(admin, { discountType: 'Fixed', percentOff: null, amountOffMinor: 500_000 });
    expect(expectNoErrors(await gql(PREVIEW, { c: percent.code.toLowerCase(), p: 'TopUp', a: 100_001 }, me.token)).previewDiscount).toEqual({ code: percent.code, discountMinor: 15_000, amountAfterMinor: 85_001 });
    expect(expectNoErrors(await gql(PREVIEW, { c: fixed.code, p: 'Plan', a: 300_000 }, me.token)).previewDiscount).toMatchObject({ discountMinor: 300_000, amountAfterMinor: 0 });
    expect(errorCodes(await gql(PREVIEW, { c: fixed.code, p: 'Plan', a: 0 }, me.token))).toEqual(['BAD_USER_INPUT']);
  });

  test('expired, not yet valid, deactivated, for another purpose, below the minimum, or another tenant\'s: DISCOUNT_INVALID with the reason', async () => {
    const admin = await tenantAdmin();
    const otherAdmin = await tenantAdmin('other');
    const me = await account();
    const day = 86_400_000;
    const cases: [Record<string, unknown>, string][] = [
      [{ validFrom: new Date(Date.now() - 3 * day).toISOString(), validUntil: new Date(Date.now() - day).toISOString() }, 'EXPIRED'],
      [{ validFrom: new Date(Date.now() + day).toISOString() }, 'NOT_STARTED'],
      [{ appliesTo: 'Plan' }, 'NOT_APPLICABLE'],
      [{ minAmountMinor: 1_000_000 }, 'BELOW_MINIMUM'],
    ];
    for (const [input, why] of cases) {
      const c = await code(admin, input);
      const preview = await gql(PREVIEW, { c: c.code, p: 'TopUp', a: 100_000 }, me.token);
      expect([errorCodes(preview)[0], reason(preview)]).toEqual(['DISCOUNT_INVALID', why]);
      const used = await topUp(me, 100_000, c.code);
      expect([errorCodes(used)[0], reason(used)]).toEqual(['DISCOUNT_INVALID', why]);
    }
    const off = await code(admin);
    expect(expectNoErrors(await gql('mutation($id: ID!) { deactivateDiscountCode(id: $id) { isActive } }', { id: off.id }, admin.token)).deactivateDiscountCode.isActive).toBe(false);
    expect(reason(await gql(PREVIEW, { c: off.code, p: 'TopUp', a: 100_000 }, me.token))).toBe('INACTIVE');

    const theirs = await code(otherAdmin);
    for (const c of [theirs.code, 'NO-SUCH-CODE', "' OR 1=1 --", 'x'.repeat(500), '%', 'A_%']) {
      const result = await gql(PREVIEW, { c, p: 'TopUp', a: 100_000 }, me.token);
      expect([errorCodes(result)[0], reason(result)]).toEqual(['DISCOUNT_INVALID', 'NOT_FOUND']);
    }
    // Administrators cannot reach another tenant's codes either.
    expect(errorCodes(await gql('mutation($id: ID!) { deactivateDiscountCode(id: $id) { id } }', { id: theirs.id }, admin.token))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql('mutation($id: ID!, $i: UpdateDiscountCodeInput!) { updateDiscountCode(id: $id, input: $i) { id } }', { id: theirs.id, i: { percentOff: 90 } }, admin.token))).toEqual(['NOT_FOUND']);
    expect(await stack.db.admin.payment.count({ where: { userId: me.id } })).toBe(0);
  });

  test('a top-up code lowers what is paid, not what is credited; a cancelled payment gives the use back', async () => {
    const admin = await tenantAdmin();
    const me = await account();
    const c = await code(admin, { percentOff: 20, appliesTo: 'TopUp', maxUses: 1 });
    const { startTopUp: cancelled } = expectNoErrors(await topUp(me, 200_000, c.code.toLowerCase()));
    expect(cancelled).toMatchObject({ amountMinor: 160_000, discountAmountMinor: 40_000, creditMinor: 200_000 });
    expect(reason(await topUp(me, 200_000, c.code))).toBe('EXHAUSTED');
    await gateway.follow(cancelled.redirectUrl, 'cancel');
    expectNoErrors(await verify(me, cancelled.authority, 'NOK'));
    expect((await stack.db.admin.discountCode.findUniqueOrThrow({ where: { id: c.id } })).usedCount).toBe(0);

    const { startTopUp: paid } = expectNoErrors(await topUp(me, 200_000, c.code));
    await gateway.follow(paid.redirectUrl, 'pay');
    expect(expectNoErrors(await verify(me, paid.authority, 'OK')).verifyPayment.status).toBe('Succeeded');
    expect(await balance(me.id)).toBe(200_000);
    expect(await stack.db.admin.discountRedemption.findMany({ where: { discountCodeId: c.id } })).toEqual([expect.objectContaining({ userId: me.id, paymentId: paid.id, amountMinor: 40_000n })]);
  });

  test('eight users redeeming a three-use code at once: exactly three get it', async () => {
    const admin = await tenantAdmin();
    const c = await code(admin, { percentOff: 50, maxUses: 3 });
    const users = await Promise.all(Array.from({ length: 8 }, () => account(20_000_000n)));
    const results = await Promise.all(users.map((u) => gql(SUBSCRIBE, { p: 'pro', c: c.code }, u.token)));
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    expect(results.filter((r) => r.errors).map(reason)).toEqual(Array(5).fill('EXHAUSTED'));
    expect((await stack.db.admin.discountCode.findUniqueOrThrow({ where: { id: c.id } })).usedCount).toBe(3);
    const balances = await Promise.all(users.map((u) => balance(u.id)));
    expect(balances.filter((b) => b === 20_000_000 - 4_950_000)).toHaveLength(3);
    expect(balances.filter((b) => b === 20_000_000)).toHaveLength(5);
  });

  test('one user racing a code with a per-user limit of two: two uses, the rest USER_LIMIT', async () => {
    const admin = await tenantAdmin();
    const me = await account();
    const c = await code(admin, { percentOff: 10, perUserLimit: 2 });
    const results = await Promise.all(Array.from({ length: 6 }, () => topUp(me, 100_000, c.code)));
    expect(results.filter((r) => !r.errors)).toHaveLength(2);
    expect(results.filter((r) => r.errors).map(reason)).toEqual(Array(4).fill('USER_LIMIT'));
    expect((await stack.db.admin.discountCode.findUniqueOrThrow({ where: { id: c.id } })).usedCount).toBe(2);
  });

  test('maxUses cannot be set below the uses already made', async () => {
    const admin = await tenantAdmin();
    const me = await account(20_000_000n);
    const c = await code(admin, { maxUses: 5 });
    expectNoErrors(await gql(SUBSCRIBE, { p: 'pro', c: c.code }, me.token));
    const UPDATE = 'mutation($id: ID!, $i: UpdateDiscountCodeInput!) { updateDiscountCode(id: $id, input: $i) { maxUses percentOff } }';
    expect(errorCodes(await gql(UPDATE, { id: c.id, i: { maxUses: 0 } }, admin.token))).toEqual(['BAD_USER_INPUT']);
    expect(expectNoErrors(await gql(UPDATE, { id: c.id, i: { maxUses: 1, percentOff: 30 } }, admin.token)).updateDiscountCode).toEqual({ maxUses: 1, percentOff: 30 });
  });
});

describe('wallet history', () => {
  test('me.wallet.transactions pages newest first; render charges and refunds carry the render job id', async () => {
    const me = await account(1_000_000n);
    const job = randomUUID();
    const CHARGE = 'mutation($input: ChargeWalletInput!) { chargeWallet(input: $input) { id } }';
    expectNoErrors(await gql(CHARGE, { input: { userId: me.id, amountMinor: 300_000, idempotencyKey: `render:${job}:charge`, referenceType: 'render_job', referenceId: job } }, renderToken));
    expectNoErrors(await gql('mutation($c: String!, $k: String!) { refundWallet(chargeKey: $c, idempotencyKey: $k) { id } }', { c: `render:${job}:charge`, k: `render:${job}:refund` }, renderToken));
    const exportId = randomUUID();
    expectNoErrors(await gql(CHARGE, { input: { userId: me.id, amountMinor: 20_000, idempotencyKey: `export:${exportId}:extend:1`, referenceType: 'export', referenceId: exportId } }, renderToken));

    const PAGE = 'query($after: String) { me { wallet { balanceMinor transactions(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { type amountMinor referenceType referenceId } } } } } }';
    const first = expectNoErrors(await gql(PAGE, {}, me.token)).me.wallet;
    expect(first.balanceMinor).toBe(980_000);
    expect(first.transactions.totalCount).toBe(3);
    expect(first.transactions.edges.map((e: any) => e.node)).toEqual([
      { type: 'ExportExtension', amountMinor: -20_000, referenceType: 'export', referenceId: exportId },
      { type: 'RenderRefund', amountMinor: 300_000, referenceType: 'render_job', referenceId: job },
    ]);
    expect(first.transactions.pageInfo.hasNextPage).toBe(true);
    const second = expectNoErrors(await gql(PAGE, { after: first.transactions.pageInfo.endCursor }, me.token)).me.wallet.transactions;
    expect(second.edges.map((e: any) => e.node)).toEqual([{ type: 'RenderCharge', amountMinor: -300_000, referenceType: 'render_job', referenceId: job }]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  test('the database refuses a negative balance whatever the code does', async () => {
    const me = await account(100n);
    await expect(stack.db.admin.wallet.updateMany({ where: { userId: me.id }, data: { balanceMinor: { decrement: 101n } } })).rejects.toThrow(/wallets_balance_minor_check|check constraint/i);
    expect(await balance(me.id)).toBe(100);
  });
});
