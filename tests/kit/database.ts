// A fresh database per test file, cloned from the migrated template that global-setup prepared.
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../prisma/generated/client/client.ts';
import { ownerUrl, type Owner } from '../../prisma/roles.ts';

const TEMPLATE_DB = 'fr_test_template';

export interface TestDatabase {
  name: string;
  /** The migration owner's URL (superuser in tests): for factories and assertions. */
  adminUrl: string;
  ownerUrl(owner: Owner): string;
  /** Prisma over the owner's connection, for factories. */
  admin: PrismaClient;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.FR_TEST_ADMIN_URL;
  if (!url) throw new Error('FR_TEST_ADMIN_URL is not set: run the tests through jest (tests/kit/global-setup.ts).');
  return url;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `fr_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  const adminUrl = url.toString();
  const secret = process.env.FR_TEST_ROLE_SECRET ?? 'test-role-secret';
  const admin = new PrismaClient({ adapter: new PrismaPg({ connectionString: adminUrl, max: 4 }) });
  return {
    name,
    adminUrl,
    ownerUrl: (owner) => ownerUrl(adminUrl, owner, secret),
    admin,
    async drop() {
      await admin.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
