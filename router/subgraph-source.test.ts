// The router's subgraph data source against a real HTTP server on loopback: identical reads in
// flight go out once and every caller gets its own copy; mutations, other callers and later reads
// are never shared; refusals and failures become the errors the gateway expects.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { SubgraphSource } from './subgraph-source.ts';
import { SERVICE_HEADER, ServiceCredential } from '../subgraphs/kit/auth.ts';
import type { RouterContext } from './gateway.ts';

interface Seen {
  body: { query: string; variables?: Record<string, unknown> };
  headers: http.IncomingHttpHeaders;
}

/** A subgraph stand-in that records each request and answers when the test says so. */
async function fakeSubgraph() {
  const seen: Seen[] = [];
  const held: (() => void)[] = [];
  let reply: (req: Seen) => { status: number; type?: string; body: string } = () => ({ status: 200, body: JSON.stringify({ data: { plans: [{ code: 'pro' }] } }) });
  let hold = false;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const entry = { body: JSON.parse(Buffer.concat(chunks).toString('utf8')), headers: req.headers };
      seen.push(entry);
      const answer = () => {
        const { status, type = 'application/json', body } = reply(entry);
        res.writeHead(status, { 'content-type': type }).end(body);
      };
      if (hold) held.push(answer);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    seen,
    hold() {
      hold = true;
    },
    release() {
      hold = false;
      held.splice(0).forEach((answer) => answer());
    },
    replyWith(next: typeof reply) {
      reply = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let subgraph: Awaited<ReturnType<typeof fakeSubgraph>>;
let source: SubgraphSource;

beforeEach(async () => {
  subgraph = await fakeSubgraph();
  source = new SubgraphSource({ name: 'identity', url: subgraph.url, credential: new ServiceCredential('s'.repeat(32), 'router') });
});

afterEach(async () => {
  source.close();
  await subgraph.close();
});

const call = (query: string, { authorization = 'Bearer a', variables = {}, operation = 'query' as 'query' | 'mutation' } = {}) =>
  source.process({
    kind: 'incoming operation',
    request: { query, variables },
    context: { requestId: `req-${Math.random().toString(36).slice(2, 10)}`, authorization },
    incomingRequestContext: { operation: { operation } },
  } as unknown as GraphQLDataSourceProcessOptions<RouterContext>);

/** Waits until the fake subgraph has received `count` requests. */
async function received(count: number) {
  while (subgraph.seen.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
}

test('identical reads in flight are sent once, and each caller gets its own copy', async () => {
  subgraph.hold();
  const calls = Array.from({ length: 5 }, () => call('{ plans { code } }'));
  await received(1);
  expect(source.readsInFlight).toBe(1);
  subgraph.release();
  const results = await Promise.all(calls);
  expect(subgraph.seen).toHaveLength(1);
  for (const result of results) expect(result.data).toEqual({ plans: [{ code: 'pro' }] });
  // The executor merges into what it gets: one caller's changes never reach another.
  (results[0].data as { plans: { code: string }[] }).plans[0].code = 'changed';
  expect((results[1].data as { plans: { code: string }[] }).plans[0].code).toBe('pro');
  expect(source.readsInFlight).toBe(0);
});

test('the call carries the service header, the caller and the request id', async () => {
  await call('{ plans { code } }', { authorization: 'Bearer caller' });
  const { headers } = subgraph.seen[0];
  expect(headers[SERVICE_HEADER]).toEqual(expect.any(String));
  expect(headers.authorization).toBe('Bearer caller');
  expect(headers['x-request-id']).toMatch(/^req-/);
  expect(headers['content-type']).toBe('application/json');
});

test('reads are shared only between the same caller, query and variables', async () => {
  subgraph.hold();
  const calls = [
    call('{ plans { code } }', { authorization: 'Bearer a' }),
    call('{ plans { code } }', { authorization: 'Bearer b' }),
    call('{ plans { code } }', { authorization: 'Bearer a', variables: { first: 2 } }),
    call('{ plans { code name } }', { authorization: 'Bearer a' }),
  ];
  await received(4);
  subgraph.release();
  await Promise.all(calls);
  expect(subgraph.seen.map((s) => s.headers.authorization)).toEqual(expect.arrayContaining(['Bearer a', 'Bearer b']));
  expect(subgraph.seen).toHaveLength(4);
});

test('nothing of a mutation is shared, not even its reads; a finished read is never reused', async () => {
  subgraph.hold();
  const mutations = [call('mutation { logout }', { operation: 'mutation' }), call('mutation { logout }', { operation: 'mutation' })];
  // An entity read planned after a mutation's write must not join a read that began before it.
  const reads = [call('query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', { operation: 'mutation' }), call('query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', { operation: 'mutation' })];
  await received(4);
  subgraph.release();
  await Promise.all([...mutations, ...reads]);
  expect(subgraph.seen).toHaveLength(4);
  await call('{ plans { code } }');
  await call('{ plans { code } }');
  expect(subgraph.seen).toHaveLength(6);
});

test('a refusal that says why keeps its GraphQL errors and codes', async () => {
  subgraph.replyWith(() => ({ status: 403, body: JSON.stringify({ errors: [{ message: 'Only the router may call this subgraph.', extensions: { code: 'GATEWAY_REQUIRED' } }] }) }));
  const result = await call('{ plans { code } }');
  expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: 'GATEWAY_REQUIRED' } })]);
});

test('a failure without GraphQL errors becomes an error of the fetch, and a shared one fails every waiter', async () => {
  subgraph.replyWith(() => ({ status: 502, type: 'text/plain', body: 'upstream gone' }));
  subgraph.hold();
  const calls = [call('{ plans { code } }'), call('{ plans { code } }')];
  await received(1);
  subgraph.release();
  for (const outcome of await Promise.allSettled(calls)) {
    expect(outcome.status).toBe('rejected');
    const error = (outcome as PromiseRejectedResult).reason;
    expect(error.message).toBe('502: Bad Gateway');
    expect(error.extensions).toEqual(expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR', response: expect.objectContaining({ status: 502, body: 'upstream gone' }) }));
  }
  subgraph.replyWith(() => ({ status: 401, body: 'no' , type: 'text/plain' }));
  await expect(call('{ plans { code } }')).rejects.toMatchObject({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) });
  subgraph.replyWith(() => ({ status: 200, type: 'text/html', body: '<html>' }));
  await expect(call('{ plans { code } }')).rejects.toThrow(/Expected a JSON response body/);
});

test('a subgraph that does not answer in time, or cannot be reached, fails the call', async () => {
  source.close();
  source = new SubgraphSource({ name: 'identity', url: subgraph.url, timeoutMs: 100 });
  subgraph.hold();
  await expect(call('{ plans { code } }')).rejects.toThrow(/did not answer within 100 ms/);
  subgraph.release();
  const unreachable = new SubgraphSource({ name: 'identity', url: 'http://127.0.0.1:1/graphql' });
  await expect(unreachable.process({ kind: 'incoming operation', request: { query: '{ plans { code } }' }, context: { requestId: 'r-12345678' } } as never)).rejects.toThrow(/ECONNREFUSED/);
  unreachable.close();
});
