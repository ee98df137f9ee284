// Password reset by email: the link arrives by email whatever the preferences say, works once and
// for 30 minutes, ends every session and the lockout; asking never reveals whether an account exists.
import { randomUUID } from 'node:crypto';
import { startStack, type Stack } from './kit/stack.ts';
import { errorCodes, execute, expectNoErrors } from './kit/client.ts';
import { SmtpSink } from './kit/receivers.ts';

let stack: Stack;
let smtp: SmtpSink;

beforeAll(async () => {
  smtp = await new SmtpSink().start();
  Object.assign(process.env, { SMTP_URL: smtp.url, EMAIL_FROM: 'FlatRender <no-reply@flatrender.test>', PASSWORD_RESET_URL: 'https://studio.flatrender.test/reset-password' });
  stack = await startStack({ owners: ['identity', 'notification'], jobs: true });
});
afterAll(async () => {
  await stack?.stop();
  await smtp?.stop();
});

const PASSWORD = 'Correct-Horse-Battery-9';
const gql = (document: string, variables: Record<string, unknown> = {}, token?: string) => execute(stack.url, { document, variables, token });

async function person(): Promise<{ id: string; email: string; refreshToken: string; token: string }> {
  const email = `reset-${randomUUID().slice(0, 8)}@flatrender.test`;
  const data = expectNoErrors(await gql('mutation($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id } } }', { input: { email, password: PASSWORD } }));
  return { id: data.register.user.id, email, refreshToken: data.register.refreshToken, token: data.register.accessToken };
}

const ask = (email: string) => gql('mutation($email: String!) { requestPasswordReset(email: $email) }', { email });
const reset = (token: string, newPassword: string) => gql('mutation($token: String!, $p: String!) { resetPassword(token: $token, newPassword: $p) }', { token, p: newPassword });
const login = (email: string, password: string) => gql('mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }', { email, password });

/** The token in the newest reset email to `email`. */
async function tokenFrom(email: string, count = 1): Promise<string> {
  const mails = await smtp.waitFor(email, count);
  const match = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mails[count - 1].text);
  if (!match) throw new Error(`no reset link in: ${mails[count - 1].text}`);
  return match[1];
}

test('the emailed link sets a new password once, and ends every session', async () => {
  const who = await person();
  // Email turned off for everything: security notices come anyway.
  expectNoErrors(await gql('mutation { setNotificationPreference(channel: Email, notificationType: "*", enabled: false) { enabled } }', {}, who.token));
  expect(expectNoErrors(await ask(who.email)).requestPasswordReset).toBe(true);
  const token = await tokenFrom(who.email);
  const [mail] = await smtp.waitFor(who.email);
  expect(mail.subject).toMatch(/password|رمز عبور/i); // in the user's language (the tenant's default: fa)
  // The database keeps only the hash.
  const stored = await stack.db.admin.passwordResetToken.findFirstOrThrow({ where: { userId: who.id } });
  expect(stored.tokenHash).not.toContain(token);

  expect(expectNoErrors(await reset(token, 'A-brand-new-passphrase-7')).resetPassword).toBe(true);
  expect(errorCodes(await login(who.email, PASSWORD))).toEqual(['INVALID_CREDENTIALS']);
  expectNoErrors(await login(who.email, 'A-brand-new-passphrase-7'));
  // Every session ended: the old refresh token is dead.
  expect(errorCodes(await gql('mutation($r: String!) { refresh(refreshToken: $r) { accessToken } }', { r: who.refreshToken }))).toEqual(['INVALID_REFRESH_TOKEN']);
  // Twice: refused.
  expect(errorCodes(await reset(token, 'Yet-another-passphrase-8'))).toEqual(['INVALID_RESET_TOKEN']);
  // Never in the inbox.
  expect(await stack.db.admin.notification.findFirst({ where: { userId: who.id, type: 'security.password_reset' } })).toMatchObject({ showInApp: false });
});

test('an unknown address gets the same answer and no email', async () => {
  const nobody = `nobody-${randomUUID().slice(0, 8)}@flatrender.test`;
  expect(expectNoErrors(await ask(nobody)).requestPasswordReset).toBe(true);
  for (const odd of ['', 'not-an-email', "x' OR '1'='1@flatrender.test", `${'a'.repeat(400)}@x.test`]) {
    expect(expectNoErrors(await ask(odd)).requestPasswordReset).toBe(true);
  }
  expect(await stack.db.admin.passwordResetToken.count({ where: { user: { email: nobody } } })).toBe(0);
});

test('expired, replaced and made-up tokens are refused; a weak password is refused and the token kept', async () => {
  const who = await person();
  await ask(who.email);
  const first = await tokenFrom(who.email);
  expect(errorCodes(await reset(first, 'short'))).toEqual(['BAD_USER_INPUT']);
  // Still good after a refused password.
  await stack.db.admin.passwordResetToken.updateMany({ where: { userId: who.id }, data: { createdAt: new Date(Date.now() - 5 * 60_000) } });
  // A new request replaces it (after the resend pause).
  await ask(who.email);
  const second = await tokenFrom(who.email, 2);
  expect(second).not.toBe(first);
  expect(errorCodes(await reset(first, 'A-brand-new-passphrase-7'))).toEqual(['INVALID_RESET_TOKEN']);
  // Expired.
  await stack.db.admin.passwordResetToken.updateMany({ where: { userId: who.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
  expect(errorCodes(await reset(second, 'A-brand-new-passphrase-7'))).toEqual(['INVALID_RESET_TOKEN']);
  for (const madeUp of ['', 'x', "'; DROP TABLE identity.users; --", 'A'.repeat(43), 'A'.repeat(5000)]) {
    expect(errorCodes(await reset(madeUp, 'A-brand-new-passphrase-7'))).toEqual(['INVALID_RESET_TOKEN']);
  }
  expectNoErrors(await login(who.email, PASSWORD));
});

test('a reset also lifts a lockout', async () => {
  const who = await person();
  for (let i = 0; i < 5; i++) await login(who.email, 'wrong-password-000');
  expect(errorCodes(await login(who.email, PASSWORD))).toEqual(['ACCOUNT_LOCKED']);
  await ask(who.email);
  expectNoErrors(await reset(await tokenFrom(who.email), 'A-brand-new-passphrase-7'));
  expectNoErrors(await login(who.email, 'A-brand-new-passphrase-7'));
});

test('two uses at once: exactly one wins', async () => {
  const who = await person();
  await ask(who.email);
  const token = await tokenFrom(who.email);
  const results = await Promise.all([reset(token, 'First-winner-passphrase-1'), reset(token, 'Second-winner-passphrase-2')]);
  expect(results.filter((r) => !r.errors).length).toBe(1);
  expect(results.flatMap(errorCodes)).toEqual(['INVALID_RESET_TOKEN']);
});
