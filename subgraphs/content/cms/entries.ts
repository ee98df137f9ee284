// Blog posts and CMS pages, in Persian and English: their text checked, one slug per locale, and
// the Draft → Published → Archived status with the first publication date kept.
import { AppError, ErrorCode, badInput } from '../../kit/errors.ts';
import type { CmsStatus } from '../../../prisma/generated/client/enums.ts';
import { optionalUrl, text } from '../fields/definitions.ts';
import { SLUG } from '../catalog/characters.ts';

export const LOCALES = ['fa', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
const BODY_MAX = 200_000;

export interface EntryInput {
  locale?: Locale | null;
  slug?: string | null;
  title?: string | null;
  body?: string | null;
  summary?: string | null;
  coverImageUrl?: string | null;
  tags?: string[] | null;
  seoTitle?: string | null;
  seoDescription?: string | null;
}

const optionalText = (value: string | null | undefined, field: string, max: number) =>
  value === undefined ? undefined : value === null || value.trim() === '' ? null : text(value, field, max);

/** The columns an input sets, checked (undefined: unchanged). */
export function entryColumns(input: EntryInput) {
  if (input.locale !== undefined && input.locale !== null && !LOCALES.includes(input.locale)) throw badInput('locale must be fa or en.', 'locale');
  if (input.slug !== undefined && input.slug !== null && (!SLUG.test(input.slug) || input.slug.length > 150)) {
    throw badInput('slug must be lowercase letters and digits joined by single hyphens (150 at most).', 'slug');
  }
  if (input.body !== undefined && input.body !== null && (input.body.trim() === '' || input.body.length > BODY_MAX)) throw badInput(`body must be 1 to ${BODY_MAX} characters.`, 'body');
  if (input.tags && (input.tags.length > 20 || input.tags.some((tag) => !tag.trim() || tag.length > 50))) throw badInput('tags: at most 20, each 1 to 50 characters.', 'tags');
  return {
    locale: input.locale ?? undefined,
    slug: input.slug ?? undefined,
    title: input.title === null || input.title === undefined ? undefined : text(input.title, 'title'),
    body: input.body ?? undefined,
    summary: optionalText(input.summary, 'summary', 1000),
    coverImageUrl: optionalUrl(input.coverImageUrl, 'coverImageUrl'),
    tags: input.tags ? [...new Set(input.tags.map((tag) => tag.trim()))] : undefined,
    seoTitle: optionalText(input.seoTitle, 'seoTitle', 300),
    seoDescription: optionalText(input.seoDescription, 'seoDescription', 500),
  };
}

export function requireCreateFields<T extends { locale?: string; slug?: string; title?: string; body?: string }>(data: T) {
  for (const field of ['locale', 'slug', 'title', 'body'] as const) if (!data[field]) throw badInput(`${field} is required.`, field);
  return data as T & { locale: string; slug: string; title: string; body: string };
}

export const slugTaken = (kind: string, locale: string, slug: string) =>
  new AppError(ErrorCode.CONFLICT, `A ${kind} with slug "${slug}" exists in ${locale}.`, { field: 'slug' });

/** Status change columns: the first publication's date is kept through later edits. */
export function statusColumns(status: CmsStatus, publishedAt: Date | null) {
  return { status, publishedAt: status === 'Published' && !publishedAt ? new Date() : publishedAt };
}
