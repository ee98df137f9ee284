// SVG colour previews (seed 000: content.template_svg_previews, "drop image → traced SVG"): an
// administrator drops a PNG (or JPEG) they uploaded; content copies it into the catalog, records
// the preview `Pending` and queues the tracing on pg-boss (CPU work stays off the request path).
// The job traces it to SVG, stored inline as a data: URL in svg_url with its fills as colour
// slots, and the preview is `Traced` — or `Failed` with the reason. One preview per template
// (project null) and per project: asking again replaces it.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Prisma, TemplateSvgPreview } from '../../../prisma/generated/client/client.ts';
import type { Caller } from '../../kit/auth.ts';
import { AppError, ErrorCode, badInput, notFound } from '../../kit/errors.ts';
import { enqueue } from '../../kit/outbox.ts';
import type { Peers } from '../../kit/peers.ts';
import type { Db } from '../../kit/prisma.ts';
import { storage } from '../../kit/storage.ts';
import { callersFile, copyIntoCatalog, forgetObject, keyOfUri, storageUri } from '../uploads/uploaded-files.ts';
import { ImageError, decodeImage, shrink } from './decode.ts';
import { TracingError, normaliseSvg, traceToSvg } from './tracer.ts';

export const SVG_TRACE_QUEUE = 'content-svg-trace';
/** Largest source image (20 MiB): a colour preview is a small picture. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
/** Largest SVG kept (1 MiB): a busier trace is no use as a preview. */
export const MAX_SVG_BYTES = 1024 * 1024;

/** One colour slot as the seed stores it: a fill of the SVG, recoloured from a field's value. */
export interface ColorSlot {
  fill: string;
  field_key: string | null;
}

export const slotsOf = (preview: Pick<TemplateSvgPreview, 'colorSlots'>) => (preview.colorSlots as unknown as ColorSlot[]) ?? [];

/** The SVG markup inside a preview's data: URL. */
export function svgMarkup(svgUrl: string | null): string | null {
  const prefix = 'data:image/svg+xml;base64,';
  return svgUrl?.startsWith(prefix) ? Buffer.from(svgUrl.slice(prefix.length), 'base64').toString('utf8') : null;
}

export interface RequestPreview {
  templateId: string;
  projectId: string | null;
  fileId: string;
}

