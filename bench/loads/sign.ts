// Node-agent requests as the render contract wants them: NodeHmac-signed JSON posts.
import { signRequest } from '../../subgraphs/render/http/hmac.ts';

export async function signedPost(base: string, secret: string, pathname: string, body: unknown): Promise<{ status: number; body: any }> {
  const raw = JSON.stringify(body);
  const timestamp = Math.floor(Date.now() / 1000);
  const response = await fetch(base + pathname, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-node-timestamp': String(timestamp), 'x-node-signature': signRequest(secret, timestamp, 'POST', pathname, raw) },
    body: raw,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
}
