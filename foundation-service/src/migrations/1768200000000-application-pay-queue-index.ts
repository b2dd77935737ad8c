import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: the agent's payments to record (`applicationQueue(queue: TO_PAY)`)
 * list a region's approved applications, the earliest decided first, a page
 * at a time; like the other queues, that order has its own index.
 */
export class ApplicationPayQueueIndex1768200000000 implements MigrationInterface {
  name = 'ApplicationPayQueueIndex1768200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE INDEX application_queue_pay_idx ON application (region_code, decided_at, id) WHERE status = 'APPROVED'",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX application_queue_pay_idx');
  }
}
