// Projects (a template's renderable variants) as administrators create, change and delete them:
// an aspect ratio with a native size that fits it, a frame rate render can render at, a length,
// and a place in the template's order. The AE file comes separately (attachProjectAeFile).
// Deleting archives, as for templates: other owners keep pointing at the project by id.
import type { Prisma, Project } from '../../../prisma/generated/client/client.ts';
import { AppError, ErrorCode, badInput, notFound } from '../../kit/errors.ts';
import type { Db } from '../../kit/prisma.ts';
import { optionalUrl, order, text } from '../fields/definitions.ts';

export const ASPECT_RATIOS = ['16:9', '9:16', '1:1', '4:5'];
/** Native frame rates: what render renders at (render also offers 24, 25, 30 and 60 per job). */
export const FRAME_RATES = [24, 25, 30, 50, 60];
const MIN_SIDE = 16;
const MAX_SIDE = 8192;
/** How far width/height may be from the named ratio (1366×768 is 16:9). */
const RATIO_TOLERANCE = 0.01;
const MAX_DURATION_SEC = 3600;

export interface ProjectInput {
  name?: string | null;
  aspectRatio?: string | null;
  width?: number | null;
  height?: number | null;
  frameRate?: number | null;
  durationSec?: number | null;
  thumbnailUrl?: string | null;
  previewVideoUrl?: string | null;
  order?: number | null;
  aeVersion?: string | null;
  mainComp?: string | null;
}

function side(value: number, field: string): number {
  if (!Number.isInteger(value) || value < MIN_SIDE || value > MAX_SIDE) throw badInput(`${field} must be a whole number of pixels from ${MIN_SIDE} to ${MAX_SIDE}.`, field);
  return value;
}

/** The size must be the ratio it claims: a 1080×1920 project is not 16:9. */
function checkShape(aspectRatio: string, width: number, height: number): void {
  if (!ASPECT_RATIOS.includes(aspectRatio)) throw badInput(`aspectRatio must be one of ${ASPECT_RATIOS.join(', ')}.`, 'aspectRatio');
  const [w, h] = aspectRatio.split(':').map(Number);
  if (Math.abs(width / height - w / h) / (w / h) > RATIO_TOLERANCE) {
    throw badInput(`${width}x${height} is not ${aspectRatio}.`, 'width');
  }
}

function frameRate(value: number | null | undefined): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (!FRAME_RATES.includes(value)) throw badInput(`frameRate must be one of ${FRAME_RATES.join(', ')}.`, 'frameRate');
  return value;
}

/** Seconds with at most millisecond precision (numeric(8,3)); null clears it. */
function duration(value: number | null | undefined): number | null | undefined {
  if (value === undefined || value === null) return value;
  if (!Number.isFinite(value) || value <= 0 || value > MAX_DURATION_SEC) throw badInput(`durationSec must be more than 0 and at most ${MAX_DURATION_SEC}.`, 'durationSec');
  return Math.round(value * 1000) / 1000;
}

function aeText(value: string | null | undefined, field: string, max: number): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  // eslint-disable-next-line no-control-regex
  if (!trimmed || trimmed.length > max || /[\u0000-\u001f\u007f]/.test(trimmed)) throw badInput(`${field} must be 1 to ${max} characters without control characters.`, field);
  return trimmed;
}

/** Columns an input sets, checked one by one (undefined: unchanged); the shape is checked with the row. */
function columns(input: ProjectInput) {
  return {
    name: input.name === undefined || input.name === null ? undefined : text(input.name, 'name'),
    width: input.width === undefined || input.width === null ? undefined : side(input.width, 'width'),
    height: input.height === undefined || input.height === null ? undefined : side(input.height, 'height'),
    aspectRatio: input.aspectRatio ?? undefined,
    frameRate: frameRate(input.frameRate),
    durationSec: duration(input.durationSec),
    thumbnailUrl: optionalUrl(input.thumbnailUrl, 'thumbnailUrl'),
    previewVideoUrl: optionalUrl(input.previewVideoUrl, 'previewVideoUrl'),
    orderValue: order(input.order, 'order'),
    aeVersion: aeText(input.aeVersion, 'aeVersion', 32),
    mainComp: aeText(input.mainComp, 'mainComp', 255),
  };
}

/** A unique (template, aspect ratio, size) refusal, naming an archived holder that could be restored. */
async function variantTaken(db: Db, templateId: string, aspectRatio: string, width: number, height: number): Promise<AppError> {
  const holder = await db.project.findFirst({ where: { templateId, aspectRatio, width, height }, select: { id: true, archivedAt: true } });
  return new AppError(ErrorCode.CONFLICT, holder?.archivedAt
    ? `The archived project ${holder.id} is this template's ${aspectRatio} ${width}x${height}: restore it instead.`
    : `The template already has a ${aspectRatio} ${width}x${height} project.`, { field: 'aspectRatio', projectId: holder?.id ?? null, archived: Boolean(holder?.archivedAt) });
}

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === 'P2002';

