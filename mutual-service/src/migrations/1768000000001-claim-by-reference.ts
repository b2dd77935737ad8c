import { GRANT_DEFINER_FUNCTIONS_TO_APPLICATION } from '@dsp/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: people name a claim by its reference (RB-2026-102884), printed on
 * what the officer receives, not by its id. `claimByReference` finds the id
 * of a reference whoever asks, as claim_scope finds where a claim belongs,
 * and nothing else; whether the caller may read the claim is then decided
 * as for `claim(id)` (FORBIDDEN rather than a pretended absence). EXECUTE
 * goes to the application role only (GRANT_DEFINER_FUNCTIONS_TO_APPLICATION).
 * The reference is unique, so its index answers.
 */
export class ClaimByReference1768000000001 implements MigrationInterface {
  name = 'ClaimByReference1768000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION claim_id_of_reference(p_reference text) RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$ SELECT c.id FROM public.claim c WHERE c.reference = p_reference $$;
    `);
    await queryRunner.query(GRANT_DEFINER_FUNCTIONS_TO_APPLICATION);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION claim_id_of_reference(text)');
  }
}
