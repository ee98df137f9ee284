// Webhook delivery settings, read from the environment (zod) each time a delivery needs them, so
// tests can set them late and a bad value fails loudly instead of silently taking a default.
import { z } from 'zod';

const flag = z.enum(['1', 'true', '0', 'false', '']).default('').transform((value) => value === '1' || value === 'true');

const schema = z.object({
  /**
   * Development and tests only: lets webhooks point at loopback addresses (127.0.0.0/8, ::1,
   * localhost), over http too. Off, only https URLs of public addresses are accepted and dialled.
   */
  WEBHOOK_ALLOW_LOOPBACK: flag,
  /** First retry delay of a failed delivery; each next one is four times longer (at most six hours). */
  WEBHOOK_RETRY_BASE_SECONDS: z.coerce.number().min(0.01).max(3600).default(30),
  /** Attempts before a delivery is given up (Failed). */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
  /** Consecutive failed deliveries after which a webhook is turned off. */
  WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  /** How long an endpoint has to answer one attempt. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
});
export type WebhookConfig = z.infer<typeof schema>;

export function readWebhookConfig(env: NodeJS.ProcessEnv = process.env): WebhookConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`The webhook environment is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
