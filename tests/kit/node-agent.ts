// A scripted render node for tests: signs each request the way the contract says and talks to
// the router's /v1/internal endpoints.
import { signRequest } from '../../subgraphs/render/http/hmac.ts';

export interface NodeReply {
  status: number;
  body: any;
}

export class TestNode {
  private sequence = 0;
  constructor(readonly baseUrl: string, readonly id: string, private readonly secret: string) {}

  /**
   * Sends a signed request. `secondsAgo` signs with an earlier timestamp: a node resending a
   * request signs it anew, and a resend within the same second would otherwise be a replay.
   */
  async post(path: string, body: unknown, secondsAgo = 0): Promise<NodeReply> {
    const raw = JSON.stringify(body);
    const timestamp = Math.floor(Date.now() / 1000) - secondsAgo;
    const response = await fetch(this.baseUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-node-timestamp': String(timestamp), 'x-node-signature': signRequest(this.secret, timestamp, 'POST', path, raw) },
      body: raw,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  /** A heartbeat; each differs (a sequence number in current_frame) so none looks like a replay. */
  heartbeat(extra: Record<string, unknown> = {}): Promise<NodeReply> {
    return this.post(`/v1/internal/nodes/${this.id}/heartbeat`, { status: 'idle', cpu_pct: 10, ram_available_mb: 8000, ae_running: true, cache_used_gb: 1, current_frame: this.sequence++, ...extra });
  }

  frame(jobId: string, frameJobId: string, frameNumber: number, { fileSizeBytes = 1000, resend = false } = {}): Promise<NodeReply> {
    return this.post(`/v1/internal/render/jobs/${jobId}/frames`, { frame_job_id: frameJobId, frame_number: frameNumber, file_size_bytes: fileSizeBytes }, resend ? 30 : 0);
  }

  crash(jobId: string, body: Record<string, unknown>): Promise<NodeReply> {
    return this.post(`/v1/internal/render/jobs/${jobId}/crash`, { node_id: this.id, ...body });
  }
}
