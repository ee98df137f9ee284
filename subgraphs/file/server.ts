// Starts the file subgraph alone: `npm run start:subgraph -- file`.
import { runSubgraph } from '../kit/server.ts';
import file from './subgraph.ts';

await runSubgraph(file);
