// Bundles the admin explorer (router/explorer/app.ts: GraphiQL 5, React, graphql-ws) and Monaco's
// three workers with esbuild into router/explorer/dist/, so the router serves every byte itself
// (no CDN, works offline). `npm run explorer:build`; npm runs it on install (`prepare`), and the
// router builds it on first use when it is missing.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const EXPLORER_DIST = path.join(ROOT, 'router', 'explorer', 'dist');

/** Monaco's workers, named as the app's MonacoEnvironment asks for them. */
const WORKERS = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};

/** The files the explorer page loads. */
export const EXPLORER_FILES = ['explorer.js', 'explorer.css', ...Object.keys(WORKERS).map((name) => `${name}.js`)];

export const explorerBuilt = (): boolean => EXPLORER_FILES.every((file) => existsSync(path.join(EXPLORER_DIST, file)));

export async function buildExplorer(): Promise<void> {
  const common = {
    bundle: true,
    minify: true,
    legalComments: 'linked',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: EXPLORER_DIST,
    logLevel: 'warning',
  } as const;
  await Promise.all([
    build({
      ...common,
      entryPoints: { explorer: path.join(ROOT, 'router', 'explorer', 'app.ts') },
      format: 'iife',
      // Monaco's codicon font goes next to the CSS that names it.
      loader: { '.ttf': 'file' },
      assetNames: '[name]-[hash]',
    }),
    build({ ...common, entryPoints: WORKERS, format: 'iife' }),
  ]);
}

if (import.meta.url.endsWith(path.basename(process.argv[1] ?? ''))) {
  const started = Date.now();
  await buildExplorer();
  console.log(`Built the explorer into ${path.relative(ROOT, EXPLORER_DIST)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
