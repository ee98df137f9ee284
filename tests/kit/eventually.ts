// Waiting on work other processes do in their own time (queue workers): poll until the check
// passes, or fail with its last answer after `timeoutMs`.
export async function eventually<T>(check: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await check();
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`still not as expected after ${timeoutMs} ms: ${JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v))}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await check();
  }
  return value;
}
