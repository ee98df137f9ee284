// What every channel sender does: send one message to one destination, and say whether a failure
// is worth retrying.

/** A message as the user reads it, already in their language. */
export interface OutgoingMessage {
  notificationId: string;
  type: string;
  subject: string;
  text: string;
  /** Absolute link to open. */
  url: string | null;
  imageUrl: string | null;
}

export interface SentMessage {
  provider: string;
  providerMessageId?: string | null;
}

/** A send that failed. Permanent ones are not retried; `gone` means the destination no longer exists. */
export class DeliveryError extends Error {
  constructor(message: string, readonly permanent: boolean, readonly gone = false) {
    super(message);
  }
}

/** Failure by HTTP status: client errors are permanent except 408 and 429, server errors transient. */
export function httpFailure(what: string, status: number, detail: string): DeliveryError {
  const permanent = status >= 400 && status < 500 && status !== 408 && status !== 429;
  return new DeliveryError(`${what} answered ${status}${detail ? `: ${detail.slice(0, 200)}` : ''}`, permanent, status === 404 || status === 410);
}
