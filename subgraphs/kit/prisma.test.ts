// Statements kept prepared per connection: each text has one name, batch reads with long IN lists
// and texts past the cap run unnamed, and a prepared statement keeps working after it failed or
// its transaction rolled back (PostgreSQL's prepared statements outlive both); turned off, nothing is
// prepared.
import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../tests/kit/database.ts';
import { createDb, preparedStatementsByDefault, statementNamer, type Db } from './prisma.ts';

describe('statementNamer', () => {
  test('one name per text, the same every time', () => {
    const name = statementNamer();
    const a = name({ sql: 'SELECT 1' });
    expect(a).toMatch(/^fr_\d+$/);
    expect(name({ sql: 'SELECT 1' })).toBe(a);
    expect(name({ sql: 'SELECT 2' })).not.toBe(a);
  });

  test('a read with a long IN list runs unnamed; a short list is prepared', () => {
    const name = statementNamer();
    const list = (n: number) => `SELECT id FROM t WHERE id IN (${Array.from({ length: n }, (_, i) => `$${i + 1}`).join(',')})`;
    expect(name({ sql: list(3) })).not.toBe('');
    expect(name({ sql: list(9) })).toBe('');
    expect(name({ sql: list(50) })).toBe('');
  });

  test('past its cap a process prepares nothing new, and keeps what it has', () => {
    const name = statementNamer(2);
    const first = name({ sql: 'SELECT 1' });
    name({ sql: 'SELECT 2' });
    expect(name({ sql: 'SELECT 3' })).toBe('');
    expect(name({ sql: 'SELECT 1' })).toBe(first);
  });
});

test('DATABASE_PREPARED_STATEMENTS=off turns them off; anything else leaves them on', () => {
  expect(preparedStatementsByDefault({})).toBe(true);
  expect(preparedStatementsByDefault({ DATABASE_PREPARED_STATEMENTS: 'on' })).toBe(true);
  expect(preparedStatementsByDefault({ DATABASE_PREPARED_STATEMENTS: 'off' })).toBe(false);
});

describe('prepared statements on a real connection', () => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase();
    // A pool of one connection: pg_prepared_statements lists what that connection holds.
    db = createDb({ connectionString: database.adminUrl, poolSize: 1 });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  const prepared = () => db.$queryRaw<{ statement: string }[]>`SELECT statement FROM pg_prepared_statements`;
  // A table of this test's own (the database is dropped after).
  const keep = (key: string) => db.$executeRaw`INSERT INTO render.kept (key) VALUES (${key})`;

  test('a Prisma read is prepared on the connection and read again without error', async () => {
    const ids = [randomUUID(), randomUUID()];
    await db.renderNode.findMany({ where: { id: { in: ids } }, select: { id: true } });
    await db.renderNode.findMany({ where: { id: { in: ids } }, select: { id: true } });
    expect((await prepared()).map((row) => row.statement)).toContainEqual(expect.stringContaining('"render"."render_nodes"'));
  });

  test('turned off, nothing is prepared and every statement still runs', async () => {
    const unprepared = createDb({ connectionString: database.adminUrl, poolSize: 1, preparedStatements: false });
    try {
      const ids = [randomUUID()];
      for (let round = 0; round < 2; round++) expect(await unprepared.renderNode.findMany({ where: { id: { in: ids } }, select: { id: true } })).toEqual([]);
      await unprepared.$transaction(async (tx) => tx.renderNode.count());
      expect(await unprepared.$queryRaw`SELECT statement FROM pg_prepared_statements`).toEqual([]);
    } finally {
      await unprepared.$disconnect();
    }
  });

  test('a prepared statement that failed, or whose transaction rolled back, still runs', async () => {
    await db.$executeRawUnsafe('CREATE TABLE render.kept (key text PRIMARY KEY)');
    expect(await keep('a')).toBe(1);
    await expect(keep('a')).rejects.toThrow(); // the primary key
    await expect(db.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO render.kept (key) VALUES (${'b'})`;
      throw new Error('roll back');
    })).rejects.toThrow('roll back');
    expect(await keep('c')).toBe(1);
    const kept = await db.$queryRaw<{ key: string }[]>`SELECT key FROM render.kept ORDER BY key`;
    expect(kept.map((row) => row.key)).toEqual(['a', 'c']);
    expect((await prepared()).map((row) => row.statement)).toContainEqual(expect.stringContaining('INSERT INTO render.kept'));
  });
});
