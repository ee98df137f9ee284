// Child processes of the benchmark: each gateway, subgraph and load runs as its own process; this
// starts them, waits until they answer, samples their memory from /proc and stops them again.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

export interface Proc {
  name: string;
  child: ChildProcess;
  pid: number;
  /** The last lines the process wrote to stderr (shown when it fails). */
  tail(): string;
  exited: Promise<number | null>;
}

/** Starts `node --import tsx <file> ...args` (or a plain JS file with tsx = false). */
export function startNode(name: string, file: string, args: string[], env: Record<string, string>, options: { inherit?: boolean } = {}): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', options.inherit ? 'inherit' : 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  child.stderr!.on('data', keep);
  child.stdout?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, child, pid: child.pid!, tail: () => lines.join('\n'), exited };
}

/** Runs a load process to its end and returns the JSON it prints as its last stdout line. */
export async function runLoad<T>(name: string, file: string, config: unknown, onPid?: (pid: number) => void): Promise<T> {
  // The configuration goes in a file: a thousand nodes' secrets are too long for one argument.
  const configFile = path.join(os.tmpdir(), `flatrender-bench-${name}-${process.pid}.json`);
  writeFileSync(configFile, JSON.stringify(config), { mode: 0o600 });
  // --expose-gc: a load may collect its own garbage before it starts measuring.
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', file, configFile], { cwd: ROOT, env: { ...process.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  onPid?.(child.pid!);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    // Progress of a long load goes to stderr, prefixed with '#'.
    for (const line of chunk.toString('utf8').split('\n')) if (line.startsWith('#')) console.log(`      ${line.slice(1).trim()}`);
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  rmSync(configFile, { force: true });
  const last = stdout.trim().split('\n').pop() ?? '';
  if (code !== 0 || !last.startsWith('{')) throw new Error(`load ${name} failed (exit ${code}):\n${stderr.slice(-3000)}`);
  return JSON.parse(last) as T;
}

export async function stop(proc: Proc | undefined, timeoutMs = 10_000): Promise<void> {
  if (!proc || proc.child.exitCode !== null || proc.child.signalCode) return;
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), timeoutMs);
  await proc.exited;
  clearTimeout(timer);
}

export async function waitForHttp(proc: Proc, url: string, ok: (status: number) => boolean = (s) => s === 200, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited (${proc.child.exitCode}):\n${proc.tail()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (ok(response.status)) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${proc.name} did not answer ${url} within ${timeoutMs / 1000}s:\n${proc.tail()}`);
}

/** A value from /proc/<pid>/status in MiB (VmRSS: now, VmHWM: the peak so far), or 0 when gone. */
export function procMemoryMiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 102.4) / 10 : 0;
  } catch {
    return 0;
  }
}

/** Samples the resident memory of some processes every 200 ms; peak() is the highest seen per name. */
export class MemorySampler {
  private readonly peaks = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pids: () => Record<string, number | undefined>) {
    this.timer = setInterval(() => this.sample(), 200);
    this.sample();
  }

  private sample() {
    for (const [name, pid] of Object.entries(this.pids())) {
      if (!pid) continue;
      const rss = procMemoryMiB(pid, 'VmRSS');
      if (rss > (this.peaks.get(name) ?? 0)) this.peaks.set(name, rss);
    }
  }

  stop(): Record<string, number> {
    this.sample();
    clearInterval(this.timer);
    return Object.fromEntries(this.peaks);
  }
}
