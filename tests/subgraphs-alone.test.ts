// Each subgraph on its own, without the router: it starts over its own role, serves the SDL
// that is committed for it, reports health, resolves its entities and denies what no rule allows.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { printSubgraphSchema } from '@apollo/subgraph';
import { startStack, type Stack } from './kit/stack.ts';
import { errorCodes, execute, expectNoErrors } from './kit/client.ts';
import { loadSubgraph, OWNERS, type Owner } from '../scripts/subgraphs.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/** A root field each owner guards and the entity type it owns. */
const PROBES: Record<Owner, { guarded: string; entity: string }> = {
  identity: { guarded: '{ me { id } }', entity: 'User' },
  content: { guarded: '{ adminProjects { totalCount } }', entity: 'Template' },
  studio: { guarded: '{ savedProjects { totalCount } }', entity: 'SavedProject' },
  render: { guarded: '{ nodes { id } }', entity: 'RenderJob' },
  file: { guarded: '{ folder { id } }', entity: 'File' },
  notification: { guarded: 'mutation { markAllNotificationsRead }', entity: 'Notification' },
};

describe.each(OWNERS)('the %s subgraph alone', (owner) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ owners: [owner], router: false });
  });
  afterAll(() => stack?.stop());

  test('serves the SDL committed in its schema.graphql', async () => {
    const committed = await readFile(path.join(ROOT, 'subgraphs', owner, 'schema.graphql'), 'utf8');
    const built = printSubgraphSchema((await loadSubgraph(owner)).schema).trim();
    expect(committed).toContain(built);
    const data = expectNoErrors(await execute(stack.url, { document: '{ _service { sdl } }' }));
    expect(data._service.sdl).toContain(`type ${PROBES[owner].entity}`);
  });

  test('is healthy when its database answers', async () => {
    const response = await fetch(new URL('/healthz', stack.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', subgraph: owner });
  });

  test('resolves an unknown entity to null', async () => {
    const data = expectNoErrors(await execute(stack.url, {
      document: `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
      variables: { r: [{ __typename: PROBES[owner].entity, id: '00000000-0000-4000-8000-00000000dead' }] },
    }));
    expect(data._entities).toEqual([null]);
  });

  test('refuses a guarded field to an anonymous caller', async () => {
    expect(errorCodes(await execute(stack.url, { document: PROBES[owner].guarded }))).toEqual(['UNAUTHENTICATED']);
  });
});
