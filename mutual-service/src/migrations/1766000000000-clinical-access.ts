import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: two holes in who reads health data.
 *
 * - Links have dates. A dependent's file stays the officer's only while the
 *   link lasts: once it ends (divorce, death, independence) the officer reads
 *   nothing more of that person's health data, whatever the date of care. The
 *   beneficiary file keeps the link's end (`link_ended_on`, from the registry
 *   feed), and every policy that lets an officer read a family member's rows
 *   requires it unset. The scope functions return it, so the service's rules
 *   say the same.
 * - Clinical fields beyond diagnoses (the medical advisor's notes, the act
 *   codes of claim lines, prior-authorisation reasons) are read only by the
 *   handling region's mutual agents, the medical advisors and the person
 *   concerned, and every read is logged: the read log (diagnosis_read) says
 *   which field was read, and takes reads of prior authorisations too. The
 *   officer who reads their own file's clinical fields logs the read as well.
 *
 * The officer-facing read policies of beneficiary and coverage were FOR ALL;
 * they are recreated FOR SELECT (writes go through the registry feed's own
 * policies).
 */
export class ClinicalAccess1766000000000 implements MigrationInterface {
  name = 'ClinicalAccess1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE beneficiary ADD COLUMN link_ended_on date;

      -- A family member's row the calling officer may read: their own, or a dependent's while the link lasts.
      CREATE FUNCTION app_is_family(officer_matricule text, link_ended_on date) RETURNS boolean
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT app_is_officer(officer_matricule) AND link_ended_on IS NULL $$;

      DROP POLICY beneficiary_caller ON beneficiary;
      CREATE POLICY beneficiary_caller ON beneficiary FOR SELECT TO PUBLIC
        USING (app_may_read_region(region_code) OR app_is_family(officer_matricule, link_ended_on));
      DROP POLICY coverage_caller ON coverage;
      CREATE POLICY coverage_caller ON coverage FOR SELECT TO PUBLIC
        USING (EXISTS (
          SELECT 1 FROM beneficiary b
          WHERE b.person_id = coverage.beneficiary_id
            AND (app_may_read_region(b.region_code) OR app_is_family(b.officer_matricule, b.link_ended_on))
        ));
      DROP POLICY claim_caller ON claim;
      CREATE POLICY claim_caller ON claim FOR SELECT TO PUBLIC
        USING (
          app_may_read_region(handling_region_code)
          OR EXISTS (SELECT 1 FROM beneficiary b WHERE b.person_id = claim.beneficiary_id AND app_is_family(b.officer_matricule, b.link_ended_on))
        );
      DROP POLICY claim_line_caller ON claim_line;
      CREATE POLICY claim_line_caller ON claim_line FOR SELECT TO PUBLIC
        USING (EXISTS (
          SELECT 1 FROM claim c
          WHERE c.id = claim_line.claim_id
            AND (
              app_may_read_region(c.handling_region_code)
              OR EXISTS (SELECT 1 FROM beneficiary b WHERE b.person_id = c.beneficiary_id AND app_is_family(b.officer_matricule, b.link_ended_on))
            )
        ));
      DROP POLICY prior_authorisation_read ON prior_authorisation;
      CREATE POLICY prior_authorisation_read ON prior_authorisation FOR SELECT TO PUBLIC
        USING (
          app_may_read_region(region_code)
          OR EXISTS (SELECT 1 FROM beneficiary b WHERE b.person_id = prior_authorisation.beneficiary_id AND app_is_family(b.officer_matricule, b.link_ended_on))
        );

