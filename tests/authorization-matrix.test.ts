// The authorization matrix: every root field and every entity field of every subgraph (so every
// field of the supergraph a client or the router can reach), asked of the rule tree its subgraph
// really runs (kit/shield.ts ruleTree: the owner's rules behind the partner gate, deny by default),
// for each kind of caller. The table is a committed snapshot: a new field, or a changed rule,
// changes it and fails the build until the change is reviewed (`npm test -- -u` after review).
// Tenancy (a user of another tenant asking for this tenant's rows) is decided by data, not by
// rules: tests/hostile-input.test.ts sends another tenant's ids to every operation that takes one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type GraphQLResolveInfo, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import type { IRules } from 'graphql-shield';
import { ruleTree } from '../subgraphs/kit/shield.ts';
import type { Caller } from '../subgraphs/kit/auth.ts';
import { API_KEY_SCOPES, PARTNER_ROOT_FIELDS } from '../subgraphs/kit/partner-scopes.ts';
import { loadSubgraph, OWNERS, type Owner } from '../scripts/subgraphs.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const TENANT_A = '00000000-0000-4000-8000-00000000000a';
const TENANT_B = '00000000-0000-4000-8000-00000000000b';
const USER_A = '00000000-0000-4000-8000-0000000000a1';

/** The callers of the matrix, in column order. */
const PERSONAS: { name: string; callers: Caller[] }[] = [
  { name: 'anonymous', callers: [{ kind: 'anonymous' }] },
  { name: 'user', callers: [{ kind: 'user', userId: USER_A, tenantId: TENANT_A, role: 'User', sessionId: 's1' }] },
  { name: 'other tenant', callers: [{ kind: 'user', userId: '00000000-0000-4000-8000-0000000000b1', tenantId: TENANT_B, role: 'User', sessionId: 's2' }] },
  { name: 'tenant admin', callers: [{ kind: 'user', userId: '00000000-0000-4000-8000-0000000000a2', tenantId: TENANT_A, role: 'TenantAdmin', sessionId: 's3' }] },
  { name: 'admin', callers: [{ kind: 'user', userId: '00000000-0000-4000-8000-0000000000d1', tenantId: TENANT_A, role: 'Admin', sessionId: 's4' }] },
  {
    name: 'partner key',
    callers: [{ kind: 'user', userId: '00000000-0000-4000-8000-0000000000a3', tenantId: TENANT_A, role: 'User', sessionId: 'k1', apiKey: { id: 'k1', scopes: [...API_KEY_SCOPES] } }],
  },
  // A FlatRender service: allowed when any service may (each rule names the ones it trusts).
  { name: 'service', callers: ['router', ...OWNERS].map((service): Caller => ({ kind: 'service', service })) },
];

/** A row of this tenant's user, as an entity field's parent (rules that look at ownership see it). */
const PARENT = { id: '00000000-0000-4000-8000-0000000000f1', userId: USER_A, tenantId: TENANT_A, createdBy: USER_A, ownerId: USER_A };

type ShieldRule = { resolve(parent: unknown, args: unknown, ctx: unknown, info: unknown, options: unknown): Promise<unknown> };

/** The rule graphql-shield applies to Type.field in a tree (as its generator does), or none. */
function ruleFor(tree: IRules, type: string, field: string): ShieldRule | undefined {
  const entry = (tree as Record<string, unknown>)[type];
  if (!entry) return undefined;
  if (typeof (entry as ShieldRule).resolve === 'function') return entry as ShieldRule;
  const fields = entry as Record<string, ShieldRule>;
  return fields[field] ?? fields['*'];
}

async function allows(rule: ShieldRule | undefined, caller: Caller, type: string, field: string): Promise<boolean> {
  if (!rule) return false; // the fallback rule: deny
  const ctx = { caller, _shield: { cache: {} } };
  const info = { fieldName: field, parentType: { name: type }, path: { key: field }, returnType: {} } as unknown as GraphQLResolveInfo;
  const parent = ['Query', 'Mutation', 'Subscription'].includes(type) ? {} : PARENT;
  const options = { debug: false, allowExternalErrors: true, fallbackRule: undefined, fallbackError: new Error('denied'), hashFunction: JSON.stringify };
  return (await rule.resolve(parent, {}, ctx, info, options)) === true;
}

