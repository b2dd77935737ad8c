import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: the mutual keeps its beneficiary file in step with the foundation's
 * registry by reading the registry change feed (issue 6).
 *
 * - registry_feed_cursor (one row) is the last feed sequence applied; the
 *   consumer advances it in the same transaction as the changes an event
 *   makes, so an event is applied once, or not at all.
 * - the consumer works as the application role with app.role =
 *   REGISTRY_FEED, which may read and write the beneficiary file and
 *   coverage (and nothing else: claims, diagnoses and prior authorisations
 *   stay out of its reach); no user's token ever carries that role.
 */
export class RegistryFeed1764950000001 implements MigrationInterface {
  name = 'RegistryFeed1764950000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE registry_feed_cursor (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        sequence bigint NOT NULL DEFAULT 0 CHECK (sequence >= 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO registry_feed_cursor (id, sequence) VALUES (true, 0);

      CREATE POLICY beneficiary_registry_feed ON beneficiary TO PUBLIC
        USING (coalesce(current_setting('app.role', true), '') = 'REGISTRY_FEED')
        WITH CHECK (coalesce(current_setting('app.role', true), '') = 'REGISTRY_FEED');
      CREATE POLICY coverage_registry_feed ON coverage TO PUBLIC
        USING (coalesce(current_setting('app.role', true), '') = 'REGISTRY_FEED')
        WITH CHECK (coalesce(current_setting('app.role', true), '') = 'REGISTRY_FEED');
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP POLICY coverage_registry_feed ON coverage;
      DROP POLICY beneficiary_registry_feed ON beneficiary;
      DROP TABLE registry_feed_cursor;
    `);
  }
}
