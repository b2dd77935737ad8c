import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: the medical advisors' list of prior authorisations (issue 16) reads
 * them by status, oldest request first, a page at a time: this index serves
 * that order and its keyset cursor, as claim_status_submitted_idx does for
 * the claim queues.
 */
export class PriorAuthorisationList1766300000000 implements MigrationInterface {
  name = 'PriorAuthorisationList1766300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX prior_authorisation_status_requested_idx ON prior_authorisation (status, requested_at, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX prior_authorisation_status_requested_idx');
  }
}
