import { startHarness, type MutualHarness } from '../../testing/harness';
import { SupervisionRepository } from '../supervision.repository';

let harness: MutualHarness;

beforeAll(async () => {
  harness = await startHarness({ seed: false });
});

afterAll(() => harness.stop());

it('reports no negative feed lag when the feed applied after the reading transaction began', async () => {
  const runner = harness.dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    await runner.query("SELECT set_config('app.role', 'MEDICAL_ADVISOR', true)");
    // The request's transaction is open; the feed applies (and commits) a moment later.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await harness.sql('UPDATE registry_feed_cursor SET applied_at = now(), failed_at = NULL');
    const [figures] = await new SupervisionRepository(runner.manager).regionSupervision(
      [],
      '2026-01',
      15,
      ['FES'],
      new Date(),
    );
    expect(figures?.feed.secondsSinceApplied).toBe(0);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
});
