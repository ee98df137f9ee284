// Composes supergraph.graphql from the subgraph SDL files that supergraph.yaml lists, with
// @apollo/composition. `--check` fails (exit 1) when the committed file differs.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import YAML from 'yaml';

interface RoverConfig {
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

export const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..');

export async function readSupergraphConfig(): Promise<RoverConfig> {
  return YAML.parse(await readFile(path.join(ROOT, 'supergraph.yaml'), 'utf8')) as RoverConfig;
}

export async function composeSupergraph(): Promise<string> {
  const config = await readSupergraphConfig();
  const services = await Promise.all(
    Object.entries(config.subgraphs).map(async ([name, subgraph]) => ({
      name,
      url: subgraph.routing_url,
      typeDefs: parse(await readFile(path.join(ROOT, subgraph.schema.file), 'utf8')),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

async function main() {
  const check = process.argv.includes('--check');
  const target = path.join(ROOT, 'supergraph.graphql');
  const sdl = await composeSupergraph();
  if (check) {
    const committed = await readFile(target, 'utf8').catch(() => '');
    if (committed !== sdl) {
      console.error('supergraph.graphql is stale: run `npm run compose` and commit the result.');
      process.exit(1);
    }
    console.log('supergraph.graphql is up to date.');
    return;
  }
  await writeFile(target, sdl);
  console.log(`wrote supergraph.graphql (${Object.keys((await readSupergraphConfig()).subgraphs).length} subgraphs)`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main().catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
}
