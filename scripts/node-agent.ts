// A simulated render node agent (`npm run node-agent`): a separate process that speaks exactly the
// render contract's node-agent REST endpoints with NodeHmac signatures, renders placeholder frames
// (real PNG images, pngjs) at a configurable speed, writes a small output file per frame range,
// and injects After Effects crashes on request to exercise recovery.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { signRequest } from '../subgraphs/render/http/hmac.ts';
import { DEMO_NODE_ID, DEMO_NODE_SECRET } from '../prisma/seed.ts';

export interface AgentOptions {
  /** The router's (or the render subgraph's) origin, e.g. http://127.0.0.1:4000. */
  baseUrl: string;
  nodeId: string;
  secret: string;
  /** Frames rendered per second. */
  framesPerSecond: number;
  heartbeatSeconds: number;
  /** Chance (0-1) that a frame range crashes After Effects part-way. */
  crashRate: number;
  /** Where frames and outputs are written (removed on stop). */
  workDir: string;
  log?: (line: string) => void;
}

interface RenderFrames {
  job_id: string;
  frame_job_id: string;
  start_frame: number;
  end_frame: number;
  aep_file_md5?: string | null;
}

export class NodeAgent {
  private stopped = false;
  private current?: { jobId: string; cancelled: boolean };
  private heartbeats = 0;
  /** AE files (MD5s) this agent holds since it started (its cache starts empty: `online` says so). */
  private readonly cached = new Set<string>();

  constructor(private readonly options: AgentOptions) {}

  private log(line: string) {
    this.options.log?.(`[node-agent ${this.options.nodeId.slice(0, 8)}] ${line}`);
  }

