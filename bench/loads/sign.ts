// Node-agent requests as the render contract wants them: NodeHmac-signed JSON posts, over
// node:http with kept-alive connections (fetch costs the load process more CPU per call than the
// call costs the router, and the load shares the machine's two cores with what it measures).
import http from 'node:http';
import { signRequest } from '../../subgraphs/render/http/hmac.ts';

const agent = new http.Agent({ keepAlive: true, scheduling: 'lifo' });

export function signedPost(base: string, secret: string, pathname: string, body: unknown): Promise<{ status: number; body: any }> {
  const raw = JSON.stringify(body);
  const timestamp = Math.floor(Date.now() / 1000);
  const target = new URL(pathname, base);
  return new Promise((resolve, reject) => {
    const request = http.request(target, {
      method: 'POST',
      agent,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(raw),
        'x-node-timestamp': String(timestamp),
        'x-node-signature': signRequest(secret, timestamp, 'POST', pathname, raw),
      },
    }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : undefined });
        } catch {
          resolve({ status: response.statusCode ?? 0, body: text });
        }
      });
    });
    request.on('error', reject);
    request.end(raw);
  });
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
}
