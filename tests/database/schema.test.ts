// The migrated database: every owner's tables, the one cross-schema foreign key, monthly
// partitions ahead, and owner roles that reach their own schema only.
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../kit/database.ts';
import { OWNERS, SCHEMA_OF, roleOf } from '../../prisma/roles.ts';

/** Every table the seeds name or imply, by schema (docs/data-model.md). */
export const EXPECTED_TABLES: Record<string, string[]> = {
  identity: [
    'tenants', 'tenant_branding', 'tenant_api_keys', 'tenant_webhooks', 'tenant_webhook_deliveries', 'tenant_usage_daily', 'tenant_api_request_logs',
    'users', 'sessions', 'mfa_factors', 'mfa_backup_codes', 'push_subscriptions', 'password_reset_tokens', 'session_rotated_tokens',
    'plans', 'subscriptions', 'subscription_renders', 'wallets', 'wallet_transactions', 'payments', 'discount_codes', 'discount_redemptions',
    'achievements', 'user_achievements', 'earned_gifts', 'consumed_events',
  ],
  content: [
    'categories', 'tags', 'templates', 'template_tags', 'projects', 'template_svg_previews', 'project_assets',
    'scenes', 'scene_fields', 'characters', 'project_characters', 'presets', 'blogs', 'pages',
  ],
  studio: ['audio_tracks', 'saved_projects', 'saved_project_scenes', 'saved_project_sfx'],
  render: [
    'render_nodes', 'node_health_logs', 'node_crashes', 'node_template_cache', 'node_updates', 'node_update_rollouts', 'node_commands',
    'render_jobs', 'frame_jobs', 'frame_repair_jobs', 'render_job_logs', 'snapshots', 'exports', 'export_files', 'snapshot_jobs',
    'node_request_signatures', 'frame_reports',
  ],
  file_mgr: ['folders', 'files', 'quotas', 'upload_sessions', 'cleanup_schedules'],
  notification: ['notifications', 'notification_deliveries', 'notification_preferences', 'templates', 'consumed_events'],
};

let db: TestDatabase;
let admin: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase();
  admin = new pg.Client({ connectionString: db.adminUrl });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
  await db?.drop();
});

test('runs on the PostgreSQL major version CI asked for', async () => {
  const { rows } = await admin.query(`SELECT current_setting('server_version_num')::int / 10000 AS major`);
  const expected = Number(process.env.FR_EXPECT_PG_MAJOR ?? 0);
  expect(rows[0].major).toBeGreaterThanOrEqual(15);
  if (expected) expect(rows[0].major).toBe(expected);
});

test.each(Object.entries(EXPECTED_TABLES))('schema %s has every table', async (schema, tables) => {
  const { rows } = await admin.query(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
    [schema],
  );
  expect(rows.map((r) => r.relname).sort()).toEqual([...tables].sort());
});

test('the only foreign key across schemas is earned_gifts.notification_id', async () => {
  const { rows } = await admin.query(`
    SELECT cn.nspname || '.' || c.relname AS from_table, fn.nspname || '.' || f.relname AS to_table, a.attname AS column_name
    FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
    JOIN pg_class f ON f.oid = k.confrelid JOIN pg_namespace fn ON fn.oid = f.relnamespace
    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
    WHERE k.contype = 'f' AND cn.nspname <> fn.nspname AND NOT c.relispartition`);
  expect(rows).toEqual([{ from_table: 'identity.earned_gifts', to_table: 'notification.notifications', column_name: 'notification_id' }]);
});

test.each(['identity.tenant_api_request_logs', 'render.node_health_logs'])('%s has monthly partitions from now to two months ahead', async (table) => {
  const { rows } = await admin.query(
    `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = $1::regclass`,
    [table],
  );
  const names = rows.map((r) => r.relname);
  const base = table.split('.')[1];
  const now = new Date();
  for (let ahead = 0; ahead <= 2; ahead++) {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + ahead, 1));
    expect(names).toContain(`${base}_${month.toISOString().slice(0, 7).replace('-', '_')}`);
  }
  expect(names).toContain(`${base}_2026_01`);
});

test('creating partitions again is a no-op', async () => {
  const { rows } = await admin.query(`SELECT public.ensure_monthly_partitions('render.node_health_logs'::regclass, 2) AS created`);
  expect(rows[0].created).toBe(0);
});

describe.each(OWNERS)('the %s role', (owner) => {
  let client: pg.Client;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: db.ownerUrl(owner) });
    await client.connect();
  });
  afterAll(() => client?.end());

  test('reads its own schema', async () => {
    const table = EXPECTED_TABLES[SCHEMA_OF[owner]][0];
    await expect(client.query(`SELECT count(*) FROM ${SCHEMA_OF[owner]}.${table}`)).resolves.toBeDefined();
  });

  test.each(OWNERS.filter((other) => other !== owner))('cannot read the %s schema', async (other) => {
    const schema = SCHEMA_OF[other];
    const table = EXPECTED_TABLES[schema][0];
    await expect(client.query(`SELECT count(*) FROM ${schema}.${table}`)).rejects.toMatchObject({ code: '42501' });
  });

  test('cannot change the structure of its own schema', async () => {
    await expect(client.query(`CREATE TABLE ${SCHEMA_OF[owner]}.intruder (id int)`)).rejects.toMatchObject({ code: '42501' });
  });

  test(`connects as ${roleOf(owner)}`, async () => {
    const { rows } = await client.query('SELECT current_user');
    expect(rows[0].current_user).toBe(roleOf(owner));
  });
});

test("an owner role may create partitions of its own tables only", async () => {
  const identity = new pg.Client({ connectionString: db.ownerUrl('identity') });
  await identity.connect();
  try {
    await expect(identity.query(`SELECT public.ensure_monthly_partitions('identity.tenant_api_request_logs'::regclass, 3)`)).resolves.toBeDefined();
    await expect(identity.query(`SELECT public.ensure_monthly_partitions('render.node_health_logs'::regclass, 3)`)).rejects.toMatchObject({ code: '42501' });
  } finally {
    await identity.end();
  }
});

test('partition bounds are UTC months whatever the session time zone', async () => {
  await admin.query(`SET TIME ZONE 'Asia/Tehran'`);
  await admin.query(`SELECT public.ensure_monthly_partitions('render.node_health_logs'::regclass, 0, DATE '2030-06-01')`);
  await admin.query(`SET TIME ZONE 'UTC'`);
  const { rows } = await admin.query(`SELECT pg_get_expr(relpartbound, oid) AS bound FROM pg_class WHERE relname = 'node_health_logs_2030_06'`);
  await admin.query('RESET TIME ZONE');
  expect(rows[0].bound).toBe("FOR VALUES FROM ('2030-06-01 00:00:00+00') TO ('2030-07-01 00:00:00+00')");
});
