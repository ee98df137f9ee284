// Password reset by email: a random token, stored only as its SHA-256, valid for 30 minutes and
// once. Asking never says whether the address has an account; using a token ends every session
// and the lockout, since whoever resets holds the mailbox.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../kit/prisma.ts';
import { AppError, ErrorCode } from '../../kit/errors.ts';
import { checkPasswordStrength, hashPassword } from './passwords.ts';
import { revokeAllSessions, sha256 } from './sessions.ts';

export const RESET_TOKEN_TTL_MINUTES = 30;
/** A second request within this time sends nothing (the first email is on its way). */
const RESEND_AFTER_SECONDS = 60;

export interface ResetRequest {
  userId: string;
  tenantId: string;
  locale: string;
  token: string;
}

/** New tokens for the accounts with this email (none when it has no account); older ones end. */
export async function createResetTokens(db: Db, email: string, tenantSlug?: string | null): Promise<ResetRequest[]> {
  const normalised = email.trim().toLowerCase();
  if (normalised.length > 320 || !normalised.includes('@')) return [];
  const users = await db.user.findMany({
    where: { email: { equals: normalised, mode: 'insensitive' }, deletedAt: null, status: 'Active', ...(tenantSlug ? { tenant: { slug: tenantSlug } } : {}) },
    select: { id: true, tenantId: true, locale: true },
    take: 5,
  });
  const requests: ResetRequest[] = [];
  for (const user of users) {
    const recent = await db.passwordResetToken.count({ where: { userId: user.id, usedAt: null, createdAt: { gt: new Date(Date.now() - RESEND_AFTER_SECONDS * 1000) } } });
    if (recent > 0) continue;
    const token = randomBytes(32).toString('base64url');
    await db.$transaction([
      // Only the newest link works.
      db.passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { expiresAt: new Date() } }),
      db.passwordResetToken.create({
        data: { tenantId: user.tenantId, userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MINUTES * 60_000) },
      }),
    ]);
    requests.push({ userId: user.id, tenantId: user.tenantId, locale: user.locale, token });
  }
  return requests;
}

const invalidToken = () => new AppError(ErrorCode.INVALID_RESET_TOKEN, 'This reset link is not valid: it was used, replaced or has expired. Ask for a new one.');

/** Sets a new password with a token; the token is spent by the same statement that checks it. */
export async function resetPassword(db: Db, token: string, newPassword: string): Promise<void> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw invalidToken();
  checkPasswordStrength(newPassword);
  const passwordHash = await hashPassword(newPassword);
  const userId = await db.$transaction(async (tx) => {
    const spent = await tx.$queryRaw<{ user_id: string }[]>`
      UPDATE identity.password_reset_tokens SET used_at = now()
      WHERE token_hash = ${sha256(token)} AND used_at IS NULL AND expires_at > now()
      RETURNING user_id`;
    if (spent.length === 0) throw invalidToken();
    const [{ user_id: id }] = spent;
    const updated = await tx.user.updateMany({ where: { id, deletedAt: null }, data: { passwordHash, failedLoginCount: 0, lockedUntil: null } });
    if (updated.count === 0) throw invalidToken();
    return id;
  });
  await revokeAllSessions(db, userId);
}

/** The email's words, in the user's language. */
export function resetMessage(locale: string, url: string): { title: string; body: string } {
  return locale === 'fa'
    ? { title: 'بازنشانی رمز عبور FlatRender', body: `برای انتخاب رمز عبور تازه این پیوند را باز کنید (تا ${RESET_TOKEN_TTL_MINUTES} دقیقه و یک بار معتبر است):\n${url}\nاگر شما درخواست نکرده‌اید، این پیام را نادیده بگیرید.` }
    : { title: 'Reset your FlatRender password', body: `Open this link to choose a new password (it works once, for ${RESET_TOKEN_TTL_MINUTES} minutes):\n${url}\nIf you did not ask for this, ignore this email.` };
}
