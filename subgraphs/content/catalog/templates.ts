// Templates as administrators create, change and delete them. A template is a catalog row of a
// tenant (the platform's unless told otherwise) with a slug unique in that tenant, generated from
// the name when not given. Deleting archives: saved projects, renders and node caches elsewhere
// point at its projects by id, so the rows stay, unpublished and hidden, and can be restored.
import type { Prisma, Template } from '../../../prisma/generated/client/client.ts';
import { DEFAULT_TENANT_ID } from '../../kit/auth.ts';
import { AppError, ErrorCode, badInput, notFound, uuidArg } from '../../kit/errors.ts';
import type { Peers } from '../../kit/peers.ts';
import type { Db } from '../../kit/prisma.ts';
import { optionalUrl, text } from '../fields/definitions.ts';

/** Lowercase letters and digits in words joined by single hyphens (the database CHECKs it too). */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_MAX = 100;
/** The largest base price (minor units) a template may have: far beyond any real price, well inside bigint. */
const MAX_PRICE_MINOR = 10n ** 15n;

export interface TemplateInput {
  name?: string | null;
  slug?: string | null;
  description?: string | null;
  categoryId?: string | number | null;
  thumbnailUrl?: string | null;
  previewVideoUrl?: string | null;
  isFeatured?: boolean | null;
  priceMinor?: bigint | null;
  /** Create only: the tenant whose private catalog it joins (default: the platform's). */
  tenantId?: string | number | null;
}

/** The slug a name suggests: ASCII words of it, or "template" when it has none (a Persian title). */
export function slugOf(name: string): string {
  const words = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX - 4) break; // room for a "-123" suffix
    slug = next;
  }
  return slug || 'template';
}

function givenSlug(value: string): string {
  const slug = value.trim();
  if (slug.length > SLUG_MAX || !SLUG.test(slug)) throw badInput(`slug must be lowercase letters and digits in words joined by single hyphens, ${SLUG_MAX} characters at most.`, 'slug');
  return slug;
}

const slugTaken = (slug: string, holder: { id: string; archivedAt: Date | null }) =>
  new AppError(ErrorCode.SLUG_TAKEN, holder.archivedAt
    ? `The archived template ${holder.id} still holds the slug "${slug}": restore it, or change its slug first.`
    : `Another template of this tenant has the slug "${slug}".`, { field: 'slug', templateId: holder.id, archived: holder.archivedAt !== null });

function description(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  if (trimmed.length > 5000) throw badInput('description must be at most 5000 characters.', 'description');
  return trimmed || null;
}

function price(value: bigint | null | undefined): bigint | undefined {
  if (value === undefined || value === null) return undefined;
  if (value < 0n || value > MAX_PRICE_MINOR) throw badInput(`priceMinor must be from 0 to ${MAX_PRICE_MINOR}.`, 'priceMinor');
  return value;
}

/** The category id an input names (null clears it); NOT_FOUND for one that does not exist. */
async function category(db: Db, value: string | number | null | undefined): Promise<string | null | undefined> {
  if (value === undefined || value === null) return value;
  const id = uuidArg(value, 'categoryId');
  if (!(await db.category.findUnique({ where: { id }, select: { id: true } }))) throw notFound('Category', id);
  return id;
}

/** Columns an input sets, checked (undefined: unchanged). */
async function columns(db: Db, input: TemplateInput) {
  return {
    name: input.name === undefined || input.name === null ? undefined : text(input.name, 'name'),
    description: description(input.description),
    categoryId: await category(db, input.categoryId),
    thumbnailUrl: optionalUrl(input.thumbnailUrl, 'thumbnailUrl'),
    previewVideoUrl: optionalUrl(input.previewVideoUrl, 'previewVideoUrl'),
    isFeatured: input.isFeatured ?? undefined,
    priceMinor: price(input.priceMinor),
  };
}

/** The tenant a new template belongs to: the platform's, or one identity knows (NOT_FOUND otherwise). */
async function tenantOf(peers: Peers, value: string | number | null | undefined): Promise<string> {
  if (value === undefined || value === null) return DEFAULT_TENANT_ID;
  const id = uuidArg(value, 'tenantId');
  if (id === DEFAULT_TENANT_ID) return id;
  // Asked as the caller: identity shows platform administrators every tenant.
  const [tenant] = await peers.entities<{ id: string }>('identity', 'Tenant', [id], 'id');
  if (!tenant) throw notFound('Tenant', id);
  return id;
}

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === 'P2002';

