// The studio subgraph's Pothos builder.
import { createBuilder } from '../kit/builder.ts';
import type { StudioContext } from './context.ts';

export const builder = createBuilder<StudioContext>();
builder.mutationType({});
