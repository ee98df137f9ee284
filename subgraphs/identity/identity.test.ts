// The identity subgraph alone: sign-up and sign-in, the federation entry points, and tenancy of
// entity references.
import { startStack, type Stack } from '../../tests/kit/stack.ts';
import { errorCodes, execute, expectNoErrors } from '../../tests/kit/client.ts';

let stack: Stack;
const OTHER_TENANT = '00000000-0000-0000-0000-0000000000b2';

beforeAll(async () => {
  stack = await startStack({ owners: ['identity'], router: false });
  await stack.db.admin.tenant.create({ data: { id: OTHER_TENANT, slug: 'other', name: 'Other' } });
});
afterAll(() => stack?.stop());

const register = (email: string, tenantSlug?: string) =>
  execute(stack.url, {
    document: 'mutation($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id email tenant { slug } wallet { balanceMinor } } } }',
    variables: { input: { email, password: 'correct horse battery', tenantSlug } },
  });

test('serves its SDL to composition', async () => {
  const data = expectNoErrors(await execute(stack.url, { document: '{ _service { sdl } }' }));
  expect(data._service.sdl).toMatch(/type User\s+@key\(fields: "id"\)/);
});

test('register, then me with the new token', async () => {
  const data = expectNoErrors(await register('ada@example.com'));
  expect(data.register.user).toMatchObject({ email: 'ada@example.com', tenant: { slug: 'flatrender' }, wallet: { balanceMinor: 0 } });
  const me = expectNoErrors(await execute(stack.url, { document: '{ me { id email } }', token: data.register.accessToken }));
  expect(me.me.id).toBe(data.register.user.id);
});

test('the same email may exist in two tenants; login then needs the tenant', async () => {
  expectNoErrors(await register('twice@example.com'));
  expectNoErrors(await register('twice@example.com', 'other'));
  const login = (tenantSlug?: string) => execute(stack.url, {
    document: 'mutation($e: String!, $p: String!, $t: String) { login(email: $e, password: $p, tenantSlug: $t) { accessToken user { tenant { slug } } } }',
    variables: { e: 'twice@example.com', p: 'correct horse battery', t: tenantSlug },
  });
  expect(errorCodes(await login())).toEqual(['BAD_USER_INPUT']);
  expect(expectNoErrors(await login('other')).login.user.tenant.slug).toBe('other');
});

test("entity references resolve inside the caller's tenant only", async () => {
  const mine = expectNoErrors(await register('mine@example.com'));
  const theirs = expectNoErrors(await register('theirs@example.com', 'other'));
  const entities = (token: string, ids: string[]) => execute(stack.url, {
    document: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id displayName } } }',
    variables: { r: ids.map((id) => ({ __typename: 'User', id })) },
    token,
  });
  const data = expectNoErrors(await entities(mine.register.accessToken, [mine.register.user.id, theirs.register.user.id]));
  expect(data._entities).toEqual([{ id: mine.register.user.id, displayName: 'mine' }, null]);
});

test('a field without a rule is denied', async () => {
  const response = await execute(stack.url, { document: '{ tenants { id } }' });
  expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
});
