// The identity subgraph's Pothos builder.
import { createBuilder } from '../kit/builder.ts';
import type { IdentityContext } from './context.ts';

export const builder = createBuilder<IdentityContext>();
builder.mutationType({});
