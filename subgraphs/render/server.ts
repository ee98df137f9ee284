// Starts the render subgraph alone: `npm run start:subgraph -- render`.
import { runSubgraph } from '../kit/server.ts';
import render from './subgraph.ts';

await runSubgraph(render);
