// A user's saved projects: create from a content project, change (field values, scenes and their
// order, music, voiceover, sound effects, volumes), duplicate and delete. Everything is checked
// first (content judges field values and scenes), then written in one transaction, so a bad input
// leaves nothing behind.
import { AppError, ErrorCode, badInput, notFound, uuidArg } from '../../kit/errors.ts';
import type { Prisma } from '../../../prisma/generated/client/client.ts';
import type { AudioKind } from '../../../prisma/generated/client/enums.ts';
import type { StudioContext } from '../context.ts';
import { checkWithContent, type ContentScene, type SceneChoice } from './content-check.ts';

/** Volumes are percentages (seed: music_volume, sfx_volume, voiceover_volume). */
export const VOLUME_MAX = 100;
/** Offsets on the timeline: up to an hour. */
const OFFSET_MAX_MS = 3_600_000;
const MAX_SFX = 100;
const FIELD_VALUES_MAX_BYTES = 256 * 1024;

export interface SfxInput {
  audioTrackId: string;
  sceneKey?: string | null;
  startMs: number;
}

export interface SavedProjectInput {
  name?: string | null;
  presetId?: string | null;
  fieldValues?: unknown;
  scenes?: SceneChoice[] | null;
  musicTrackId?: string | null;
  musicStartMs?: number | null;
  musicVolume?: number | null;
  sfxVolume?: number | null;
  voiceoverTrackId?: string | null;
  voiceoverStartMs?: number | null;
  voiceoverVolume?: number | null;
  sfx?: SfxInput[] | null;
}

function signedIn(ctx: StudioContext) {
  if (ctx.caller.kind !== 'user') throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first.');
  return ctx.caller;
}

/** The caller's own saved projects (another user's id is simply not found). */
export function mine(ctx: StudioContext, search?: string | null): Prisma.SavedProjectWhereInput {
  if (ctx.caller.kind !== 'user') return { id: { in: [] } };
  const q = search?.trim().slice(0, 100);
  return { tenantId: ctx.caller.tenantId, userId: ctx.caller.userId, deletedAt: null, ...(q ? { name: { contains: q, mode: 'insensitive' } } : {}) };
}

export function savedName(value: string, field = 'name'): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 200) throw badInput(`${field} must be 1 to 200 characters.`, field);
  return trimmed;
}

export function volume(value: number | null | undefined, field: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > VOLUME_MAX) throw badInput(`${field} must be a whole number from 0 to ${VOLUME_MAX}.`, field);
  return value;
}

function offset(value: number | null | undefined, field: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > OFFSET_MAX_MS) throw badInput(`${field} must be a whole number of milliseconds from 0 to ${OFFSET_MAX_MS}.`, field);
  return value;
}

/** An object of field values, its nulls dropped (null clears a value: the default applies). */
function values(value: unknown, field: string): Prisma.InputJsonObject | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw badInput(`${field} must be an object of field key to value.`, field);
  if (JSON.stringify(value).length > FIELD_VALUES_MAX_BYTES) throw badInput(`${field} is too large (256 KiB at most).`, field);
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null)) as Prisma.InputJsonObject;
}

/** A visible track of the right kind, null to remove, undefined to leave alone. */
async function track(ctx: StudioContext, id: string | null | undefined, field: string, kind: AudioKind): Promise<string | null | undefined> {
  if (id === undefined) return undefined;
  if (id === null) return null;
  const row = await ctx.loaders.audioTrack.load(uuidArg(id, field));
  if (!row || !row.isActive) throw notFound('Audio track', id);
  if (row.kind !== kind) throw badInput(`${field} must be a ${kind.toLowerCase()} track, not ${row.kind.toLowerCase()}.`, field);
  return row.id;
}

