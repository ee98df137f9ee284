// The render subgraph's Pothos builder.
import { createBuilder } from '../kit/builder.ts';
import type { RenderContext } from './context.ts';

export const builder = createBuilder<RenderContext>();
builder.subscriptionType({});
builder.mutationType({});
