// Events through PostgreSQL: one LISTEN connection per process fans NOTIFY payloads out to the
// subscriptions this process serves, so any replica can serve any subscriber.
import pg from 'pg';
import type { Logger } from 'pino';
import { Repeater } from '@repeaterjs/repeater';

type Listener = (payload: unknown) => void;

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

export class PgEvents {
  private client?: pg.Client;
  private connecting?: Promise<void>;
  private readonly listeners = new Map<string, Set<Listener>>();
  private closed = false;

  constructor(private readonly connectionString: string, private readonly log: Logger) {}

  /** Calls `listener` with every JSON payload NOTIFYed on `channel` until the returned function is called. */
  async listen(channel: string, listener: Listener): Promise<() => void> {
    if (!/^[a-z_]+$/.test(channel)) throw new Error(`bad channel name ${channel}`);
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      await this.connect();
      await this.client!.query(`LISTEN ${channel}`);
    }
    set.add(listener);
    return () => set!.delete(listener);
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
