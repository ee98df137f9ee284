// The live event bus behind subscriptions (render progress, node status, new notifications).
// Two adapters: PostgreSQL LISTEN/NOTIFY (default: one LISTEN connection per process fans NOTIFY
// payloads out to the subscriptions this process serves) and NATS JetStream (nats-bus.ts). Either
// way any replica can serve any subscriber, and an event goes out only for a committed change:
// a change that publishes runs in `withTransaction(db, async (tx) => ...)`, which sends its events
// once it commits and none if it rolls back (the client's own `$transaction` is left untouched).
// Work between owners (events that must not be lost, scheduled jobs) stays on pg-boss (outbox.ts).
import pg from 'pg';
import type { Logger } from 'pino';
import { Repeater } from '@repeaterjs/repeater';
import type { Prisma } from '../../prisma/generated/client/client.ts';
import type { Db } from './prisma.ts';

type Listener = (payload: unknown) => void;
type Tx = Prisma.TransactionClient;

/** Which event bus a process uses (EVENT_BUS). */
export const EVENT_BUSES = ['postgres', 'nats'] as const;
export type EventBusKind = (typeof EVENT_BUSES)[number];

/** The live event bus: what publishers and subscriptions need, whichever adapter is behind it. */
export interface EventBus {
  /**
   * Sends `event` on `channel` for a change made in `tx` (a transaction of withTransaction), only
   * if and once `tx` commits (never for a change that rolled back). Called inside the transaction.
   */
  publish(tx: Tx, channel: string, event: unknown): Promise<void>;
  /**
   * Calls `listener` with every event on `channel` (that `filter` accepts) until the returned
   * function is called. Resolves once events published from then on will arrive.
   */
  listen<T = unknown>(channel: string, listener: (event: T) => void, filter?: (event: T) => boolean): Promise<() => void>;
  close(): Promise<void>;
}

/** The bus of each client a subgraph server set up (attachEventBus). */
const busOf = new WeakMap<object, EventBus>();

/** An open transaction of withTransaction: its client's bus (if any) and what waits for its commit. */
interface Scope {
  bus?: EventBus;
  committed: (() => Promise<void>)[];
}
const scopes = new WeakMap<object, Scope>();

/** What Prisma lets an interactive transaction be told. */
export interface TransactionOptions {
  maxWait?: number;
  timeout?: number;
  isolationLevel?: Prisma.TransactionIsolationLevel;
}

/**
 * Makes `bus` the event bus of `db`: transactions opened on it with `withTransaction` publish on
 * it. Only recorded: the client itself is left as Prisma made it (no method is wrapped, so a
 * transaction client never looks like a client that can open transactions).
 */
export function attachEventBus(db: Db, bus: EventBus): void {
  busOf.set(db, bus);
}

/**
 * `db.$transaction(work, options)` for changes that publish live events: `publishLive(tx, ...)`
 * inside `work` reaches the bus of `db`, and what the bus must do after the commit (NATS sends)
 * runs once the transaction has committed, before this returns (so a caller's next change
 * publishes after this one); a transaction that rolls back publishes nothing. A client without a
 * bus (a script's) publishes with NOTIFY inside the transaction.
 */
export async function withTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T> {
  const scope: Scope = { bus: busOf.get(db), committed: [] };
  const result = await db.$transaction((tx) => {
    scopes.set(tx, scope);
    return work(tx);
  }, options);
  for (const after of scope.committed) await after();
  return result;
}

const outsideWithTransaction = () =>
  new Error('Live events need a transaction opened with withTransaction(db, ...) (subgraphs/kit/events.ts), or the subgraph\'s own client outside any transaction.');

/**
 * Runs `after` once the transaction of `client` commits. The subgraph's own client outside any
 * transaction has nothing to wait for (its changes are committed already); a transaction opened
 * otherwise than by withTransaction cannot say when it commits, and is refused.
 */
export async function afterCommit(client: Tx, after: () => Promise<void>): Promise<void> {
  const scope = scopes.get(client);
  if (scope) scope.committed.push(after);
  else if (busOf.has(client)) await after();
  else throw outsideWithTransaction();
}

/**
 * Publishes a live event for a change made in `client`: a transaction of withTransaction (sent if
 * and once it commits), or the subgraph's own client (sent now: the change is committed).
 */
export async function publishLive(client: Tx, channel: string, event: unknown): Promise<void> {
  const scope = scopes.get(client);
  if (scope) return scope.bus ? scope.bus.publish(client, channel, event) : notifyInside(client, channel, event);
  const bus = busOf.get(client);
  if (bus) return bus.publish(client, channel, event);
  throw outsideWithTransaction();
}

/**
 * Whether live events of `db` travel as NOTIFY (the PostgreSQL bus, or a script's client without
 * a bus): a hot path may then send its event with pg_notify in the very statement that makes the
 * change, delivered when it commits, instead of a statement more.
 */
export function notifiesInSql(db: Db): boolean {
  const bus = busOf.get(db);
  return !bus || bus instanceof PgEvents;
}

