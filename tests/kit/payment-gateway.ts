// The local payment gateway (Zarinpal's protocol) on a server of its own on loopback port 0, so
// tests drive identity's real Zarinpal adapter over HTTP and play the payer: follow the redirect
// URL's pay/cancel links like a browser, or pay a different amount (a tampered payment).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalGateway } from '../../subgraphs/identity/billing/providers/local-gateway.ts';
import { LOCAL_MERCHANT_ID } from '../../subgraphs/identity/billing/providers/config.ts';

export interface TestGateway {
  gateway: LocalGateway;
  url: string;
  /** Answers every call with this instead (5xx: the gateway is down) until cleared. */
  outage: number | null;
  /** Opens the StartPay page's pay or cancel link as the payer's browser would; returns the callback's Authority and Status. */
  follow(redirectUrl: string, action: 'pay' | 'cancel'): Promise<{ authority: string; status: 'OK' | 'NOK'; callbackUrl: string }>;
  stop(): Promise<void>;
}

/** Starts the gateway and points identity at it (PAYMENT_PROVIDER=local, PAYMENT_GATEWAY_URL). */
export async function startPaymentGateway(): Promise<TestGateway> {
  const gateway = new LocalGateway('', LOCAL_MERCHANT_ID);
  const state = { outage: null as number | null };
  const server = http.createServer((req, res) => {
    if (state.outage) {
      res.writeHead(state.outage, { 'content-type': 'text/plain' }).end('gateway down');
      return;
    }
    gateway.handle(req, res).then((answered) => {
      if (!answered) res.writeHead(404).end();
    }, () => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.PAYMENT_PROVIDER = 'local';
  process.env.PAYMENT_GATEWAY_URL = url;
  process.env.PAYMENT_CALLBACK_URL = 'https://studio.flatrender.test/payments/callback';
  return {
    gateway,
    url,
    get outage() { return state.outage; },
    set outage(value) { state.outage = value; },
    async follow(redirectUrl, action) {
      const page = await fetch(redirectUrl);
      if (page.status !== 200) throw new Error(`StartPay answered ${page.status}`);
      const html = await page.text();
      const link = new RegExp(`href="([^"]+/${action})"`).exec(html)?.[1];
      if (!link) throw new Error(`No ${action} link on the StartPay page`);
      const back = await fetch(new URL(link, redirectUrl), { redirect: 'manual' });
      const location = back.headers.get('location');
      if (back.status !== 302 || !location) throw new Error(`The ${action} link answered ${back.status}`);
      const callback = new URL(location);
      return { authority: callback.searchParams.get('Authority')!, status: callback.searchParams.get('Status') as 'OK' | 'NOK', callbackUrl: location };
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
