// Plan renders end to end through the router: render asks identity to count a priceType Plan
// render against the user's subscription (nothing charged), refuses what the plan does not cover,
// and a cancelled plan render is given back once identity consumes render.finished.
import { startStack, type Stack } from '../../tests/kit/stack.ts';
import { errorCodes, execute, expectNoErrors } from '../../tests/kit/client.ts';
import { login } from '../../tests/kit/session.ts';
import { eventually } from '../../tests/kit/eventually.ts';
import { seedDemo, DEMO_IDS } from '../../prisma/seed.ts';

let stack: Stack;
let user: string;
let savedProjectId: string;

const SUBMIT = 'mutation($input: SubmitRenderInput!) { submitRender(input: $input) { id paidPriceMinor priceType } }';
const submit = (input: Record<string, unknown>) =>
  execute<any>(stack.url, { document: SUBMIT, variables: { input: { savedProjectId, priceType: 'Plan', quality: 'Medium', resolution: 'HD', ...input } }, token: user });
const used = async () => (await stack.db.admin.subscription.findFirstOrThrow({ where: { userId: DEMO_IDS.user, status: 'Active' } })).rendersUsed;

beforeAll(async () => {
  stack = await startStack({ jobs: true });
  await seedDemo(stack.db.adminUrl);
  user = (await login(stack.url, 'user@flatrender.local')).accessToken;
  savedProjectId = (await stack.db.admin.savedProject.findFirstOrThrow({ where: { userId: DEMO_IDS.user }, orderBy: { createdAt: 'asc' } })).id;
});
afterAll(() => stack?.stop());

test('a plan render needs a subscription, stays within the plan, costs nothing, and a cancelled one is given back', async () => {
  const wallet = async () => Number((await stack.db.admin.wallet.findFirstOrThrow({ where: { userId: DEMO_IDS.user } })).balanceMinor);
  expect(errorCodes(await submit({}))).toEqual(['SUBSCRIPTION_REQUIRED']);
  // The free plan: three renders a period, up to HD and Medium quality.
  expectNoErrors(await execute(stack.url, { document: 'mutation { subscribeToPlan(planCode: "free") { id } }', token: user }));
  const before = await wallet();
  expect(errorCodes(await submit({ resolution: 'FullHD' }))).toEqual(['PLAN_LIMIT_REACHED']);
  const { submitRender } = expectNoErrors(await submit({}));
  expect(submitRender).toMatchObject({ paidPriceMinor: 0, priceType: 'Plan' });
  expect(await used()).toBe(1);
  expect(await wallet()).toBe(before);
  expect(await stack.db.admin.subscriptionRender.findUnique({ where: { renderJobId: submitRender.id } })).toMatchObject({ releasedAt: null });

  expectNoErrors(await execute(stack.url, { document: `mutation { cancelRender(id: "${submitRender.id}") { cancelled } }`, token: user }));
  await eventually(used, (n) => n === 0);
  expectNoErrors(await submit({}));
  expectNoErrors(await submit({}));
  expectNoErrors(await submit({}));
  expect(errorCodes(await submit({}))).toEqual(['PLAN_LIMIT_REACHED']);
  expect(await used()).toBe(3);
});
