// A local payment gateway speaking Zarinpal's protocol, for development and tests where no real
// gateway can be reached: request.json hands out an authority, StartPay/<authority> is a page with
// "pay" and "cancel" that sends the browser back to the callback, verify.json answers 100 once,
// then 101, and refuses unpaid sessions (-51), other amounts (-50) and unknown authorities (-54).
// It keeps its sessions in memory: one process, development only (never with NODE_ENV=production).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes, randomInt } from 'node:crypto';
import { readBody, sendJson } from '../../../kit/http.ts';

export interface LocalSession {
  authority: string;
  merchantId: string;
  amount: number;
  callbackUrl: string;
  description: string;
  state: 'Pending' | 'Paid' | 'Cancelled';
  /** What the payer actually paid (a test may make it differ: a tampered payment). */
  paidAmount?: number;
  refId?: number;
  verifications: number;
}

/** Zarinpal's smallest and (our) largest amount in rials. */
const MIN_AMOUNT = 1_000;
const MAX_AMOUNT = 1_000_000_000_000;

const error = (code: number, message: string) => ({ data: [], errors: { code, message, validations: [] } });

export class LocalGateway {
  readonly sessions = new Map<string, LocalSession>();
  /** Calls received, by endpoint (tests count verifications). */
  readonly calls = { request: 0, verify: 0 };

  /**
   * @param prefix path the gateway is mounted under ('' for a server of its own, '/local-gateway' in identity)
   * @param merchantId the only merchant accepted; any 36-character id when undefined
   */
  constructor(readonly prefix = '', private readonly merchantId?: string) {}

  /** Answers a request under the prefix; false when the path is not the gateway's. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://gateway.local');
    if (!url.pathname.startsWith(`${this.prefix}/pg/`)) return false;
    const path = url.pathname.slice(this.prefix.length);
    if (req.method === 'POST' && path === '/pg/v4/payment/request.json') return this.answer(res, this.request(await this.json(req)));
    if (req.method === 'POST' && path === '/pg/v4/payment/verify.json') return this.answer(res, this.verify(await this.json(req)));
    const start = /^\/pg\/StartPay\/([A-Za-z0-9]{1,100})(?:\/(pay|cancel))?$/.exec(path);
    if (req.method === 'GET' && start) return this.startPay(res, start[1], start[2] as 'pay' | 'cancel' | undefined);
    sendJson(res, 404, error(-404, 'Not found.'));
    return true;
  }

  /** Marks a session paid (as the payer pressing "pay"), optionally with another amount. */
  pay(authority: string, paidAmount?: number): string {
    const session = this.sessions.get(authority);
    if (!session) throw new Error(`No session ${authority}`);
    if (session.state === 'Pending') Object.assign(session, { state: 'Paid', paidAmount: paidAmount ?? session.amount, refId: randomInt(1e9, 1e10 - 1) });
    return this.callback(session, 'OK');
  }

  /** Cancels a session (as the payer pressing "cancel"); returns the callback URL. */
  cancel(authority: string): string {
    const session = this.sessions.get(authority);
    if (!session) throw new Error(`No session ${authority}`);
    if (session.state === 'Pending') session.state = 'Cancelled';
    return this.callback(session, 'NOK');
  }

  private request(body: Record<string, unknown> | null): { status: number; body: unknown } {
    this.calls.request += 1;
    if (!body) return { status: 400, body: error(-9, 'The input params invalid, validation error.') };
    const merchant = this.merchantCheck(body.merchant_id);
    if (merchant) return merchant;
    const amount = Number(body.amount);
    if (!Number.isInteger(amount) || amount < MIN_AMOUNT || amount > MAX_AMOUNT) return { status: 400, body: error(-9, 'The amount must be a whole number of rials in range.') };
    if (typeof body.callback_url !== 'string' || !/^https?:\/\//.test(body.callback_url)) return { status: 400, body: error(-9, 'The callback_url must be an http(s) URL.') };
    const authority = `A${'0'.repeat(8)}${randomBytes(14).toString('hex').toUpperCase()}`.slice(0, 36);
    this.sessions.set(authority, {
      authority, merchantId: String(body.merchant_id), amount, callbackUrl: body.callback_url,
      description: String(body.description ?? ''), state: 'Pending', verifications: 0,
    });
    return { status: 200, body: { data: { code: 100, message: 'Success', authority, fee_type: 'Merchant', fee: 0 }, errors: [] } };
  }

  private verify(body: Record<string, unknown> | null): { status: number; body: unknown } {
    this.calls.verify += 1;
    if (!body) return { status: 400, body: error(-9, 'The input params invalid, validation error.') };
    const merchant = this.merchantCheck(body.merchant_id);
    if (merchant) return merchant;
    const session = this.sessions.get(String(body.authority));
    if (!session || session.merchantId !== body.merchant_id) return { status: 404, body: error(-54, 'Invalid authority.') };
    if (session.state !== 'Paid') return { status: 400, body: error(-51, 'Session is not valid, session is not active paid try.') };
    if (Number(body.amount) !== session.amount || session.paidAmount !== session.amount) return { status: 400, body: error(-50, 'Session is not valid, amounts values is not the same.') };
    session.verifications += 1;
    const code = session.verifications === 1 ? 100 : 101;
    return { status: 200, body: { data: { code, message: code === 100 ? 'Verified' : 'Verified before', ref_id: session.refId, card_pan: '502229******5995', card_hash: 'local', fee_type: 'Merchant', fee: 0 }, errors: [] } };
  }

  private startPay(res: ServerResponse, authority: string, action?: 'pay' | 'cancel'): true {
    const session = this.sessions.get(authority);
    if (!session) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Unknown payment.');
      return true;
    }
    if (action) {
      res.writeHead(302, { location: action === 'pay' ? this.pay(authority) : this.cancel(authority) }).end();
      return true;
    }
    const base = `${this.prefix}/pg/StartPay/${authority}`;
    const html = `<!doctype html><meta charset="utf-8"><title>Local payment gateway</title>
<h1>Local payment gateway (development)</h1><p>${escapeHtml(session.description)}</p><p>Amount: ${session.amount.toLocaleString('en')} IRR</p>
<p><a href="${base}/pay">Pay</a> · <a href="${base}/cancel">Cancel</a></p>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'" }).end(html);
    return true;
  }

  private callback(session: LocalSession, status: 'OK' | 'NOK'): string {
    const url = new URL(session.callbackUrl);
    url.searchParams.set('Authority', session.authority);
    url.searchParams.set('Status', status);
    return url.toString();
  }

  private merchantCheck(merchantId: unknown): { status: number; body: unknown } | null {
    if (typeof merchantId !== 'string' || merchantId.length !== 36) return { status: 400, body: error(-9, 'merchant_id must be 36 characters.') };
    if (this.merchantId && merchantId !== this.merchantId) return { status: 401, body: error(-10, 'Terminal is not valid, please check merchant_id or ip address.') };
    return null;
  }

  private async json(req: IncomingMessage): Promise<Record<string, unknown> | null> {
    try {
      const parsed = JSON.parse(await readBody(req, 64 * 1024));
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }

  private answer(res: ServerResponse, { status, body }: { status: number; body: unknown }): true {
    sendJson(res, status, body);
    return true;
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
