import { GRANT_DEFINER_FUNCTIONS_TO_APPLICATION } from '@dsp/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: what a plan has left this year counted approved care alone, so an
 * officer with a claim still being examined read the whole ceiling as
 * theirs, and an agent entering more care of the same type could not tell
 * that part of it was already asked for. `ceiling_use` now also gives, per
 * person and care type, what the claims not decided yet (entered, checked,
 * under review) ask for and how many they are, over all the person's claims
 * whichever region handles them, with the same caller test as before. The
 * approved figure is unchanged. The signature's columns change, so the
 * function is dropped and created again; EXECUTE goes to the application
 * role only.
 */
export class CeilingUseInProgress1768100000002 implements MigrationInterface {
  name = 'CeilingUseInProgress1768100000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION ceiling_use(text[], int, uuid)');
    await queryRunner.query(`
      CREATE FUNCTION ceiling_use(p_people text[], p_year int, p_except uuid)
        RETURNS TABLE (beneficiary_id text, care_type text, approved bigint, in_progress bigint, claims_in_progress int)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
          SELECT c.beneficiary_id, c.care_type,
                 coalesce(sum(c.amount_approved) FILTER (WHERE c.status IN ('APPROVED', 'PARTIALLY_APPROVED', 'PAID')), 0)::bigint,
                 coalesce(sum(c.amount_claimed) FILTER (WHERE c.status IN ('ENTERED', 'CHECKED', 'UNDER_REVIEW')), 0)::bigint,
                 (count(*) FILTER (WHERE c.status IN ('ENTERED', 'CHECKED', 'UNDER_REVIEW')))::int
            FROM public.beneficiary b
            JOIN public.claim c ON c.beneficiary_id = b.person_id
           WHERE b.person_id = ANY (p_people)
             AND (public.app_may_read_region(b.region_code) OR public.app_is_officer(b.officer_matricule))
             AND c.care_start_date >= make_date(p_year, 1, 1) AND c.care_start_date < make_date(p_year + 1, 1, 1)
             AND c.status <> 'REJECTED'
             AND (p_except IS NULL OR c.id <> p_except)
           GROUP BY c.beneficiary_id, c.care_type
        $$;
    `);
    await queryRunner.query(GRANT_DEFINER_FUNCTIONS_TO_APPLICATION);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION ceiling_use(text[], int, uuid)');
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
}
