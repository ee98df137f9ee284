// Starts the notification subgraph alone: `npm run start:subgraph -- notification`.
import { runSubgraph } from '../kit/server.ts';
import notification from './subgraph.ts';

await runSubgraph(notification);
