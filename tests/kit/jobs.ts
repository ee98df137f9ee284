// A pg-boss client on the test database's job schema, for tests that send or inspect jobs the
// way another owner would (no migrations, no maintenance, no schedules: the stack does those).
import PgBoss from 'pg-boss';
import { JOB_SCHEMA } from '../../prisma/jobs.ts';

export async function jobQueueClient(adminUrl: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: adminUrl, schema: JOB_SCHEMA, migrate: false, supervise: false, schedule: false });
  boss.on('error', () => {});
  await boss.start();
  return boss;
}
