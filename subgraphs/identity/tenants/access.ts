// Who may manage a tenant's settings: its own tenant administrators, and platform administrators
// (for any tenant). Everyone else gets FORBIDDEN; a row of another tenant is NOT_FOUND upstream.
import { isAdmin, type Caller } from '../../kit/auth.ts';
import { forbidden, unauthenticated } from '../../kit/errors.ts';

/** The tenant a tenant administrator manages (their own). */
export function managedTenant(caller: Caller): string {
  if (caller.kind !== 'user') throw unauthenticated();
  if (caller.role !== 'TenantAdmin' && caller.role !== 'Admin') throw forbidden('Only tenant administrators may do this.');
  return caller.tenantId;
}

/** Whether the caller may read a tenant's keys, webhooks and request log. */
export function mayManage(caller: Caller, tenantId: string): boolean {
  if (caller.kind !== 'user') return false;
  if (isAdmin(caller)) return true;
  return caller.role === 'TenantAdmin' && caller.tenantId === tenantId;
}
