import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: the application queues' totals and the supervision view's overdue
 * applications count a region's applications waiting for a step by status
 * (and submission date). With only (region_code, status) indexed, each
 * count read every matching application from the table. This index holds
 * the waiting statuses with what the counts and the applications' row-level
 * security read (officer_matricule, for the officer's own rule), so they are
 * counted from the index alone.
 */
export class OpenApplicationCounts1767100000000 implements MigrationInterface {
  name = 'OpenApplicationCounts1767100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX application_region_open_count_idx ON application (region_code, status, submitted_at) INCLUDE (officer_matricule)
        WHERE status IN ('SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED');
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX application_region_open_count_idx');
  }
}
