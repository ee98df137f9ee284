// Accounts: two-factor sign-in with TOTP and backup codes, lockout after five failures, sessions
// the user can list and end, refresh-token reuse that revokes the whole family, and password
// changes. Against the identity subgraph alone, over a real database.
import { randomUUID } from 'node:crypto';
import { generate } from 'otplib';
import { startStack, type Stack } from '../../tests/kit/stack.ts';
import { errorCodes, execute, expectNoErrors } from '../../tests/kit/client.ts';

let stack: Stack;
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  stack = await startStack({ owners: ['identity'], router: false });
});
afterAll(() => stack?.stop());

const gql = (document: string, variables: Record<string, unknown> = {}, token?: string) => execute<any>(stack.url, { document, variables, token });

async function account(): Promise<{ email: string; id: string; token: string; refreshToken: string }> {
  const email = `acct-${randomUUID().slice(0, 8)}@example.com`;
  const { register } = expectNoErrors(await gql('mutation($i: RegisterInput!) { register(input: $i) { accessToken refreshToken user { id } } }', { i: { email, password: PASSWORD } }));
  return { email, id: register.user.id, token: register.accessToken, refreshToken: register.refreshToken };
}

const LOGIN = 'mutation($e: String!, $p: String!, $t: String) { login(email: $e, password: $p, totp: $t) { accessToken refreshToken mfaRequired } }';
const login = (email: string, password = PASSWORD, totp?: string) => gql(LOGIN, { e: email, p: password, t: totp });
const REFRESH = 'mutation($r: String!) { refresh(refreshToken: $r) { accessToken refreshToken } }';

/** The code of the next 30-second step: still inside the server's tolerance, and newer than one already used. */
const nextStepCode = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

async function enrol(token: string): Promise<{ secret: string; codes: string[]; used: string }> {
  const { beginTotpEnrollment } = expectNoErrors(await gql('mutation { beginTotpEnrollment { secret otpauthUri } }', {}, token));
  expect(beginTotpEnrollment.otpauthUri).toMatch(/^otpauth:\/\/totp\/FlatRender:.+secret=/);
  const code = await generate({ secret: beginTotpEnrollment.secret });
  const { confirmTotpEnrollment } = expectNoErrors(await gql('mutation($c: String!) { confirmTotpEnrollment(code: $c) { codes } }', { c: code }, token));
  return { secret: beginTotpEnrollment.secret, codes: confirmTotpEnrollment.codes, used: code };
}

