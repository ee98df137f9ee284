// Prisma CLI configuration: the schema is split per owner under prisma/schema/. Migrations are
// SQL-first (prisma/migrations, applied by node-pg-migrate), so no migrate settings here.
import { defineConfig } from 'prisma/config';

export default defineConfig({ schema: 'prisma/schema' });