export async function createProject(db: Db, templateId: string, input: ProjectInput): Promise<Project> {
  const data = columns(input);
  for (const field of ['aspectRatio', 'width', 'height'] as const) {
    if (data[field] === undefined) throw badInput(`${field} is required.`, field);
  }
  checkShape(data.aspectRatio!, data.width!, data.height!);
  try {
    return await db.$transaction(async (tx) => {
      // The template row lock keeps two creates from sharing a place, and an archive from slipping in between.
      const [template] = await tx.$queryRaw<{ name: string; tenant_id: string; archived_at: Date | null }[]>`
        SELECT name, tenant_id::text, archived_at FROM content.templates WHERE id = ${templateId}::uuid FOR UPDATE`;
      if (!template) throw notFound('Template', templateId);
      if (template.archived_at) throw new AppError(ErrorCode.CONFLICT, 'The template is archived: restore it before adding projects.', { field: 'templateId', archived: true });
      const name = data.name ?? `${template.name.slice(0, 190).trim()} ${data.aspectRatio}`;
      // Appended after the template's last project unless placed.
      const last = await tx.project.aggregate({ where: { templateId }, _max: { orderValue: true } });
      const orderValue = data.orderValue ?? (last._max.orderValue === null ? 0 : last._max.orderValue + 1);
      return tx.project.create({
        data: { ...data, name, orderValue, templateId, tenantId: template.tenant_id, aspectRatio: data.aspectRatio!, width: data.width!, height: data.height! } as Prisma.ProjectUncheckedCreateInput,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw await variantTaken(db, templateId, data.aspectRatio!, data.width!, data.height!);
    throw error;
  }
}

export async function updateProject(db: Db, id: string, input: ProjectInput): Promise<void> {
  for (const field of ['name', 'aspectRatio', 'width', 'height', 'frameRate'] as const) {
    if (input[field] === null) throw badInput(`${field} cannot be cleared.`, field);
  }
  const data = columns(input);
  const project = await db.project.findUnique({ where: { id }, select: { templateId: true, aspectRatio: true, width: true, height: true } });
  if (!project) throw notFound('Project', id);
  const shape = { aspectRatio: data.aspectRatio ?? project.aspectRatio, width: data.width ?? project.width, height: data.height ?? project.height };
  if (data.aspectRatio !== undefined || data.width !== undefined || data.height !== undefined) checkShape(shape.aspectRatio, shape.width, shape.height);
  try {
    await db.project.update({ where: { id }, data: data as Prisma.ProjectUncheckedUpdateInput });
  } catch (error) {
    if (isUniqueViolation(error)) throw await variantTaken(db, project.templateId, shape.aspectRatio, shape.width, shape.height);
    if ((error as { code?: string }).code === 'P2025') throw notFound('Project', id);
    throw error;
  }
}

/** Archives a project: unpublished, hidden, never published again until restored. Twice changes nothing. */
export async function archiveProject(db: Db, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const [project] = await tx.$queryRaw<{ archived_at: Date | null }[]>`SELECT archived_at FROM content.projects WHERE id = ${id}::uuid FOR UPDATE`;
    if (!project) throw notFound('Project', id);
    if (project.archived_at) return;
    await tx.project.updateMany({ where: { id, publishStatus: 'Published' }, data: { publishStatus: 'Unpublished' } });
    await tx.project.update({ where: { id }, data: { archivedAt: new Date() } });
  });
}

/** Brings an archived project back, unpublished (a draft stays a draft). Its template must be live. */
export async function restoreProject(db: Db, id: string): Promise<void> {
  const known = await db.project.findUnique({ where: { id }, select: { templateId: true } });
  if (!known) throw notFound('Project', id);
  await db.$transaction(async (tx) => {
    // Template first, then project: the order archiveTemplate locks them in.
    const [template] = await tx.$queryRaw<{ archived_at: Date | null }[]>`SELECT archived_at FROM content.templates WHERE id = ${known.templateId}::uuid FOR SHARE`;
    const [row] = await tx.$queryRaw<{ archived_at: Date | null }[]>`SELECT archived_at FROM content.projects WHERE id = ${id}::uuid FOR UPDATE`;
    const project = row && template ? { archived_at: row.archived_at, template_archived_at: template.archived_at } : null;
    if (!project) throw notFound('Project', id);
    if (!project.archived_at) throw new AppError(ErrorCode.CONFLICT, 'This project is not archived.');
    if (project.template_archived_at) throw new AppError(ErrorCode.CONFLICT, 'Its template is archived: restore the template first.', { archived: true });
    await tx.project.update({ where: { id }, data: { archivedAt: null } });
  });
}
