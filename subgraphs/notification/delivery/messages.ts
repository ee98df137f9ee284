// A notification's words per channel and language: the tenant's template for its type, channel
// and locale, else the global one, else the notification's own title and body. Templates use
// {{name}} placeholders: title, body, url and the notification's data fields.
import type { Db } from '../../kit/prisma.ts';
import type { NotificationChannel } from '../../../prisma/generated/client/enums.ts';
import type { OutgoingMessage } from '../channels/sender.ts';

interface NotificationRow {
  id: string;
  tenantId: string;
  type: string;
  title: string;
  body: string;
  data: unknown;
  actionUrl: string | null;
  imageUrl: string | null;
}

export async function composeMessage(db: Db, notification: NotificationRow, channel: NotificationChannel, locale: string, publicUrl: string): Promise<OutgoingMessage> {
  const url = notification.actionUrl ? new URL(notification.actionUrl, publicUrl).toString() : null;
  const templates = await db.notificationTemplate.findMany({
    where: { code: notification.type, channel, locale, isActive: true, OR: [{ tenantId: notification.tenantId }, { tenantId: null }] },
  });
  const template = templates.find((t) => t.tenantId === notification.tenantId) ?? templates.find((t) => t.tenantId === null);
  const base = { notificationId: notification.id, type: notification.type, url, imageUrl: notification.imageUrl };
  if (!template) return { ...base, subject: notification.title, text: notification.body };
  const values: Record<string, string> = { title: notification.title, body: notification.body, url: url ?? '' };
  for (const [key, value] of Object.entries((notification.data ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') values[key] = String(value);
  }
  const fill = (text: string) => text.replace(/\{\{\s*([A-Za-z0-9_.]+)\s*\}\}/g, (_match, name: string) => values[name] ?? '');
  return { ...base, subject: fill(template.subject ?? '{{title}}'), text: fill(template.body) };
}
