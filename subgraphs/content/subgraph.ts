// The content subgraph: templates, projects, scenes, presets, assets, CMS.
import type { SubgraphDefinition } from '../kit/server.ts';
import { createContext, type ContentContext } from './context.ts';
import { rules } from './rules.ts';
import { schema } from './schema/index.ts';
import { SVG_TRACE_QUEUE, traceSvgPreview } from './previews/svg-previews.ts';
import { catalogDownloadRoutes } from './http/catalog-downloads.ts';

const content: SubgraphDefinition<ContentContext> = {
  name: 'content',
  schema,
  rules,
  context: createContext,
  jobs: {
    [SVG_TRACE_QUEUE]: ({ db, log }, data: { previewId: string }) => traceSvgPreview(db, log, data.previewId),
  },
  // Signed downloads of the catalog's AE files and assets (render nodes, administrators).
  routes: (req, res, deps) => catalogDownloadRoutes(req, res, deps),
};
export default content;
