// The six schema owners, their PostgreSQL schema and login role, and how each role's
// password and connection string are derived from one secret.
import { createHmac } from 'node:crypto';

export const OWNERS = ['identity', 'content', 'studio', 'render', 'file', 'notification'] as const;
export type Owner = (typeof OWNERS)[number];

/** PostgreSQL schema of each owner (the file service's is `file_mgr`, as in the seed). */
export const SCHEMA_OF: Record<Owner, string> = {
  identity: 'identity',
  content: 'content',
  studio: 'studio',
  render: 'render',
  file: 'file_mgr',
  notification: 'notification',
};

export const roleOf = (owner: Owner): string => `fr_${owner}`;

/** Per-role password: HMAC of the shared role secret, so one secret configures all six. */
export function rolePassword(owner: Owner, secret: string): string {
  return createHmac('sha256', secret).update(roleOf(owner)).digest('hex').slice(0, 40);
}

/** The owner's connection string: the admin URL with the owner's role and password. */
export function ownerUrl(adminUrl: string, owner: Owner, secret: string): string {
  const url = new URL(adminUrl);
  url.username = roleOf(owner);
  url.password = rolePassword(owner, secret);
  return url.toString();
}
