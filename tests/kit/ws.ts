// graphql-ws clients for tests: collect a subscription's results, wait for a condition, no sleeps.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export function wsClient(httpUrl: string, token?: string, onClose?: (code: number, reason: string) => void): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    lazy: true,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    on: { closed: (event) => onClose?.((event as { code: number }).code, (event as { reason: string }).reason) },
  });
}

export interface Collected<T> {
  results: T[];
  /** When each result arrived (ms since the epoch). */
  times: number[];
  errors: unknown[];
  completed: boolean;
  /** Resolves once `predicate` holds for the results so far (rejects after `timeoutMs`). */
  until(predicate: (results: T[]) => boolean, timeoutMs?: number): Promise<T[]>;
  stop(): void;
}

export function collect<T = any>(client: Client, query: string, variables: Record<string, unknown> = {}): Collected<T> {
  const waiters: (() => boolean)[] = [];
  const state: Collected<T> = {
    results: [],
    times: [],
    errors: [],
    completed: false,
    until(predicate, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (predicate(state.results)) {
            resolve(state.results);
            return true;
          }
          if (state.completed) {
            reject(new Error(`subscription ended before the condition held: ${JSON.stringify({ results: state.results.slice(-3), errors: state.errors })}`));
            return true;
          }
          return false;
        };
        if (check()) return;
        const timer = setTimeout(() => reject(new Error(`timed out; last results: ${JSON.stringify(state.results.slice(-3))} errors: ${JSON.stringify(state.errors)}`)), timeoutMs);
        waiters.push(() => {
          const settled = check();
          if (settled) clearTimeout(timer);
          return settled;
        });
      });
    },
    stop: () => dispose(),
  };
  /** Wakes every waiter; those still waiting stay. */
  const notify = () => {
    const still = waiters.splice(0).filter((waiter) => !waiter());
    waiters.push(...still);
  };
  const dispose = client.subscribe<T>({ query, variables }, {
    next: (value) => {
      if ((value as { errors?: unknown[] }).errors) state.errors.push(...((value as { errors: unknown[] }).errors));
      if ((value as { data?: T }).data) {
        state.results.push((value as { data: T }).data);
        state.times.push(Date.now());
      }
      notify();
    },
    error: (error) => {
      state.errors.push(...(Array.isArray(error) ? error : [error]));
      state.completed = true;
      notify();
    },
    complete: () => {
      state.completed = true;
      notify();
    },
  });
  return state;
}
