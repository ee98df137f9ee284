// Signing in as the demo accounts through whatever URL a test talks to.
import { execute, expectNoErrors } from './client.ts';
import { demoPassword } from '../../prisma/seed.ts';

export async function login(url: string, email: string, password = demoPassword()): Promise<{ accessToken: string; refreshToken: string; userId: string }> {
  const data = expectNoErrors(
    await execute<{ login: { accessToken: string; refreshToken: string; user: { id: string } } }>(url, {
      document: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken user { id } } }',
      variables: { email, password },
    }),
  );
  return { accessToken: data.login.accessToken, refreshToken: data.login.refreshToken, userId: data.login.user.id };
}
