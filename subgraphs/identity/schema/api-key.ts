// TenantApiKey: a reseller's partner API key. Created and revoked by tenant administrators (the
// plaintext is in the create reply only). The router trades a presented key for a token with `exchangeApiKey` (api-key-token.ts).
import { builder } from '../builder.ts';
import { TenantType } from './tenant.ts';
import { UserType } from './user.ts';
import { forbidden } from '../../kit/errors.ts';
import { managedTenant, mayManage } from '../tenants/access.ts';
import { SCOPE_DESCRIPTIONS, createApiKey, revokeApiKey } from '../tenants/api-keys.ts';

export const TenantApiKeyType = builder.prismaObject('TenantApiKey', {
  description: 'A reseller API key. Only its prefix is ever shown after creation.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Key id.' }),
    name: t.exposeString('name', { description: 'Label given at creation.' }),
    prefix: t.exposeString('keyPrefix', { description: 'First 12 characters of the key, to recognise it.' }),
    scopes: t.exposeStringList('scopes', { description: 'What the key may do (see apiKeyScopes).' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'When the key was last used (to the minute).' }),
    lastUsedIp: t.exposeString('lastUsedIp', { nullable: true, description: 'Address it was last used from.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true, description: 'When the key stops working, if ever.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'When the key was revoked.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the key was created.' }),
    createdBy: t.relation('creator', { type: UserType, nullable: true, description: 'Who created it; partner calls act as this user.' }),
  }),
});

builder.objectField(TenantType, 'apiKeys', (t) =>
  t.prismaField({
    type: [TenantApiKeyType],
    description: "The tenant's API keys, newest first (its tenant administrators and platform administrators).",
    args: { includeRevoked: t.arg.boolean({ required: false, description: 'Also revoked keys.' }) },
    resolve: (query, tenant, { includeRevoked }, ctx) => {
      if (!mayManage(ctx.caller, tenant.id)) throw forbidden('Only its tenant administrators may list the API keys.');
      return ctx.db.tenantApiKey.findMany({ ...query, where: { tenantId: tenant.id, ...(includeRevoked ? {} : { revokedAt: null }) }, orderBy: { createdAt: 'desc' } });
    },
  }));

const CreatedApiKeyType = builder.objectRef<{ apiKey: { id: string }; key: string }>('CreatedApiKey').implement({
  description: 'A new API key and its plaintext, which is shown this once and never again.',
  fields: (t) => ({
    apiKey: t.field({ type: TenantApiKeyType, description: 'The key as listed from now on.', resolve: (created) => created.apiKey as never }),
    key: t.exposeString('key', { description: 'The whole key (frk_…): store it now, it cannot be shown again.' }),
  }),
});

const ApiKeyScopeType = builder.objectRef<{ name: string; description: string }>('ApiKeyScope').implement({
  description: 'Something an API key may be allowed to do.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The scope, e.g. renders:write.' }),
    description: t.exposeString('description', { description: 'What it allows.' }),
  }),
});

builder.queryFields((t) => ({
  apiKeyScopes: t.field({
    type: [ApiKeyScopeType],
    description: 'Every scope an API key can be given.',
    resolve: () => Object.entries(SCOPE_DESCRIPTIONS).map(([name, description]) => ({ name, description })),
  }),
}));

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreatedApiKeyType,
    description: 'Creates an API key for your tenant (tenant administrators). The reply holds the key itself, the only time it is shown; unknown scopes are BAD_USER_INPUT.',
    args: {
      name: t.arg.string({ required: true, description: 'A label, 1-100 characters.' }),
      scopes: t.arg.stringList({ required: true, description: 'At least one of apiKeyScopes.' }),
      expiresAt: t.arg({ type: 'DateTime', required: false, description: 'When it stops working (in the future); never when left out.' }),
    },
    resolve: (_root, args, ctx) => {
      const tenantId = managedTenant(ctx.caller);
      return createApiKey(ctx.db, tenantId, (ctx.caller as { userId: string }).userId, args);
    },
  }),
  revokeApiKey: t.prismaField({
    type: TenantApiKeyType,
    description: "Revokes one of your tenant's API keys at once (tenant administrators); NOT_FOUND for any other id.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => revokeApiKey(ctx.db, managedTenant(ctx.caller), id, query),
  }),
}));
