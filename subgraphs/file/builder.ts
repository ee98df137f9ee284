// The file subgraph's Pothos builder.
import { createBuilder } from '../kit/builder.ts';
import type { FileContext } from './context.ts';

export const builder = createBuilder<FileContext>();
builder.mutationType({});
