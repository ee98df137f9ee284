// withTransaction and the PostgreSQL bus (the NATS bus's side is in tests/nats-bus.test.ts): a live
// event published in a transaction goes out once it commits and never if it rolls back, and the
// Prisma client is left as it is (a transaction client's `$transaction` stays Prisma's own).
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { createTestDatabase, type TestDatabase } from '../../tests/kit/database.ts';
import { eventually } from '../../tests/kit/eventually.ts';
import { createDb, type Db } from './prisma.ts';
import { attachEventBus, CHANNELS, PgEvents, publishLive, withTransaction } from './events.ts';

const channel = CHANNELS.notification;
interface Heard { id: string; userId: string }

let database: TestDatabase;
let bus: PgEvents;
let db: Db;
/** A client no subgraph server set up (a script's). */
let bare: Db;
const heard: string[] = [];
let stopListening: () => void;

beforeAll(async () => {
  database = await createTestDatabase();
  const url = database.ownerUrl('notification');
  bus = new PgEvents(url, pino({ level: 'silent' }));
  stopListening = await bus.listen<Heard>(channel, (event) => heard.push(event.id));
  db = createDb({ connectionString: url, poolSize: 3 });
  attachEventBus(db, bus);
  bare = createDb({ connectionString: url, poolSize: 2 });
});
afterAll(async () => {
  stopListening?.();
  await bus?.close();
  await db?.$disconnect();
  await bare?.$disconnect();
  await database?.drop();
});

const event = (id: string): Heard => ({ id, userId: randomUUID() });

/** Everything published and committed before now has been heard once a marker sent now is heard. */
async function flush(): Promise<void> {
  const marker = `marker-${randomUUID()}`;
  await db.$executeRaw`SELECT pg_notify(${channel}, ${JSON.stringify(event(marker))})`;
  await eventually(async () => heard.includes(marker), Boolean);
}
const events = () => heard.filter((id) => !id.startsWith('marker-'));

beforeEach(() => {
  heard.length = 0;
});

test('an event published in withTransaction is heard once the transaction commits, not before', async () => {
  let heardInside: string[] = [];
  const result = await withTransaction(db, async (tx) => {
    await publishLive(tx, channel, event('committed'));
    await flush();
    heardInside = events();
    return 'done';
  });
  expect(result).toBe('done');
  expect(heardInside).toEqual([]);
  await flush();
  expect(events()).toEqual(['committed']);
});

test('an event of a transaction that rolls back is never heard, and its error reaches the caller', async () => {
  await expect(withTransaction(db, async (tx) => {
    await publishLive(tx, channel, event('rolled back'));
    throw new Error('changed my mind');
  })).rejects.toThrow('changed my mind');
  await flush();
  expect(events()).toEqual([]);
});

test('transaction options reach Prisma: a transaction past its timeout fails and publishes nothing', async () => {
  await expect(withTransaction(db, async (tx) => {
    await publishLive(tx, channel, event('too slow'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await tx.$queryRaw`SELECT 1`;
  }, { timeout: 100 })).rejects.toMatchObject({ code: 'P2028' });
  await flush();
  expect(events()).toEqual([]);
});

test("the client is not wrapped: inside, tx.$transaction is Prisma's own nested transaction on the same connection (never a second transaction), and it cannot publish", async () => {
  await withTransaction(db, async (tx) => {
    const [outer] = await tx.$queryRaw<{ id: string }[]>`SELECT txid_current()::text AS id`;
    const inner = await tx.$transaction(async (nested) => (await nested.$queryRaw<{ id: string }[]>`SELECT txid_current()::text AS id`)[0]);
    expect(inner.id).toBe(outer.id);
    await expect(tx.$transaction((nested) => publishLive(nested, channel, event('nested')))).rejects.toThrow(/withTransaction/);
    await publishLive(tx, channel, event('outer'));
  });
  await flush();
  expect(events()).toEqual(['outer']);
});

test("publishing in a transaction withTransaction did not open is refused (it could not know the commit), and rolls back", async () => {
  const id = randomUUID();
  await expect(db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_notify(${channel}, ${JSON.stringify(event(`plain-${id}`))})`;
    await publishLive(tx, channel, event('not allowed'));
  })).rejects.toThrow(/withTransaction/);
  await flush();
  expect(events()).toEqual([]);
});

test("the subgraph's own client outside any transaction publishes at once (its change is committed)", async () => {
  await publishLive(db, channel, event('now'));
  await flush();
  expect(events()).toEqual(['now']);
});

test('a client without a bus (a script) publishes with NOTIFY inside the transaction: heard after commit only', async () => {
  await withTransaction(bare, async (tx) => {
    await publishLive(tx, channel, event('from a script'));
  });
  await expect(withTransaction(bare, async (tx) => {
    await publishLive(tx, channel, event('script rolled back'));
    throw new Error('no');
  })).rejects.toThrow('no');
  await flush();
  expect(events()).toEqual(['from a script']);
});

test('two transactions of one caller publish in order', async () => {
  for (const id of ['first', 'second', 'third']) await withTransaction(db, (tx) => publishLive(tx, channel, event(id)));
  await flush();
  expect(events()).toEqual(['first', 'second', 'third']);
});
