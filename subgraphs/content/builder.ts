// The content subgraph's Pothos builder.
import { createBuilder } from '../kit/builder.ts';
import type { ContentContext } from './context.ts';

export const builder = createBuilder<ContentContext>();
builder.mutationType({});
