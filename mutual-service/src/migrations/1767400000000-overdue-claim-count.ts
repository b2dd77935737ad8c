import { GRANT_DEFINER_FUNCTIONS_TO_APPLICATION } from '@dsp/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: the supervision view's count of a region's claims waiting for a
 * decision past the target read every one of them (21,000 for FES at
 * national scale) through the partial index of open claims, and the row-level
 * rule was checked on each: 13 ms a count, against 1.7 ms for the same index
 * read alone. A caller who may read the region (app_may_read_region: its head
 * or mutual agents, the national administration, the medical advisors) may
 * read every one of its claims, so overdue_claim_count(region, before) counts
 * them once that is established, as the owner, and answers NULL to anyone
 * else, whom the statement then counts under the row-level rule as before.
 * The statuses are those of `WAITING_FOR_DECISION` (claims/queue.rules.ts),
 * written in so that the partial index serves every plan. EXECUTE goes to
 * the application role only (GRANT_DEFINER_FUNCTIONS_TO_APPLICATION).
 */
export class OverdueClaimCount1767400000000 implements MigrationInterface {
  name = 'OverdueClaimCount1767400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION overdue_claim_count(p_region text, submitted_before timestamptz) RETURNS integer
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
          SELECT CASE WHEN public.app_may_read_region(p_region) THEN (
            SELECT count(*)::int FROM public.claim c
             WHERE c.handling_region_code = p_region AND c.status IN ('ENTERED', 'CHECKED', 'UNDER_REVIEW')
               AND c.submitted_at < submitted_before) END
        $$;
    `);
    await queryRunner.query(GRANT_DEFINER_FUNCTIONS_TO_APPLICATION);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION overdue_claim_count(text, timestamptz)');
  }
}
