// Tenant: the root of multi-tenancy; resellers are tenants with their own branding and API keys.
import { builder } from '../builder.ts';
import { TenantKind } from '../../../prisma/generated/client/enums.ts';

export const TenantKindEnum = builder.enumType(TenantKind, { name: 'TenantKind', description: 'Platform (FlatRender itself) or a reseller.' });

export const TenantBrandingType = builder.prismaObject('TenantBranding', {
  description: 'White-label branding of a tenant.',
  fields: (t) => ({
    displayName: t.exposeString('displayName', { nullable: true, description: 'Name shown instead of FlatRender.' }),
    logoUrl: t.exposeString('logoUrl', { nullable: true, description: 'Logo image URL.' }),
    primaryColor: t.exposeString('primaryColor', { nullable: true, description: 'Main colour, #RRGGBB.' }),
    secondaryColor: t.exposeString('secondaryColor', { nullable: true, description: 'Accent colour, #RRGGBB.' }),
    customDomain: t.exposeString('customDomain', { nullable: true, description: 'White-label host name.' }),
  }),
});

export const TenantApiKeyType = builder.prismaObject('TenantApiKey', {
  description: 'A reseller API key. Only its prefix is ever shown after creation.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Key id.' }),
    name: t.exposeString('name', { description: 'Label given at creation.' }),
    prefix: t.exposeString('keyPrefix', { description: 'First characters of the key, to recognise it.' }),
    scopes: t.exposeStringList('scopes', { description: 'What the key may do.' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'When the key was last used.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the key was created.' }),
  }),
});

export const TenantType = builder.prismaObject('Tenant', {
  description: 'A tenant: FlatRender itself or a reseller, owning users, projects, renders and files.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Tenant id.' }),
    slug: t.exposeString('slug', { description: 'Short unique name.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    kind: t.expose('kind', { type: TenantKindEnum, description: 'Platform or reseller.' }),
    branding: t.field({
      type: TenantBrandingType,
      nullable: true,
      description: 'White-label branding, if set.',
      // findUnique calls made in one tick are batched by Prisma into one statement.
      resolve: (tenant, _args, ctx) => ctx.db.tenantBranding.findUnique({ where: { tenantId: tenant.id } }),
    }),
    apiKeys: t.field({
      type: [TenantApiKeyType],
      description: 'Active API keys of the tenant (tenant administrators and platform administrators).',
      resolve: (tenant, _args, ctx) => ctx.db.tenantApiKey.findMany({ where: { tenantId: tenant.id, revokedAt: null }, orderBy: { createdAt: 'desc' } }),
    }),
  }),
});

builder.asEntity(TenantType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.tenant.load(id),
});

builder.queryFields((t) => ({
  tenants: t.prismaField({
    type: [TenantType],
    description: 'Every tenant (administrators only).',
    resolve: (query, _root, _args, ctx) => ctx.db.tenant.findMany({ ...query, orderBy: { createdAt: 'asc' } }),
  }),
}));
