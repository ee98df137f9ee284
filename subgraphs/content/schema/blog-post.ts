// BlogPost: a blog post in fa or en. Everyone reads published posts; administrators write them.
import { builder } from '../builder.ts';
import { isAdmin } from '../../kit/auth.ts';
import { notFound, uuidArg } from '../../kit/errors.ts';
import type { Prisma } from '../../../prisma/generated/client/client.ts';
import { CmsStatusEnum, LocaleEnum } from './locale.ts';
import { entryColumns, requireCreateFields, slugTaken, statusColumns, type EntryInput, type Locale } from '../cms/entries.ts';
import type { ContentContext } from '../context.ts';

export const BlogPostType = builder.prismaObject('BlogPost', {
  description: 'A blog post (Markdown body) in one locale.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Post id.' }),
    locale: t.field({ type: LocaleEnum, description: 'fa or en.', select: { locale: true }, resolve: (row) => row.locale as Locale }),
    slug: t.exposeString('slug', { description: 'URL name, unique within its locale.' }),
    title: t.exposeString('title', { description: 'Title.' }),
    summary: t.exposeString('summary', { nullable: true, description: 'Short summary for lists.' }),
    body: t.exposeString('body', { description: 'Markdown body.' }),
    coverImageUrl: t.exposeString('coverImageUrl', { nullable: true, description: 'Cover image URL.' }),
    tags: t.exposeStringList('tags', { description: 'Tags.' }),
    status: t.expose('status', { type: CmsStatusEnum, description: 'Draft, Published or Archived.' }),
    seoTitle: t.exposeString('seoTitle', { nullable: true, description: 'Title for search engines.' }),
    seoDescription: t.exposeString('seoDescription', { nullable: true, description: 'Description for search engines.' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: 'When it was first published.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

const BlogPostInput = builder.inputType('BlogPostInput', {
  description: 'A blog post; on update, omitted fields stay as they are.',
  fields: (t) => ({
    locale: t.field({ type: LocaleEnum, required: false, description: 'Required on create.' }),
    slug: t.string({ required: false, description: 'Required on create; lowercase words joined by hyphens, unique per locale.' }),
    title: t.string({ required: false, description: 'Required on create.' }),
    body: t.string({ required: false, description: 'Markdown; required on create.' }),
    summary: t.string({ required: false }),
    coverImageUrl: t.string({ required: false }),
    tags: t.stringList({ required: false }),
    seoTitle: t.string({ required: false }),
    seoDescription: t.string({ required: false }),
  }),
});

/** Published posts for everyone; administrators see every status. */
const visible = (ctx: ContentContext): Prisma.BlogPostWhereInput => (isAdmin(ctx.caller) ? {} : { status: 'Published' });

builder.queryFields((t) => ({
  blogPosts: t.prismaConnection({
    type: BlogPostType,
    cursor: 'id',
    description: 'Published posts of a locale, newest first.',
    args: { locale: t.arg({ type: LocaleEnum, required: true }), tag: t.arg.string({ required: false, description: 'Only posts with this tag.' }) },
    totalCount: (_root, args, ctx) => ctx.db.blogPost.count({ where: { status: 'Published', locale: args.locale, ...(args.tag ? { tags: { has: args.tag } } : {}) } }),
    resolve: (query, _root, args, ctx) => ctx.db.blogPost.findMany({
      ...query, where: { status: 'Published', locale: args.locale, ...(args.tag ? { tags: { has: args.tag } } : {}) }, orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    }),
  }, { description: 'A page of blog posts.' }),
  blogPost: t.prismaField({
    type: BlogPostType,
    nullable: true,
    description: 'One post by locale and slug (published, unless you are an administrator).',
    args: { locale: t.arg({ type: LocaleEnum, required: true }), slug: t.arg.string({ required: true }) },
    resolve: (query, _root, { locale, slug }, ctx) => ctx.db.blogPost.findFirst({ ...query, where: { locale, slug, ...visible(ctx) } }),
  }),
  adminBlogPosts: t.prismaConnection({
    type: BlogPostType,
    cursor: 'id',
    description: 'Every post, most recently changed first (administrators).',
    args: {
      locale: t.arg({ type: LocaleEnum, required: false }),
      status: t.arg({ type: CmsStatusEnum, required: false }),
      search: t.arg.string({ required: false, description: 'Part of the title.' }),
    },
    totalCount: (_root, args, ctx) => ctx.db.blogPost.count({ where: adminWhere(args) }),
    resolve: (query, _root, args, ctx) => ctx.db.blogPost.findMany({ ...query, where: adminWhere(args), orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }] }),
  }, { description: 'A page of blog posts.' }),
}));

function adminWhere(args: { locale?: string | null; status?: Prisma.BlogPostWhereInput['status'] | null; search?: string | null }): Prisma.BlogPostWhereInput {
  const q = args.search?.trim().slice(0, 100);
  return { ...(args.locale ? { locale: args.locale } : {}), ...(args.status ? { status: args.status } : {}), ...(q ? { title: { contains: q, mode: 'insensitive' } } : {}) };
}

async function ensureFree(ctx: ContentContext, locale: string, slug: string, id?: string) {
  if (await ctx.db.blogPost.findFirst({ where: { locale, slug, ...(id ? { id: { not: id } } : {}) }, select: { id: true } })) throw slugTaken('post', locale, slug);
}

builder.mutationFields((t) => ({
  createBlogPost: t.prismaField({
    type: BlogPostType,
    description: 'Writes a draft post (administrators). CONFLICT when the slug is taken in that locale.',
    args: { input: t.arg({ type: BlogPostInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const data = requireCreateFields(entryColumns(input as EntryInput));
      await ensureFree(ctx, data.locale, data.slug);
      return ctx.db.blogPost.create({ ...query, data: { ...data, authorId: ctx.caller.kind === 'user' ? ctx.caller.userId : null } });
    },
  }),
  updateBlogPost: t.prismaField({
    type: BlogPostType,
    description: 'Changes a post (administrators).',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: BlogPostInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      const data = entryColumns(input as EntryInput);
      const post = await ctx.db.blogPost.findUnique({ where: { id: uuidArg(id) }, select: { id: true, locale: true, slug: true } });
      if (!post) throw notFound('Blog post', String(id));
      await ensureFree(ctx, data.locale ?? post.locale, data.slug ?? post.slug, post.id);
      return ctx.db.blogPost.update({ ...query, where: { id: post.id }, data });
    },
  }),
  setBlogPostStatus: t.prismaField({
    type: BlogPostType,
    description: 'Publishes, archives or returns a post to draft (administrators).',
    args: { id: t.arg.id({ required: true }), status: t.arg({ type: CmsStatusEnum, required: true }) },
    resolve: async (query, _root, { id, status }, ctx) => {
      const post = await ctx.db.blogPost.findUnique({ where: { id: uuidArg(id) }, select: { id: true, publishedAt: true } });
      if (!post) throw notFound('Blog post', String(id));
      return ctx.db.blogPost.update({ ...query, where: { id: post.id }, data: statusColumns(status, post.publishedAt) });
    },
  }),
  deleteBlogPost: t.boolean({
    description: 'Removes a post (administrators). False when it did not exist.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => (await ctx.db.blogPost.deleteMany({ where: { id: uuidArg(id) } })).count > 0,
  }),
}));
