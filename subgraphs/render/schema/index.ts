// Builds the render subgraph schema from its type files.
import { builder } from '../builder.ts';
import './external.ts';
import './export.ts';
import './render-job.ts';
import './render-node.ts';
import './snapshot.ts';
import './pipeline.ts';
import './subscriptions.ts';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
