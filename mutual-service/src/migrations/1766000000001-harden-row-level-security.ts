import { HARDEN_ROW_LEVEL_SECURITY, UNDO_HARDEN_ROW_LEVEL_SECURITY } from '@dsp/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: the database is the second wall around health and social records, and
 * it had gaps: read policies that also allowed writes, SECURITY DEFINER
 * functions any role could call, DELETE rights no feature uses, and no
 * policies at all on the audit trail and the idempotency keys. The same
 * tightening as the other service's (subgraph-kit/src/database/hardening.ts).
 */
export class HardenRowLevelSecurity1766000000001 implements MigrationInterface {
  name = 'HardenRowLevelSecurity1766000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(HARDEN_ROW_LEVEL_SECURITY);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(UNDO_HARDEN_ROW_LEVEL_SECURITY);
  }
}
