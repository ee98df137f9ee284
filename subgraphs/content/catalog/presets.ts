// Presets: named value sets for a project (field key → value, judged like a saved project's) or
// a character (part → choice). One default per project.
import { AppError, ErrorCode, badInput, notFound, uuidArg } from '../../kit/errors.ts';
import type { Db } from '../../kit/prisma.ts';
import type { Prisma } from '../../../prisma/generated/client/client.ts';
import type { PresetType } from '../../../prisma/generated/client/enums.ts';
import { optionalUrl, order, text } from '../fields/definitions.ts';
import { checkValues } from '../fields/values.ts';
import { loadProjectFields } from '../fields/customisation.ts';

export interface PresetInput {
  projectId?: string | null;
  characterId?: string | null;
  name?: string | null;
  type?: PresetType | null;
  values?: unknown;
  thumbnailUrl?: string | null;
  order?: number | null;
  isDefault?: boolean | null;
}

async function checkPresetValues(db: Db, projectId: string | null, characterId: string | null, values: unknown) {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) throw badInput('values must be an object.', 'values');
  if (JSON.stringify(values).length > 64 * 1024) throw badInput('values is too large (64 KiB at most).', 'values');
  if (projectId) {
    const loaded = await loadProjectFields(db, projectId, null);
    if (!loaded) throw notFound('Project', projectId);
    const [problem] = checkValues(values, loaded.all, 'values', loaded.characters);
    if (problem) throw new AppError(ErrorCode[problem.code], problem.message, { field: problem.path });
  } else if (characterId) {
    if (!(await db.character.findUnique({ where: { id: characterId }, select: { id: true } }))) throw notFound('Character', characterId);
    // A character preset picks a choice per part: names to text.
    for (const [part, choice] of Object.entries(values)) if (typeof choice !== 'string') throw badInput(`values.${part} must be text.`, `values.${part}`);
  }
  return values as Prisma.InputJsonObject;
}

export async function createPreset(db: Db, input: PresetInput) {
  const projectId = input.projectId ? uuidArg(input.projectId, 'projectId') : null;
  const characterId = input.characterId ? uuidArg(input.characterId, 'characterId') : null;
  if (!projectId && !characterId) throw badInput('A preset belongs to a project or a character: give projectId or characterId.', 'projectId');
  if (!input.type) throw badInput('type is required.', 'type');
  const name = text(input.name ?? '', 'name');
  const values = await checkPresetValues(db, projectId, characterId, input.values ?? {});
  return db.$transaction(async (tx) => {
    if (input.isDefault && projectId) await tx.preset.updateMany({ where: { projectId, isDefault: true }, data: { isDefault: false } });
    return tx.preset.create({
      data: {
        projectId, characterId, name, presetType: input.type!, values, thumbnailUrl: optionalUrl(input.thumbnailUrl, 'thumbnailUrl'),
        orderValue: order(input.order, 'order') ?? 0, isDefault: Boolean(input.isDefault && projectId),
      },
      select: { id: true },
    });
  });
}

export async function updatePreset(db: Db, id: string, input: PresetInput) {
  const preset = await db.preset.findUnique({ where: { id }, select: { projectId: true, characterId: true } });
  if (!preset) throw notFound('Preset', id);
  const values = input.values === undefined || input.values === null ? undefined : await checkPresetValues(db, preset.projectId, preset.characterId, input.values);
  await db.$transaction(async (tx) => {
    if (input.isDefault && preset.projectId) await tx.preset.updateMany({ where: { projectId: preset.projectId, isDefault: true, id: { not: id } }, data: { isDefault: false } });
    await tx.preset.update({
      where: { id },
      data: {
        name: input.name === null || input.name === undefined ? undefined : text(input.name, 'name'),
        presetType: input.type ?? undefined,
        values,
        thumbnailUrl: optionalUrl(input.thumbnailUrl, 'thumbnailUrl'),
        orderValue: order(input.order, 'order'),
        isDefault: input.isDefault === null || input.isDefault === undefined ? undefined : Boolean(input.isDefault && preset.projectId),
      },
    });
  });
}
