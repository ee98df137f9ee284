// Scenes of a project and their editable fields, as administrators define them. Every change is
// one transaction: a bad field leaves the scene as it was.
import { AppError, ErrorCode, badInput, isUuid, notFound } from '../../kit/errors.ts';
import type { Db } from '../../kit/prisma.ts';
import { Prisma } from '../../../prisma/generated/client/client.ts';
import { SCENE_KEY, fieldRows, optionalUrl, order, text, type FieldInput } from '../fields/definitions.ts';

export interface SceneInput {
  sceneKey?: string;
  title?: string | null;
  durationSec?: number | null;
  order?: number | null;
  compName?: string | null;
  imageUrl?: string | null;
  isRequired?: boolean | null;
  fields?: FieldInput[] | null;
}

function duration(value: number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isFinite(value) || value <= 0 || value > 3600) throw badInput('durationSec must be more than 0 and at most 3600.', 'durationSec');
  return Math.round(value * 1000) / 1000;
}

/** The scene columns an input sets (undefined: unchanged). */
function columns(input: SceneInput) {
  return {
    name: input.title === null || input.title === undefined ? undefined : text(input.title, 'title'),
    durationSec: duration(input.durationSec),
    orderValue: order(input.order, 'order'),
    compName: input.compName === undefined ? undefined : input.compName === null ? null : text(input.compName, 'compName'),
    imageUrl: optionalUrl(input.imageUrl, 'imageUrl'),
    isRequired: input.isRequired ?? undefined,
  };
}

const json = (value: unknown) => value as Prisma.InputJsonValue;
/** A field row for Prisma: a null default is SQL NULL. */
const fieldData = (f: ReturnType<typeof fieldRows>[number]) => ({ ...f, defaultValue: f.defaultValue === null ? Prisma.DbNull : json(f.defaultValue), constraints: json(f.constraints) });

export async function createScene(db: Db, projectId: string, input: SceneInput): Promise<string> {
  if (!input.sceneKey || !SCENE_KEY.test(input.sceneKey)) throw badInput('sceneKey must be lowercase letters, digits, _ and - (starting with a letter, 64 at most).', 'sceneKey');
  const data = columns(input);
  if (data.name === undefined || data.durationSec === undefined) throw badInput('title and durationSec are required.', data.name === undefined ? 'title' : 'durationSec');
  const fields = fieldRows(input.fields ?? []);
  const project = await db.project.findUnique({ where: { id: projectId }, select: { id: true, _count: { select: { scenes: true } } } });
  if (!project) throw notFound('Project', projectId);
  const taken = await db.scene.findUnique({ where: { projectId_sceneKey: { projectId, sceneKey: input.sceneKey } }, select: { id: true } });
  if (taken) throw new AppError(ErrorCode.CONFLICT, `The project already has a scene "${input.sceneKey}".`, { field: 'sceneKey' });
  const scene = await db.scene.create({
    data: {
      ...data, name: data.name, durationSec: data.durationSec, projectId, sceneKey: input.sceneKey,
      orderValue: data.orderValue ?? project._count.scenes,
      fields: { create: fields.map(fieldData) },
    },
    select: { id: true },
  });
  return scene.id;
}

export async function updateScene(db: Db, id: string, input: SceneInput): Promise<void> {
  const data = columns(input);
  const fields = input.fields ? fieldRows(input.fields) : null;
  await db.$transaction(async (tx) => {
    const scene = await tx.scene.findUnique({ where: { id }, select: { id: true } });
    if (!scene) throw notFound('Scene', id);
    await tx.scene.update({ where: { id }, data });
    if (!fields) return;
    // Fields kept by key keep their ids (and anything pointing at them); the rest go.
    await tx.sceneField.deleteMany({ where: { sceneId: id, fieldKey: { notIn: fields.map((f) => f.fieldKey) } } });
    for (const f of fields) {
      const row = fieldData(f);
      await tx.sceneField.upsert({ where: { sceneId_fieldKey: { sceneId: id, fieldKey: f.fieldKey } }, create: { ...row, sceneId: id }, update: row });
    }
  });
}

export async function deleteScene(db: Db, id: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const scene = await tx.scene.findUnique({ where: { id }, select: { projectId: true } });
    if (!scene) return false;
    // Lock the project row: two deletes at once cannot both remove "another" last scene.
    const [project] = await tx.$queryRaw<{ publish_status: string }[]>`SELECT publish_status::text FROM content.projects WHERE id = ${scene.projectId}::uuid FOR UPDATE`;
    const count = await tx.scene.count({ where: { projectId: scene.projectId } });
    if (project?.publish_status === 'Published' && count <= 1) {
      throw new AppError(ErrorCode.CONFLICT, 'A published project keeps at least one scene: unpublish it first.');
    }
    await tx.scene.delete({ where: { id } });
    return true;
  });
}

export async function reorderScenes(db: Db, projectId: string, sceneIds: string[]): Promise<void> {
  await db.$transaction(async (tx) => {
    const project = await tx.project.findUnique({ where: { id: projectId }, select: { scenes: { select: { id: true } } } });
    if (!project) throw notFound('Project', projectId);
    const own = new Set(project.scenes.map((s) => s.id));
    const seen = new Set<string>();
    for (const [index, raw] of sceneIds.entries()) {
      const id = raw.toLowerCase();
      if (!isUuid(id) || !own.has(id) || seen.has(id)) {
        throw new AppError(ErrorCode.INVALID_SCENE, `sceneIds[${index}] is not a scene of this project, or is listed twice.`, { field: `sceneIds[${index}]` });
      }
      seen.add(id);
    }
    if (seen.size !== own.size) throw new AppError(ErrorCode.INVALID_SCENE, 'sceneIds must list every scene of the project.', { field: 'sceneIds' });
    for (const [index, id] of sceneIds.entries()) await tx.scene.update({ where: { id: id.toLowerCase() }, data: { orderValue: index } });
  });
}
