import { AUDIT_REGION_INDEX_SQL } from '@dsp/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: the audit page opens on the latest changes of the reader's region
 * (`recentMutualChanges`), newest first, a page at a time. The audit table was
 * indexed only by record, so a region's latest changes meant reading the
 * table backwards past every other region's.
 */
export class AuditRegionIndex1768000000000 implements MigrationInterface {
  name = 'AuditRegionIndex1768000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(AUDIT_REGION_INDEX_SQL);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX audit_record_region_idx');
  }
}
