// Password hashing with argon2id (@node-rs/argon2, OWASP's recommended parameters).
import { hash, verify } from '@node-rs/argon2';
import { badInput } from '../../kit/errors.ts';

const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

export function checkPasswordStrength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw badInput(`The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`, 'password');
  if (password.length > MAX_PASSWORD_LENGTH) throw badInput(`The password must be at most ${MAX_PASSWORD_LENGTH} characters long.`, 'password');
}

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function passwordMatches(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
let decoyHash: Promise<string> | undefined;
export const decoy = (): Promise<string> => (decoyHash ??= hashPassword('decoy-password-for-unknown-accounts'));