describe('two-factor sign-in', () => {
  test('once enrolled, a password alone answers mfaRequired; the current code signs in, and the same code never twice', async () => {
    const me = await account();
    const { secret, codes, used } = await enrol(me.token);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(expectNoErrors(await gql('{ me { mfaEnabled } }', {}, me.token)).me.mfaEnabled).toBe(true);

    expect(expectNoErrors(await login(me.email)).login).toEqual({ accessToken: null, refreshToken: null, mfaRequired: true });
    // The code that confirmed the enrolment was spent.
    expect(errorCodes(await login(me.email, PASSWORD, used))).toEqual(['INVALID_MFA_CODE']);
    const fresh = await nextStepCode(secret);
    const signedIn = expectNoErrors(await login(me.email, PASSWORD, fresh)).login;
    expect(signedIn.accessToken).toEqual(expect.any(String));
    expect(errorCodes(await login(me.email, PASSWORD, fresh))).toEqual(['INVALID_MFA_CODE']);
    const { me: listed } = expectNoErrors(await gql('{ me { sessions { mfaVerified current } } }', {}, signedIn.accessToken));
    expect(listed.sessions).toContainEqual({ mfaVerified: true, current: true });
  });

  test('a backup code signs in once; new codes replace the old', async () => {
    const me = await account();
    const { secret, codes } = await enrol(me.token);
    expectNoErrors(await login(me.email, PASSWORD, codes[0]));
    expect(errorCodes(await login(me.email, PASSWORD, codes[0]))).toEqual(['INVALID_MFA_CODE']);
    const code = await nextStepCode(secret);
    const { regenerateBackupCodes } = expectNoErrors(await gql('mutation($c: String!) { regenerateBackupCodes(code: $c) { codes } }', { c: code }, me.token));
    expect(errorCodes(await login(me.email, PASSWORD, codes[1]))).toEqual(['INVALID_MFA_CODE']);
    expectNoErrors(await login(me.email, PASSWORD, regenerateBackupCodes.codes[1].toUpperCase()));
  });

  test('turning MFA off needs the password and a code', async () => {
    const me = await account();
    const { codes } = await enrol(me.token);
    const disable = (password: string, code: string) => gql('mutation($p: String!, $c: String!) { disableMfa(password: $p, code: $c) }', { p: password, c: code }, me.token);
    expect(errorCodes(await disable('wrong password!!', codes[0]))).toEqual(['INVALID_CREDENTIALS']);
    expect(errorCodes(await disable(PASSWORD, '000000'))).toEqual(['INVALID_MFA_CODE']);
    expect(expectNoErrors(await disable(PASSWORD, codes[0])).disableMfa).toBe(true);
    expect(expectNoErrors(await login(me.email)).login.mfaRequired).toBe(false);
    expect(await stack.db.admin.mfaBackupCode.count({ where: { userId: me.id } })).toBe(0);
  });

  test('enrolment refuses a wrong code and a second authenticator; the secret is stored encrypted', async () => {
    const me = await account();
    const { beginTotpEnrollment } = expectNoErrors(await gql('mutation { beginTotpEnrollment { secret } }', {}, me.token));
    expect(errorCodes(await gql('mutation { confirmTotpEnrollment(code: "12345") { codes } }', {}, me.token))).toEqual(['INVALID_MFA_CODE']);
    expect(errorCodes(await gql('mutation { confirmTotpEnrollment(code: "abcdef") { codes } }', {}, me.token))).toEqual(['INVALID_MFA_CODE']);
    const stored = await stack.db.admin.mfaFactor.findFirstOrThrow({ where: { userId: me.id } });
    expect(Buffer.from(stored.secretEnc).toString('utf8')).not.toContain(beginTotpEnrollment.secret);
    const code = await generate({ secret: beginTotpEnrollment.secret });
    expectNoErrors(await gql('mutation($c: String!) { confirmTotpEnrollment(code: $c) { codes } }', { c: code }, me.token));
    expect(errorCodes(await gql('mutation { beginTotpEnrollment { secret } }', {}, me.token))).toEqual(['CONFLICT']);
  });
});

