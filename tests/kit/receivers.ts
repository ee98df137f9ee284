// Local stand-ins for the outside world the notification owner talks to: an HTTP(S) receiver
// (Telegram's Bot API, the SMS provider, browsers' push services) that records every request
// and answers as scripted, and the SMTP sink process.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import selfsigned from 'selfsigned';
import { eventually } from './eventually.ts';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

type Answer = { status: number; body: unknown };

export class HttpReceiver {
  readonly requests: ReceivedRequest[] = [];
  private readonly scripted: { prefix: string; answer: Answer; times: number }[] = [];
  private server?: http.Server;
  origin = '';

  /** The receiver's own certificate when it serves HTTPS (push services are https only). */
  certificate?: string;

  constructor(private readonly answer: (request: ReceivedRequest) => Answer, private readonly options: { tls?: boolean } = {}) {}

  async start(): Promise<this> {
    const handler: http.RequestListener = (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const request = { method: req.method!, path: req.url!, headers: req.headers, body: Buffer.concat(chunks) };
        this.requests.push(request);
        const scripted = this.scripted.find((s) => request.path.startsWith(s.prefix) && s.times > 0);
        if (scripted) scripted.times -= 1;
        const { status, body } = scripted?.answer ?? this.answer(request);
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      });
    };
    if (this.options.tls) {
      const pems = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
        keyType: 'ec',
        algorithm: 'sha256',
        extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
      });
      this.certificate = pems.cert;
      this.server = https.createServer({ key: pems.private, cert: pems.cert }, handler);
    } else {
      this.server = http.createServer(handler);
    }
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `${this.options.tls ? 'https' : 'http'}://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Answers the next `times` requests under `prefix` with `answer` instead. */
  script(prefix: string, answer: Answer, times = 1): void {
    this.scripted.push({ prefix, answer, times });
  }

  to(prefix: string): ReceivedRequest[] {
    return this.requests.filter((r) => r.path.startsWith(prefix));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, unknown>;
}

export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  url = '';
  private child?: ChildProcess;

  async start(): Promise<this> {
    const script = path.join(path.dirname(new URL(import.meta.url).pathname), 'smtp-sink.ts');
    this.child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = readline.createInterface({ input: this.child.stdout! });
    const port = await new Promise<number>((resolve, reject) => {
      this.child!.once('exit', (code) => reject(new Error(`the SMTP sink exited with ${code}`)));
      lines.on('line', (line) => {
        const parsed = JSON.parse(line);
        if (parsed.listening) resolve(parsed.listening);
        else this.messages.push(parsed);
      });
    });
    this.url = `smtp://127.0.0.1:${port}`;
    return this;
  }

  /** The mails to `address`, once at least `count` have come. */
  async waitFor(address: string, count = 1): Promise<ReceivedMail[]> {
    const mine = async () => this.messages.filter((m) => m.to.includes(address));
    return eventually(mine, (found) => found.length >= count);
  }

  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child!.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
