import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: health files are confidential (docs/architecture.md). The service checks every
 * read, but a forgotten check, a new query or a bug in a loader must not be
 * enough to leak a file: the database itself only hands the application role
 * the rows its caller may see, from the settings the request transaction
 * applies (app.role, app.region, app.sub; see RequestScope):
 *
 * - NATIONAL_ADMIN and MEDICAL_ADVISOR see every region;
 * - REGIONAL_HEAD and MUTUAL_AGENT see their region (a person by their region
 *   of affiliation, a claim by its handling region), never with an empty
 *   region; FOUNDATION_AGENT has no mutual health data at all;
 * - an OFFICER sees their own file and their dependents' (officer_matricule);
 * - unset or empty settings give no rows.
 *
 * coverage and claim_line follow their parent. Reads of diagnoses are logged
 * in diagnosis_read, append-only for the application role (no UPDATE, DELETE
 * or TRUNCATE), readable by NATIONAL_ADMIN only. Policies apply to PUBLIC:
 * the application role's name is the deployment's choice, and only the owner
 * and that role may connect. The owner (CURRENT_USER while migrating) keeps a
 * policy that sees everything, so migrations and the seed keep working under
 * FORCE ROW LEVEL SECURITY. Two SECURITY DEFINER functions return only where
 * a person or a claim belongs (region, officer), so the service can tell
 * "forbidden" from "does not exist" without reading the file itself.
 * Provider, plan, tariff and region stay open: reference data.
 */
