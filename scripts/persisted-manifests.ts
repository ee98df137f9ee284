// Writes each client's persisted-query manifest in Apollo's format
// (clients/<client>/persisted-query-manifest.json: {format, version, operations: [{id, name, type, body}]})
// from the client's operation files, with Apollo's own generator, so the bodies are what Apollo
// Client sends (`__typename` added) and the ids their sha256. `--check` fails when a committed manifest is stale. Run by `npm run codegen`.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parse, print } from 'graphql';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fromGraphQLCodegenPersistedDocuments, generatePersistedQueryManifest } from '@apollo/generate-persisted-query-manifest';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const CLIENTS = ['studio', 'partner', 'admin'] as const;

/** The Apollo-format manifest of one client, as text. */
export async function apolloManifestOf(client: string): Promise<string> {
  // From the operations as written (codegen's persisted documents are normalised, sorted):
  // Apollo Client hashes the document as written with `__typename` added, so these ids are the
  // ones it sends. The generator wants one operation per document, so each is handed over alone.
  const folder = path.join(ROOT, 'clients', client, 'operations');
  const single: Record<string, string> = {};
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('.graphql')).sort()) {
    for (const definition of parse(await readFile(path.join(folder, name), 'utf8')).definitions) single[`${name}#${Object.keys(single).length}`] = print(definition);
  }
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'fr-pq-'));
  try {
    await writeFile(path.join(scratch, 'documents.json'), JSON.stringify(single));
    const manifest = await generatePersistedQueryManifest({ documents: fromGraphQLCodegenPersistedDocuments(path.join(scratch, 'documents.json')) }, undefined);
    return `${JSON.stringify(manifest, null, 2)}\n`;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export const apolloManifestPath = (client: string): string => path.join(ROOT, 'clients', client, 'persisted-query-manifest.json');

if (import.meta.url.endsWith(path.basename(process.argv[1] ?? ''))) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const client of CLIENTS) {
    const text = await apolloManifestOf(client);
    const file = apolloManifestPath(client);
    if (!check) {
      await writeFile(file, text);
      continue;
    }
    if (!existsSync(file) || (await readFile(file, 'utf8')) !== text) {
      console.error(`${path.relative(ROOT, file)} is stale: run npm run codegen.`);
      stale++;
    }
  }
  if (stale) process.exit(1);
  console.log(check ? 'Persisted-query manifests are up to date.' : 'Wrote the persisted-query manifests.');
}
