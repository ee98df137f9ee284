// Starts the studio subgraph alone: `npm run start:subgraph -- studio`.
import { runSubgraph } from '../kit/server.ts';
import studio from './subgraph.ts';

await runSubgraph(studio);