export class RowLevelSecurity1764500000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE diagnosis_read (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        claim_id uuid NOT NULL REFERENCES claim (id) ON DELETE RESTRICT,
        reader_sub text NOT NULL,
        reader_role text NOT NULL,
        reader_region text REFERENCES region (code) ON DELETE RESTRICT,
        read_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX diagnosis_read_claim_idx ON diagnosis_read (claim_id, id);

      -- Append-only: whoever got table rights by default privileges keeps INSERT and SELECT only.
      REVOKE UPDATE, DELETE, TRUNCATE ON diagnosis_read FROM PUBLIC;
      DO $$
      DECLARE grantee_name text;
      BEGIN
        FOR grantee_name IN
          SELECT DISTINCT grantee FROM information_schema.role_table_grants
          WHERE table_schema = 'public' AND table_name = 'diagnosis_read' AND grantee <> current_user AND grantee <> 'PUBLIC'
        LOOP
          EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON diagnosis_read FROM %I', grantee_name);
        END LOOP;
      END $$;

      -- The caller may read health files of this region: every region for national roles, their own for the mutual's regional roles.
      CREATE FUNCTION app_may_read_region(region text) RETURNS boolean
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$
          SELECT coalesce(current_setting('app.role', true), '') IN ('NATIONAL_ADMIN', 'MEDICAL_ADVISOR')
              OR (coalesce(current_setting('app.role', true), '') IN ('REGIONAL_HEAD', 'MUTUAL_AGENT')
                  AND region = nullif(current_setting('app.region', true), ''))
        $$;

      -- The caller is the officer whose file this is (or whose dependent's).
      CREATE FUNCTION app_is_officer(officer_matricule text) RETURNS boolean
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$
          SELECT coalesce(current_setting('app.role', true), '') = 'OFFICER'
             AND officer_matricule = nullif(current_setting('app.sub', true), '')
        $$;

      ALTER TABLE beneficiary ENABLE ROW LEVEL SECURITY;
      ALTER TABLE beneficiary FORCE ROW LEVEL SECURITY;
      CREATE POLICY beneficiary_owner ON beneficiary TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY beneficiary_caller ON beneficiary TO PUBLIC
        USING (app_may_read_region(region_code) OR app_is_officer(officer_matricule));

      ALTER TABLE coverage ENABLE ROW LEVEL SECURITY;
      ALTER TABLE coverage FORCE ROW LEVEL SECURITY;
      CREATE POLICY coverage_owner ON coverage TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY coverage_caller ON coverage TO PUBLIC
        USING (EXISTS (
          SELECT 1 FROM beneficiary b
          WHERE b.person_id = coverage.beneficiary_id
            AND (app_may_read_region(b.region_code) OR app_is_officer(b.officer_matricule))
        ));

      ALTER TABLE claim ENABLE ROW LEVEL SECURITY;
      ALTER TABLE claim FORCE ROW LEVEL SECURITY;
      CREATE POLICY claim_owner ON claim TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY claim_caller ON claim TO PUBLIC
        USING (
          app_may_read_region(handling_region_code)
          OR EXISTS (SELECT 1 FROM beneficiary b WHERE b.person_id = claim.beneficiary_id AND app_is_officer(b.officer_matricule))
        );

      ALTER TABLE claim_line ENABLE ROW LEVEL SECURITY;
      ALTER TABLE claim_line FORCE ROW LEVEL SECURITY;
      CREATE POLICY claim_line_owner ON claim_line TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY claim_line_caller ON claim_line TO PUBLIC
        USING (EXISTS (
          SELECT 1 FROM claim c
          WHERE c.id = claim_line.claim_id
            AND (
              app_may_read_region(c.handling_region_code)
              OR EXISTS (SELECT 1 FROM beneficiary b WHERE b.person_id = c.beneficiary_id AND app_is_officer(b.officer_matricule))
            )
        ));

      ALTER TABLE diagnosis_read ENABLE ROW LEVEL SECURITY;
      ALTER TABLE diagnosis_read FORCE ROW LEVEL SECURITY;
      CREATE POLICY diagnosis_read_owner ON diagnosis_read TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY diagnosis_read_audit ON diagnosis_read FOR SELECT TO PUBLIC
        USING (coalesce(current_setting('app.role', true), '') = 'NATIONAL_ADMIN');
      -- A reader logs only their own reads, of claims they can see.
      CREATE POLICY diagnosis_read_log ON diagnosis_read FOR INSERT TO PUBLIC
        WITH CHECK (
          coalesce(current_setting('app.role', true), '') IN ('MUTUAL_AGENT', 'MEDICAL_ADVISOR')
          AND reader_role = current_setting('app.role', true)
          AND reader_sub = nullif(current_setting('app.sub', true), '')
          AND reader_region IS NOT DISTINCT FROM nullif(current_setting('app.region', true), '')
          AND EXISTS (SELECT 1 FROM claim c WHERE c.id = diagnosis_read.claim_id)
        );

      -- Where people and claims belong, and nothing else: for the service's decisions only.
      CREATE FUNCTION beneficiary_scope(person_ids text[])
        RETURNS TABLE (person_id text, kind text, region_code text, officer_matricule text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
          SELECT b.person_id, b.kind, b.region_code, b.officer_matricule FROM public.beneficiary b WHERE b.person_id = ANY(person_ids)
        $$;

      CREATE FUNCTION claim_scope(claim_ids uuid[])
        RETURNS TABLE (id uuid, beneficiary_id text, handling_region_code text, officer_matricule text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
          SELECT c.id, c.beneficiary_id, c.handling_region_code, b.officer_matricule
          FROM public.claim c JOIN public.beneficiary b ON b.person_id = c.beneficiary_id
          WHERE c.id = ANY(claim_ids)
        $$;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION claim_scope(uuid[]);
      DROP FUNCTION beneficiary_scope(text[]);
      DROP TABLE diagnosis_read;
      DROP POLICY claim_line_caller ON claim_line;
      DROP POLICY claim_line_owner ON claim_line;
      ALTER TABLE claim_line NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE claim_line DISABLE ROW LEVEL SECURITY;
      DROP POLICY claim_caller ON claim;
      DROP POLICY claim_owner ON claim;
      ALTER TABLE claim NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE claim DISABLE ROW LEVEL SECURITY;
      DROP POLICY coverage_caller ON coverage;
      DROP POLICY coverage_owner ON coverage;
      ALTER TABLE coverage NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE coverage DISABLE ROW LEVEL SECURITY;
      DROP POLICY beneficiary_caller ON beneficiary;
      DROP POLICY beneficiary_owner ON beneficiary;
      ALTER TABLE beneficiary NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE beneficiary DISABLE ROW LEVEL SECURITY;
      DROP FUNCTION app_is_officer(text);
      DROP FUNCTION app_may_read_region(text);
    `);
  }
}
