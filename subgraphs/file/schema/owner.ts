// The signed-in user a file operation acts for (files are always the caller's own).
import { unauthenticated } from '../../kit/errors.ts';
import type { Owner } from '../library/quota.ts';
import type { FileContext } from '../context.ts';

export function ownerOf(ctx: FileContext): Owner {
  if (ctx.caller.kind !== 'user') throw unauthenticated();
  return { userId: ctx.caller.userId, tenantId: ctx.caller.tenantId };
}
