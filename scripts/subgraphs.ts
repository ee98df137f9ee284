// The six subgraph definitions by name, for the scripts and tests that print, start or test them all.
import type { SubgraphDefinition } from '../subgraphs/kit/server.ts';
import { OWNERS, type Owner } from '../prisma/roles.ts';
import identity from '../subgraphs/identity/subgraph.ts';
import content from '../subgraphs/content/subgraph.ts';
import studio from '../subgraphs/studio/subgraph.ts';
import render from '../subgraphs/render/subgraph.ts';
import file from '../subgraphs/file/subgraph.ts';
import notification from '../subgraphs/notification/subgraph.ts';

export { OWNERS, type Owner };

const DEFINITIONS: Record<Owner, SubgraphDefinition<any>> = { identity, content, studio, render, file, notification };

export async function loadSubgraph(name: Owner): Promise<SubgraphDefinition<any>> {
  return DEFINITIONS[name];
}

export async function loadSubgraphs(names: readonly Owner[] = OWNERS): Promise<SubgraphDefinition<any>[]> {
  return names.map((name) => DEFINITIONS[name]);
}
