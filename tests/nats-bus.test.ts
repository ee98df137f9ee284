// The NATS JetStream event bus (EVENT_BUS=nats) on a real nats-server: events published by one
// replica reach subscribers on another, a re-published event id is stored once, events leave only
// for committed transactions, and the bus rides out NATS going away; plus the configuration and
// startup errors.
import net from 'node:net';
import pino from 'pino';
import { startNats, type NatsServer } from './kit/nats.ts';
import { createTestDatabase, type TestDatabase } from './kit/database.ts';
import { eventually } from './kit/eventually.ts';
import { NatsEvents } from '../subgraphs/kit/nats-bus.ts';
import { attachEventBus, CHANNELS, withTransaction } from '../subgraphs/kit/events.ts';
import { readEnv } from '../subgraphs/kit/config.ts';
import { createDb, type Db } from '../subgraphs/kit/prisma.ts';
import { startSubgraph } from '../subgraphs/kit/server.ts';
import { loadSubgraph } from '../scripts/subgraphs.ts';

const log = pino({ level: 'silent' });
const channel = CHANNELS.render;
type Event = { n: number; tag?: string };

let server: NatsServer;
let replicaA: NatsEvents;
let replicaB: NatsEvents;
/** What replica B's listener heard, in order. */
const heard: Event[] = [];
let sentinels = 0;

/** Publishes a marker from A and waits until B heard it: whatever A published before it has arrived too. */
async function flush(): Promise<void> {
  const tag = `sentinel-${++sentinels}`;
  await replicaA.send(channel, { n: -1, tag });
  await eventually(async () => heard.some((e) => e.tag === tag), Boolean);
}
const numbers = () => heard.filter((e) => e.n >= 0).map((e) => e.n);

beforeAll(async () => {
  server = await startNats();
  replicaA = await NatsEvents.connect({ url: server.url, log, name: 'replica-a' });
  replicaB = await NatsEvents.connect({ url: server.url, log, name: 'replica-b' });
  await replicaB.listen<Event>(channel, (event) => heard.push(event));
});
afterAll(async () => {
  await replicaA?.close();
  await replicaB?.close();
  await server?.dispose();
});
beforeEach(() => {
  heard.length = 0;
});

describe('between replicas', () => {
  test('a subscriber on another replica receives what the first one published, in order', async () => {
    const own: Event[] = [];
    const stop = await replicaA.listen<Event>(channel, (event) => own.push(event));
    for (const n of [1, 2, 3]) expect(await replicaA.send(channel, { n })).toEqual({ stored: true, duplicate: false });
    await flush();
    expect(numbers()).toEqual([1, 2, 3]);
    // The publishing replica's own subscribers hear it too.
    await eventually(async () => own.filter((e) => e.n >= 0).map((e) => e.n), (seen) => seen.length === 3);
    stop();
  });

  test('a re-published event id is stored and delivered once', async () => {
    expect(await replicaA.send(channel, { n: 7 }, 'event-7')).toEqual({ stored: true, duplicate: false });
    expect(await replicaA.send(channel, { n: 7 }, 'event-7')).toEqual({ stored: true, duplicate: true });
    expect(await replicaB.send(channel, { n: 7 }, 'event-7')).toEqual({ stored: true, duplicate: true });
    await flush();
    expect(numbers()).toEqual([7]);
  });

  test('a listener with a filter hears only what it accepts; one that stopped hears nothing', async () => {
    const even: number[] = [];
    const stopEven = await replicaB.listen<Event>(channel, (event) => even.push(event.n), (event) => event.n % 2 === 0);
    const stopped: Event[] = [];
    (await replicaB.listen<Event>(channel, (event) => stopped.push(event)))();
    for (const n of [10, 11, 12]) await replicaA.send(channel, { n });
    await flush();
    expect(even).toEqual([10, 12]);
    expect(stopped).toEqual([]);
    stopEven();
  });

  test('a subscriber that starts later gets only what is published from then on', async () => {
    await replicaA.send(channel, { n: 20 });
    await flush();
    const late: number[] = [];
    const stop = await replicaA.listen<Event>('notification_events', (event) => late.push(event.n));
    await replicaB.send('notification_events', { n: 21 });
    await eventually(async () => late, (seen) => seen.length > 0);
    expect(late).toEqual([21]);
    stop();
  });

  test('channel names are checked', async () => {
    await expect(replicaA.listen('render.events.>', () => {})).rejects.toThrow(/bad channel name/);
  });
});

