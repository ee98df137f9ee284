// The product driven through its own typed clients against the running stack: the studio SDK
// (Apollo Client, automatic persisted queries, graphql-ws), the partner SDK (persisted ids only,
// X-Api-Key) and the admin SDK.
import WebSocket from 'ws';
import { firstValueFrom, toArray, takeWhile } from 'rxjs';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startStack, type Stack } from './kit/stack.ts';
import { login } from './kit/session.ts';
import { TestNode } from './kit/node-agent.ts';
import { seedDemo, DEMO_NODE_ID, DEMO_NODE_SECRET, PARTNER_API_KEY } from '../prisma/seed.ts';
import { demoPassword } from '../prisma/seed.ts';
import { createStudioSdk, operations as studio, SdkError, type StudioSdk } from '../clients/studio/sdk.ts';
import { createPartnerSdk, PartnerError } from '../clients/partner/sdk.ts';
import { createAdminSdk } from '../clients/admin/sdk.ts';

let stack: Stack;
let sdk: StudioSdk;
/** Every request body the studio SDK sent over HTTP. */
const studioBodies: Record<string, unknown>[] = [];

beforeAll(async () => {
  stack = await startStack();
  await seedDemo(stack.db.adminUrl);
  // A recording fetch shows what went out.
  const recordingFetch: typeof fetch = (input, init) => {
    if (typeof init?.body === 'string') studioBodies.push(JSON.parse(init.body));
    return fetch(input, init);
  };
  sdk = createStudioSdk({ url: stack.url, webSocketImpl: WebSocket, fetch: recordingFetch });
});
afterAll(async () => {
  await sdk?.close();
  await stack?.stop();
});

describe('studio SDK', () => {
  test('signs in and lists templates, sending the persisted hash instead of the text', async () => {
    const login = await sdk.signIn('user@flatrender.local', demoPassword());
    expect(login.accessToken).toBeTruthy();
    const me = await sdk.me();
    expect(me.me?.email).toBe('user@flatrender.local');

    studioBodies.length = 0;
    const { templates } = await sdk.templates({ first: 3 });
    expect(templates.edges).toHaveLength(3);
    expect(templates.totalCount).toBeGreaterThanOrEqual(3);
    // The router knew the hash from the committed Apollo manifest: no text was ever sent.
    expect(studioBodies).toHaveLength(1);
    expect(studioBodies[0].query).toBeUndefined();
    expect(studioBodies[0].extensions).toMatchObject({ persistedQuery: { version: 1 } });
  });

  test('an operation outside the manifest registers itself on first use (automatic persisted queries)', async () => {
    const adHoc = parse('query StudioAdHoc { categories { slug name } }') as TypedDocumentNode<{ categories: { slug: string; name: string }[] }, Record<string, never>>;
    studioBodies.length = 0;
    const first = await sdk.query(adHoc);
    expect(first.categories.length).toBeGreaterThan(0);
    // Hash alone, PersistedQueryNotFound, then hash and text.
    expect(studioBodies.map((body) => typeof body.query)).toEqual(['undefined', 'string']);
    studioBodies.length = 0;
    await sdk.query(adHoc);
    expect(studioBodies.map((body) => typeof body.query)).toEqual(['undefined']);
  });

  test('errors arrive as SdkError with the router\'s code', async () => {
    const anonymous = createStudioSdk({ url: stack.url, webSocketImpl: WebSocket });
    const error = await anonymous.query(studio.MyRendersDocument, {}).catch((e: unknown) => e);
    await anonymous.close();
    expect(error).toBeInstanceOf(SdkError);
    expect((error as SdkError).code).toBe('UNAUTHENTICATED');
  });

  test('submits a render and follows its progress over the subscription until it completes', async () => {
    const { template } = await sdk.query(studio.TemplateDetailDocument, { slug: 'wedding-invitation' });
    const saved = await sdk.mutate(studio.CreateSavedProjectDocument, { input: { projectId: template!.projects[0].id, name: 'Through the SDK' } });
    const { submitRender: job } = await sdk.mutate(studio.SubmitRenderDocument, { input: { savedProjectId: saved.createSavedProject.id, quality: 'Medium', resolution: 'HD' } });

    const events = firstValueFrom(sdk.renderProgress(job.id).pipe(takeWhile((event) => event.step !== 'Completed', true), toArray()));
    // The demo node renders whatever it is handed.
    const node = new TestNode(new URL(stack.url).origin, DEMO_NODE_ID, DEMO_NODE_SECRET);
    for (;;) {
      const work = (await node.heartbeat()).body.pending_commands.find((c: { command: string }) => c.command === 'RenderFrames')?.payload;
      if (!work) break;
      for (let frame = work.start_frame; frame <= work.end_frame; frame++) await node.frame(work.job_id, work.frame_job_id, frame);
    }
    const progress = await events;
    expect(progress.at(-1)).toMatchObject({ jobId: job.id, step: 'Completed', progress: 100, job: { savedProject: { name: 'Through the SDK' } } });
    expect(progress.at(-1)?.job?.export?.id).toBeTruthy();
  });
});

describe('partner SDK', () => {
  const sent: { url: string; body?: string }[] = [];
  const recording: typeof fetch = (input, init) => {
    sent.push({ url: String(input), body: init?.body as string | undefined });
    return fetch(input, init);
  };

  test('sends only persisted ids with its key, by POST and by GET', async () => {
    for (const useGetForQueries of [false, true]) {
      sent.length = 0;
      const partner = createPartnerSdk({ url: stack.url, apiKey: PARTNER_API_KEY, useGetForQueries, fetch: recording });
      const templates = await partner.templates({ first: 2 });
      expect(templates.edges).toHaveLength(2);
      expect(sent).toHaveLength(1);
      const carried = useGetForQueries ? Object.fromEntries(new URL(sent[0].url).searchParams) : JSON.parse(sent[0].body!);
      expect(carried.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(carried.query).toBeUndefined();
    }
  });

  test('a wrong key is refused with the router\'s code', async () => {
    const partner = createPartnerSdk({ url: stack.url, apiKey: 'frk_not_a_real_key' });
    const error = await partner.templates({ first: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartnerError);
    expect((error as PartnerError).code).toMatch(/^API_KEY_/);
  });
});

describe('admin SDK', () => {
  test('an administrator lists the render nodes; a user is refused', async () => {
    const admin = (await login(stack.url, 'admin@flatrender.local')).accessToken;
    const adminSdk = createAdminSdk({ url: stack.url, token: () => admin, webSocketImpl: WebSocket });
    const nodes = await adminSdk.nodes();
    expect(nodes.map((node) => node.name)).toContain('node-teh-01');
    expect(nodes.find((node) => node.name === 'node-teh-01')).toMatchObject({ id: DEMO_NODE_ID, region: 'teh' });
    await adminSdk.close();

    const user = (await login(stack.url, 'user@flatrender.local')).accessToken;
    const userSdk = createAdminSdk({ url: stack.url, token: () => user, webSocketImpl: WebSocket });
    const error = await userSdk.nodes().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SdkError);
    expect((error as SdkError).code).toBe('FORBIDDEN');
    await userSdk.close();
  });
});
