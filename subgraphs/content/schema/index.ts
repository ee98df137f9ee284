// Builds the content subgraph schema from its type files.
import { builder } from '../builder.ts';
import './template.ts';
import './project.ts';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
