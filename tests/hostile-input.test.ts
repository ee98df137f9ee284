// Hostile input against every operation of the public API, generated from the composed schema so
// that a new query or mutation is covered the day it lands:
// - another tenant's ids: the administrator of one tenant sends every id the other tenant owns to
//   every query and mutation that takes an id (directly or inside an input). Nothing of the other
//   tenant may change, no row of the attacker's may come to point at the other tenant's, and no
//   query may answer the other tenant's object;
// - SQL-shaped strings in every text input, from anonymous and signed-in callers;
// and through all of it: no 500, no INTERNAL_SERVER_ERROR, and the router keeps serving.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isInterfaceType, isUnionType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';
import { startStack, type Stack } from './kit/stack.ts';
import { execute, type GraphQLResponse } from './kit/client.ts';
import { login } from './kit/session.ts';
import { seedDemo, DEFAULT_TENANT_ID, ACME_TENANT_ID } from '../prisma/seed.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const api: GraphQLSchema = buildSchema(readFileSync(path.join(ROOT, 'clients', 'schema.graphql'), 'utf8'));
const SCHEMAS = ['identity', 'content', 'studio', 'render', 'file_mgr', 'notification'];
/** The catalog every tenant may read: ids of these are not secrets. */
const PUBLIC_TABLES = new Set(['content.templates', 'content.projects', 'content.scenes', 'content.scene_fields', 'content.characters', 'content.presets', 'content.categories', 'content.blog_posts', 'content.pages', 'identity.plans', 'identity.tenants', 'identity.achievements']);
const SQL_STRINGS = ["'; DROP TABLE identity.users; --", "' OR '1'='1", '"); SELECT pg_sleep(1); --', '\\x00\u0000 \\\' UNION SELECT * FROM identity.sessions --'];
const FAILURE_CODES = new Set(['INTERNAL_SERVER_ERROR', undefined]);

let stack: Stack;
let sql: pg.Client;
let attacker: string;

beforeAll(async () => {
  stack = await startStack();
  await seedDemo(stack.db.adminUrl);
  sql = new pg.Client({ connectionString: stack.db.adminUrl });
  await sql.connect();
  attacker = (await login(stack.url, 'reseller@acme.test')).accessToken;
}, 120_000);
afterAll(async () => {
  await sql?.end();
  await stack?.stop();
});

interface TableInfo {
  table: string;
  columns: { name: string; type: string }[];
}

async function tables(): Promise<TableInfo[]> {
  const { rows } = await sql.query<{ table: string; name: string; type: string }>(`
    SELECT c.table_schema || '.' || c.table_name AS table, c.column_name AS name, c.data_type AS type
    FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
    WHERE c.table_schema = ANY($1) AND t.table_type = 'BASE TABLE' ORDER BY 1, c.ordinal_position`, [SCHEMAS]);
  const byTable = new Map<string, TableInfo>();
  for (const row of rows) {
    if (!byTable.has(row.table)) byTable.set(row.table, { table: row.table, columns: [] });
    byTable.get(row.table)!.columns.push({ name: row.name, type: row.type });
  }
  return [...byTable.values()];
}