export async function createTemplate(db: Db, peers: Peers, createdBy: string | null, input: TemplateInput): Promise<Template> {
  if (input.name === undefined || input.name === null) throw badInput('name is required.', 'name');
  const data = await columns(db, input);
  const tenantId = await tenantOf(peers, input.tenantId);
  const explicit = input.slug === undefined || input.slug === null ? null : givenSlug(input.slug);
  const base = explicit ?? slugOf(data.name!);
  for (let attempt = 0; ; attempt++) {
    let slug = base;
    if (explicit) {
      const holder = await db.template.findUnique({ where: { tenantId_slug: { tenantId, slug } }, select: { id: true, archivedAt: true } });
      if (holder) throw slugTaken(slug, holder);
    } else {
      // The first of base, base-2, base-3 ... that this tenant does not use.
      const used = new Set((await db.template.findMany({ where: { tenantId, slug: { startsWith: base } }, select: { slug: true } })).map((t) => t.slug));
      for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    }
    try {
      return await db.template.create({ data: { ...data, name: data.name!, slug, tenantId, createdBy } as Prisma.TemplateUncheckedCreateInput });
    } catch (error) {
      // Another create took the slug between the look and the insert: the unique index decided.
      if (!isUniqueViolation(error)) throw error;
      if (explicit || attempt >= 4) throw slugTaken(slug, (await db.template.findUnique({ where: { tenantId_slug: { tenantId, slug } }, select: { id: true, archivedAt: true } })) ?? { id: 'unknown', archivedAt: null });
    }
  }
}

export async function updateTemplate(db: Db, id: string, input: TemplateInput): Promise<void> {
  if (input.tenantId !== undefined && input.tenantId !== null) throw badInput('A template stays in its tenant: tenantId cannot change.', 'tenantId');
  if (input.name === null) throw badInput('name cannot be cleared.', 'name');
  const data = await columns(db, input);
  const template = await db.template.findUnique({ where: { id }, select: { tenantId: true } });
  if (!template) throw notFound('Template', id);
  let slug: string | undefined;
  if (input.slug !== undefined && input.slug !== null) {
    slug = givenSlug(input.slug);
    const holder = await db.template.findUnique({ where: { tenantId_slug: { tenantId: template.tenantId, slug } }, select: { id: true, archivedAt: true } });
    if (holder && holder.id !== id) throw slugTaken(slug, holder);
  }
  try {
    await db.template.update({ where: { id }, data: { ...data, ...(slug ? { slug } : {}) } as Prisma.TemplateUncheckedUpdateInput });
  } catch (error) {
    if (isUniqueViolation(error) && slug) throw slugTaken(slug, { id: 'unknown', archivedAt: null });
    if ((error as { code?: string }).code === 'P2025') throw notFound('Template', id);
    throw error;
  }
}

/**
 * Archives a template and its live projects in one transaction (the same time on each, so a
 * restore brings back exactly those). Archiving an archived template changes nothing.
 */
export async function archiveTemplate(db: Db, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const [template] = await tx.$queryRaw<{ archived_at: Date | null }[]>`SELECT archived_at FROM content.templates WHERE id = ${id}::uuid FOR UPDATE`;
    if (!template) throw notFound('Template', id);
    if (template.archived_at) return;
    const now = new Date();
    await tx.project.updateMany({ where: { templateId: id, archivedAt: null, publishStatus: 'Published' }, data: { publishStatus: 'Unpublished' } });
    await tx.project.updateMany({ where: { templateId: id, archivedAt: null }, data: { archivedAt: now } });
    await tx.template.updateMany({ where: { id, publishStatus: 'Published' }, data: { publishStatus: 'Unpublished' } });
    await tx.template.update({ where: { id }, data: { archivedAt: now } });
  });
}

/**
 * Brings an archived template back, with the projects archived together with it, all unpublished
 * (drafts stay drafts): publishing again is a separate, checked step.
 */
export async function restoreTemplate(db: Db, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const [template] = await tx.$queryRaw<{ archived_at: Date | null }[]>`SELECT archived_at FROM content.templates WHERE id = ${id}::uuid FOR UPDATE`;
    if (!template) throw notFound('Template', id);
    if (!template.archived_at) throw new AppError(ErrorCode.CONFLICT, 'This template is not archived.');
    await tx.project.updateMany({ where: { templateId: id, archivedAt: template.archived_at }, data: { archivedAt: null } });
    await tx.template.update({ where: { id }, data: { archivedAt: null } });
  });
}
