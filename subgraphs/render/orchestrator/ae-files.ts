// A project's After Effects file, as render sees it at submission. A file content has just been
// given is `Uploaded`: only a node holding it can verify it, so it must be renderable, or no new
// file would ever become `Ready`. A node that reports holding a file tells content through
// `render.ae-file-verified` (nodes.ts); so does a submission for an `Uploaded` file a node already
// holds (the same file attached again, or to another project: no node reports it a second time).
import type { Prisma } from '../../../prisma/generated/client/client.ts';
import { AppError, ErrorCode } from '../../kit/errors.ts';
import { announceAeFilesHeld } from './events.ts';

const RENDERABLE = ['Uploaded', 'Ready'];

/** CONFLICT, saying why, unless the project's AE file may be rendered. */
export function assertRenderable(aeStatus: string): void {
  if (RENDERABLE.includes(aeStatus)) return;
  const why = aeStatus === 'Missing' ? 'This template has no After Effects file yet'
    : aeStatus === 'Error' ? 'This template\'s After Effects file could not be opened'
      : 'This template\'s After Effects file is not ready for rendering';
  throw new AppError(ErrorCode.CONFLICT, `${why}: it cannot be rendered.`, { aeStatus });
}

/** In the submission's transaction: an `Uploaded` file some node already holds is announced. */
export async function announceIfAlreadyHeld(tx: Prisma.TransactionClient, project: { aeStatus: string; aepFileMd5: string | null }): Promise<void> {
  if (project.aeStatus !== 'Uploaded' || !project.aepFileMd5) return;
  const md5 = project.aepFileMd5.toLowerCase();
  const held = await tx.nodeTemplateCache.findFirst({ where: { aepFileMd5: md5, lastAction: { in: ['Downloaded', 'Verified'] } }, select: { nodeId: true } });
  if (held) await announceAeFilesHeld(tx, [md5], held.nodeId);
}