  async post(pathname: string, body: unknown): Promise<{ status: number; body: any }> {
    const raw = JSON.stringify(body);
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(this.options.baseUrl + pathname, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-node-timestamp': String(timestamp),
        'x-node-signature': signRequest(this.options.secret, timestamp, 'POST', pathname, raw),
      },
      body: raw,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  /** Announces the agent, then heartbeats and renders what it is given until stopped. */
  async run(): Promise<void> {
    await mkdir(this.options.workDir, { recursive: true });
    // The orchestrator may still be starting (or a same-second twin of this request may have been
    // taken for a replay): try again for a while before giving up.
    for (let attempt = 1; ; attempt++) {
      const online = await this.post(`/v1/internal/nodes/${this.options.nodeId}/online`, {
        node_agent_version: 'simulated-1.0.0', current_ae_version: '24.0', available_ae_versions: ['23.6', '24.0'],
        ram_gb: Math.round(os.totalmem() / 2 ** 30), cpu_cores: os.cpus().length, cache_used_gb: 0, cached_template_md5s: [],
      }).catch((error: Error) => ({ status: 0, body: error.message }));
      if (online.status === 200) break;
      if (attempt >= 30) throw new Error(`online refused: ${online.status} ${JSON.stringify(online.body)}`);
      await this.pause(1000);
    }
    this.log('online');
    const queue: RenderFrames[] = [];
    const take = (commands: { command: string; payload: any }[]) => {
      for (const command of commands) {
        if (command.command === 'RenderFrames') queue.push(command.payload as RenderFrames);
        else this.obey(command);
      }
    };
    // Heartbeats go on while a range renders, so a cancel arrives mid-range.
    const beat = setInterval(() => {
      if (this.current) void this.heartbeat().then(take);
    }, this.options.heartbeatSeconds * 1000);
    try {
      while (!this.stopped) {
        take(await this.heartbeat());
        const work = queue.shift();
        if (work) await this.render(work);
        else if (!(await this.snapshot())) await this.pause(this.options.heartbeatSeconds * 1000);
      }
    } finally {
      clearInterval(beat);
    }
  }

  private async heartbeat(): Promise<{ command: string; payload: any }[]> {
    try {
      const reply = await this.post(`/v1/internal/nodes/${this.options.nodeId}/heartbeat`, {
        status: this.current ? 'rendering' : 'idle', cpu_pct: this.current ? 85 : 5, ram_available_mb: Math.round(os.freemem() / 2 ** 20),
        ae_running: Boolean(this.current), current_job_id: this.current?.jobId ?? null, current_frame: this.heartbeats++, cache_used_gb: 0,
      });
      if (reply.status !== 200) {
        this.log(`heartbeat refused: ${reply.status}`);
        return [];
      }
      return reply.body.pending_commands;
    } catch (error) {
      this.log(`heartbeat failed: ${(error as Error).message}`);
      return [];
    }
  }

  private obey(command: { command: string; payload: any }) {
    switch (command.command) {
      case 'CancelJob':
      case 'ReleaseJob':
        if (this.current && (!command.payload.job_id || this.current.jobId === command.payload.job_id)) this.current.cancelled = true;
        return;
      default:
        this.log(`${command.command}: nothing to do in a simulation`);
    }
  }

  /** Renders a frame range: one PNG per frame, reported one by one, and the range's output file. */
  private async render(work: RenderFrames) {
    this.current = { jobId: work.job_id, cancelled: false };
    // A real agent downloads aep_file_url and checks its MD5 before reporting it; the simulation
    // takes any file it is given as held and says so once (render then tells content it is Ready).
    if (work.aep_file_md5 && !this.cached.has(work.aep_file_md5)) {
      const reply = await this.post(`/v1/internal/nodes/${this.options.nodeId}/cache-update`, { action: 'Downloaded', aep_file_md5: work.aep_file_md5, cache_used_gb: 0 });
      if (reply.status === 204) this.cached.add(work.aep_file_md5);
      else this.log(`cache-update refused: ${reply.status}`);
    }
    const dir = path.join(this.options.workDir, work.frame_job_id);
    await mkdir(dir, { recursive: true });
    const crashAt = Math.random() < this.options.crashRate ? work.start_frame + Math.floor((work.end_frame - work.start_frame) / 2) : -1;
    this.log(`rendering ${work.start_frame}-${work.end_frame} of ${work.job_id.slice(0, 8)}`);
    let last: Buffer | undefined;
    for (let frame = work.start_frame; frame <= work.end_frame && !this.stopped && !this.current.cancelled; frame++) {
      if (frame === crashAt) {
        const reply = await this.post(`/v1/internal/render/jobs/${work.job_id}/crash`, {
          node_id: this.options.nodeId, frame_job_id: work.frame_job_id, last_known_frame: frame - 1, crash_signal: 'SIGSEGV (simulated)', ae_version: '24.0',
          error_log_tail: 'aerender: simulated crash',
        });
        this.log(`crashed at frame ${frame}: ${reply.body?.action_recommended}`);
        // After a reset the agent renders the range again; otherwise the frames go elsewhere.
        if (reply.body?.action_recommended !== 'ResetAndRestart') break;
      }
      last = placeholderFrame(work.job_id, frame);
      await writeFile(path.join(dir, `frame_${String(frame).padStart(5, '0')}.png`), last);
      const reply = await this.post(`/v1/internal/render/jobs/${work.job_id}/frames`, { frame_job_id: work.frame_job_id, frame_number: frame, file_size_bytes: last.length, completed_at: new Date().toISOString() });
      if (reply.status !== 204) this.log(`frame ${frame} refused: ${reply.status}`);
      await this.pause(1000 / this.options.framesPerSecond);
    }
    // The range's output: here the last frame; After Effects would write the range's video.
    if (last) await writeFile(path.join(dir, 'output.png'), last);
    await rm(dir, { recursive: true, force: true });
    this.current = undefined;
  }

  /** Idle: renders one queued scene preview still (seed 002), if there is one. */
  private async snapshot(): Promise<boolean> {
    const base = `/v1/internal/nodes/${this.options.nodeId}/scene-snapshots`;
    const claimed = await this.post(`${base}/claim`, { nonce: randomUUID() }).catch(() => ({ status: 0, body: undefined }));
    if (claimed.status !== 200) return false;
    const job = claimed.body as { snapshot_job_id: string; scene_key: string; frame_number: number };
    const image = placeholderFrame(job.scene_key, job.frame_number);
    const reply = await this.post(`${base}/${job.snapshot_job_id}/result`, { image_png_base64: image.toString('base64') });
    this.log(`scene snapshot ${job.scene_key}: ${reply.status}`);
    return true;
  }

  private pause(ms: number) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  async stop() {
    this.stopped = true;
    await rm(this.options.workDir, { recursive: true, force: true });
  }
}

/** A 64x36 placeholder frame, its colour from the job, a bar growing with the frame number. */
export function placeholderFrame(jobId: string, frame: number): Buffer {
  const png = new PNG({ width: 64, height: 36 });
  const [r, g, b] = createHash('md5').update(jobId).digest();
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (png.width * y + x) << 2;
      const bar = y > 30 && x < (frame % 64);
      png.data[i] = bar ? 255 : r;
      png.data[i + 1] = bar ? 255 : g;
      png.data[i + 2] = bar ? 255 : b;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

if (import.meta.url.endsWith(path.basename(process.argv[1] ?? ''))) {
  const agent = new NodeAgent({
    baseUrl: process.env.ROUTER_URL ?? `http://127.0.0.1:${process.env.PORT ?? 4000}`,
    nodeId: process.env.NODE_ID ?? DEMO_NODE_ID,
    secret: process.env.NODE_SECRET ?? DEMO_NODE_SECRET,
    framesPerSecond: Number(process.env.NODE_AGENT_FPS ?? 60),
    heartbeatSeconds: Number(process.env.NODE_AGENT_HEARTBEAT_SECONDS ?? 5),
    crashRate: Number(process.env.NODE_AGENT_CRASH_RATE ?? 0),
    workDir: process.env.NODE_AGENT_WORK_DIR ?? path.join(os.tmpdir(), `flatrender-node-agent-${process.pid}`),
    log: (line) => console.log(line),
  });
  const stop = async () => {
    await agent.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  agent.run().catch((error) => {
    console.error(`node agent stopped: ${error.message}`);
    process.exit(1);
  });
}
