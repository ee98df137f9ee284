// The check studio asks content for before it saves a customised project: the chosen scenes are
// the project's (each once, the required ones included) and every field value fits its field.
// Content owns the field definitions, so it is the one place that judges values against them.
import type { Db } from '../../kit/prisma.ts';
import { isUuid } from '../../kit/errors.ts';
import { NOBODY } from '../../kit/auth.ts';
import { byKey, checkValues, readConstraints, type FieldDefinition, type Problem } from './values.ts';

export interface SceneChoice {
  sceneId: string;
  fieldValues?: unknown;
}

export interface CustomisationInput {
  projectId: string;
  /** Catalog rows this tenant may use (the platform's and its own). */
  tenantIds: string[] | null;
  fieldValues?: unknown;
  /** The scenes in the order chosen; undefined leaves the choice alone. */
  scenes?: SceneChoice[] | null;
  /** A preset to start from (it must be the project's); `withDefaultPreset` picks the default. */
  presetId?: string | null;
  withDefaultPreset?: boolean;
}

export interface ProjectScene {
  id: string;
  sceneKey: string;
  order: number;
  durationSec: number;
  isRequired: boolean;
}

export interface CustomisationCheck {
  projectId: string;
  templateId: string;
  published: boolean;
  /** All the project's scenes, in the designer's order. */
  scenes: ProjectScene[];
  /** The preset asked for (or the default), with only the values that fit the fields today. */
  preset: { id: string; values: Record<string, unknown> } | null;
  problems: Problem[];
}

/** Loads a project with everything its values are judged by. */
export async function loadProjectFields(db: Db, projectId: string, tenantIds: string[] | null) {
  const project = await db.project.findFirst({
    where: { id: projectId, ...(tenantIds ? { tenantId: { in: tenantIds } } : {}) },
    select: {
      id: true, templateId: true, publishStatus: true,
      scenes: { orderBy: [{ orderValue: 'asc' }, { sceneKey: 'asc' }], select: { id: true, sceneKey: true, orderValue: true, durationSec: true, isRequired: true, fields: { select: { fieldKey: true, fieldType: true, constraints: true } } } },
      characters: { select: { characterId: true } },
    },
  });
  if (!project) return null;
  const definitions = (fields: { fieldKey: string; fieldType: FieldDefinition['type']; constraints: unknown }[]): FieldDefinition[] =>
    fields.map((f) => ({ key: f.fieldKey, type: f.fieldType, constraints: readConstraints(f.constraints) }));
  let characters = new Set(project.characters.map((c) => c.characterId));
  // A project that names no characters offers every active one.
  if (characters.size === 0) characters = new Set((await db.character.findMany({ where: { isActive: true }, select: { id: true } })).map((c) => c.id));
  return {
    project,
    characters,
    all: byKey(project.scenes.flatMap((scene) => definitions(scene.fields))),
    perScene: new Map(project.scenes.map((scene) => [scene.id, byKey(definitions(scene.fields))])),
  };
}

export async function checkCustomisation(db: Db, input: CustomisationInput): Promise<CustomisationCheck | null> {
  const loaded = await loadProjectFields(db, input.projectId, input.tenantIds);
  if (!loaded) return null;
  const { project, characters, all, perScene } = loaded;
  const problems = checkValues(input.fieldValues, all, 'fieldValues', characters);
  if (input.scenes) problems.push(...checkScenes(input.scenes, project.scenes, perScene, characters));
  let preset: CustomisationCheck['preset'] = null;
  if (input.presetId || input.withDefaultPreset) {
    const row = await db.preset.findFirst({
      where: { projectId: project.id, ...(input.presetId ? { id: isUuid(input.presetId) ? input.presetId.toLowerCase() : NOBODY } : { isDefault: true }) },
      select: { id: true, values: true },
    });
    if (!row && input.presetId) problems.push({ code: 'BAD_USER_INPUT', path: 'presetId', message: 'presetId: not a preset of this project.' });
    if (row) {
      // Fields change after presets are made: a value that no longer fits is left out, not an error.
      const values = Object.fromEntries(Object.entries((row.values ?? {}) as Record<string, unknown>)
        .filter(([key, value]) => checkValues({ [key]: value }, all, 'values', characters).length === 0));
      preset = { id: row.id, values };
    }
  }
  return {
    projectId: project.id,
    templateId: project.templateId,
    published: project.publishStatus === 'Published',
    scenes: project.scenes.map((s) => ({ id: s.id, sceneKey: s.sceneKey, order: s.orderValue, durationSec: Number(s.durationSec), isRequired: s.isRequired })),
    preset,
    problems,
  };
}

function checkScenes(
  chosen: SceneChoice[],
  scenes: { id: string; sceneKey: string; isRequired: boolean }[],
  perScene: Map<string, Map<string, FieldDefinition[]>>,
  characters: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  if (chosen.length === 0) problems.push({ code: 'BAD_USER_INPUT', path: 'scenes', message: 'scenes: choose at least one scene.' });
  const seen = new Set<string>();
  for (const [index, choice] of chosen.entries()) {
    const at = `scenes[${index}]`;
    const id = isUuid(choice.sceneId) ? choice.sceneId.toLowerCase() : null;
    const definitions = id ? perScene.get(id) : undefined;
    if (!id || !definitions) {
      problems.push({ code: 'INVALID_SCENE', path: `${at}.sceneId`, message: `${at}.sceneId: ${String(choice.sceneId).slice(0, 64)} is not a scene of this project.` });
      continue;
    }
    if (seen.has(id)) problems.push({ code: 'INVALID_SCENE', path: `${at}.sceneId`, message: `${at}.sceneId: the scene is chosen twice.` });
    seen.add(id);
    problems.push(...checkValues(choice.fieldValues, definitions, `${at}.fieldValues`, characters));
  }
  for (const scene of scenes) {
    if (scene.isRequired && !seen.has(scene.id) && chosen.length > 0) {
      problems.push({ code: 'BAD_USER_INPUT', path: 'scenes', message: `scenes: the scene "${scene.sceneKey}" is required and cannot be left out.` });
    }
  }
  return problems;
}
