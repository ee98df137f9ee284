// The notification owner's channel settings, read from the environment (zod) when a sender is
// first needed. A channel whose settings are absent is not configured: its deliveries are
// recorded as Skipped, never silently dropped.
import { z } from 'zod';

const optional = z.string().trim().min(1).optional();

const schema = z.object({
  /** VAPID key pair (base64url, as `web-push generate-vapid-keys` prints) and contact for push services. */
  VAPID_PUBLIC_KEY: optional,
  VAPID_PRIVATE_KEY: optional,
  VAPID_SUBJECT: z.string().default('mailto:support@flatrender.local'),
  /** SMTP server, e.g. smtps://user:pass@smtp.example.com:465. */
  SMTP_URL: z.string().url().optional(),
  EMAIL_FROM: z.string().default('FlatRender <no-reply@flatrender.local>'),
  /** SMS through a Twilio-compatible Messages API. */
  SMS_API_URL: z.string().url().default('https://api.twilio.com'),
  SMS_ACCOUNT_SID: optional,
  SMS_AUTH_TOKEN: optional,
  SMS_FROM: optional,
  /** Telegram Bot API. */
  TELEGRAM_API_URL: z.string().url().default('https://api.telegram.org'),
  TELEGRAM_BOT_TOKEN: optional,
  /** Where links in messages point (the studio). */
  PUBLIC_URL: z.string().url().default('http://127.0.0.1:4000'),
  /** First retry delay of a failed delivery; each next one is four times longer (at most an hour). */
  NOTIFICATION_RETRY_BASE_SECONDS: z.coerce.number().min(0.01).max(3600).default(30),
});
export type ChannelConfig = z.infer<typeof schema>;

export function readChannelConfig(env: NodeJS.ProcessEnv = process.env): ChannelConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`The notification channels' environment is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
