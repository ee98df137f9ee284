// The character library and the characters each project offers.
import { AppError, ErrorCode, badInput, isUuid, notFound } from '../../kit/errors.ts';
import type { Db } from '../../kit/prisma.ts';
import type { Prisma } from '../../../prisma/generated/client/client.ts';
import { optionalUrl, order, text } from '../fields/definitions.ts';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CharacterInput {
  name?: string | null;
  slug?: string | null;
  description?: string | null;
  thumbnailUrl?: string | null;
  attributes?: unknown;
  order?: number | null;
  isActive?: boolean | null;
}

export function characterData(input: CharacterInput) {
  if (input.slug !== null && input.slug !== undefined && (!SLUG.test(input.slug) || input.slug.length > 100)) {
    throw badInput('slug must be lowercase letters and digits joined by single hyphens (100 at most).', 'slug');
  }
  const attributes = input.attributes;
  if (attributes !== undefined && attributes !== null && (typeof attributes !== 'object' || Array.isArray(attributes))) throw badInput('attributes must be an object.', 'attributes');
  if (attributes && JSON.stringify(attributes).length > 64 * 1024) throw badInput('attributes is too large (64 KiB at most).', 'attributes');
  return {
    name: input.name === null || input.name === undefined ? undefined : text(input.name, 'name'),
    slug: input.slug ?? undefined,
    description: input.description === undefined ? undefined : input.description === null ? null : text(input.description, 'description', 2000),
    thumbnailUrl: optionalUrl(input.thumbnailUrl, 'thumbnailUrl'),
    attributes: (attributes ?? undefined) as Prisma.InputJsonObject | undefined,
    orderValue: order(input.order, 'order'),
    isActive: input.isActive ?? undefined,
  };
}

export async function createCharacter(db: Db, input: CharacterInput) {
  const data = characterData(input);
  if (!data.name || !data.slug) throw badInput('name and slug are required.', data.name ? 'slug' : 'name');
  if (await db.character.findUnique({ where: { slug: data.slug }, select: { id: true } })) throw new AppError(ErrorCode.CONFLICT, `A character "${data.slug}" exists.`, { field: 'slug' });
  return db.character.create({ data: { ...data, name: data.name, slug: data.slug }, select: { id: true } });
}

export async function updateCharacter(db: Db, id: string, input: CharacterInput) {
  const data = characterData(input);
  if (!(await db.character.findUnique({ where: { id }, select: { id: true } }))) throw notFound('Character', id);
  if (data.slug && (await db.character.findFirst({ where: { slug: data.slug, id: { not: id } }, select: { id: true } }))) throw new AppError(ErrorCode.CONFLICT, `A character "${data.slug}" exists.`, { field: 'slug' });
  await db.character.update({ where: { id }, data });
}

/** Sets the characters a project offers (an empty list: any active character). */
export async function setProjectCharacters(db: Db, projectId: string, characterIds: string[]) {
  const ids = [...new Set(characterIds.map((id, index) => {
    if (!isUuid(id)) throw new AppError(ErrorCode.INVALID_ID, `characterIds[${index}] must be a uuid.`, { field: `characterIds[${index}]` });
    return id.toLowerCase();
  }))];
  await db.$transaction(async (tx) => {
    if (!(await tx.project.findUnique({ where: { id: projectId }, select: { id: true } }))) throw notFound('Project', projectId);
    const found = await tx.character.findMany({ where: { id: { in: ids } }, select: { id: true } });
    const missing = ids.find((id) => !found.some((c) => c.id === id));
    if (missing) throw notFound('Character', missing);
    await tx.projectCharacter.deleteMany({ where: { projectId } });
    await tx.projectCharacter.createMany({ data: ids.map((characterId) => ({ projectId, characterId })) });
  });
}
