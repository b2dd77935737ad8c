import { GRANT_DEFINER_FUNCTIONS_TO_APPLICATION } from '@dsp/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: what a plan still reimburses a person this year depends on every
 * claim approved for them, whichever region handles it. Row-level security
 * shows a mutual agent only the claims their region handles, so a person
 * who moved kept, in the eyes of their new region, their whole ceiling: the
 * automatic checks passed a claim the ceiling had already closed, and an
 * agent could not say what was left. `ceiling_use` adds up the approved
 * amounts per person and care type over all the person's claims, and only
 * for people the caller may read (the beneficiary policy's own test), so it
 * gives totals and nothing else. The claim it is asked to leave out is the
 * one being decided. EXECUTE goes to the application role only.
 */
export class CeilingUse1768100000000 implements MigrationInterface {
  name = 'CeilingUse1768100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION ceiling_use(p_people text[], p_year int, p_except uuid)
        RETURNS TABLE (beneficiary_id text, care_type text, approved bigint)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
          SELECT c.beneficiary_id, c.care_type, sum(c.amount_approved)::bigint
            FROM public.beneficiary b
            JOIN public.claim c ON c.beneficiary_id = b.person_id
           WHERE b.person_id = ANY (p_people)
             AND (public.app_may_read_region(b.region_code) OR public.app_is_officer(b.officer_matricule))
             AND c.care_start_date >= make_date(p_year, 1, 1) AND c.care_start_date < make_date(p_year + 1, 1, 1)
             AND c.status IN ('APPROVED', 'PARTIALLY_APPROVED', 'PAID')
             AND (p_except IS NULL OR c.id <> p_except)
           GROUP BY c.beneficiary_id, c.care_type
        $$;
    `);
    await queryRunner.query(GRANT_DEFINER_FUNCTIONS_TO_APPLICATION);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION ceiling_use(text[], int, uuid)');
  }
}
