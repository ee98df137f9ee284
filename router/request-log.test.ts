// The router's request-log buffer: batches by size and by time, one send at a time, never blocks
// or throws into the request path, drops (and counts) what it cannot hold, and empties on close.
import { RequestLog } from './request-log.ts';

/** A send callback the test answers by hand, recording every batch. */
function manualSend() {
  const batches: number[][] = [];
  const waiting: { resolve(): void; reject(error: Error): void }[] = [];
  let active = 0;
  let mostActive = 0;
  const arrived: (() => void)[] = [];
  return {
    batches,
    get mostActive() {
      return mostActive;
    },
    send(entries: number[]): Promise<void> {
      batches.push(entries);
      active += 1;
      mostActive = Math.max(mostActive, active);
      arrived.splice(0).forEach((wake) => wake());
      return new Promise<void>((resolve, reject) => waiting.push({ resolve, reject })).finally(() => {
        active -= 1;
      });
    },
    /** Resolves once `count` batches have been sent. */
    async batchesSent(count: number): Promise<void> {
      while (batches.length < count) await new Promise<void>((wake) => arrived.push(wake));
    },
    answer(error?: Error): void {
      const next = waiting.shift()!;
      if (error) next.reject(error);
      else next.resolve();
    },
  };
}

const numbers = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

test('a full batch is sent at once, without waiting for the timer', async () => {
  const sink = manualSend();
  const log = new RequestLog<number>({ send: (e) => sink.send(e), maxBatch: 3, intervalMs: 3_600_000 });
  numbers(1, 2).forEach((n) => log.add(n));
  expect(sink.batches).toEqual([]);
  log.add(3);
  await sink.batchesSent(1);
  expect(sink.batches).toEqual([[1, 2, 3]]);
  sink.answer();
  await log.close();
  expect(log.sent).toBe(3);
});

test('entries short of a batch go out when the interval passes', async () => {
  const sink = manualSend();
  const log = new RequestLog<number>({ send: (e) => sink.send(e), maxBatch: 100, intervalMs: 10 });
  log.add(7);
  await sink.batchesSent(1);
  expect(sink.batches).toEqual([[7]]);
  sink.answer();
  await log.close();
});

test('adding never waits for a slow send; one send at a time; over the cap entries are dropped and counted', async () => {
  const sink = manualSend();
  const log = new RequestLog<number>({ send: (e) => sink.send(e), maxBatch: 2, maxBuffered: 4, intervalMs: 3_600_000 });
  expect(log.add(1)).toBe(true);
  expect(log.add(2)).toBe(true); // batch [1, 2] is now being sent, and hangs
  await sink.batchesSent(1);
  for (const n of numbers(3, 6)) log.add(n); // 3-6 wait, 7 and 8 are over the cap
  expect(log.pending).toBe(4);
  expect(log.dropped).toBe(2);
  expect(sink.batches).toHaveLength(1);

  sink.answer();
  await sink.batchesSent(2);
  sink.answer();
  await sink.batchesSent(3);
  sink.answer();
  await log.close();
  expect(sink.batches).toEqual([[1, 2], [3, 4], [5, 6]]);
  expect(sink.mostActive).toBe(1);
  expect(log.sent).toBe(6);
});

test('a failing send loses its batch (counted and reported), never throws, and later entries still go out', async () => {
  const sink = manualSend();
  const reported: number[][] = [];
  const log = new RequestLog<number>({ send: (e) => sink.send(e), maxBatch: 2, intervalMs: 3_600_000, onError: (_error, entries) => reported.push(entries) });
  log.add(1);
  log.add(2);
  await sink.batchesSent(1);
  sink.answer(new Error('identity is down'));
  await log.flush();
  expect(log.failed).toBe(2);
  expect(reported).toEqual([[1, 2]]);

  log.add(3);
  const closing = log.close();
  await sink.batchesSent(2);
  sink.answer();
  await closing;
  expect(sink.batches[1]).toEqual([3]);
  expect(log.sent).toBe(1);
});

test('close sends what is left in batches, and drops what comes after', async () => {
  const batches: number[][] = [];
  const log = new RequestLog<number>({ send: async (e) => void batches.push(e), maxBatch: 500, intervalMs: 3_600_000 });
  numbers(1, 1200).forEach((n) => log.add(n));
  await log.close();
  expect(batches.map((b) => b.length)).toEqual([500, 500, 200]);
  expect(batches.flat()).toEqual(numbers(1, 1200));
  expect(log.add(9999)).toBe(false);
  expect(log.dropped).toBe(1);
});
