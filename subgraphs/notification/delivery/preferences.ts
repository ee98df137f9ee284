// Which channels a user wants for which kind of notification. The most specific preference wins
// (type over '*'); with none, the channel's default applies.
import type { NotificationChannel } from '../../../prisma/generated/client/enums.ts';

/** Every kind of notification the system sends, with what it is for (the settings screen lists them). */
export const NOTIFICATION_TYPES: Record<string, string> = {
  'render.completed': 'A render finished and its export is ready.',
  'render.failed': 'A render failed (and was refunded).',
  'gift.earned': 'An achievement earned you a gift to claim.',
};

/**
 * Security notices (a password reset link): sent by email whatever the preferences say, never
 * shown in the inbox or sent elsewhere; users cannot turn them off.
 */
export const SECURITY_TYPES: Record<string, string> = {
  'security.password_reset': 'A link to choose a new password.',
};

/** SMS costs the tenant money per message, so it is opt-in; every other channel is on until turned off. */
export const DEFAULT_ENABLED: Record<NotificationChannel, boolean> = {
  InApp: true,
  Push: true,
  Email: true,
  Sms: false,
  Telegram: true,
};

export interface Preference {
  channel: NotificationChannel;
  notificationType: string;
  enabled: boolean;
}

export function isEnabled(preferences: readonly Preference[], channel: NotificationChannel, type: string): boolean {
  if (type in SECURITY_TYPES) return channel === 'Email';
  const specific = preferences.find((p) => p.channel === channel && p.notificationType === type);
  if (specific) return specific.enabled;
  const everyType = preferences.find((p) => p.channel === channel && p.notificationType === '*');
  return everyType ? everyType.enabled : DEFAULT_ENABLED[channel];
}
