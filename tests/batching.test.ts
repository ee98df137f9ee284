// Entity references are batched: however many rows a page holds, each owner answers the
// router's entity fetch with one SQL statement per entity type (DataLoader).
import { startStack, type Stack } from './kit/stack.ts';
import { execute, expectNoErrors } from './kit/client.ts';
import { login } from './kit/session.ts';
import { seedDemo, DEMO_IDS, DEFAULT_TENANT_ID } from '../prisma/seed.ts';
import type { Owner } from '../prisma/roles.ts';

let stack: Stack;
let counting = false;
const statements: Record<string, string[]> = {};

beforeAll(async () => {
  stack = await startStack({
    onQuery: (owner: Owner, sql: string) => {
      if (counting) (statements[owner] ??= []).push(sql);
    },
  });
  await seedDemo(stack.db.adminUrl);
  // One more render per template project (21), each of its own saved project.
  const projects = await stack.db.admin.project.findMany();
  expect(projects.length).toBeGreaterThan(20);
  for (const [index, project] of projects.entries()) {
    const saved = await stack.db.admin.savedProject.create({
      data: { tenantId: DEFAULT_TENANT_ID, userId: DEMO_IDS.user, projectId: project.id, templateId: project.templateId, name: `Batch ${index}` },
    });
    await stack.db.admin.renderJob.create({
      data: {
        tenantId: DEFAULT_TENANT_ID, userId: DEMO_IDS.user, savedProjectId: saved.id, projectId: project.id, name: saved.name,
        priceType: 'Cash', quality: 'High', resolution: 'FullHD', durationSec: 10,
      },
    });
  }
});
afterAll(() => stack?.stop());

test('a page of 24 render jobs costs each owner one statement per entity type', async () => {
  const { accessToken } = await login(stack.url, 'user@flatrender.local');
  counting = true;
  const data = expectNoErrors(await execute(stack.url, {
    document: `{ renderJobs(first: 50) { totalCount edges { node { id name
      user { id displayName }
      savedProject { id name project { id aspectRatio template { title thumbnailUrl } } } } } } }`,
    token: accessToken,
  }));
  counting = false;
  expect(data.renderJobs.totalCount).toBe(24);
  expect(new Set(data.renderJobs.edges.map((e: any) => e.node.savedProject.project.template.title)).size).toBeGreaterThan(5);
  const selects = (owner: string) => (statements[owner] ?? []).filter((sql) => /^\s*SELECT/i.test(sql));
  // identity: the users; studio: the saved projects; content: the projects, then their templates.
  expect(selects('identity')).toHaveLength(1);
  expect(selects('studio')).toHaveLength(1);
  expect(selects('content')).toHaveLength(2);
  // render: the page and its count.
  expect(selects('render')).toHaveLength(2);
});
