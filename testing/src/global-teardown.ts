import type { RunningPostgres } from './embedded-postgres';
import { TEST_POSTGRES_URL_VARIABLE } from './test-postgres';

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __DSP_TEST_POSTGRES__?: RunningPostgres };
  const postgres = holder.__DSP_TEST_POSTGRES__;
  if (!postgres) return;
  holder.__DSP_TEST_POSTGRES__ = undefined;
  delete process.env[TEST_POSTGRES_URL_VARIABLE];
  await postgres.stop();
}
