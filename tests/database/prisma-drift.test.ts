// The Prisma schema and the migrated database agree: every model is a table and every table a
// model; every field a column and every column a field, with the same nullability, list-ness and
// type family. The SQL migrations are the source of truth; this fails when Prisma drifts.
import pg from 'pg';
import { getDatamodel } from '../../prisma/generated/pothos-types.ts';
import { createTestDatabase, type TestDatabase } from '../kit/database.ts';

interface RuntimeModel {
  dbName: string | null;
  schema: string | null;
  fields: { name: string; kind: string; type: string; dbName?: string }[];
}

/** Which PostgreSQL types a Prisma scalar may map to. */
const TYPE_FAMILIES: Record<string, string[]> = {
  String: ['text', 'uuid', 'bpchar', 'varchar', 'inet'],
  Int: ['int4', 'int2'],
  BigInt: ['int8'],
  Boolean: ['bool'],
  DateTime: ['timestamptz', 'date'],
  Json: ['jsonb'],
  Bytes: ['bytea'],
  Decimal: ['numeric'],
};

let db: TestDatabase;
let columns: { table: string; column: string; nullable: boolean; udt: string; isArray: boolean; enumType: boolean }[];
let models: Record<string, RuntimeModel>;
const pothosModels = getDatamodel().datamodel.models;

beforeAll(async () => {
  db = await createTestDatabase();
  models = (db.admin as unknown as { _runtimeDataModel: { models: Record<string, RuntimeModel> } })._runtimeDataModel.models;
  const client = new pg.Client({ connectionString: db.adminUrl });
  await client.connect();
  const { rows } = await client.query(`
    SELECT c.table_schema || '.' || c.table_name AS table, c.column_name AS column, c.is_nullable = 'YES' AS nullable,
           ltrim(c.udt_name, '_') AS udt, c.data_type = 'ARRAY' AS "isArray",
           EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE t.typname = ltrim(c.udt_name, '_') AND n.nspname = c.udt_schema AND t.typtype = 'e') AS "enumType"
    FROM information_schema.columns c
    JOIN pg_class k ON k.relname = c.table_name JOIN pg_namespace kn ON kn.oid = k.relnamespace AND kn.nspname = c.table_schema
    WHERE c.table_schema IN ('identity', 'content', 'studio', 'render', 'file_mgr', 'notification')
      AND k.relkind IN ('r', 'p') AND NOT k.relispartition`);
  columns = rows;
  await client.end();
});
afterAll(() => db?.drop());

const tableOf = (model: RuntimeModel, name: string) => `${model.schema}.${model.dbName ?? name}`;

test('every table is a Prisma model and every model a table', () => {
  const tables = new Set(columns.map((c) => c.table));
  const mapped = new Set(Object.entries(models).map(([name, model]) => tableOf(model, name)));
  expect([...tables].filter((t) => !mapped.has(t)).sort()).toEqual([]);
  expect([...mapped].filter((t) => !tables.has(t)).sort()).toEqual([]);
});

test('every column is a field and every scalar field a column, with matching nullability and type', () => {
  const problems: string[] = [];
  for (const [name, model] of Object.entries(models)) {
    const table = tableOf(model, name);
    const tableColumns = new Map(columns.filter((c) => c.table === table).map((c) => [c.column, c]));
    const pothosFields = new Map(pothosModels[name].fields.map((f) => [f.name, f]));
    const seen = new Set<string>();
    for (const field of model.fields) {
      if (field.kind === 'object') continue;
      const column = field.dbName ?? field.name;
      seen.add(column);
      const found = tableColumns.get(column);
      const info = pothosFields.get(field.name)!;
      if (!found) {
        problems.push(`${name}.${field.name}: no column ${table}.${column}`);
        continue;
      }
      if (found.nullable !== !info.isRequired && !info.isList) problems.push(`${table}.${column}: nullable ${found.nullable} in SQL, required ${info.isRequired} in Prisma`);
      if (found.isArray !== info.isList) problems.push(`${table}.${column}: array ${found.isArray} in SQL, list ${info.isList} in Prisma`);
      if (field.kind === 'enum' ? !found.enumType : !TYPE_FAMILIES[field.type]?.includes(found.udt)) {
        problems.push(`${table}.${column}: ${found.udt} in SQL, ${field.type} in Prisma`);
      }
    }
    for (const column of tableColumns.keys()) if (!seen.has(column)) problems.push(`${table}.${column}: no field in model ${name}`);
  }
  expect(problems).toEqual([]);
});
