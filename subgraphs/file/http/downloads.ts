// GET /v1/storage/<key>?...: the time-limited links fileDownloadUrl hands out (local disk only; an
// object store serves its own presigned links). A file in the trash or gone is not served.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../../kit/prisma.ts';
import { serveSignedObject } from '../../kit/storage.ts';

export function downloadRoutes(req: IncomingMessage, res: ServerResponse, { db }: { db: Db }): Promise<boolean> {
  return serveSignedObject(req, res, async (key) => (await db.file.count({ where: { storageKey: key, deletedAt: null, status: 'Ready' } })) === 1);
}
