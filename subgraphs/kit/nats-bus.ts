// The live event bus on NATS JetStream (EVENT_BUS=nats). Events go to one stream that keeps them
// only briefly (live events, not a log: the state itself is in PostgreSQL); every process reads
// each channel through its own ephemeral ordered consumer starting at "new", so every replica's
// subscribers see every event, whichever replica published it.
//
// Why ordered consumers and not a durable per replica: a replica that restarts has no subscribers
// left to catch up (their WebSockets died with it; clients resubscribe and read the current state
// first), so durable cursors would only be state to clean up. The client library recreates an
// ordered consumer by itself after a reconnect or a gap, from the last sequence it saw.
//
// Committed changes only: an event is published after its transaction commits (afterCommit), and
// withTransaction waits for the stream's acknowledgement, so one caller's events keep their order.
// If NATS is unreachable at that moment the live event is lost (logged): the change is committed
// in PostgreSQL, so a new subscription (which reads the current state first), a refetch or the
// job's next event carries it. Messages carry an id so that a publish retried after a lost
// acknowledgement is stored once.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import {
  connect,
  DeliverPolicy,
  DiscardPolicy,
  Events,
  JSONCodec,
  RetentionPolicy,
  StorageType,
  nanos,
  type ConsumerMessages,
  type JetStreamClient,
  type NatsConnection,
  type StreamConfig,
} from 'nats';
import type { Prisma } from '../../prisma/generated/client/client.ts';
import { afterCommit, checkChannel, type EventBus } from './events.ts';

export const NATS_STREAM = 'FLATRENDER_EVENTS';
export const SUBJECT_PREFIX = 'flatrender';
export const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';

export interface NatsBusOptions {
  url: string;
  log: Logger;
  /** Connection name shown by the server (the subgraph's owner). */
  name?: string;
  /** How long the stream keeps an event (and so the de-duplication window's upper bound). */
  maxAgeMs?: number;
  /** How long a publish waits for the stream's acknowledgement before one retry. */
  publishTimeoutMs?: number;
}

type Listener = (event: unknown) => void;

const codec = JSONCodec();
const subjectOf = (channel: string) => `${SUBJECT_PREFIX}.${channel}`;

export class NatsEvents implements EventBus {
  private readonly listeners = new Map<string, Set<Listener>>();
  /** One consumer per channel, shared by every listener in this process. */
  private readonly consumers = new Map<string, Promise<ConsumerMessages>>();
  private connected = true;
  private closed = false;

  private constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly log: Logger,
    private readonly publishTimeoutMs: number,
  ) {
    void this.watch();
  }

  /** Connects and makes sure the stream exists; a clear error names NATS_URL when that fails. */
  static async connect({ url, log, name, maxAgeMs = 60_000, publishTimeoutMs = 2_000 }: NatsBusOptions): Promise<NatsEvents> {
    let nc: NatsConnection;
    try {
      // After the first connection, keep reconnecting for as long as the process lives.
      nc = await connect({ servers: url, name, timeout: 3_000, maxReconnectAttempts: -1, reconnectTimeWait: 500 });
    } catch (error) {
      throw new Error(`Cannot reach the NATS event bus at NATS_URL=${url}: ${(error as Error).message}`, { cause: error });
    }
    try {
      const jsm = await nc.jetstreamManager();
      const config: Partial<StreamConfig> & { name: string } = {
        name: NATS_STREAM,
        subjects: [`${SUBJECT_PREFIX}.>`],
        retention: RetentionPolicy.Limits,
        storage: StorageType.File,
        discard: DiscardPolicy.Old,
        max_age: nanos(maxAgeMs),
        duplicate_window: nanos(Math.min(maxAgeMs, 60_000)),
      };
      // Adding a stream that exists with the same settings is a no-op, so replicas may race here.
      await jsm.streams.add(config).catch(async (error: Error) => {
        if (!/already in use/i.test(error.message)) throw error;
        await jsm.streams.update(NATS_STREAM, config);
      });
      return new NatsEvents(nc, nc.jetstream(), log, publishTimeoutMs);
    } catch (error) {
      await nc.close().catch(() => {});
      throw new Error(`The NATS server at NATS_URL=${url} has no usable JetStream (start it with -js): ${(error as Error).message}`, { cause: error });
    }
  }

  publish(tx: Prisma.TransactionClient, channel: string, event: unknown): Promise<void> {
    checkChannel(channel);
    // The id is fixed now, so a retried publish of this event is recognised as the same one.
    const id = randomUUID();
    return afterCommit(tx, async () => void (await this.send(channel, event, id)));
  }

  /** Publishes one event now (committed already); never throws: the change it reports stands. */
  async send(channel: string, event: unknown, id: string = randomUUID()): Promise<{ stored: boolean; duplicate: boolean }> {
    if (!this.connected || this.closed) {
      this.log.warn({ channel, id }, 'NATS unavailable: live event dropped (the change is committed)');
      return { stored: false, duplicate: false };
    }
    for (let attempt = 1; ; attempt++) {
      try {
        const ack = await this.js.publish(subjectOf(channel), codec.encode(event), { msgID: id, timeout: this.publishTimeoutMs });
        return { stored: true, duplicate: ack.duplicate };
      } catch (error) {
        if (attempt >= 2 || !this.connected) {
          this.log.warn({ channel, id, message: (error as Error).message }, 'live event not published (the change is committed)');
          return { stored: false, duplicate: false };
        }
      }
    }
  }

  async listen<T = unknown>(channel: string, listener: (event: T) => void, filter?: (event: T) => boolean): Promise<() => void> {
    checkChannel(channel);
    const wrapped: Listener = filter ? (event) => filter(event as T) && listener(event as T) : (listener as Listener);
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
    }
    set.add(wrapped);
    try {
      await this.consume(channel);
    } catch (error) {
      set.delete(wrapped);
      throw error;
    }
    return () => set!.delete(wrapped);
  }

  /** Starts this process's consumer of `channel` once; resolves when it exists on the server. */
  private consume(channel: string): Promise<ConsumerMessages> {
    let started = this.consumers.get(channel);
    if (!started) {
      started = (async () => {
        const consumer = await this.js.consumers.get(NATS_STREAM, { filterSubjects: subjectOf(channel), deliver_policy: DeliverPolicy.New });
        const messages = await consumer.consume();
        void (async () => {
          for await (const message of messages) {
            let event: unknown;
            try {
              event = message.json();
            } catch {
              continue;
            }
            for (const listener of this.listeners.get(channel) ?? []) listener(event);
          }
        })();
        return messages;
      })();
      // A failed start is not remembered: the next listener tries again.
      started.catch(() => this.consumers.delete(channel));
      this.consumers.set(channel, started);
    }
    return started;
  }

  /** Follows the connection so that publishes while NATS is away fail at once instead of waiting. */
  private async watch(): Promise<void> {
    for await (const status of this.nc.status()) {
      if (status.type === Events.Disconnect) {
        this.connected = false;
        this.log.warn({ server: status.data }, 'NATS connection lost; reconnecting');
      } else if (status.type === Events.Reconnect) {
        this.connected = true;
        this.log.info({ server: status.data }, 'NATS connection back');
      }
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const started of this.consumers.values()) await started.then((messages) => messages.close()).catch(() => {});
    await this.nc.close().catch(() => {});
  }
}
