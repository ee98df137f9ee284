// A real NATS server with JetStream for tests: Debian's nats-server (installed by .ci/run) as a
// child process on a loopback port with a store directory of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface NatsServer {
  url: string;
  port: number;
  /** Stops the server; the store directory stays, so `restart()` brings the same stream back. */
  stop(): Promise<void>;
  /** Starts it again on the same port and store (after `stop()`). */
  restart(): Promise<void>;
  /** Stops it and removes its store. */
  dispose(): Promise<void>;
}

function binary(): string {
  for (const candidate of ['/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server']) if (existsSync(candidate)) return candidate;
  const onPath = (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'nats-server')).find((file) => existsSync(file));
  if (onPath) return onPath;
  throw new Error('nats-server is not installed (apt-get install nats-server; .ci/run does it)');
}

/** A port nobody listens on right now (the kernel's choice). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once the port accepts a TCP connection and the server has said it is ready. */
async function ready(child: ChildProcess, port: number, output: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!/Server is ready/.test(output())) {
    if (child.exitCode !== null) throw new Error(`nats-server exited (${child.exitCode}):\n${output()}`);
    if (Date.now() > deadline) throw new Error(`nats-server did not start:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise<void>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve();
    });
    socket.once('error', reject);
  });
}

/** `jetstream: false` starts a server without JetStream (a misconfigured bus, for tests of that). */
export async function startNats({ jetstream = true }: { jetstream?: boolean } = {}): Promise<NatsServer> {
  const executable = binary();
  const storeDir = await mkdtemp(path.join(os.tmpdir(), 'fr-nats-'));
  const port = await freePort();
  let child: ChildProcess | undefined;
  const killOnExit = () => child?.kill('SIGKILL');
  process.once('exit', killOnExit);

  const start = async () => {
    let output = '';
    const args = ['-a', '127.0.0.1', '-p', String(port), '--no_advertise', ...(jetstream ? ['-js', '-sd', storeDir] : [])];
    child = spawn(executable, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    await ready(child, port, () => output);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };

  await start();
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    stop,
    restart: start,
    async dispose() {
      await stop();
      process.removeListener('exit', killOnExit);
      await rm(storeDir, { recursive: true, force: true });
    },
  };
}
