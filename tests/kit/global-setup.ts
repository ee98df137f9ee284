// Jest global setup: one PostgreSQL for the whole run (embedded unless DATABASE_URL names one),
// migrated once into a template database that every test file clones for isolation.
import pg from 'pg';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../prisma/embedded.ts';
import { migrate } from '../../prisma/migrate.ts';

export const TEMPLATE_DB = 'fr_test_template';

export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  let server: EmbeddedServer | undefined;
  if (!adminUrl) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'fr-test-pg-'));
    server = await startEmbeddedPostgres({ dataDir, persistent: false });
    adminUrl = server.adminUrl;
  }
  const roleSecret = process.env.FLATRENDER_DB_ROLE_SECRET ?? 'test-role-secret';
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DB}`;
  await migrate({ databaseUrl: templateUrl.toString(), roleSecret });
  process.env.FR_TEST_ADMIN_URL = adminUrl;
  process.env.FR_TEST_ROLE_SECRET = roleSecret;
  (globalThis as { __frServer?: EmbeddedServer }).__frServer = server;
}
