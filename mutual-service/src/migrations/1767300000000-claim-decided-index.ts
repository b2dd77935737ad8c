import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: the national drill-down from a month's decided claims
 * (`claimQueue(decidedIn)` for an advisor or the national administration,
 * every region) had only region-first indexes on the decision date, so the
 * planner could read the whole claim table for one month's decisions. This
 * index serves the month's range whatever the region.
 */
export class ClaimDecidedIndex1767300000000 implements MigrationInterface {
  name = 'ClaimDecidedIndex1767300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX claim_decided_idx ON claim (decided_at) WHERE decided_at IS NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX claim_decided_idx');
  }
}
