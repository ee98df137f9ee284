// The notification subgraph's Pothos builder.
import { createBuilder } from '../kit/builder.ts';
import type { NotificationContext } from './context.ts';

export const builder = createBuilder<NotificationContext>();
builder.subscriptionType({});
builder.mutationType({});
