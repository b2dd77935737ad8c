import { GRANT_DEFINER_FUNCTIONS_TO_APPLICATION } from '@dsp/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: the duplicate check compares a claim with the person's other claims
 * for the same provider and dates. Row-level security showed a mutual
 * agent only the claims their region handles, so once a person had moved,
 * the care their former region had entered could be entered again by the
 * new region and paid twice. `same_care_claims` gives the check every such
 * claim, whichever region handles it (not rejected ones), with each line's
 * act, quantity and unit price, and only for people the caller may read
 * (the beneficiary policy's own test). It answers the service's check; no
 * field of the API returns what it reads. EXECUTE goes to the application
 * role only.
 */
export class SameCareClaims1768100000001 implements MigrationInterface {
  name = 'SameCareClaims1768100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION same_care_claims(p_person text, p_provider uuid, p_start date, p_end date)
        RETURNS TABLE (claim_id uuid, act_code text, quantity int, unit_price bigint)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
          SELECT c.id, l.act_code, l.quantity, l.unit_price
            FROM public.beneficiary b
            JOIN public.claim c ON c.beneficiary_id = b.person_id
            JOIN public.claim_line l ON l.claim_id = c.id
           WHERE b.person_id = p_person
             AND (public.app_may_read_region(b.region_code) OR public.app_is_officer(b.officer_matricule))
             AND c.provider_id = p_provider AND c.care_start_date = p_start AND c.care_end_date = p_end
             AND c.status <> 'REJECTED'
           ORDER BY c.id, l.line_number
        $$;
    `);
    await queryRunner.query(GRANT_DEFINER_FUNCTIONS_TO_APPLICATION);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION same_care_claims(text, uuid, date, date)');
  }
}
