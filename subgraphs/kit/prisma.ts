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
}

export function createDb({ connectionString, poolSize = 10, onQuery, settings }: DbOptions): Db {
  const options = settings ? Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`).join(' ') : undefined;
  const adapter = new PrismaPg({ connectionString, max: poolSize, ...(options ? { options } : {}) });
  if (!onQuery) return new PrismaClient({ adapter });
  const db = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  db.$on('query', (event) => onQuery(event.query));
  return db;
}
