// Page: a CMS static page (about, terms, FAQ) in fa or en. Everyone reads published pages;
// administrators write them.
import { builder } from '../builder.ts';
import { isAdmin } from '../../kit/auth.ts';
import { badInput, notFound, uuidArg } from '../../kit/errors.ts';
import { CmsStatusEnum, LocaleEnum } from './locale.ts';
import { entryColumns, requireCreateFields, slugTaken, statusColumns, type EntryInput, type Locale } from '../cms/entries.ts';
import type { ContentContext } from '../context.ts';

export const PageType = builder.prismaObject('Page', {
  description: 'A static CMS page in one locale.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Page id.' }),
    locale: t.field({ type: LocaleEnum, description: 'fa or en.', select: { locale: true }, resolve: (row) => row.locale as Locale }),
    slug: t.exposeString('slug', { description: 'URL name, unique within its locale.' }),
    title: t.exposeString('title', { description: 'Title.' }),
    body: t.exposeString('body', { description: 'Markdown body.' }),
    status: t.expose('status', { type: CmsStatusEnum, description: 'Draft, Published or Archived.' }),
    seoTitle: t.exposeString('seoTitle', { nullable: true, description: 'Title for search engines.' }),
    seoDescription: t.exposeString('seoDescription', { nullable: true, description: 'Description for search engines.' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: 'When it was first published.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

const PageInput = builder.inputType('PageInput', {
  description: 'A page; on update, omitted fields stay as they are.',
  fields: (t) => ({
    locale: t.field({ type: LocaleEnum, required: false, description: 'Required on create.' }),
    slug: t.string({ required: false, description: 'Required on create; lowercase words joined by hyphens, unique per locale.' }),
    title: t.string({ required: false, description: 'Required on create.' }),
    body: t.string({ required: false, description: 'Markdown; required on create.' }),
    seoTitle: t.string({ required: false }),
    seoDescription: t.string({ required: false }),
  }),
});

async function ensureFree(ctx: ContentContext, locale: string, slug: string, id?: string) {
  if (await ctx.db.page.findFirst({ where: { locale, slug, ...(id ? { id: { not: id } } : {}) }, select: { id: true } })) throw slugTaken('page', locale, slug);
}

builder.queryFields((t) => ({
  pages: t.prismaField({
    type: [PageType],
    description: 'Published pages of a locale by slug (administrators: every status, or the one asked for).',
    args: { locale: t.arg({ type: LocaleEnum, required: true }), status: t.arg({ type: CmsStatusEnum, required: false, description: 'Administrators only.' }) },
    resolve: (query, _root, { locale, status }, ctx) => {
      if (status && !isAdmin(ctx.caller)) throw badInput('Only administrators filter pages by status.', 'status');
      const where = isAdmin(ctx.caller) ? (status ? { status } : {}) : { status: 'Published' as const };
      return ctx.db.page.findMany({ ...query, where: { locale, ...where }, orderBy: [{ slug: 'asc' }] });
    },
  }),
  page: t.prismaField({
    type: PageType,
    nullable: true,
    description: 'One page by locale and slug (published, unless you are an administrator).',
    args: { locale: t.arg({ type: LocaleEnum, required: true }), slug: t.arg.string({ required: true }) },
    resolve: (query, _root, { locale, slug }, ctx) => ctx.db.page.findFirst({ ...query, where: { locale, slug, ...(isAdmin(ctx.caller) ? {} : { status: 'Published' }) } }),
  }),
}));

builder.mutationFields((t) => ({
  createPage: t.prismaField({
    type: PageType,
    description: 'Writes a draft page (administrators). CONFLICT when the slug is taken in that locale.',
    args: { input: t.arg({ type: PageInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const data = requireCreateFields(entryColumns(input as EntryInput));
      await ensureFree(ctx, data.locale, data.slug);
      const { locale, slug, title, body, seoTitle, seoDescription } = data;
      return ctx.db.page.create({ ...query, data: { locale, slug, title, body, seoTitle, seoDescription, updatedBy: ctx.caller.kind === 'user' ? ctx.caller.userId : null } });
    },
  }),
  updatePage: t.prismaField({
    type: PageType,
    description: 'Changes a page (administrators).',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: PageInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      const { locale, slug, title, body, seoTitle, seoDescription } = entryColumns(input as EntryInput);
      const page = await ctx.db.page.findUnique({ where: { id: uuidArg(id) }, select: { id: true, locale: true, slug: true } });
      if (!page) throw notFound('Page', String(id));
      await ensureFree(ctx, locale ?? page.locale, slug ?? page.slug, page.id);
      return ctx.db.page.update({
        ...query, where: { id: page.id },
        data: { locale, slug, title, body, seoTitle, seoDescription, updatedBy: ctx.caller.kind === 'user' ? ctx.caller.userId : undefined },
      });
    },
  }),
  setPageStatus: t.prismaField({
    type: PageType,
    description: 'Publishes, archives or returns a page to draft (administrators).',
    args: { id: t.arg.id({ required: true }), status: t.arg({ type: CmsStatusEnum, required: true }) },
    resolve: async (query, _root, { id, status }, ctx) => {
      const page = await ctx.db.page.findUnique({ where: { id: uuidArg(id) }, select: { id: true, publishedAt: true } });
      if (!page) throw notFound('Page', String(id));
      return ctx.db.page.update({ ...query, where: { id: page.id }, data: statusColumns(status, page.publishedAt) });
    },
  }),
  deletePage: t.boolean({
    description: 'Removes a page (administrators). False when it did not exist.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => (await ctx.db.page.deleteMany({ where: { id: uuidArg(id) } })).count > 0,
  }),
}));
