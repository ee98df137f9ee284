// Template: a container of renderable project variants, browsed and searched in the studio.
import { builder } from '../builder.ts';
import type { ModelRef } from '../../kit/builder.ts';
import { PublishStatus } from '../../../prisma/generated/client/enums.ts';
import { catalogTenants } from '../context.ts';
import { isAdmin } from '../../kit/auth.ts';
import { ProjectType } from './project.ts';
import type { ContentContext } from '../context.ts';
import type { Prisma } from '../../../prisma/generated/client/client.ts';
import { uuidArg } from '../../kit/errors.ts';
import { publishTemplate, unpublishTemplate } from '../catalog/publishing.ts';
import { archiveTemplate, createTemplate, restoreTemplate, updateTemplate } from '../catalog/templates.ts';

export const PublishStatusEnum = builder.enumType(PublishStatus, { name: 'PublishStatus', description: 'Whether users can see it.' });

export const CategoryType = builder.prismaObject('Category', {
  description: 'A template category.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Category id.' }),
    slug: t.exposeString('slug', { description: 'URL name.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    iconUrl: t.exposeString('iconUrl', { nullable: true, description: 'Icon image URL.' }),
  }),
});

export const TemplateType: ModelRef<ContentContext, 'Template'> = builder.prismaObject('Template', {
  description: 'A video template: a container of renderable variants (projects) per aspect ratio and resolution.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Template id.' }),
    slug: t.exposeString('slug', { description: 'URL name, unique within its tenant.' }),
    title: t.exposeString('name', { description: 'Display title.' }),
    description: t.exposeString('description', { nullable: true, description: 'Long description.' }),
    thumbnailUrl: t.exposeString('thumbnailUrl', { nullable: true, description: 'Thumbnail image URL.' }),
    previewVideoUrl: t.exposeString('previewVideoUrl', { nullable: true, description: 'Preview video URL.' }),
    publishStatus: t.expose('publishStatus', { type: PublishStatusEnum, description: 'Draft, published or unpublished.' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: 'When it was last published.' }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true, description: 'When it was deleted (archived): hidden, unpublished, restorable. Null while live.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    isFeatured: t.exposeBoolean('isFeatured', { description: 'Shown first in the studio.' }),
    priceMinor: t.expose('priceMinor', { type: 'BigInt', description: 'Base render price in minor units.' }),
    category: t.field({
      type: CategoryType,
      nullable: true,
      description: 'The category, if any.',
      resolve: (template, _args, ctx) => (template.categoryId ? ctx.loaders.category.load(template.categoryId) : null),
    }),
    projects: t.field({
      type: [ProjectType],
      description: 'Renderable variants, in display order (archived ones are left out).',
      resolve: (template, _args, ctx) => ctx.loaders.projectsByTemplate.load(template.id),
    }),
  }),
});

builder.asEntity(TemplateType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.template.load(id),
});

/** Non-administrators see published content only. */
export const visibleTemplates = (ctx: ContentContext): Prisma.TemplateWhereInput =>
  isAdmin(ctx.caller) ? catalogTenants(ctx.caller) : { ...catalogTenants(ctx.caller), publishStatus: 'Published' };
export const visibleProjects = (ctx: ContentContext): Prisma.ProjectWhereInput =>
  isAdmin(ctx.caller) ? {} : { publishStatus: 'Published', template: { publishStatus: 'Published' } };

/** Trigram-indexed search over template name and slug (pg_trgm makes ILIKE '%q%' fast). */
function templateSearch(search: string | null | undefined): Prisma.TemplateWhereInput {
  const q = search?.trim().slice(0, 100);
  if (!q) return {};
  return { OR: [{ name: { contains: q, mode: 'insensitive' } }, { slug: { contains: q, mode: 'insensitive' } }] };
}

builder.queryFields((t) => ({
  templates: t.prismaConnection({
    type: TemplateType,
    cursor: 'id',
    description: 'Published templates, featured and most rendered first; `search` matches title or slug. Administrators also see drafts and unpublished ones; archived (deleted) templates are listed to nobody.',
    args: {
      search: t.arg.string({ required: false, description: 'Part of the title or slug.' }),
      categorySlug: t.arg.string({ required: false, description: 'Only this category.' }),
    },
    totalCount: (_root, args, ctx) => ctx.db.template.count({ where: templateWhere(args, ctx) }),
    resolve: (query, _root, args, ctx) =>
      ctx.db.template.findMany({ ...query, where: templateWhere(args, ctx), orderBy: [{ isFeatured: 'desc' }, { renderCount: 'desc' }, { id: 'asc' }] }),
  }, { description: 'A page of templates.' }),

  template: t.prismaField({
    type: TemplateType,
    nullable: true,
    description: 'One template by slug (your tenant\'s first, then the platform\'s).',
    args: { slug: t.arg.string({ required: true }) },
    resolve: async (query, _root, { slug }, ctx) => {
      const found = await ctx.db.template.findMany({ ...query, where: { ...visibleTemplates(ctx), slug }, take: 2 });
      const own = ctx.caller.kind === 'user' ? found.find((row) => row.tenantId === (ctx.caller as { tenantId: string }).tenantId) : undefined;
      return own ?? found[0] ?? null;
    },
  }),

  categories: t.prismaField({
    type: [CategoryType],
    description: 'Active categories in display order.',
    resolve: (query, _root, _args, ctx) => ctx.db.category.findMany({ ...query, where: { isActive: true }, orderBy: [{ orderValue: 'asc' }, { name: 'asc' }] }),
  }),
}));