      DROP FUNCTION beneficiary_scope(text[]);
      CREATE FUNCTION beneficiary_scope(person_ids text[])
        RETURNS TABLE (person_id text, kind text, region_code text, officer_matricule text, link_ended boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
          SELECT b.person_id, b.kind, b.region_code, b.officer_matricule, b.link_ended_on IS NOT NULL
          FROM public.beneficiary b WHERE b.person_id = ANY(person_ids)
        $$;
      DROP FUNCTION claim_scope(uuid[]);
      CREATE FUNCTION claim_scope(claim_ids uuid[])
        RETURNS TABLE (id uuid, beneficiary_id text, handling_region_code text, officer_matricule text, link_ended boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
          SELECT c.id, c.beneficiary_id, c.handling_region_code, b.officer_matricule, b.link_ended_on IS NOT NULL
          FROM public.claim c JOIN public.beneficiary b ON b.person_id = c.beneficiary_id
          WHERE c.id = ANY(claim_ids)
        $$;

      ALTER TABLE diagnosis_read
        ADD COLUMN field text NOT NULL DEFAULT 'diagnosisCodes'
          CHECK (field IN ('diagnosisCodes', 'decisionNote', 'actCode', 'reason')),
        ADD COLUMN prior_authorisation_id uuid REFERENCES prior_authorisation (id) ON DELETE RESTRICT,
        ALTER COLUMN claim_id DROP NOT NULL,
        ADD CONSTRAINT diagnosis_read_one_record CHECK ((claim_id IS NULL) <> (prior_authorisation_id IS NULL));
      DROP POLICY diagnosis_read_log ON diagnosis_read;
      -- A reader logs only their own reads, of records they can see.
      CREATE POLICY diagnosis_read_log ON diagnosis_read FOR INSERT TO PUBLIC
        WITH CHECK (
          coalesce(current_setting('app.role', true), '') IN ('MUTUAL_AGENT', 'MEDICAL_ADVISOR', 'OFFICER')
          AND reader_role = current_setting('app.role', true)
          AND reader_sub = nullif(current_setting('app.sub', true), '')
          AND reader_region IS NOT DISTINCT FROM nullif(current_setting('app.region', true), '')
          AND (EXISTS (SELECT 1 FROM claim c WHERE c.id = diagnosis_read.claim_id)
               OR EXISTS (SELECT 1 FROM prior_authorisation a WHERE a.id = diagnosis_read.prior_authorisation_id))
        );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP POLICY diagnosis_read_log ON diagnosis_read;
      DELETE FROM diagnosis_read WHERE claim_id IS NULL;
      ALTER TABLE diagnosis_read DROP CONSTRAINT diagnosis_read_one_record, ALTER COLUMN claim_id SET NOT NULL,
        DROP COLUMN prior_authorisation_id, DROP COLUMN field;
      CREATE POLICY diagnosis_read_log ON diagnosis_read FOR INSERT TO PUBLIC
        WITH CHECK (
          coalesce(current_setting('app.role', true), '') IN ('MUTUAL_AGENT', 'MEDICAL_ADVISOR')
          AND reader_role = current_setting('app.role', true)
          AND reader_sub = nullif(current_setting('app.sub', true), '')
          AND reader_region IS NOT DISTINCT FROM nullif(current_setting('app.region', true), '')
          AND EXISTS (SELECT 1 FROM claim c WHERE c.id = diagnosis_read.claim_id)
        );
      DROP FUNCTION claim_scope(uuid[]);
      CREATE FUNCTION claim_scope(claim_ids uuid[])
        RETURNS TABLE (id uuid, beneficiary_id text, handling_region_code text, officer_matricule text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
          SELECT c.id, c.beneficiary_id, c.handling_region_code, b.officer_matricule
          FROM public.claim c JOIN public.beneficiary b ON b.person_id = c.beneficiary_id
          WHERE c.id = ANY(claim_ids)
        $$;
      DROP FUNCTION beneficiary_scope(text[]);
      CREATE FUNCTION beneficiary_scope(person_ids text[])
        RETURNS TABLE (person_id text, kind text, region_code text, officer_matricule text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
          SELECT b.person_id, b.kind, b.region_code, b.officer_matricule FROM public.beneficiary b WHERE b.person_id = ANY(person_ids)
        $$;
      DROP POLICY prior_authorisation_read ON prior_authorisation;
      CREATE POLICY prior_authorisation_read ON prior_authorisation FOR SELECT TO PUBLIC
        USING (app_may_read_region(region_code)
          OR EXISTS (SELECT 1 FROM beneficiary b WHERE b.person_id = prior_authorisation.beneficiary_id AND app_is_officer(b.officer_matricule)));
      DROP POLICY claim_line_caller ON claim_line;
      CREATE POLICY claim_line_caller ON claim_line FOR SELECT TO PUBLIC
        USING (EXISTS (SELECT 1 FROM claim c WHERE c.id = claim_line.claim_id AND (app_may_read_region(c.handling_region_code)
          OR EXISTS (SELECT 1 FROM beneficiary b WHERE b.person_id = c.beneficiary_id AND app_is_officer(b.officer_matricule)))));
      DROP POLICY claim_caller ON claim;
      CREATE POLICY claim_caller ON claim FOR SELECT TO PUBLIC
        USING (app_may_read_region(handling_region_code)
          OR EXISTS (SELECT 1 FROM beneficiary b WHERE b.person_id = claim.beneficiary_id AND app_is_officer(b.officer_matricule)));
      DROP POLICY coverage_caller ON coverage;
      CREATE POLICY coverage_caller ON coverage TO PUBLIC
        USING (EXISTS (SELECT 1 FROM beneficiary b WHERE b.person_id = coverage.beneficiary_id
          AND (app_may_read_region(b.region_code) OR app_is_officer(b.officer_matricule))));
      DROP POLICY beneficiary_caller ON beneficiary;
      CREATE POLICY beneficiary_caller ON beneficiary TO PUBLIC
        USING (app_may_read_region(region_code) OR app_is_officer(officer_matricule));
      DROP FUNCTION app_is_family(text, date);
      ALTER TABLE beneficiary DROP COLUMN link_ended_on;
    `);
  }
}
