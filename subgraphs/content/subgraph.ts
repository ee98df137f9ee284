// The content subgraph: templates, projects, scenes, presets, assets, CMS.
import type { SubgraphDefinition } from '../kit/server.ts';
import { createContext, type ContentContext } from './context.ts';
import { rules } from './rules.ts';
import { schema } from './schema/index.ts';
import { SVG_TRACE_QUEUE, traceSvgPreview } from './previews/svg-previews.ts';
import { catalogDownloadRoutes } from './http/catalog-downloads.ts';
import { onAeFileVerified } from './events/ae-file-verified.ts';

const content: SubgraphDefinition<ContentContext> = {
  name: 'content',
  schema,
  rules,
  context: createContext,
  jobs: {
    [SVG_TRACE_QUEUE]: ({ db, log }, data: { previewId: string }) => traceSvgPreview(db, log, data.previewId),
    // A render node holds an AE file: its Uploaded projects are Ready (render.ae-file-verified).
    'content-ae-file-verified': ({ db }, event) => onAeFileVerified(db, event),
  },
  // Signed downloads of the catalog's AE files and assets (render nodes, administrators).
  routes: (req, res, deps) => catalogDownloadRoutes(req, res, deps),
};
export default content;