function templateWhere(args: { search?: string | null; categorySlug?: string | null }, ctx: ContentContext): Prisma.TemplateWhereInput {
  return {
    ...visibleTemplates(ctx),
    archivedAt: null,
    ...templateSearch(args.search),
    ...(args.categorySlug ? { category: { slug: args.categorySlug } } : {}),
  };
}

const templateFields = {
  description: 'Long description (5000 characters at most; null clears it).',
  categoryId: 'A category id (null: none).',
  thumbnailUrl: 'http(s) URL of the thumbnail (null clears it).',
  previewVideoUrl: 'http(s) URL of the preview video (null clears it).',
  isFeatured: 'Shown first in the studio.',
  priceMinor: 'Base render price in minor units, 0 (free) or more.',
};

const CreateTemplateInput = builder.inputType('CreateTemplateInput', {
  description: 'A new template; it starts as a draft.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Display title, 1 to 200 characters.' }),
    slug: t.string({ required: false, description: 'URL name: lowercase letters and digits in words joined by hyphens, unique in the tenant. Made from the name when omitted.' }),
    description: t.string({ required: false, description: templateFields.description }),
    categoryId: t.id({ required: false, description: templateFields.categoryId }),
    thumbnailUrl: t.string({ required: false, description: templateFields.thumbnailUrl }),
    previewVideoUrl: t.string({ required: false, description: templateFields.previewVideoUrl }),
    isFeatured: t.boolean({ required: false, description: templateFields.isFeatured }),
    priceMinor: t.field({ type: 'BigInt', required: false, description: templateFields.priceMinor }),
    tenantId: t.id({ required: false, description: 'The tenant whose private catalog it joins; the platform catalog when omitted.' }),
  }),
});

const UpdateTemplateInput = builder.inputType('UpdateTemplateInput', {
  description: 'Changes to a template; omitted fields stay as they are.',
  fields: (t) => ({
    name: t.string({ required: false, description: 'Display title, 1 to 200 characters.' }),
    slug: t.string({ required: false, description: 'A new URL name, unique in the tenant (old links stop working).' }),
    description: t.string({ required: false, description: templateFields.description }),
    categoryId: t.id({ required: false, description: templateFields.categoryId }),
    thumbnailUrl: t.string({ required: false, description: templateFields.thumbnailUrl }),
    previewVideoUrl: t.string({ required: false, description: templateFields.previewVideoUrl }),
    isFeatured: t.boolean({ required: false, description: templateFields.isFeatured }),
    priceMinor: t.field({ type: 'BigInt', required: false, description: templateFields.priceMinor }),
  }),
});

builder.mutationFields((t) => ({
  publishTemplate: t.prismaField({
    type: TemplateType,
    description: 'Publishes a template (administrators): NOT_PUBLISHABLE until one of its projects is published.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      await publishTemplate(ctx.db, uuidArg(id));
      return ctx.db.template.findUniqueOrThrow({ ...query, where: { id: uuidArg(id) } });
    },
  }),
  unpublishTemplate: t.prismaField({
    type: TemplateType,
    description: 'Hides a published template and its projects from users (administrators). CONFLICT for a draft.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      await unpublishTemplate(ctx.db, uuidArg(id));
      return ctx.db.template.findUniqueOrThrow({ ...query, where: { id: uuidArg(id) } });
    },
  }),

  createTemplate: t.prismaField({
    type: TemplateType,
    description: 'Creates a draft template (administrators), in the platform catalog or a tenant\'s own (`tenantId`). Without a slug one is made from the name (made unique in the tenant); a slug given and taken is SLUG_TAKEN, an unknown category or tenant NOT_FOUND.',
    args: { input: t.arg({ type: CreateTemplateInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await createTemplate(ctx.db, ctx.peers, ctx.caller.kind === 'user' ? ctx.caller.userId : null, input);
      return ctx.db.template.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateTemplate: t.prismaField({
    type: TemplateType,
    description: 'Changes a template (administrators); omitted fields stay, null clears a clearable one. SLUG_TAKEN, NOT_FOUND (template, category), BAD_USER_INPUT; nothing changes on a refusal.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateTemplateInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await updateTemplate(ctx.db, uuidArg(id), input);
      return ctx.db.template.findUniqueOrThrow({ ...query, where: { id: uuidArg(id) } });
    },
  }),
  deleteTemplate: t.prismaField({
    type: TemplateType,
    description: 'Deletes a template by archiving it with its projects (administrators): unpublished and hidden from every list, while saved projects, renders and other references to them keep resolving; the slug stays taken. restoreTemplate brings it back.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      await archiveTemplate(ctx.db, uuidArg(id));
      return ctx.db.template.findUniqueOrThrow({ ...query, where: { id: uuidArg(id) } });
    },
  }),
  restoreTemplate: t.prismaField({
    type: TemplateType,
    description: 'Brings an archived template back with the projects archived with it, unpublished (administrators). CONFLICT when it is not archived.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      await restoreTemplate(ctx.db, uuidArg(id));
      return ctx.db.template.findUniqueOrThrow({ ...query, where: { id: uuidArg(id) } });
    },
  }),
}));
