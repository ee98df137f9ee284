// Login lockout: five failed attempts (wrong password or second factor) lock the account for 15
// minutes. Counted in one statement, so parallel guesses cannot slip past the limit.
import type { Db } from '../../kit/prisma.ts';
import { AppError, ErrorCode } from '../../kit/errors.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export const isLocked = (user: { lockedUntil: Date | null }): boolean => user.lockedUntil !== null && user.lockedUntil > new Date();

export function lockedOut(user: { lockedUntil: Date | null }): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(((user.lockedUntil?.getTime() ?? Date.now()) - Date.now()) / 1000));
  return new AppError(ErrorCode.ACCOUNT_LOCKED, `Too many failed sign-ins: try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, { retryAfterSeconds });
}

/** One more failure for each account; the fifth locks it and starts the count again. */
export async function countFailedLogin(db: Db, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  await db.$executeRaw`
    UPDATE identity.users
       SET failed_login_count = CASE WHEN failed_login_count + 1 >= ${MAX_FAILED_LOGINS} THEN 0 ELSE failed_login_count + 1 END,
           locked_until = CASE WHEN failed_login_count + 1 >= ${MAX_FAILED_LOGINS} THEN now() + make_interval(mins => ${LOCKOUT_MINUTES}) ELSE locked_until END
     WHERE id = ANY(${userIds}::uuid[])`;
}
