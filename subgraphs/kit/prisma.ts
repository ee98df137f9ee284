// One Prisma client per subgraph process, over node-postgres with the owner's own role.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../prisma/generated/client/client.ts';

export type Db = PrismaClient;

export interface DbOptions {
  connectionString: string;
  poolSize?: number;
  /** Called once per SQL statement Prisma sends (tests count statements with it). */
  onQuery?: (sql: string) => void;
  /** Server settings of every connection (e.g. `{ synchronous_commit: 'off' }`). */
  settings?: Record<string, string>;
  /** Statements kept prepared on each connection (default: preparedStatementsByDefault()). */
  preparedStatements?: boolean;
}

export function createDb({ connectionString, poolSize = 10, onQuery, settings, preparedStatements = preparedStatementsByDefault() }: DbOptions): Db {
  const options = settings ? Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`).join(' ') : undefined;
  const adapter = new PrismaPg({ connectionString, max: poolSize, ...(options ? { options } : {}) }, { statementNameGenerator: preparedStatements ? statementName : unnamed });
  if (!onQuery) return new PrismaClient({ adapter });
  const db = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  db.$on('query', (event) => onQuery(event.query));
  return db;
}

/**
 * Statements are kept prepared on each connection (named, in node-postgres's terms), so PostgreSQL
 * parses and plans each one once per connection rather than on every call: planning is most of a
 * short statement's cost (a node's heartbeat, one statement, took 1.6 ms a call unnamed and 0.6 ms
 * prepared, measured on this machine). Two bounds keep a connection's prepared statements few:
 * reads with a long `IN ($1,$2,…)` list are left unnamed (every list length is a text of its own,
 * and their batches are few), and past 400 texts a process prepares nothing new.
 */
const LONG_IN_LIST = /IN \((?:\$\d+,){8,}/;

/** Names statements for preparing (see above); '' runs a statement unnamed. One per process. */
export function statementNamer(maxPrepared = 400): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  let prepared = 0;
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined) {
      name = prepared < maxPrepared && !LONG_IN_LIST.test(sql) ? `fr_${++prepared}` : '';
      // Texts that stay unnamed are remembered too, as many as may be.
      if (name !== '' || names.size < 2 * maxPrepared) names.set(sql, name);
    }
    return name;
  };
}

const statementName = statementNamer();
const unnamed = () => '';

/**
 * A connection pooler that hands a session's statements to other clients (PgBouncer's transaction
 * mode before 1.21) cannot keep them: DATABASE_PREPARED_STATEMENTS=off runs every one unnamed.
 */
export const preparedStatementsByDefault = (env: NodeJS.ProcessEnv = process.env): boolean => env.DATABASE_PREPARED_STATEMENTS !== 'off';
