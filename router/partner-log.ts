// The partner request log's sending end: entries buffered by RequestLog go to identity's
// service-only recordApiRequests in batches (at most 500, once a second), signed as the router.
import type { Logger } from 'pino';
import type { ServiceCredential } from '../subgraphs/kit/auth.ts';
import { RequestLog } from './request-log.ts';

export interface PartnerRequest {
  tenantId: string;
  apiKeyId: string;
  requestedAt: string;
  method: string;
  /** The operation name. */
  path: string;
  statusCode: number;
  durationMs: number;
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
}

const RECORD = 'mutation($entries: [ApiRequestLogInput!]!) { recordApiRequests(entries: $entries) }';

export function partnerRequestLog(identityUrl: string, credential: ServiceCredential, log: Logger): RequestLog<PartnerRequest> {
  return new RequestLog<PartnerRequest>({
    async send(entries) {
      const response = await fetch(identityUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await credential.token()}` },
        body: JSON.stringify({ query: RECORD, variables: { entries } }),
        signal: AbortSignal.timeout(10_000),
      });
      const reply = (await response.json()) as { errors?: { message: string }[] };
      if (reply.errors?.length) throw new Error(reply.errors.map((e) => e.message).join('; '));
    },
    onError: (error, entries) => log.warn({ err: error, entries: entries.length }, 'partner request log batch lost'),
  });
}