/** Every row a tenant owns (tables with tenant_id), as text, for comparing before and after. */
async function snapshotOf(tenantId: string): Promise<Map<string, string>> {
  const snapshot = new Map<string, string>();
  for (const { table, columns } of await tables()) {
    if (!columns.some((c) => c.name === 'tenant_id')) continue;
    const { rows } = await sql.query(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest, count(*)::int AS n FROM ${table} t WHERE tenant_id = $1`, [tenantId]);
    snapshot.set(table, `${rows[0].n}:${rows[0].digest}`);
  }
  return snapshot;
}

/** The ids of a tenant's private rows (never the public catalog's). */
async function privateIdsOf(tenantId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const { table, columns } of await tables()) {
    if (PUBLIC_TABLES.has(table) || !columns.some((c) => c.name === 'tenant_id') || !columns.some((c) => c.name === 'id' && c.type === 'uuid')) continue;
    const { rows } = await sql.query<{ id: string }>(`SELECT id FROM ${table} WHERE tenant_id = $1 ORDER BY created_at DESC NULLS LAST LIMIT 3`, [tenantId]).catch(() => ({ rows: [] as { id: string }[] }));
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

type Fill = { id: () => string; text: () => string };

/** A value of an input type: required parts always, every ID (even optional) so ids reach everywhere. */
function valueOf(type: GraphQLInputType, fill: Fill, depth = 0): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, fill, depth);
  if (isListType(type)) return [valueOf(type.ofType, fill, depth)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if ((isNonNullType(field.type) && field.defaultValue === undefined) || (named.name === 'ID' && depth < 3) || (named.name === 'String' && depth < 3)) {
        value[field.name] = valueOf(field.type, fill, depth + 1);
      }
    }
    return value;
  }
  switch (type.name) {
    case 'ID': return fill.id();
    case 'String': return fill.text();
    case 'Int': return 1;
    case 'Float': return 1;
    case 'Boolean': return true;
    case 'BigInt': return 1;
    case 'DateTime': return new Date().toISOString();
    case 'JSON': return {};
    default: return fill.text();
  }
}

const takesId = (type: GraphQLInputType, depth = 0): boolean => {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  return depth < 3 && isInputObjectType(named) && Object.values(named.getFields()).some((f) => takesId(f.type, depth + 1));
};
const takesText = (type: GraphQLInputType, depth = 0): boolean => {
  const named = getNamedType(type);
  if (named.name === 'String') return true;
  return depth < 3 && isInputObjectType(named) && Object.values(named.getFields()).some((f) => takesText(f.type, depth + 1));
};

/** One request for a root field with generated arguments (optional ones only when they can carry the hostile value). */
function request(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, fill: Fill, carries: (arg: GraphQLArgument) => boolean) {
  const args = field.args.filter((arg) => (isNonNullType(arg.type) && arg.defaultValue === undefined) || carries(arg));
  const variables = Object.fromEntries(args.map((arg) => [arg.name, valueOf(arg.type, fill)]));
  const definitions = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
  const document = `${operation}${definitions ? `(${definitions})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
  return { document, variables };
}

const rootFields = (): { operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] => [
  ...Object.values(api.getQueryType()!.getFields()).map((field) => ({ operation: 'query' as const, field })),
  ...Object.values(api.getMutationType()!.getFields()).map((field) => ({ operation: 'mutation' as const, field })),
];

/** What went wrong with a response, if anything did (a crash, not a refusal). */
function crashOf(response: GraphQLResponse<unknown>): string | undefined {
  if (response.status >= 500) return `HTTP ${response.status}`;
  const codes = (response.errors ?? []).map((e) => e.extensions?.code);
  return codes.some((code) => FAILURE_CODES.has(code)) ? `codes ${codes.join(',')}: ${response.errors?.map((e) => e.message).join('; ')}` : undefined;
}

test("another tenant's ids in every operation that takes one: refused, nothing of theirs touched or linked", async () => {
  const victimIds = await privateIdsOf(DEFAULT_TENANT_ID);
  expect(victimIds.length).toBeGreaterThan(5);
  const before = await snapshotOf(DEFAULT_TENANT_ID);
  const crashes: string[] = [];
  const answered: string[] = [];
  let sent = 0;
  for (const { operation, field } of rootFields()) {
    if (!field.args.some((arg) => takesId(arg.type))) continue;
    for (const victim of victimIds) {
      const { document, variables } = request(operation, field, { id: () => victim, text: () => 'probe' }, (arg) => takesId(arg.type));
      const response = await execute(stack.url, { document, variables, token: attacker });
      sent++;
      const crash = crashOf(response);
      if (crash) crashes.push(`${field.name}: ${crash}`);
      // A query that answers with data for another tenant's id has shown it.
      const data = (response.data as Record<string, unknown> | null | undefined)?.[field.name];
      if (operation === 'query' && !response.errors && data !== null && !(Array.isArray(data) && data.length === 0)) answered.push(`${field.name}(${victim})`);
    }
  }
  expect(sent).toBeGreaterThan(50);
  expect(crashes).toEqual([]);
  expect(answered).toEqual([]);
  // Nothing the victim tenant owns changed.
  expect(await snapshotOf(DEFAULT_TENANT_ID)).toEqual(before);
  // No row of the attacker's tenant points at one of the victim's private rows.
  const links: string[] = [];
  const victims = new Set(victimIds);
  for (const { table, columns } of await tables()) {
    if (!columns.some((c) => c.name === 'tenant_id')) continue;
    for (const column of columns.filter((c) => c.type === 'uuid' && c.name !== 'id' && c.name !== 'tenant_id')) {
      const { rows } = await sql.query<{ v: string }>(`SELECT DISTINCT ${column.name}::text AS v FROM ${table} WHERE tenant_id = $1 AND ${column.name} IS NOT NULL`, [ACME_TENANT_ID]);
      for (const { v } of rows) if (victims.has(v)) links.push(`${table}.${column.name} = ${v}`);
    }
  }
  expect(links).toEqual([]);
}, 600_000);

test('SQL-shaped strings in every text input: refused or stored as text, never run', async () => {
  const crashes: string[] = [];
  const users = Number((await sql.query('SELECT count(*) FROM identity.users')).rows[0].count);
  let sent = 0;
  for (const token of [undefined, attacker]) {
    for (const { operation, field } of rootFields()) {
      if (!field.args.some((arg) => takesText(arg.type))) continue;
      for (const hostile of SQL_STRINGS) {
        const { document, variables } = request(operation, field, { id: () => '00000000-0000-4000-8000-00000000beef', text: () => hostile }, (arg) => takesText(arg.type));
        const response = await execute(stack.url, { document, variables, token });
        sent++;
        const crash = crashOf(response);
        if (crash) crashes.push(`${field.name}: ${crash}`);
      }
    }
  }
  expect(sent).toBeGreaterThan(50);
  expect(crashes).toEqual([]);
  // The tables are all there, and only registrations (which take text) added users.
  expect(Number((await sql.query('SELECT count(*) FROM identity.users')).rows[0].count)).toBeGreaterThanOrEqual(users);
  const { rows } = await sql.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = ANY($1)`, [SCHEMAS]);
  expect(rows[0].n).toBeGreaterThan(40);
  // And the router still serves.
  expect((await execute(stack.url, { document: '{ plans { code } }' })).status).toBe(200);
}, 600_000);
