// Telegram through the Bot API (POST /bot{token}/sendMessage).
import { DeliveryError, httpFailure, type OutgoingMessage, type SentMessage } from './sender.ts';

export interface TelegramBot {
  apiUrl: string;
  token: string;
}

export async function sendTelegram(bot: TelegramBot, chatId: string, message: OutgoingMessage): Promise<SentMessage> {
  const text = [message.subject, message.text, message.url].filter(Boolean).join('\n\n');
  let response: Response;
  try {
    response = await fetch(new URL(`/bot${bot.token}/sendMessage`, bot.apiUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chat_id: chatId, text: text.slice(0, 4096), link_preview_options: { is_disabled: true } }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new DeliveryError(`Telegram could not be reached: ${(error as Error).message}`, false);
  }
  const reply = (await response.json().catch(() => ({}))) as { ok?: boolean; description?: string; result?: { message_id?: number } };
  // 403: the user blocked the bot; 400: no such chat. Both final.
  if (!response.ok || !reply.ok) throw httpFailure('Telegram', response.status, reply.description ?? '');
  return { provider: 'telegram', providerMessageId: reply.result?.message_id !== undefined ? String(reply.result.message_id) : null };
}
