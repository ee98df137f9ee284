// The wallet ledger on the identity subgraph: charges and refunds only services may ask for,
// each once per idempotency key, and no balance below zero however many arrive at once.
import { startStack, SERVICE_SECRET, type Stack } from '../../tests/kit/stack.ts';
import { errorCodes, execute, expectNoErrors } from '../../tests/kit/client.ts';
import { serviceToken } from '../kit/auth.ts';

let stack: Stack;
let renderToken: string;
let userId: string;
let userToken: string;

const CHARGE = 'mutation($input: ChargeWalletInput!) { chargeWallet(input: $input) { id amountMinor balanceAfterMinor type } }';
const REFUND = 'mutation($c: String!, $k: String!) { refundWallet(chargeKey: $c, idempotencyKey: $k) { amountMinor balanceAfterMinor type } }';
const charge = (token: string, key: string, amountMinor: number) =>
  execute(stack.url, { document: CHARGE, variables: { input: { userId, amountMinor, idempotencyKey: key, referenceType: 'render_job' } }, token });
const balance = async () => Number((await stack.db.admin.wallet.findFirstOrThrow({ where: { userId } })).balanceMinor);

beforeAll(async () => {
  stack = await startStack({ owners: ['identity'], router: false });
  const data = expectNoErrors(await execute(stack.url, {
    document: 'mutation { register(input: { email: "payer@example.com", password: "correct horse battery" }) { accessToken user { id } } }',
  }));
  userId = data.register.user.id;
  userToken = data.register.accessToken;
  await stack.db.admin.wallet.updateMany({ where: { userId }, data: { balanceMinor: 1000n } });
  renderToken = await serviceToken(SERVICE_SECRET, 'render');
});
// Service tokens live a minute: a slow run must not outlive the one signed at the start.
beforeEach(async () => {
  renderToken = await serviceToken(SERVICE_SECRET, 'render');
});
afterAll(() => stack?.stop());

test('a charge takes the amount once per idempotency key', async () => {
  const first = expectNoErrors(await charge(renderToken, 'render:job-a:charge', 300));
  expect(first.chargeWallet).toMatchObject({ amountMinor: -300, balanceAfterMinor: 700, type: 'RenderCharge' });
  const again = expectNoErrors(await charge(renderToken, 'render:job-a:charge', 300));
  expect(again.chargeWallet.id).toBe(first.chargeWallet.id);
  expect(await balance()).toBe(700);
});

test('a refund gives a charge back once', async () => {
  const refund = () => execute(stack.url, { document: REFUND, variables: { c: 'render:job-a:charge', k: 'render:job-a:refund' }, token: renderToken });
  expect(expectNoErrors(await refund()).refundWallet).toMatchObject({ amountMinor: 300, balanceAfterMinor: 1000, type: 'RenderRefund' });
  expectNoErrors(await refund());
  expect(await balance()).toBe(1000);
});

test('not enough money: INSUFFICIENT_BALANCE and nothing changes', async () => {
  expect(errorCodes(await charge(renderToken, 'render:job-b:charge', 5000))).toEqual(['INSUFFICIENT_BALANCE']);
  expect(await balance()).toBe(1000);
});

test('twenty charges at once never take the balance below zero', async () => {
  const results = await Promise.all(Array.from({ length: 20 }, (_, i) => charge(renderToken, `render:burst-${i}:charge`, 150)));
  const charged = results.filter((r) => !r.errors).length;
  expect(charged).toBe(6);
  expect(results.filter((r) => r.errors).every((r) => errorCodes(r)[0] === 'INSUFFICIENT_BALANCE')).toBe(true);
  expect(await balance()).toBe(100);
  const ledger = await stack.db.admin.walletTransaction.aggregate({ where: { wallet: { userId } }, _sum: { amountMinor: true } });
  expect(Number(ledger._sum.amountMinor)).toBe(100 - 1000);
});

test('users and other services cannot charge', async () => {
  expect(errorCodes(await charge(userToken, 'render:job-c:charge', 1))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await charge(await serviceToken(SERVICE_SECRET, 'studio'), 'render:job-c:charge', 1))).toEqual(['FORBIDDEN']);
  const forged = await charge(await serviceToken('not-the-service-secret-xx', 'render'), 'render:job-c:charge', 1);
  expect(errorCodes(forged)).toEqual(['UNAUTHENTICATED']);
});
