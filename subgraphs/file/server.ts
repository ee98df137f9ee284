// Starts the file subgraph alone: `npm run start:subgraph -- file`.
import { runSubgraph } from '../kit/server.ts';
import { storage } from '../kit/storage.ts';
import file from './subgraph.ts';

// A wrong storage environment (STORAGE_DRIVER=s3 without S3_BUCKET …) stops the start, not the first upload.
storage();
await runSubgraph(file);
