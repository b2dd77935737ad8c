import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: the work queues' totals and the supervision view's overdue claims
 * count a region's open claims by status (and submission date). With only
 * (handling_region_code, status) indexed, each count read every matching
 * claim from the table (thousands of rows scattered over the whole table per
 * region: 22 ms for FES's overdue claims warm, 150 ms for a queue total
 * under the mixed load).
 * The first index holds the open statuses with what the counts and the claims'
 * row-level security read (beneficiary_id, for the family rule), so they are
 * counted from the index alone.
 *
 * The review queue (CHECKED and UNDER_REVIEW, oldest first) walked the open
 * claims' index past every older claim of the other open statuses, most of
 * a region's when its oldest open claims await payment: 1,415 pages read for
 * FES's first 20, 24 with its own index.
 */
export class OpenClaimReads1767100000000 implements MigrationInterface {
  name = 'OpenClaimReads1767100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX claim_region_open_count_idx ON claim (handling_region_code, status, submitted_at) INCLUDE (beneficiary_id)
        WHERE status IN ('ENTERED', 'CHECKED', 'UNDER_REVIEW', 'APPROVED', 'PARTIALLY_APPROVED');
      CREATE INDEX claim_region_review_queue_idx ON claim (handling_region_code, submitted_at, id)
        WHERE status IN ('CHECKED', 'UNDER_REVIEW');
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX claim_region_review_queue_idx, claim_region_open_count_idx');
  }
}
