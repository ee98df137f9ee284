// Applies the numbered SQL files in prisma/migrations with node-pg-migrate, then sets each
// owner role's password, makes sure the monthly partitions ahead exist, and installs the
// scheduled-work queue.
import { runner } from 'node-pg-migrate';
import pg from 'pg';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OWNERS, roleOf, rolePassword } from './roles.ts';
import { installJobQueue } from './jobs.ts';

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Partitioned tables and how many months ahead their partitions are kept. */
export const PARTITIONED_TABLES = ['identity.tenant_api_request_logs', 'render.node_health_logs'];

export interface MigrateOptions {
  databaseUrl: string;
  /** Secret the owner roles' passwords derive from (prisma/roles.ts). */
  roleSecret: string;
  log?: (line: string) => void;
}

export async function migrate({ databaseUrl, roleSecret, log = () => {} }: MigrateOptions): Promise<string[]> {
  const applied = await runner({
    databaseUrl,
    dir: MIGRATIONS_DIR,
    direction: 'up',
    count: Infinity,
    migrationsTable: 'pgmigrations',
    migrationsSchema: 'public',
    checkOrder: true,
    // Several replicas may start at once: the second waits for the first, then finds nothing to do.
    advisoryLockMode: 'wait',
    log: () => {},
    logger: { debug: () => {}, info: () => {}, warn: (m: string) => log(m), error: (m: string) => log(m) },
  });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const owner of OWNERS) {
      // Identifiers cannot be bound as parameters; role names are our constants and the
      // password is hex, so both are safe to inline through format().
      await client.query(`ALTER ROLE ${roleOf(owner)} PASSWORD '${rolePassword(owner, roleSecret)}'`);
    }
    await ensurePartitions(client);
  } finally {
    await client.end();
  }
  await installJobQueue(databaseUrl);
  for (const m of applied) log(`applied ${m.name}`);
  return applied.map((m) => m.name);
}

/** Creates this month's and the next two months' partitions of every partitioned table. */
export async function ensurePartitions(client: pg.ClientBase, monthsAhead = 2): Promise<number> {
  let created = 0;
  for (const table of PARTITIONED_TABLES) {
    const exists = await client.query(`SELECT to_regclass($1) AS t`, [table]);
    if (!exists.rows[0].t) continue;
    const { rows } = await client.query(`SELECT public.ensure_monthly_partitions($1::regclass, $2) AS n`, [table, monthsAhead]);
    created += rows[0].n;
  }
  return created;
}
