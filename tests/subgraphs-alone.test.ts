// Each subgraph on its own, without the router: it starts over its own role, serves the SDL
// that is committed for it, reports health, resolves its entities and denies what no rule allows.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { printSubgraphSchema } from '@apollo/subgraph';
import { routerHeaders, SERVICE_SECRET, startStack, type Stack } from './kit/stack.ts';
import { SERVICE_HEADER, serviceToken } from '../subgraphs/kit/auth.ts';
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

describe('a subgraph behind the router', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ owners: ['identity'], router: false, requireGateway: true });
  });
  afterAll(() => stack?.stop());
  const plans = '{ plans { code } }';

  test('refuses GraphQL requests that did not come through the router', async () => {
    const direct = await execute(stack.url, { document: plans });
    expect(direct.status).toBe(403);
    expect(errorCodes(direct)).toEqual(['GATEWAY_REQUIRED']);
    const forged = await execute(stack.url, { document: plans, headers: { [SERVICE_HEADER]: await serviceToken('not-the-service-secret-0000', 'router') } });
    expect(errorCodes(forged)).toEqual(['GATEWAY_REQUIRED']);
    const garbage = await execute(stack.url, { document: plans, headers: { [SERVICE_HEADER]: 'not a token' } });
    expect(errorCodes(garbage)).toEqual(['GATEWAY_REQUIRED']);
  });

  test("answers the router's signed requests and other services' calls", async () => {
    expectNoErrors(await execute(stack.url, { document: plans, headers: await routerHeaders() }));
    // A service calling as itself (Authorization holds its service token) needs no router.
    expectNoErrors(await execute(stack.url, { document: plans, token: await serviceToken(SERVICE_SECRET, 'render') }));
  });

  test('still reports its health to anyone', async () => {
    expect((await fetch(new URL('/healthz', stack.url))).status).toBe(200);
  });
});