async function sfxRows(ctx: StudioContext, sfx: SfxInput[], sceneKeys: ReadonlySet<string>) {
  if (sfx.length > MAX_SFX) throw badInput(`sfx: at most ${MAX_SFX} sound effects.`, 'sfx');
  const rows = [];
  for (const [index, placement] of sfx.entries()) {
    const at = `sfx[${index}]`;
    const audioTrackId = (await track(ctx, placement.audioTrackId, `${at}.audioTrackId`, 'Sfx'))!;
    if (placement.sceneKey !== null && placement.sceneKey !== undefined && !sceneKeys.has(placement.sceneKey)) {
      throw new AppError(ErrorCode.INVALID_SCENE, `${at}.sceneKey: "${placement.sceneKey.slice(0, 64)}" is not a chosen scene of this saved project.`, { field: `${at}.sceneKey` });
    }
    rows.push({ audioTrackId, sceneKey: placement.sceneKey ?? null, startMs: offset(placement.startMs, `${at}.startMs`)! });
  }
  return rows;
}

/** Rows of the chosen scenes, in the order given, and their length in all. */
function sceneRows(tenantId: string, chosen: SceneChoice[] | null | undefined, projectScenes: ContentScene[]) {
  const byId = new Map(projectScenes.map((scene) => [scene.id, scene]));
  const picked = chosen
    ? chosen.map((choice) => ({ scene: byId.get(choice.sceneId.toLowerCase())!, fieldValues: values(choice.fieldValues, 'scenes.fieldValues') ?? {} }))
    : projectScenes.map((scene) => ({ scene, fieldValues: {} }));
  return {
    rows: picked.map(({ scene, fieldValues }, order) => ({ tenantId, sceneKey: scene.sceneKey, sceneId: scene.id, orderValue: order, fieldValues })),
    durationSec: picked.reduce((sum, { scene }) => sum + scene.durationSec, 0),
  };
}

const sceneChoices = (scenes: SceneChoice[] | null | undefined) =>
  scenes?.map((s, index) => ({ sceneId: uuidArg(s.sceneId, `scenes[${index}].sceneId`), fieldValues: s.fieldValues ?? null }));

export async function createSavedProject(ctx: StudioContext, input: SavedProjectInput & { projectId: string }): Promise<string> {
  const caller = signedIn(ctx);
  const projectId = uuidArg(input.projectId, 'projectId');
  const name = savedName(input.name ?? '');
  const given = values(input.fieldValues, 'fieldValues');
  const scenes = sceneChoices(input.scenes);
  const check = await checkWithContent(ctx.peers, caller, {
    projectId, fieldValues: given ?? null, scenes,
    presetId: input.presetId ? uuidArg(input.presetId, 'presetId') : null, withDefaultPreset: !input.presetId,
  });
  // Users start from published projects only; existing saved projects outlive an unpublish.
  if (!check.published && caller.role !== 'Admin') throw notFound('Project', projectId);
  const { rows, durationSec } = sceneRows(caller.tenantId, scenes, check.scenes);
  const audio = await audioColumns(ctx, input);
  const keys = new Set(rows.map((r) => r.sceneKey));
  const sfx = input.sfx ? await sfxRows(ctx, input.sfx, keys) : [];
  const created = await ctx.db.savedProject.create({
    data: {
      tenantId: caller.tenantId, userId: caller.userId, projectId, templateId: check.templateId, presetId: check.presetId, name,
      // The preset's values first; what the user gave wins.
      fieldValues: { ...(check.presetValues ?? {}), ...(given ?? {}) } as Prisma.InputJsonObject,
      durationSec, ...audio,
      scenes: { create: rows.map(({ tenantId, ...row }) => ({ tenantId, ...row })) },
      sfx: { create: sfx.map((row) => ({ ...row, tenantId: caller.tenantId })) },
    },
    select: { id: true },
  });
  return created.id;
}

async function audioColumns(ctx: StudioContext, input: SavedProjectInput) {
  return {
    musicTrackId: await track(ctx, input.musicTrackId, 'musicTrackId', 'Music'),
    musicStartMs: offset(input.musicStartMs, 'musicStartMs'),
    musicVolume: volume(input.musicVolume, 'musicVolume'),
    sfxVolume: volume(input.sfxVolume, 'sfxVolume'),
    voiceoverTrackId: await track(ctx, input.voiceoverTrackId, 'voiceoverTrackId', 'Voiceover'),
    voiceoverStartMs: offset(input.voiceoverStartMs, 'voiceoverStartMs'),
    voiceoverVolume: volume(input.voiceoverVolume, 'voiceoverVolume'),
  };
}

