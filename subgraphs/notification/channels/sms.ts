// SMS through a Twilio-compatible Messages API (POST /2010-04-01/Accounts/{sid}/Messages.json).
import { DeliveryError, httpFailure, type OutgoingMessage, type SentMessage } from './sender.ts';

export interface SmsAccount {
  apiUrl: string;
  accountSid: string;
  authToken: string;
  from: string;
}

export async function sendSms(account: SmsAccount, to: string, message: OutgoingMessage): Promise<SentMessage> {
  const body = message.url ? `${message.text}\n${message.url}` : message.text;
  const url = new URL(`/2010-04-01/Accounts/${encodeURIComponent(account.accountSid)}/Messages.json`, account.apiUrl);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ To: to, From: account.from, Body: body.slice(0, 1600) }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new DeliveryError(`The SMS provider could not be reached: ${(error as Error).message}`, false);
  }
  const reply = (await response.json().catch(() => ({}))) as { sid?: string; message?: string };
  if (!response.ok) throw httpFailure('The SMS provider', response.status, reply.message ?? '');
  return { provider: 'sms', providerMessageId: reply.sid ?? null };
}