/** Records the preview `Pending` from the caller's uploaded image and queues its tracing; returns its id. */
export async function requestSvgPreview(db: Db, peers: Peers, caller: Caller, input: RequestPreview): Promise<string> {
  const template = await db.template.findUnique({ where: { id: input.templateId }, select: { id: true } });
  if (!template) throw notFound('Template', input.templateId);
  if (input.projectId && !(await db.project.count({ where: { id: input.projectId, templateId: input.templateId } }))) throw notFound('Project', input.projectId);
  const file = await callersFile(peers, caller, input.fileId, ['image/png', 'image/jpeg'], 'an image that can be traced');
  if (Number(file.sizeBytes) > MAX_SOURCE_BYTES) throw new AppError(ErrorCode.FILE_TOO_LARGE, `A colour preview's image may be at most ${MAX_SOURCE_BYTES} bytes.`, { field: 'fileId' });

  // Each request traces its own copy, so a job never reads a source replaced under it.
  const key = `catalog/svg-previews/${input.templateId}/${randomUUID()}`;
  await copyIntoCatalog(file, key);
  try {
    const { id, previous } = await db.$transaction(async (tx) => {
      const [old] = await tx.$queryRaw<{ source_image_url: string }[]>`SELECT source_image_url FROM content.template_svg_previews
        WHERE template_id = ${input.templateId}::uuid AND project_id IS NOT DISTINCT FROM ${input.projectId}::uuid FOR UPDATE`;
      const [row] = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO content.template_svg_previews (template_id, project_id, source_image_url, status, created_by)
        VALUES (${input.templateId}::uuid, ${input.projectId}::uuid, ${storageUri(key)}, 'Pending', ${caller.kind === 'user' ? caller.userId : null}::uuid)
        ON CONFLICT ON CONSTRAINT template_svg_previews_template_id_project_id_key DO UPDATE
          SET source_image_url = EXCLUDED.source_image_url, status = 'Pending', svg_url = NULL, color_slots = '[]', width = NULL, height = NULL,
              error_message = NULL, created_by = EXCLUDED.created_by
        RETURNING id::text`;
      // Keyed by the preview: a job still waiting for it traces whatever source is current.
      await enqueue(tx, SVG_TRACE_QUEUE, { previewId: row.id }, { singletonKey: row.id });
      return { id: row.id, previous: old?.source_image_url ?? null };
    });
    await forgetObject(keyOfUri(previous));
    return id;
  } catch (error) {
    await forgetObject(key);
    // Deleted between the check and the insert.
    if (/foreign key/i.test((error as Error).message)) throw notFound(input.projectId ? 'Project' : 'Template', input.projectId ?? input.templateId);
    throw error;
  }
}

async function readSource(key: string): Promise<Buffer> {
  const object = await storage().open(key);
  if (!object) throw new ImageError('The source image is gone.');
  if (object.size > MAX_SOURCE_BYTES) {
    object.stream.destroy();
    throw new ImageError('The source image is too large.');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of object.stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The job: traces a `Pending` preview and records `Traced` or `Failed`. Safe to run twice or on
 * several replicas: the result is written only while the row is still `Pending` with the same
 * source, so a preview replaced meanwhile is left to its own job.
 */
export async function traceSvgPreview(db: Db, log: Logger, previewId: string): Promise<string> {
  const preview = await db.templateSvgPreview.findUnique({ where: { id: previewId } });
  if (!preview || preview.status !== 'Pending') return 'nothing to do';
  const key = keyOfUri(preview.sourceImageUrl);
  let outcome: Prisma.TemplateSvgPreviewUpdateManyMutationInput;
  try {
    if (!key) throw new ImageError('The preview has no stored source image.');
    const image = shrink(await decodeImage(await readSource(key)));
    const { svg, fills } = normaliseSvg(await traceToSvg(image));
    if (Buffer.byteLength(svg) > MAX_SVG_BYTES) throw new ImageError('The traced SVG is too detailed (over 1 MiB): use a simpler image.');
    outcome = {
      status: 'Traced', svgUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
      colorSlots: fills.map((fill): ColorSlot => ({ fill, field_key: null })) as never, width: image.width, height: image.height, errorMessage: null,
    };
  } catch (error) {
    if (!(error instanceof ImageError || error instanceof TracingError)) throw error;
    outcome = { status: 'Failed', errorMessage: error.message.slice(0, 500) };
    log.warn({ previewId, reason: error.message }, 'svg preview failed');
  }
  const written = await db.templateSvgPreview.updateMany({ where: { id: previewId, status: 'Pending', sourceImageUrl: preview.sourceImageUrl }, data: outcome });
  return written.count ? String(outcome.status) : 'replaced meanwhile';
}

export interface SlotMapping {
  fill: string;
  fieldKey?: string | null;
}

/**
 * Says which field recolours which fill. Every fill must be one the trace found; a field must be a
 * Color field of the preview's project (of any of the template's projects for a template preview).
 * Fills not given keep no field.
 */
export async function setColorSlots(db: Db, id: string, mappings: SlotMapping[]): Promise<void> {
  const preview = await db.templateSvgPreview.findUnique({ where: { id } });
  if (!preview) throw notFound('SvgPreview', id);
  if (preview.status !== 'Traced') throw new AppError(ErrorCode.CONFLICT, 'Colour slots can be set once the preview is traced.');
  const fills = slotsOf(preview).map((slot) => slot.fill);
  const given = new Map<string, string | null>();
  for (const [index, mapping] of mappings.entries()) {
    const fill = mapping.fill.trim().toLowerCase();
    if (!fills.includes(fill)) throw badInput(`${mapping.fill.slice(0, 20)} is not a colour of this preview (${fills.join(', ')}).`, `slots[${index}].fill`);
    if (given.has(fill)) throw badInput(`${fill} is given twice.`, `slots[${index}].fill`);
    given.set(fill, mapping.fieldKey ?? null);
  }
  const keys = [...new Set([...given.values()].filter((key): key is string => key !== null))];
  if (keys.length) {
    const colourFields = await db.sceneField.findMany({
      where: { fieldKey: { in: keys }, fieldType: 'Color', scene: preview.projectId ? { projectId: preview.projectId } : { project: { templateId: preview.templateId } } },
      select: { fieldKey: true },
    });
    const known = new Set(colourFields.map((field) => field.fieldKey));
    const unknown = keys.find((key) => !known.has(key));
    if (unknown !== undefined) throw new AppError(ErrorCode.INVALID_FIELD, `${unknown.slice(0, 64)} is not a colour field of this ${preview.projectId ? 'project' : 'template'}.`, { field: 'slots' });
  }
  const slots = fills.map((fill): ColorSlot => ({ fill, field_key: given.get(fill) ?? null }));
  await db.templateSvgPreview.updateMany({ where: { id, status: 'Traced', sourceImageUrl: preview.sourceImageUrl }, data: { colorSlots: slots as never } });
}

/** Removes a preview and the catalog's copy of its image; false when there was none. */
export async function deleteSvgPreview(db: Db, id: string): Promise<boolean> {
  const [deleted] = await db.$queryRaw<{ source_image_url: string }[]>`DELETE FROM content.template_svg_previews WHERE id = ${id}::uuid RETURNING source_image_url`;
  if (!deleted) return false;
  await forgetObject(keyOfUri(deleted.source_image_url));
  return true;
}