describe('committed changes only', () => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = createDb({ connectionString: database.ownerUrl('render'), poolSize: 2 });
    attachEventBus(db, replicaA);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  test('an event published inside a transaction leaves when it commits, not before', async () => {
    let heardBeforeCommit: number[] = [];
    await withTransaction(db, async (tx) => {
      await tx.$queryRaw`SELECT 1`;
      await replicaA.publish(tx, channel, { n: 30 });
      // Something published outside the transaction after it arrives; the transaction's event does not.
      await flush();
      heardBeforeCommit = numbers();
    });
    expect(heardBeforeCommit).toEqual([]);
    // withTransaction returns after the stream acknowledged the event.
    await flush();
    expect(numbers()).toEqual([30]);
  });

  test('an event of a transaction that rolls back never leaves', async () => {
    await expect(withTransaction(db, async (tx) => {
      await replicaA.publish(tx, channel, { n: 31 });
      throw new Error('changed my mind');
    })).rejects.toThrow('changed my mind');
    await flush();
    expect(numbers()).toEqual([]);
  });
});

describe('NATS going away mid-run', () => {
  test('publishing drops the live event without failing the committed change; subscribers resume after NATS returns', async () => {
    const database = await createTestDatabase();
    const db = createDb({ connectionString: database.ownerUrl('render'), poolSize: 2 });
    attachEventBus(db, replicaA);
    try {
      await server.stop();
      // A change committed while NATS is away still commits; only its live event is lost.
      await eventually(async () => replicaA.send(channel, { n: 40 }), (result) => !result.stored);
      await expect(withTransaction(db, async (tx) => {
        await replicaA.publish(tx, channel, { n: 41 });
        return (await tx.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`)[0].ok;
      })).resolves.toBe(1);

      await server.restart();
      // Both replicas reconnect by themselves; B's consumer is recreated where it left off.
      await eventually(async () => replicaA.send(channel, { n: 42 }), (result) => result.stored, 30_000);
      await eventually(async () => numbers(), (seen) => seen.includes(42), 30_000);
      await flush();
      expect(numbers().filter((n) => n >= 40)).toEqual([42]);
    } finally {
      await db.$disconnect();
      await database.drop();
    }
  }, 90_000);
});

describe('configuration and start', () => {
  const base = { DATABASE_URL: 'postgres://u:p@127.0.0.1/db', JWT_PUBLIC_KEY: 'key' };

  test('EVENT_BUS defaults to postgres and NATS_URL to the local server', () => {
    expect(readEnv('render', base)).toMatchObject({ EVENT_BUS: 'postgres', NATS_URL: 'nats://127.0.0.1:4222' });
    expect(readEnv('render', { ...base, EVENT_BUS: 'nats', NATS_URL: 'nats://bus.internal:4222' })).toMatchObject({ EVENT_BUS: 'nats', NATS_URL: 'nats://bus.internal:4222' });
  });

  test('an unknown bus or a URL that is not nats:// is refused at start', () => {
    expect(() => readEnv('render', { ...base, EVENT_BUS: 'kafka' })).toThrow(/EVENT_BUS/);
    expect(() => readEnv('render', { ...base, EVENT_BUS: 'nats', NATS_URL: 'http://127.0.0.1:4222' })).toThrow(/NATS_URL: must be a nats:\/\/ or tls:\/\/ URL/);
    expect(() => readEnv('render', { ...base, NATS_URL: 'not a url' })).toThrow(/NATS_URL/);
  });

  test('a subgraph whose NATS is unreachable does not start, and says which NATS_URL it tried', async () => {
    const port = await closedPort();
    const definition = await loadSubgraph('render');
    await expect(startSubgraph(definition, { databaseUrl: base.DATABASE_URL, jwtPublicKey: 'unused', eventBus: 'nats', natsUrl: `nats://127.0.0.1:${port}`, jobs: false }))
      .rejects.toThrow(`Cannot reach the NATS event bus at NATS_URL=nats://127.0.0.1:${port}`);
  });

  test('a NATS server without JetStream is refused with the reason', async () => {
    const plain = await startNats({ jetstream: false });
    try {
      await expect(NatsEvents.connect({ url: plain.url, log })).rejects.toThrow(`The NATS server at NATS_URL=${plain.url} has no usable JetStream (start it with -js)`);
    } finally {
      await plain.dispose();
    }
  });
});

/** A loopback port with nothing listening on it. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
