// Exports after the render: short-lived signed download links served by the project itself,
// deletion (file and row), paid extension of the auto-delete date, and the sweep that deletes
// exports past that date.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../kit/prisma.ts';
import type { Peers } from '../../kit/peers.ts';
import { badInput } from '../../kit/errors.ts';
import { storage } from '../../kit/storage.ts';
import type { Export, ExportFile } from '../../../prisma/generated/client/client.ts';

/** How long a download link works. */
export const DOWNLOAD_TTL_SECONDS = 15 * 60;
/** What one more day of keeping an export costs, in minor units. */
export const EXTENSION_PRICE_PER_DAY_MINOR = BigInt(process.env.EXPORT_EXTENSION_PRICE_PER_DAY_MINOR ?? 20_000);

const linkKey = () => createHash('sha256').update(`downloads:${process.env.RENDER_SECRET_KEY ?? ''}`).digest();
const sign = (exportId: string, extension: string, expires: number) => createHmac('sha256', linkKey()).update(`${exportId}.${extension}.${expires}`).digest('hex');

/** Where the project is reached from outside (links point there): PUBLIC_URL or the local router. */
const publicUrl = () => (process.env.PUBLIC_URL ?? `http://127.0.0.1:${process.env.ROUTER_PORT ?? 4000}`).replace(/\/$/, '');

/** A signed link to the export's main file, or to one of its other formats. */
export function downloadLink(exported: Export & { files: ExportFile[] }, format?: string | null, now = Date.now()): { url: string; expiresAt: Date } {
  const formats = [exported.fileExtension, ...exported.files.map((f) => f.fileExtension)];
  const extension = format ?? exported.fileExtension;
  if (!formats.includes(extension)) throw badInput(`This export is available as ${formats.join(', ')}.`, 'format');
  const expires = Math.floor(now / 1000) + DOWNLOAD_TTL_SECONDS;
  return { url: `${publicUrl()}/v1/downloads/${exported.id}.${extension}?expires=${expires}&signature=${sign(exported.id, extension, expires)}`, expiresAt: new Date(expires * 1000) };
}

/** Checks a link's signature and age; the export's storage key and size when it is good. */
export async function resolveDownload(db: Db, exportId: string, extension: string, expires: string | null, signature: string | null): Promise<{ key: string; fileName: string } | 'expired' | 'forged' | 'gone'> {
  if (!expires || !signature || !/^\d{1,12}$/.test(expires) || !/^[0-9a-f]{64}$/.test(signature)) return 'forged';
  const expected = Buffer.from(sign(exportId, extension, Number(expires)), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return 'forged';
  if (Number(expires) * 1000 < Date.now()) return 'expired';
  const exported = await db.export.findUnique({ where: { id: exportId }, include: { files: true } });
  if (!exported) return 'gone';
  const path = exported.fileExtension === extension ? exported.path : exported.files.find((f) => f.fileExtension === extension)?.path;
  return path ? { key: path, fileName: `flatrender-${exportId.slice(0, 8)}.${extension}` } : 'gone';
}

/** Deletes an export's files and its row (its render job keeps running history, minus the link). */
export async function deleteExport(db: Db, exported: Export & { files: ExportFile[] }): Promise<void> {
  await db.export.delete({ where: { id: exported.id } });
  for (const key of [exported.path, ...exported.files.map((f) => f.path)]) await storage().delete(key);
}

/**
 * Keeps an export `days` longer, charged to the owner's wallet. Asking twice for the same
 * extension (the same current date) charges once.
 */
export async function extendExport(db: Db, peers: Peers, exported: Export, days: number): Promise<Date> {
  if (!Number.isInteger(days) || days < 1 || days > 365) throw badInput('days must be 1 to 365.', 'days');
  const next = new Date(exported.autoDeleteDate.getTime() + days * 86_400_000);
  await peers.asService('identity', 'mutation($input: ChargeWalletInput!) { chargeWallet(input: $input) { id } }', {
    input: {
      userId: exported.userId,
      amountMinor: Number(EXTENSION_PRICE_PER_DAY_MINOR * BigInt(days)),
      idempotencyKey: `export:${exported.id}:extend:${exported.autoDeleteDate.getTime()}`,
      referenceType: 'export',
      referenceId: exported.id,
      description: `Keep export ${days} more days`,
    },
  });
  // From the date the charge was for: a concurrent extension does not extend twice for one charge.
  await db.export.updateMany({ where: { id: exported.id, autoDeleteDate: exported.autoDeleteDate }, data: { autoDeleteDate: next } });
  return (await db.export.findUniqueOrThrow({ where: { id: exported.id } })).autoDeleteDate;
}

/** Deletes exports past their auto-delete date (on the job queue). */
export async function sweepExpiredExports(db: Db, batch = 200): Promise<number> {
  const expired = await db.export.findMany({ where: { autoDeleteDate: { lt: new Date() } }, include: { files: true }, take: batch });
  for (const exported of expired) await deleteExport(db, exported);
  return expired.length;
}
