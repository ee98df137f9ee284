// Builds the file subgraph schema from its type files.
import { builder } from '../builder.ts';
import './quota.ts';
import './file.ts';
import './folder.ts';
import './upload-session.ts';
import './service-file.ts';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
