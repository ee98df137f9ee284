// TenantBranding: a tenant's white label (name, logo, colours, custom domain), public to read,
// changed by the tenant's administrators.
import { builder } from '../builder.ts';
import { TenantType } from './tenant.ts';
import { managedTenant } from '../tenants/access.ts';
import { updateBranding } from '../tenants/branding.ts';

export const TenantBrandingType = builder.prismaObject('TenantBranding', {
  description: 'White-label branding of a tenant.',
  fields: (t) => ({
    displayName: t.exposeString('displayName', { nullable: true, description: 'Name shown instead of FlatRender.' }),
    logoUrl: t.exposeString('logoUrl', { nullable: true, description: 'Logo image URL (https).' }),
    faviconUrl: t.exposeString('faviconUrl', { nullable: true, description: 'Favicon URL (https).' }),
    primaryColor: t.exposeString('primaryColor', { nullable: true, description: 'Main colour, #rrggbb.' }),
    secondaryColor: t.exposeString('secondaryColor', { nullable: true, description: 'Accent colour, #rrggbb.' }),
    customDomain: t.exposeString('customDomain', { nullable: true, description: 'White-label host name.' }),
    supportEmail: t.exposeString('supportEmail', { nullable: true, description: 'Where customers write for help.' }),
    emailFromName: t.exposeString('emailFromName', { nullable: true, description: "Sender name of the tenant's emails." }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the branding last changed.' }),
  }),
});

builder.objectField(TenantType, 'branding', (t) =>
  t.prismaField({
    type: TenantBrandingType,
    nullable: true,
    description: 'White-label branding, if set.',
    // findUnique calls made in one tick are batched by Prisma into one statement.
    resolve: (query, tenant, _args, ctx) => ctx.db.tenantBranding.findUnique({ ...query, where: { tenantId: tenant.id } }),
  }));

const TenantBrandingInput = builder.inputType('TenantBrandingInput', {
  description: 'Changes to the branding: a field left out stays as it is; null (or an empty string) clears it.',
  fields: (t) => ({
    displayName: t.string({ required: false, description: 'Up to 100 characters.' }),
    logoUrl: t.string({ required: false, description: 'An https URL.' }),
    faviconUrl: t.string({ required: false, description: 'An https URL.' }),
    primaryColor: t.string({ required: false, description: '#RRGGBB.' }),
    secondaryColor: t.string({ required: false, description: '#RRGGBB.' }),
    customDomain: t.string({ required: false, description: 'A host name no other tenant uses (DOMAIN_TAKEN otherwise), e.g. video.example.com.' }),
    supportEmail: t.string({ required: false, description: 'An email address.' }),
    emailFromName: t.string({ required: false, description: 'Up to 100 characters, one line.' }),
  }),
});

builder.mutationFields((t) => ({
  updateTenantBranding: t.prismaField({
    type: TenantBrandingType,
    description: "Changes your tenant's branding (tenant administrators). BAD_USER_INPUT names the field that is wrong; nothing is saved then.",
    args: { input: t.arg({ type: TenantBrandingInput, required: true }) },
    resolve: (query, _root, { input }, ctx) => updateBranding(ctx.db, managedTenant(ctx.caller), input, query),
  }),
}));
