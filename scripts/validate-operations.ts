// Validates the client operations (the shared contract in ../shared/contracts/operations and the
// clients' own .graphql files) against the API schema of the committed supergraph.graphql, and
// against the router's default operation limits (depth, aliases, cost, directives, tokens).
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { parse, print, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { DEFAULT_OPERATION_LIMITS, operationGuards } from '../router/limits.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const CONTRACT_DIR = path.resolve(ROOT, '..', 'shared', 'contracts', 'operations');

/** The schema clients see: the supergraph without its federation machinery. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

export async function operationFiles(): Promise<string[]> {
  const files: string[] = [];
  if (existsSync(CONTRACT_DIR)) for (const name of await readdir(CONTRACT_DIR)) if (name.endsWith('.graphql')) files.push(path.join(CONTRACT_DIR, name));
  const clients = path.join(ROOT, 'clients');
  if (existsSync(clients)) {
    for (const client of await readdir(clients)) {
      const dir = path.join(clients, client, 'operations');
      if (existsSync(dir)) for (const name of await readdir(dir)) if (name.endsWith('.graphql')) files.push(path.join(dir, name));
    }
  }
  return files;
}

/** Problems found in each file (empty when everything validates). */
export async function validateOperations(schema: GraphQLSchema, files: string[]): Promise<{ file: string; problems: string[] }[]> {
  const guards = operationGuards(DEFAULT_OPERATION_LIMITS, false);
  return Promise.all(
    files.map(async (file) => {
      try {
        const document = parse(await readFile(file, 'utf8'));
        const errors: { message: string; locations?: readonly { line: number }[] }[] = [...validate(schema, document, [...specifiedRules, ...guards.validationRules])];
        // Clients send one operation at a time, so the token limit applies to each on its own.
        for (const definition of document.definitions) {
          try {
            parse(print(definition), guards.parseOptions);
          } catch (error) {
            errors.push({ message: `${(error as Error).message} (operation ${'name' in definition ? definition.name?.value : '?'})` });
          }
        }
        return { file, problems: errors.map((e) => `${e.message}${e.locations?.length ? ` (line ${e.locations[0].line})` : ''}`) };
      } catch (error) {
        return { file, problems: [(error as Error).message] };
      }
    }),
  );
}

if (import.meta.url.endsWith(path.basename(process.argv[1] ?? ''))) {
  const schema = apiSchemaOf(await readFile(path.join(ROOT, 'supergraph.graphql'), 'utf8'));
  const files = await operationFiles();
  if (!files.some((file) => file.startsWith(CONTRACT_DIR))) {
    console.error(`No contract operations found in ${CONTRACT_DIR}.`);
    process.exit(1);
  }
  let failed = 0;
  for (const { file, problems } of await validateOperations(schema, files)) {
    const name = path.relative(path.resolve(ROOT, '..'), file);
    if (problems.length) {
      failed++;
      console.error(`✗ ${name}\n${problems.map((p) => `    ${p}`).join('\n')}`);
    } else {
      console.log(`✓ ${name}`);
    }
  }
  if (failed) process.exit(1);
}
