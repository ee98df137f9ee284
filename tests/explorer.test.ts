// The admin explorer in real headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core): an administrator signs in and runs a query, a non-administrator is refused,
// and the page loads nothing from outside this machine under its Content-Security-Policy.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStack, type Stack } from './kit/stack.ts';
import { seedDemo, demoPassword } from '../prisma/seed.ts';
import { buildExplorer } from '../scripts/build-explorer.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let stack: Stack;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (see .ci/run).`);
  // Fresh from the sources, whatever an earlier build left behind.
  await buildExplorer();
  stack = await startStack();
  await seedDemo(stack.db.adminUrl);
  origin = new URL(stack.url).origin;
  // Chromium's sandbox refuses to run as root (CI and these machines).
  browser = await chromium.launch({ executablePath: CHROMIUM, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A fresh page (its own sessionStorage) that records every request it makes and every CSP violation. */
async function openPage(): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text().slice(0, 300));
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, requests, problems };
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(demoPassword());
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Each URL is on this machine: the router's loopback origin, or a page-local data:/blob: URL. */
const offMachine = (requests: string[]) =>
  requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    const { hostname } = new URL(url);
    return !(hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]');
  });

test('the page is served with a strict Content-Security-Policy', async () => {
  const response = await fetch(`${origin}/explorer`);
  expect(response.status).toBe(200);
  const csp = response.headers.get('content-security-policy')!;
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|https?:)/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect((await fetch(`${origin}/explorer/assets/../../package.json`)).status).toBe(404);
});

test('an administrator signs in, runs a query from a ?query= link and sees the result', async () => {
  const { page, requests, problems } = await openPage();
  await page.goto(`${origin}/explorer?query=${encodeURIComponent('{ nodes { id name status } }')}`);
  await signIn(page, 'admin@flatrender.local');
  await page.getByText('Signed in as admin@flatrender.local').waitFor();
  // The schema arrives by introspection (the administrator's token) and the query runs.
  await page.locator('.graphiql-execute-button').click();
  await page.locator('.graphiql-response').getByText('node-teh-01').waitFor({ timeout: 30_000 });
  await expect(page.locator('.graphiql-response').innerText()).resolves.toContain('"status"');

  // The docs explorer shows the supergraph's types.
  await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
  await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();

  // The token stays for this tab: a reload keeps the session.
  await page.reload();
  await page.getByText('Signed in as admin@flatrender.local').waitFor();

  expect(problems).toEqual([]);
  expect(requests.some((url) => url.endsWith('/graphql'))).toBe(true);
  expect(offMachine(requests)).toEqual([]);
  await page.context().close();
});

test('subscriptions run over graphql-ws from the explorer', async () => {
  const { page, problems } = await openPage();
  await page.goto(`${origin}/explorer?query=${encodeURIComponent('subscription { nodeStatusChanged { id status } }')}`);
  await signIn(page, 'admin@flatrender.local');
  const socket = page.waitForEvent('websocket');
  await page.locator('.graphiql-execute-button').click();
  const ws = await socket;
  expect(ws.url()).toBe(`${origin.replace('http', 'ws')}/graphql`);
  // Subscribed: the run button turns into a stop button while the stream is open.
  await page.locator('.graphiql-execute-button[aria-label*="Stop"], .graphiql-execute-button[title*="Stop"]').first().waitFor();
  expect(problems).toEqual([]);
  await page.context().close();
});

test('a user who is not a platform administrator is refused', async () => {
  const { page, requests } = await openPage();
  await page.goto(`${origin}/explorer`);
  for (const email of ['user@flatrender.local', 'reseller@acme.test']) {
    await signIn(page, email);
    await page.getByRole('alert').getByText('This explorer is for platform administrators only').waitFor();
    await expect(page.locator('.graphiql-container').count()).resolves.toBe(0);
    await expect(page.evaluate(() => sessionStorage.length)).resolves.toBe(0);
  }
  await signIn(page, 'nobody@flatrender.local');
  await page.getByRole('alert').waitFor();
  expect(offMachine(requests)).toEqual([]);
  await page.context().close();
});
