// Tenant: the root of multi-tenancy; resellers are tenants with their own branding, API keys,
// webhooks and request log (each added to Tenant by its own file).
import { builder } from '../builder.ts';
import { TenantKind, TenantStatus } from '../../../prisma/generated/client/enums.ts';

export const TenantKindEnum = builder.enumType(TenantKind, { name: 'TenantKind', description: 'Platform (FlatRender itself) or a reseller.' });
export const TenantStatusEnum = builder.enumType(TenantStatus, { name: 'TenantStatus', description: 'Active, suspended (its API keys are refused) or closed.' });

export const TenantType = builder.prismaObject('Tenant', {
  description: 'A tenant: FlatRender itself or a reseller, owning users, projects, renders and files.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Tenant id.' }),
    slug: t.exposeString('slug', { description: 'Short unique name.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    kind: t.expose('kind', { type: TenantKindEnum, description: 'Platform or reseller.' }),
    status: t.expose('status', { type: TenantStatusEnum, description: 'Whether the tenant is active.' }),
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
