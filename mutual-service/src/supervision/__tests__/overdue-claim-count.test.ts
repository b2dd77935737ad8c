import type { EntityManager } from 'typeorm';
import { WAITING_FOR_DECISION } from '../../claims/queue.rules';
import { startHarness, type MutualHarness } from '../../testing/harness';
import { SupervisionRepository } from '../supervision.repository';

let harness: MutualHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(() => harness.stop());

/** Runs `work` as the application role under `settings`, in a transaction rolled back after. */
async function as<T>(settings: Record<string, string>, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const runner = harness.dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    for (const [key, value] of Object.entries(settings)) {
      await runner.query('SELECT set_config($1, $2, true)', [key, value]);
    }
    return await work(runner.manager);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

describe("a region's overdue claims", () => {
  const before = new Date(Date.now() - 15 * 86_400_000);

  it.each([
    ['a FES agent', { 'app.role': 'MUTUAL_AGENT', 'app.region': 'FES', 'app.sub': 'agent' }, true],
    ['the national administration', { 'app.role': 'NATIONAL_ADMIN', 'app.sub': 'admin' }, true],
    ['a medical advisor', { 'app.role': 'MEDICAL_ADVISOR', 'app.sub': 'advisor' }, true],
    ['a RABAT agent', { 'app.role': 'MUTUAL_AGENT', 'app.region': 'RABAT', 'app.sub': 'agent' }, false],
    ['a caller without settings', {}, false],
  ])(
    'are for %s what the row-level rule lets them count, and overdue_claim_count counts them only for who reads the region',
    async (_name, settings, readsRegion) => {
      const seen = await as(settings, async (manager) => {
        const [underRule] = await manager.query<Array<{ count: number }>>(
          `SELECT count(*)::int AS count FROM claim
            WHERE handling_region_code = 'FES' AND status = ANY($1) AND submitted_at < $2`,
          [WAITING_FOR_DECISION, before],
        );
        const [counted] = await manager.query<Array<{ count: number | null }>>(
          'SELECT overdue_claim_count($1, $2) AS count',
          ['FES', before],
        );
        const [figures] = await new SupervisionRepository(manager).regionSupervision(
          [],
          '2026-01',
          15,
          ['FES'],
          before,
        );
        return { underRule: underRule?.count, counted: counted?.count, supervision: figures?.overdueClaims };
      });
      expect(seen.counted).toBe(readsRegion ? seen.underRule : null);
      expect(seen.supervision).toBe(seen.underRule);
      if (readsRegion) expect(seen.underRule).toBeGreaterThan(0);
      else expect(seen.underRule).toBe(0);
    },
  );
});
