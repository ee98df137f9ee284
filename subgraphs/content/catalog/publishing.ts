// The publish workflow of projects and templates: Draft → Published ⇄ Unpublished. A project is
// published only with a usable AE file and at least one scene; a template only with a published
// project; neither while archived. Users see a project when both it and its template are published.
import { AppError, ErrorCode, notFound } from '../../kit/errors.ts';
import type { Db } from '../../kit/prisma.ts';

/** Why something cannot be published, as stable words in `extensions.reasons`. */
export type NotReady = 'AE_FILE_MISSING' | 'AE_FILE_ERROR' | 'NO_SCENES' | 'NO_PUBLISHED_PROJECT' | 'ARCHIVED';

const messages: Record<NotReady, string> = {
  AE_FILE_MISSING: 'it has no After Effects file',
  AE_FILE_ERROR: 'its After Effects file failed checking',
  NO_SCENES: 'it has no scenes',
  NO_PUBLISHED_PROJECT: 'none of its projects is published',
  ARCHIVED: 'it is archived (deleted): restore it first',
};

function notPublishable(what: string, reasons: NotReady[]): AppError {
  return new AppError(ErrorCode.NOT_PUBLISHABLE, `The ${what} cannot be published: ${reasons.map((r) => messages[r]).join(', ')}.`, { reasons });
}

/** What stops a project from being published (empty: ready). */
export async function projectNotReady(db: Db, id: string): Promise<NotReady[] | null> {
  const project = await db.project.findUnique({ where: { id }, select: { aepFileUrl: true, aeStatus: true, archivedAt: true, _count: { select: { scenes: true } } } });
  if (!project) return null;
  const reasons: NotReady[] = [];
  if (project.archivedAt) reasons.push('ARCHIVED');
  if (!project.aepFileUrl || project.aeStatus === 'Missing') reasons.push('AE_FILE_MISSING');
  else if (project.aeStatus === 'Error') reasons.push('AE_FILE_ERROR');
  if (project._count.scenes === 0) reasons.push('NO_SCENES');
  return reasons;
}

export async function publishProject(db: Db, id: string) {
  const reasons = await projectNotReady(db, id);
  if (!reasons) throw notFound('Project', id);
  if (reasons.length) throw notPublishable('project', reasons);
  // Only a change of state moves published_at; publishing twice changes nothing.
  // An archive between the check and here wins (the database refuses a published archived row too).
  await db.project.updateMany({ where: { id, archivedAt: null, publishStatus: { not: 'Published' } }, data: { publishStatus: 'Published', publishedAt: new Date() } });
}

export async function unpublishProject(db: Db, id: string) {
  const project = await db.project.findUnique({ where: { id }, select: { publishStatus: true } });
  if (!project) throw notFound('Project', id);
  if (project.publishStatus === 'Draft') throw new AppError(ErrorCode.CONFLICT, 'A draft project was never published, so it cannot be unpublished.');
  await db.project.updateMany({ where: { id, publishStatus: 'Published' }, data: { publishStatus: 'Unpublished' } });
}

export async function publishTemplate(db: Db, id: string) {
  const template = await db.template.findUnique({ where: { id }, select: { archivedAt: true, _count: { select: { projects: { where: { publishStatus: 'Published' } } } } } });
  if (!template) throw notFound('Template', id);
  const reasons: NotReady[] = [];
  if (template.archivedAt) reasons.push('ARCHIVED');
  if (template._count.projects === 0) reasons.push('NO_PUBLISHED_PROJECT');
  if (reasons.length) throw notPublishable('template', reasons);
  await db.template.updateMany({ where: { id, archivedAt: null, publishStatus: { not: 'Published' } }, data: { publishStatus: 'Published', publishedAt: new Date() } });
}

export async function unpublishTemplate(db: Db, id: string) {
  const template = await db.template.findUnique({ where: { id }, select: { publishStatus: true } });
  if (!template) throw notFound('Template', id);
  if (template.publishStatus === 'Draft') throw new AppError(ErrorCode.CONFLICT, 'A draft template was never published, so it cannot be unpublished.');
  await db.template.updateMany({ where: { id, publishStatus: 'Published' }, data: { publishStatus: 'Unpublished' } });
}