test('five wrong passwords lock the account for 15 minutes, even against the right one', async () => {
  const me = await account();
  for (let attempt = 1; attempt <= 5; attempt++) expect(errorCodes(await login(me.email, 'not the password'))).toEqual(['INVALID_CREDENTIALS']);
  const locked = await login(me.email);
  expect(errorCodes(locked)).toEqual(['ACCOUNT_LOCKED']);
  expect(locked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(14 * 60);
  const row = await stack.db.admin.user.findUniqueOrThrow({ where: { id: me.id } });
  expect(row.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
  // When the lock has run out, the right password works and the count starts again.
  await stack.db.admin.user.update({ where: { id: me.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
  expectNoErrors(await login(me.email));
  expect((await stack.db.admin.user.findUniqueOrThrow({ where: { id: me.id } })).failedLoginCount).toBe(0);
});

test('parallel guesses cannot slip past the limit', async () => {
  const me = await account();
  await Promise.all(Array.from({ length: 12 }, () => login(me.email, 'parallel wrong guess')));
  expect(errorCodes(await login(me.email))).toEqual(['ACCOUNT_LOCKED']);
});

test('sessions are listed for their user and can be ended one by one or all at once', async () => {
  const me = await account();
  const laptop = expectNoErrors(await login(me.email)).login;
  const phone = expectNoErrors(await login(me.email)).login;
  const { me: seen } = expectNoErrors(await gql('{ me { sessions { id current } } }', {}, laptop.accessToken));
  expect(seen.sessions).toHaveLength(3);
  expect(seen.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);

  const phoneSession = seen.sessions.find((s: { current: boolean }) => !s.current).id;
  const other = await account();
  expect(expectNoErrors(await gql('mutation($id: ID!) { revokeSession(id: $id) }', { id: phoneSession }, other.token)).revokeSession).toBe(false);
  expect(errorCodes(await gql('mutation { revokeSession(id: "not-a-uuid") }', {}, me.token))).toEqual(['INVALID_ID']);

  expect(expectNoErrors(await gql('mutation { logoutEverywhere(keepCurrent: true) }', {}, laptop.accessToken)).logoutEverywhere).toBe(2);
  expect(errorCodes(await gql(REFRESH, { r: phone.refreshToken }))).toEqual(['INVALID_REFRESH_TOKEN']);
  expect(errorCodes(await gql(REFRESH, { r: me.refreshToken }))).toEqual(['INVALID_REFRESH_TOKEN']);
  expectNoErrors(await gql(REFRESH, { r: laptop.refreshToken }));
});

test('a refresh token used again, however many rotations ago, revokes the whole family', async () => {
  const me = await account();
  const first = me.refreshToken;
  const second = expectNoErrors(await gql(REFRESH, { r: first })).refresh.refreshToken;
  const third = expectNoErrors(await gql(REFRESH, { r: second })).refresh.refreshToken;
  const fourth = expectNoErrors(await gql(REFRESH, { r: third })).refresh.refreshToken;
  // A thief replays the first token: refused, and the legitimate newest token dies with it.
  expect(errorCodes(await gql(REFRESH, { r: first }))).toEqual(['INVALID_REFRESH_TOKEN']);
  expect(errorCodes(await gql(REFRESH, { r: fourth }))).toEqual(['INVALID_REFRESH_TOKEN']);
  // A made-up token revokes nothing.
  const other = await account();
  expect(errorCodes(await gql(REFRESH, { r: `frr_${'A'.repeat(43)}` }))).toEqual(['INVALID_REFRESH_TOKEN']);
  expectNoErrors(await gql(REFRESH, { r: other.refreshToken }));
});

test('changing the password needs the current one, and ends every other session', async () => {
  const me = await account();
  const elsewhere = expectNoErrors(await login(me.email)).login;
  const change = (current: string, next: string) => gql('mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }', { c: current, n: next }, me.token);
  expect(errorCodes(await change('wrong current pw', 'a brand new passphrase'))).toEqual(['INVALID_CREDENTIALS']);
  expect(errorCodes(await change(PASSWORD, 'short'))).toEqual(['BAD_USER_INPUT']);
  expect(expectNoErrors(await change(PASSWORD, 'a brand new passphrase')).changePassword).toBe(true);
  expect(errorCodes(await gql(REFRESH, { r: elsewhere.refreshToken }))).toEqual(['INVALID_REFRESH_TOKEN']);
  expectNoErrors(await gql(REFRESH, { r: me.refreshToken }));
  expect(errorCodes(await login(me.email))).toEqual(['INVALID_CREDENTIALS']);
  expectNoErrors(await login(me.email, 'a brand new passphrase'));
});

test('account mutations need a signed-in user', async () => {
  for (const document of ['mutation { beginTotpEnrollment { secret } }', 'mutation { logoutEverywhere }', 'mutation { changePassword(currentPassword: "x", newPassword: "y") }', `mutation { revokeSession(id: "${randomUUID()}") }`]) {
    expect(errorCodes(await gql(document))).toEqual(['UNAUTHENTICATED']);
  }
});