/** Root fields and entity fields (those of @key types, not @external) of one subgraph's committed SDL. */
function fieldsOf(owner: Owner): { type: string; field: string; root: boolean }[] {
  const sdl = parse(readFileSync(path.join(ROOT, 'subgraphs', owner, 'schema.graphql'), 'utf8'));
  const found: { type: string; field: string; root: boolean }[] = [];
  for (const definition of sdl.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const node = definition as ObjectTypeDefinitionNode | ObjectTypeExtensionNode;
    const type = node.name.value;
    const root = ['Query', 'Mutation', 'Subscription'].includes(type);
    const entity = node.directives?.some((d) => d.name.value === 'key');
    if (!root && !entity) continue;
    for (const field of node.fields ?? []) {
      if (field.name.value.startsWith('_')) continue; // _entities, _service: federation's own
      if (field.directives?.some((d) => d.name.value === 'external')) continue;
      found.push({ type, field: field.name.value, root });
    }
  }
  return found;
}

interface Row {
  field: string;
  owner: Owner;
  root: boolean;
  allowed: boolean[];
}

async function matrix(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const owner of OWNERS) {
    const definition = await loadSubgraph(owner);
    const tree = ruleTree(definition.schema, definition.rules);
    for (const { type, field, root } of fieldsOf(owner)) {
      const rule = ruleFor(tree, type, field);
      const allowed: boolean[] = [];
      for (const persona of PERSONAS) {
        let any = false;
        for (const caller of persona.callers) any ||= await allows(rule, caller, type, field);
        allowed.push(any);
      }
      rows.push({ field: `${type}.${field}`, owner, root, allowed });
    }
  }
  // Code-point order: the same on every Node and ICU version.
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort((a, b) => order(a.field, b.field) || order(a.owner, b.owner));
}

let rows: Row[];
beforeAll(async () => {
  rows = await matrix();
});

const column = (name: string) => PERSONAS.findIndex((p) => p.name === name);

test('the matrix: every root and entity field, for every kind of caller', () => {
  const header = `${'field'.padEnd(48)} ${'owner'.padEnd(13)} ${PERSONAS.map((p) => p.name).join(' | ')}`;
  const lines = rows.map((row) => `${row.field.padEnd(48)} ${row.owner.padEnd(13)} ${row.allowed.map((ok, i) => (ok ? 'yes' : 'no').padEnd(PERSONAS[i].name.length)).join(' | ')}`);
  expect(`\n${header}\n${lines.join('\n')}\n`).toMatchSnapshot();
});

test('no field is left without a rule (denied to every caller)', () => {
  expect(rows.filter((row) => row.allowed.every((ok) => !ok)).map((row) => `${row.owner}: ${row.field}`)).toEqual([]);
});

test('a partner key reaches exactly the partner root fields', () => {
  const partner = column('partner key');
  const reached = rows.filter((row) => row.root && row.allowed[partner]).map((row) => row.field).sort();
  const partnerFields = Object.entries(PARTNER_ROOT_FIELDS).flatMap(([type, fields]) => Object.keys(fields).map((field) => `${type}.${field}`)).sort();
  expect(reached).toEqual(partnerFields);
});

test('anonymous callers reach only what signing up, signing in and browsing need', () => {
  const anonymous = column('anonymous');
  expect(rows.filter((row) => row.root && row.allowed[anonymous]).map((row) => row.field)).toMatchSnapshot();
});

test('service-only fields are out of the public API and reachable by services only', () => {
  const supergraph = readFileSync(path.join(ROOT, 'clients', 'schema.graphql'), 'utf8');
  const publicApi = parse(supergraph);
  const publicFields = new Set<string>();
  for (const definition of publicApi.definitions) {
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) for (const field of definition.fields ?? []) publicFields.add(`${definition.name.value}.${field.name.value}`);
  }
  const serviceColumn = column('service');
  const onlyServices = rows.filter((row) => row.allowed[serviceColumn] && row.allowed.slice(0, serviceColumn).every((ok) => !ok));
  for (const row of onlyServices) expect(publicFields.has(row.field) ? `${row.field} is public` : row.field).toBe(row.field);
});
