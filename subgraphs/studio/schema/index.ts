// Builds the studio subgraph schema from its type files.
import { builder } from '../builder.ts';
import './external.ts';
import './audio-track.ts';
import './saved-project-sfx.ts';
import './saved-project.ts';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
