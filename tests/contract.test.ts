// Every operation the studio, partner and admin clients send validates against the committed
// supergraph, and the committed supergraph is what the subgraphs compose to today.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { apiSchemaOf, operationFiles, validateOperations, CONTRACT_DIR } from '../scripts/validate-operations.ts';
import { composeSupergraph } from '../scripts/compose.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

test('the committed supergraph.graphql is up to date with the subgraph SDL files', async () => {
  expect(await readFile(path.join(ROOT, 'supergraph.graphql'), 'utf8')).toBe(await composeSupergraph());
});

test('every client operation validates against the committed supergraph', async () => {
  const schema = apiSchemaOf(await readFile(path.join(ROOT, 'supergraph.graphql'), 'utf8'));
  const files = await operationFiles();
  expect(files.filter((file) => file.startsWith(CONTRACT_DIR)).map((file) => path.basename(file)).sort()).toEqual(['admin.graphql', 'partner.graphql', 'studio.graphql']);
  const results = await validateOperations(schema, files);
  expect(results.filter((r) => r.problems.length)).toEqual([]);
});

test("each client holds every operation of its shared contract file, unchanged", async () => {
  const { parse, print } = await import('graphql');
  for (const client of ['studio', 'partner', 'admin']) {
    const shared = parse(await readFile(path.join(CONTRACT_DIR, `${client}.graphql`), 'utf8')).definitions.map((d) => print(d));
    const own = new Set(parse(await readFile(path.join(ROOT, 'clients', client, 'operations', `${client}.graphql`), 'utf8')).definitions.map((d) => print(d)));
    expect(shared.filter((definition) => !own.has(definition))).toEqual([]);
  }
});
