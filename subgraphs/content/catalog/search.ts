// The admin Projects page's search (seed 000): every renderable project across templates, matched
// fuzzily (pg_trgm) on the project's name and its template's name and slug, best match first.
import { Prisma } from '../../../prisma/generated/client/client.ts';
import type { Db } from '../../kit/prisma.ts';

/**
 * How alike a search word and a word of a name must be (pg_trgm word_similarity). 0.6, pg_trgm's
 * default, misses one-letter typos in short words ("nowrz"); 0.35 still leaves unrelated names out.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.35;

export interface AdminProjectFilter {
  templateId?: string | null;
  published?: boolean | null;
  hasAeFile?: boolean | null;
  aspectRatio?: string | null;
  /** true: archived (deleted) projects only; otherwise live ones only. */
  archived?: boolean | null;
}

export interface SearchPage {
  ids: string[];
  totalCount: number;
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function conditions(search: string, filter: AdminProjectFilter): Prisma.Sql {
  // Archived projects are out of the list unless asked for (a project is archived with its template).
  const parts: Prisma.Sql[] = [filter.archived === true ? Prisma.sql`p.archived_at IS NOT NULL` : Prisma.sql`p.archived_at IS NULL`];
  if (filter.templateId) parts.push(Prisma.sql`p.template_id = ${filter.templateId}::uuid`);
  if (filter.published === true) parts.push(Prisma.sql`p.publish_status = 'Published'`);
  if (filter.published === false) parts.push(Prisma.sql`p.publish_status <> 'Published'`);
  if (filter.hasAeFile === true) parts.push(Prisma.sql`p.aep_file_url IS NOT NULL`);
  if (filter.hasAeFile === false) parts.push(Prisma.sql`p.aep_file_url IS NULL`);
  if (filter.aspectRatio) parts.push(Prisma.sql`p.aspect_ratio = ${filter.aspectRatio}`);
  if (search) {
    const like = likePattern(search);
    // `<%` (word similar) and ILIKE both use the GIN trigram indexes on these three columns.
    parts.push(Prisma.sql`(${search} <% p.name OR ${search} <% t.name OR ${search} <% t.slug
      OR p.name ILIKE ${like} OR t.name ILIKE ${like} OR t.slug ILIKE ${like})`);
  }
  return Prisma.join(parts, ' AND ');
}

/** One page of matching project ids in order (relevance, then name), and how many match in all. */
export async function searchProjects(db: Db, search: string, filter: AdminProjectFilter, offset: number, limit: number): Promise<SearchPage> {
  const where = conditions(search, filter);
  // Best match first; without a search, by name alone (a bare 0 would be read as a column position).
  const order = search
    ? Prisma.sql`GREATEST(word_similarity(${search}, p.name), word_similarity(${search}, t.name), word_similarity(${search}, t.slug)) DESC, p.name ASC, p.id ASC`
    : Prisma.sql`p.name ASC, p.id ASC`;
  return db.$transaction(async (tx) => {
    // Transaction-local, so the pooled connection goes back with the default.
    await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`;
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT p.id::text AS id FROM content.projects p JOIN content.templates t ON t.id = p.template_id
      WHERE ${where}
      ORDER BY ${order}
      OFFSET ${offset} LIMIT ${limit}`;
    const [{ count }] = await tx.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM content.projects p JOIN content.templates t ON t.id = p.template_id WHERE ${where}`;
    return { ids: rows.map((r) => r.id), totalCount: Number(count) };
  });
}
