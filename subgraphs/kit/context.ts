// What every resolver receives: who is calling, the owner's database, and a request id that the
// router passes along so one request can be followed through every process's logs.
import type { Logger } from 'pino';
import type { Caller, TokenSigner } from './auth.ts';
import type { Db } from './prisma.ts';
import type { Peers } from './peers.ts';
import type { EventBus } from './events.ts';

export interface BaseContext {
  caller: Caller;
  db: Db;
  requestId: string;
  /** The caller's Authorization header, passed on when this subgraph asks another one. */
  authorization?: string;
  log: Logger;
  /** Signs access tokens; present only where the process holds the private key (identity). */
  signer?: TokenSigner;
  /** Other owners' subgraphs, on the caller's behalf or as this service. */
  peers: Peers;
  /** The live event bus this process's subscriptions listen to (PostgreSQL or NATS). */
  events: EventBus;
  /** The shared service secret, when set: keys for one purpose each are derived from it (kit/catalog-links.ts). */
  serviceSecret?: string;
}
