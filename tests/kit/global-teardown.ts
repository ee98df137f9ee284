// Jest global teardown: stops the embedded PostgreSQL that global-setup started (if any).
import type { EmbeddedServer } from '../../prisma/embedded.ts';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __frServer?: EmbeddedServer }).__frServer?.stop();
}
