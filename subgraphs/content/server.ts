// Starts the content subgraph alone: `npm run start:subgraph -- content`.
import { runSubgraph } from '../kit/server.ts';
import content from './subgraph.ts';

await runSubgraph(content);
