// Builds the content subgraph schema from its type files.
import { builder } from '../builder.ts';
import './template.ts';
import './project.ts';
import './project-asset.ts';
import './scene.ts';
import './character.ts';
import './preset.ts';
import './locale.ts';
import './blog-post.ts';
import './page.ts';
import './customisation.ts';
import './svg-preview.ts';

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
