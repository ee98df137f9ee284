// Email over SMTP, by nodemailer; one pooled transport per SMTP_URL.
import nodemailer, { type Transporter } from 'nodemailer';
import { DeliveryError, type OutgoingMessage, type SentMessage } from './sender.ts';

const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport(smtpUrl, { pool: true, maxConnections: 2, connectionTimeout: 10_000, socketTimeout: 20_000 } as never);
    transports.set(smtpUrl, transport);
  }
  return transport;
}

export async function sendEmail(smtpUrl: string, from: string, to: string, message: OutgoingMessage): Promise<SentMessage> {
  const text = message.url ? `${message.text}\n\n${message.url}` : message.text;
  const html = `<p>${escapeHtml(message.text).replace(/\n/g, '<br>')}</p>${message.url ? `<p><a href="${escapeHtml(message.url)}">${escapeHtml(message.url)}</a></p>` : ''}`;
  try {
    const info = await transportFor(smtpUrl).sendMail({
      from,
      to,
      subject: message.subject,
      text,
      html,
      headers: { 'X-FlatRender-Notification': message.notificationId },
    });
    return { provider: 'smtp', providerMessageId: info.messageId };
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode;
    // 5xx replies are final (no such mailbox, refused); 4xx and connection failures are worth another try.
    throw new DeliveryError(`The SMTP server refused the message: ${(error as Error).message}`, code !== undefined && code >= 500);
  }
}

/** Closes the pooled SMTP connections (at shutdown). */
export function closeEmailTransports(): void {
  for (const transport of transports.values()) transport.close();
  transports.clear();
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