async function notifyInside(tx: Tx, channel: string, event: unknown): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${channel}, ${JSON.stringify(event)})`;
}

export interface EventBusOptions {
  kind?: EventBusKind;
  /** The owner's database (the PostgreSQL bus listens with it). */
  databaseUrl: string;
  /** The NATS bus's server (NATS_URL). */
  natsUrl?: string;
  /** Shown by NATS as the connection's name. */
  name?: string;
  log: Logger;
}

/** The bus EVENT_BUS chose; NATS's client loads only when it is used. */
export async function createEventBus({ kind = 'postgres', databaseUrl, natsUrl, name, log }: EventBusOptions): Promise<EventBus> {
  if (kind === 'postgres') return new PgEvents(databaseUrl, log);
  const { NatsEvents, DEFAULT_NATS_URL } = await import('./nats-bus.ts');
  return NatsEvents.connect({ url: natsUrl ?? DEFAULT_NATS_URL, log, name });
}

/** Checks a channel name (NOTIFY channel, or the last part of a NATS subject). */
export function checkChannel(channel: string): void {
  if (!/^[a-z_]+$/.test(channel)) throw new Error(`bad channel name ${channel}`);
}

/** The NOTIFY channels of the event bus, and what travels on them. */
export const CHANNELS = {
  /** Render progress and node status, from render. */
  render: 'render_events',
  /** New in-app notifications, from notification. */
  notification: 'notification_events',
} as const;

export type RenderBusEvent =
  | { kind: 'progress'; jobId: string; userId: string; step: string; progress: number }
  | { kind: 'node'; nodeId: string; status: string };

export interface NotificationBusEvent {
  id: string;
  userId: string;
}

/** Steps after which a render job changes no more. */
export const FINAL_STEPS = ['Completed', 'Failed', 'Cancelled'];

export class PgEvents implements EventBus {
  private client?: pg.Client;
  private connecting?: Promise<void>;
  private readonly listeners = new Map<string, Set<Listener>>();
  private closed = false;

  constructor(private readonly connectionString: string, private readonly log: Logger) {}

  /** NOTIFY inside the transaction: PostgreSQL delivers it only if and when the transaction commits. */
  publish(tx: Tx, channel: string, event: unknown): Promise<void> {
    checkChannel(channel);
    return notifyInside(tx, channel, event);
  }

  /** Calls `listener` with every JSON payload NOTIFYed on `channel` until the returned function is called. */
  async listen<T = unknown>(channel: string, listener: (event: T) => void, filter?: (event: T) => boolean): Promise<() => void> {
    checkChannel(channel);
    const wrapped: Listener = filter ? (payload) => filter(payload as T) && listener(payload as T) : (listener as Listener);
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      await this.connect();
      await this.client!.query(`LISTEN ${channel}`);
    }
    set.add(wrapped);
    return () => set!.delete(wrapped);
  }

  private connect(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.connectionString });
      client.on('notification', ({ channel, payload }) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(payload ?? 'null');
        } catch {
          return;
        }
        for (const listener of this.listeners.get(channel) ?? []) listener(parsed);
      });
      client.on('error', (error) => {
        this.log.warn({ message: error.message }, 'event listener connection lost; reconnecting');
        this.client = undefined;
        this.connecting = undefined;
        if (!this.closed) setTimeout(() => void this.reconnect(), 1000).unref();
      });
      await client.connect();
      this.client = client;
    })().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async reconnect(): Promise<void> {
    try {
      await this.connect();
      for (const channel of this.listeners.keys()) await this.client!.query(`LISTEN ${channel}`);
    } catch {
      if (!this.closed) setTimeout(() => void this.reconnect(), 1000).unref();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => {});
  }
}

/**
 * A subscription's event stream (Repeater, the library graphql-yoga uses): `start` wires the
 * source up and returns how to unwire it; `end()` completes the stream once queued values are
 * read; the consumer leaving (return()) unwires at once rather than after the next value.
 */
export function eventStream<T>(start: (push: (value: T) => void, end: () => void) => Promise<() => void> | (() => void)): AsyncIterableIterator<T> {
  return new Repeater<T>(async (push, stop) => {
    const unwire = await start((value) => void push(value).catch(() => {}), () => stop());
    await stop;
    unwire();
  }) as unknown as AsyncIterableIterator<T>;
}

export interface ThrottleOptions<T> {
  /** Values that must go out at once (a step change, a final state). */
  urgent(previous: T | undefined, next: T): boolean;
  /** Least time between two values that are not urgent. */
  intervalMs: number;
}

/**
 * Wraps `push` so that ordinary values go out at most once per interval (the latest wins) while
 * urgent ones go out at once, after any that was waiting.
 */
export function throttled<T>(push: (value: T) => void, { urgent, intervalMs }: ThrottleOptions<T>) {
  let last: T | undefined;
  let lastAt = 0;
  let pending: T | undefined;
  let timer: NodeJS.Timeout | undefined;
  const deliver = (value: T) => {
    last = value;
    lastAt = Date.now();
    pending = undefined;
    push(value);
  };
  return {
    push(value: T) {
      if (urgent(last, value) || Date.now() - lastAt >= intervalMs) {
        if (timer) clearTimeout(timer);
        timer = undefined;
        if (pending !== undefined && urgent(last, value)) deliver(pending);
        deliver(value);
        return;
      }
      pending = value;
      timer ??= setTimeout(() => {
        timer = undefined;
        if (pending !== undefined) deliver(pending);
      }, Math.max(0, intervalMs - (Date.now() - lastAt)));
    },
    get last() {
      return last;
    },
    stop() {
      if (timer) clearTimeout(timer);
    },
  };
}
