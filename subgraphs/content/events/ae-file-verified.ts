// content's part when render nodes hold an After Effects file (render's `render.ae-file-verified`):
// every project with that file that is still `Uploaded` becomes `Ready`. One conditional update:
// a redelivered event, or one applied by two replicas at once, finds nothing left to change (no
// consumed-events table is needed), and a project given another file meanwhile no longer matches.
// Projects in `Error` or `Missing` are left as they are.
import type { Db } from '../../kit/prisma.ts';
import type { AeFileVerifiedEvent } from '../../../prisma/jobs.ts';

const MD5 = /^[0-9a-f]{32}$/;

export async function onAeFileVerified(db: Db, event: AeFileVerifiedEvent): Promise<string> {
  // Only well-formed hashes: the queue is render's, but a bad entry must not poison the rest.
  const md5s = [...new Set((Array.isArray(event?.md5s) ? event.md5s : []).filter((m): m is string => typeof m === 'string').map((m) => m.toLowerCase()))].filter((m) => MD5.test(m));
  if (md5s.length === 0) return 'nothing to mark';
  const { count } = await db.project.updateMany({ where: { aepFileMd5: { in: md5s }, aeStatus: 'Uploaded' }, data: { aeStatus: 'Ready' } });
  return count === 0 ? 'nothing to mark' : `${count} project(s) Ready`;
}