export async function updateSavedProject(ctx: StudioContext, id: string, input: SavedProjectInput): Promise<void> {
  const caller = signedIn(ctx);
  const existing = await ctx.db.savedProject.findFirst({ where: { ...mine(ctx), id: uuidArg(id) }, select: { id: true, projectId: true, scenes: { select: { sceneKey: true } } } });
  if (!existing) throw notFound('Saved project', id);
  const name = input.name === null || input.name === undefined ? undefined : savedName(input.name);
  const fieldValues = values(input.fieldValues, 'fieldValues');
  const scenes = sceneChoices(input.scenes);
  if (input.presetId !== undefined && input.presetId !== null) uuidArg(input.presetId, 'presetId');
  // Only field values, scenes and presets need content's word; volumes and names do not.
  const check = fieldValues !== undefined || scenes || input.presetId
    ? await checkWithContent(ctx.peers, caller, { projectId: existing.projectId, fieldValues: fieldValues ?? null, scenes, presetId: input.presetId ?? null })
    : null;
  const chosen = scenes && check ? sceneRows(caller.tenantId, scenes, check.scenes) : null;
  const keys = new Set(chosen ? chosen.rows.map((r) => r.sceneKey) : existing.scenes.map((s) => s.sceneKey));
  const audio = await audioColumns(ctx, input);
  const sfx = input.sfx ? await sfxRows(ctx, input.sfx, keys) : null;
  await ctx.db.$transaction(async (tx) => {
    await tx.savedProject.update({
      where: { id: existing.id },
      data: {
        name, fieldValues, ...audio,
        ...(input.presetId === null ? { presetId: null } : check?.presetId && input.presetId ? { presetId: check.presetId } : {}),
        ...(chosen ? { durationSec: chosen.durationSec } : {}),
      },
    });
    if (chosen) {
      await tx.savedProjectScene.deleteMany({ where: { savedProjectId: existing.id } });
      await tx.savedProjectScene.createMany({ data: chosen.rows.map((row) => ({ ...row, savedProjectId: existing.id })) });
    }
    if (sfx) {
      await tx.savedProjectSfx.deleteMany({ where: { savedProjectId: existing.id } });
      await tx.savedProjectSfx.createMany({ data: sfx.map((row) => ({ ...row, savedProjectId: existing.id, tenantId: caller.tenantId })) });
    } else if (chosen) {
      // Sound effects placed on a scene that is no longer chosen go with it.
      await tx.savedProjectSfx.deleteMany({ where: { savedProjectId: existing.id, sceneKey: { notIn: [...keys] } } });
    }
  });
}

/** Copies a saved project: values, scenes in order, audio, sound effects; named "… (copy)". */
export async function duplicateSavedProject(ctx: StudioContext, id: string): Promise<string> {
  signedIn(ctx);
  const source = await ctx.db.savedProject.findFirst({ where: { ...mine(ctx), id: uuidArg(id) }, include: { scenes: true, sfx: true } });
  if (!source) throw notFound('Saved project', id);
  const suffix = ' (copy)';
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, scenes, sfx, name, fieldValues, ...rest } = source;
  const copy = await ctx.db.savedProject.create({
    data: {
      ...rest,
      name: `${name.slice(0, 200 - suffix.length).trimEnd()}${suffix}`,
      fieldValues: fieldValues as Prisma.InputJsonValue,
      scenes: { create: scenes.map(({ savedProjectId: _s, createdAt: _sc, updatedAt: _su, fieldValues: v, ...scene }) => ({ ...scene, fieldValues: v as Prisma.InputJsonValue })) },
      sfx: { create: sfx.map(({ id: _x, savedProjectId: _s, createdAt: _sc, ...placement }) => placement) },
    },
    select: { id: true },
  });
  return copy.id;
}

/** Deletes one of the caller's saved projects (kept as deleted, for renders that point at it). */
export async function deleteSavedProject(ctx: StudioContext, id: string): Promise<boolean> {
  signedIn(ctx);
  const { count } = await ctx.db.savedProject.updateMany({ where: { ...mine(ctx), id: uuidArg(id) }, data: { deletedAt: new Date() } });
  return count > 0;
}
