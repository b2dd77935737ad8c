import { startTestPostgres, TEST_POSTGRES_URL_VARIABLE } from './test-postgres';

/**
 * Jest global setup: one real PostgreSQL for the run. Several jest projects
 * may each name this file; the first one starts the server and the others
 * reuse it (the variable is inherited by every test worker).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env[TEST_POSTGRES_URL_VARIABLE]) return;
  const postgres = await startTestPostgres();
  process.env[TEST_POSTGRES_URL_VARIABLE] = postgres.url('postgres');
  (globalThis as { __DSP_TEST_POSTGRES__?: typeof postgres }).__DSP_TEST_POSTGRES__ = postgres;
}
