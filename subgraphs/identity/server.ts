// Starts the identity subgraph alone: `npm run start:subgraph -- identity`.
import { runSubgraph } from '../kit/server.ts';
import identity from './subgraph.ts';

await runSubgraph(identity);
