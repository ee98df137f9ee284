// Two-factor sign-in: a TOTP authenticator (otplib, RFC 6238; the secret encrypted at rest, each
// time step accepted once) and ten one-time backup codes (only their SHA-256 is kept).
import { randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import type { Db } from '../../kit/prisma.ts';
import { secretBox } from '../../kit/secret-box.ts';
import { sha256 } from './sessions.ts';

const totpSecrets = secretBox('IDENTITY_SECRET_KEY', 'TOTP secrets');
export const BACKUP_CODE_COUNT = 10;
/** One 30-second step either side, for clocks that drift. */
const TOLERANCE_SECONDS = 30;
const ISSUER = 'FlatRender';

/** A fresh, unconfirmed TOTP secret for the user (replacing an unconfirmed one). */
export async function beginEnrollment(db: Db, user: { id: string; tenantId: string; email: string | null; phone: string | null }) {
  const secret = generateSecret();
  await db.mfaFactor.upsert({
    where: { userId_type: { userId: user.id, type: 'Totp' } },
    create: { userId: user.id, tenantId: user.tenantId, type: 'Totp', secretEnc: totpSecrets.seal(secret) },
    update: { secretEnc: totpSecrets.seal(secret), confirmedAt: null, lastUsedStep: null },
  });
  return { secret, otpauthUri: generateURI({ issuer: ISSUER, label: user.email ?? user.phone ?? user.id, secret }) };
}

/**
 * Checks a TOTP code against the user's factor (confirmed or, when `enrolling`, not yet) and
 * records its time step, so the same code cannot be used twice.
 */
export async function checkTotp(db: Db, userId: string, code: string, { enrolling = false } = {}): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  const factor = await db.mfaFactor.findUnique({ where: { userId_type: { userId, type: 'Totp' } } });
  if (!factor || (enrolling ? factor.confirmedAt !== null : factor.confirmedAt === null)) return false;
  const result = await verify({
    secret: totpSecrets.open(factor.secretEnc),
    token: code,
    epochTolerance: TOLERANCE_SECONDS,
    ...(factor.lastUsedStep !== null ? { afterTimeStep: Number(factor.lastUsedStep) } : {}),
  });
  // The functional API answers for HOTP and TOTP alike; a TOTP check always carries its step.
  if (!result.valid || !('timeStep' in result)) return false;
  // Conditional: of two sign-ins racing with one code, one wins.
  const { count } = await db.mfaFactor.updateMany({
    where: { id: factor.id, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: result.timeStep } }] },
    data: { lastUsedStep: result.timeStep, lastUsedAt: new Date() },
  });
  return count === 1;
}

/** Spends one backup code; false when it is not one of the user's unused codes. */
export async function useBackupCode(db: Db, userId: string, code: string): Promise<boolean> {
  const normalised = code.replace(/[\s-]/g, '').toLowerCase();
  if (!/^[a-z0-9]{10}$/.test(normalised)) return false;
  const { count } = await db.mfaBackupCode.updateMany({ where: { userId, codeHash: sha256(normalised), usedAt: null }, data: { usedAt: new Date() } });
  return count === 1;
}

/** A TOTP code or a backup code: either completes a sign-in. */
export async function checkSecondFactor(db: Db, userId: string, code: string): Promise<boolean> {
  return (await checkTotp(db, userId, code)) || (await useBackupCode(db, userId, code));
}

/** Replaces the user's backup codes with ten new ones, returned once (xxxxx-xxxxx). */
export async function newBackupCodes(db: Db, user: { id: string; tenantId: string }): Promise<string[]> {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const codes = Array.from({ length: BACKUP_CODE_COUNT }, () => Array.from(randomBytes(10), (b) => alphabet[b % alphabet.length]).join(''));
  await db.$transaction([
    db.mfaBackupCode.deleteMany({ where: { userId: user.id } }),
    db.mfaBackupCode.createMany({ data: codes.map((code) => ({ userId: user.id, tenantId: user.tenantId, codeHash: sha256(code) })) }),
  ]);
  return codes.map((code) => `${code.slice(0, 5)}-${code.slice(5)}`);
}

/** Confirms the enrolment: MFA is on from now. */
export async function confirmEnrollment(db: Db, userId: string): Promise<void> {
  await db.$transaction([
    db.mfaFactor.update({ where: { userId_type: { userId, type: 'Totp' } }, data: { confirmedAt: new Date() } }),
    db.user.update({ where: { id: userId }, data: { mfaEnabled: true } }),
  ]);
}

/** Turns MFA off: the factor and the backup codes go. */
export async function disable(db: Db, userId: string): Promise<void> {
  await db.$transaction([
    db.mfaFactor.deleteMany({ where: { userId } }),
    db.mfaBackupCode.deleteMany({ where: { userId } }),
    db.user.update({ where: { id: userId }, data: { mfaEnabled: false } }),
  ]);
}
