// A buffer between the requests the router serves and the log they are written to: `add` never
// waits and never throws; entries go out in batches (every `intervalMs`, or as soon as `maxBatch`
// are waiting), one batch at a time, through the `send` callback (identity's recordApiRequests).
// When the log cannot keep up, entries over `maxBuffered` are dropped and counted rather than
// holding memory or requests hostage; a batch whose send fails is dropped and counted too (a
// batch that failed once because of its content would fail forever).

export interface RequestLogOptions<T> {
  /** Writes one batch (at most `maxBatch` entries); should give up by itself after a while. */
  send(entries: T[]): Promise<unknown>;
  /** Largest batch, and how many waiting entries trigger a send at once (default 500). */
  maxBatch?: number;
  /** Longest an entry waits before its batch is sent (default 1000 ms). */
  intervalMs?: number;
  /** Most entries held while sends are slow or failing; beyond it new entries are dropped (default 10,000). */
  maxBuffered?: number;
  /** Told about a batch that could not be sent (it is dropped). */
  onError?(error: unknown, entries: T[]): void;
}

export class RequestLog<T> {
  /** Entries sent successfully. */
  sent = 0;
  /** Entries dropped because the buffer was full, or added after close. */
  dropped = 0;
  /** Entries lost with a batch whose send failed. */
  failed = 0;

  private buffer: T[] = [];
  private sending: Promise<void> | null = null;
  private closed = false;
  private readonly timer: NodeJS.Timeout;
  private readonly maxBatch: number;
  private readonly maxBuffered: number;

  constructor(private readonly options: RequestLogOptions<T>) {
    this.maxBatch = options.maxBatch ?? 500;
    this.maxBuffered = Math.max(options.maxBuffered ?? 10_000, this.maxBatch);
    this.timer = setInterval(() => void this.flush(), options.intervalMs ?? 1000);
    // The log never keeps a process alive that has nothing else to do.
    this.timer.unref();
  }

  /** Entries waiting to be sent. */
  get pending(): number {
    return this.buffer.length;
  }

  /** Queues an entry; false when it was dropped (buffer full, or closed). Returns at once. */
  add(entry: T): boolean {
    if (this.closed || this.buffer.length >= this.maxBuffered) {
      this.dropped += 1;
      return false;
    }
    this.buffer.push(entry);
    if (this.buffer.length >= this.maxBatch) void this.flush();
    return true;
  }

  /** Sends everything waiting, batch by batch; resolves when the buffer is empty. Never rejects. */
  flush(): Promise<void> {
    this.sending ??= this.drain().finally(() => {
      this.sending = null;
    });
    return this.sending;
  }

  /** Stops the timer and sends what is left; entries added afterwards are dropped. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.flush();
  }

  private async drain(): Promise<void> {
    while (this.buffer.length > 0) {
      const batch = this.buffer.splice(0, this.maxBatch);
      try {
        await this.options.send(batch);
        this.sent += batch.length;
      } catch (error) {
        this.failed += batch.length;
        try {
          this.options.onError?.(error, batch);
        } catch {
          // A failing error handler must not stop the log.
        }
      }
    }
  }
}
