// Sessions: one per signed-in device, holding a rotating opaque refresh token (only its SHA-256
// is stored). Every token a session rotated away is remembered: presenting any of them again
// revokes the session (the whole token family), since someone holds a copy.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../kit/prisma.ts';
import type { Role, TokenSigner } from '../../kit/auth.ts';
import { AppError, ErrorCode } from '../../kit/errors.ts';

export const REFRESH_TOKEN_TTL_DAYS = 30;

import { sha256Hex as sha256 } from '../../kit/digest.ts';

export { sha256 };
const newRefreshToken = (): string => `frr_${randomBytes(32).toString('base64url')}`;

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  userId: string;
}

interface SessionUser {
  id: string;
  tenantId: string;
  role: Role;
}

export interface DeviceInfo {
  userAgent?: string;
  ip?: string;
  /** The sign-in passed a second factor. */
  mfaVerified?: boolean;
}

/** Opens a session for a user who just proved who they are, and issues its first tokens. */
export async function openSession(db: Db, signer: TokenSigner, user: SessionUser, device: DeviceInfo = {}): Promise<IssuedTokens> {
  const refreshToken = newRefreshToken();
  const session = await db.session.create({
    data: {
      tenantId: user.tenantId,
      userId: user.id,
      refreshTokenHash: sha256(refreshToken),
      userAgent: device.userAgent?.slice(0, 512),
      mfaVerifiedAt: device.mfaVerified ? new Date() : null,
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_DAYS * 86_400_000),
    },
  });
  const accessToken = await signer.sign({ kind: 'user', userId: user.id, tenantId: user.tenantId, role: user.role, sessionId: session.id });
  return { accessToken, refreshToken, userId: user.id };
}

const invalid = () => new AppError(ErrorCode.INVALID_REFRESH_TOKEN, 'The refresh token is not valid: sign in again.');

/** Exchanges a refresh token for a new pair; the old token stops working at once. */
export async function rotateSession(db: Db, signer: TokenSigner, refreshToken: string): Promise<IssuedTokens> {
  if (!/^frr_[A-Za-z0-9_-]{43}$/.test(refreshToken)) throw invalid();
  const presented = sha256(refreshToken);
  const session = await db.session.findUnique({ where: { refreshTokenHash: presented }, include: { user: true } });
  if (!session) {
    // A token that was already rotated away: revoke the whole session (reuse detection).
    const reused = await db.sessionRotatedToken.findUnique({ where: { tokenHash: presented }, select: { sessionId: true } });
    if (reused) await db.session.updateMany({ where: { id: reused.sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
    throw invalid();
  }
  if (session.revokedAt || session.expiresAt < new Date() || session.user.status !== 'Active' || session.user.deletedAt) throw invalid();
  const next = newRefreshToken();
  // Conditional update: of two concurrent refreshes with one token, only one wins.
  const count = await db.$transaction(async (tx) => {
    const { count: rotated } = await tx.session.updateMany({
      where: { id: session.id, refreshTokenHash: presented, revokedAt: null },
      data: { refreshTokenHash: sha256(next), previousTokenHash: presented, lastUsedAt: new Date() },
    });
    if (rotated === 1) await tx.sessionRotatedToken.create({ data: { tokenHash: presented, sessionId: session.id } });
    return rotated;
  });
  if (count !== 1) throw invalid();
  const accessToken = await signer.sign({
    kind: 'user', userId: session.userId, tenantId: session.tenantId, role: session.user.role as Role, sessionId: session.id,
  });
  return { accessToken, refreshToken: next, userId: session.userId };
}

/** Ends one session of a user; its refresh token stops working (access tokens expire on their own). */
export async function revokeSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
  const { count } = await db.session.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count > 0;
}

/** Ends every session of a user (but `except`); returns how many ended. */
export async function revokeAllSessions(db: Db, userId: string, except?: string): Promise<number> {
  const { count } = await db.session.updateMany({ where: { userId, revokedAt: null, ...(except ? { id: { not: except } } : {}) }, data: { revokedAt: new Date() } });
  return count;
}
