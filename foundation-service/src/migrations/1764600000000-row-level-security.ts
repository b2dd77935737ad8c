import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: the staff registry and the social files are personal data scoped by
 * region (docs/architecture.md). The service checks every read, but a forgotten
 * check, a new query or a bug in a loader must not be enough to leak a file:
 * the database itself only hands the application role the rows its caller
 * may see, from the settings the request transaction applies (app.role,
 * app.region, app.sub; see RequestScope):
 *
 * - registry (officer, training, dependent): NATIONAL_ADMIN and
 *   MEDICAL_ADVISOR every region; REGIONAL_HEAD, FOUNDATION_AGENT and
 *   MUTUAL_AGENT their own region (the officer's region_code); an OFFICER
 *   their own file and dependents (app.sub = matricule);
 * - social (application, disbursement, campaign_allocation): NATIONAL_ADMIN
 *   every region; REGIONAL_HEAD and FOUNDATION_AGENT their own region (the
 *   row's region_code); an OFFICER their own applications and payments;
 * - heads are announced publicly: an officer who is or was a head is a
 *   readable officer row for every authenticated role (SELECT only); their
 *   trainings and dependents are not;
 * - unset or empty settings, and an empty region, give no rows.
 *
 * head_appointment, region, programme and campaign stay open: public or
 * reference data. Policies apply to PUBLIC: the application role's name is
 * the deployment's choice and only the owner and that role may connect; its
 * grants are unchanged. The owner (CURRENT_USER while migrating) keeps a
 * policy that sees everything, so migrations, the seed and backups keep
 * working under FORCE ROW LEVEL SECURITY. Three SECURITY DEFINER functions
 * return only where an officer, a dependent or an application belongs
 * (region, officer, whether a head), so the service can tell "forbidden"
 * from "does not exist" without reading the file itself.
 */
export class RowLevelSecurity1764600000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- The caller's role, '' when unset.
      CREATE FUNCTION app_role() RETURNS text
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT coalesce(current_setting('app.role', true), '') $$;

      -- The caller may read the staff registry of this region.
      CREATE FUNCTION app_may_read_registry(region text) RETURNS boolean
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$
          SELECT app_role() IN ('NATIONAL_ADMIN', 'MEDICAL_ADVISOR')
              OR (app_role() IN ('REGIONAL_HEAD', 'FOUNDATION_AGENT', 'MUTUAL_AGENT')
                  AND region = nullif(current_setting('app.region', true), ''))
        $$;

      -- The caller may read the social files (applications, payments, budgets) of this region.
      CREATE FUNCTION app_may_read_social(region text) RETURNS boolean
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$
          SELECT app_role() = 'NATIONAL_ADMIN'
              OR (app_role() IN ('REGIONAL_HEAD', 'FOUNDATION_AGENT')
                  AND region = nullif(current_setting('app.region', true), ''))
        $$;

      -- The caller is this officer.
      CREATE FUNCTION app_is_officer(officer_matricule text) RETURNS boolean
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT app_role() = 'OFFICER' AND officer_matricule = nullif(current_setting('app.sub', true), '') $$;

      ALTER TABLE officer ENABLE ROW LEVEL SECURITY;
      ALTER TABLE officer FORCE ROW LEVEL SECURITY;
      CREATE POLICY officer_owner ON officer TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY officer_caller ON officer TO PUBLIC
        USING (app_may_read_registry(region_code) OR app_is_officer(matricule));
      CREATE POLICY officer_public_heads ON officer FOR SELECT TO PUBLIC
        USING (
          app_role() IN ('NATIONAL_ADMIN', 'REGIONAL_HEAD', 'FOUNDATION_AGENT', 'MUTUAL_AGENT', 'MEDICAL_ADVISOR', 'OFFICER')
          AND EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = officer.matricule)
        );

      ALTER TABLE training ENABLE ROW LEVEL SECURITY;
      ALTER TABLE training FORCE ROW LEVEL SECURITY;
      CREATE POLICY training_owner ON training TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY training_caller ON training TO PUBLIC
        USING (EXISTS (
          SELECT 1 FROM officer o
          WHERE o.matricule = training.officer_matricule AND (app_may_read_registry(o.region_code) OR app_is_officer(o.matricule))
        ));

      ALTER TABLE dependent ENABLE ROW LEVEL SECURITY;
      ALTER TABLE dependent FORCE ROW LEVEL SECURITY;
      CREATE POLICY dependent_owner ON dependent TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY dependent_caller ON dependent TO PUBLIC
        USING (EXISTS (
          SELECT 1 FROM officer o
          WHERE o.matricule = dependent.officer_matricule AND (app_may_read_registry(o.region_code) OR app_is_officer(o.matricule))
        ));

      ALTER TABLE application ENABLE ROW LEVEL SECURITY;
      ALTER TABLE application FORCE ROW LEVEL SECURITY;
      CREATE POLICY application_owner ON application TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY application_caller ON application TO PUBLIC
        USING (app_may_read_social(region_code) OR app_is_officer(officer_matricule));

      ALTER TABLE disbursement ENABLE ROW LEVEL SECURITY;
      ALTER TABLE disbursement FORCE ROW LEVEL SECURITY;
      CREATE POLICY disbursement_owner ON disbursement TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY disbursement_caller ON disbursement TO PUBLIC
        USING (
          app_may_read_social(region_code)
          OR EXISTS (SELECT 1 FROM application a WHERE a.id = disbursement.application_id AND app_is_officer(a.officer_matricule))
        );

      ALTER TABLE campaign_allocation ENABLE ROW LEVEL SECURITY;
      ALTER TABLE campaign_allocation FORCE ROW LEVEL SECURITY;
      CREATE POLICY campaign_allocation_owner ON campaign_allocation TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY campaign_allocation_caller ON campaign_allocation TO PUBLIC
        USING (app_may_read_social(region_code));

      -- Where officers, dependents and applications belong, and nothing else: for the service's decisions only.
      CREATE FUNCTION officer_scope(matricules text[])
        RETURNS TABLE (matricule text, region_code text, is_head boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
          SELECT o.matricule, o.region_code, EXISTS (SELECT 1 FROM public.head_appointment h WHERE h.officer_matricule = o.matricule)
          FROM public.officer o WHERE o.matricule = ANY(matricules)
        $$;

      CREATE FUNCTION dependent_scope(ids uuid[])
        RETURNS TABLE (id uuid, officer_matricule text, region_code text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
          SELECT d.id, d.officer_matricule, o.region_code
          FROM public.dependent d JOIN public.officer o ON o.matricule = d.officer_matricule
          WHERE d.id = ANY(ids)
        $$;

      CREATE FUNCTION application_scope(ids uuid[])
        RETURNS TABLE (id uuid, officer_matricule text, region_code text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
          SELECT a.id, a.officer_matricule, a.region_code FROM public.application a WHERE a.id = ANY(ids)
        $$;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION application_scope(uuid[]);
      DROP FUNCTION dependent_scope(uuid[]);
      DROP FUNCTION officer_scope(text[]);
      DROP POLICY campaign_allocation_caller ON campaign_allocation;
      DROP POLICY campaign_allocation_owner ON campaign_allocation;
      ALTER TABLE campaign_allocation NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE campaign_allocation DISABLE ROW LEVEL SECURITY;
      DROP POLICY disbursement_caller ON disbursement;
      DROP POLICY disbursement_owner ON disbursement;
      ALTER TABLE disbursement NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE disbursement DISABLE ROW LEVEL SECURITY;
      DROP POLICY application_caller ON application;
      DROP POLICY application_owner ON application;
      ALTER TABLE application NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE application DISABLE ROW LEVEL SECURITY;
      DROP POLICY dependent_caller ON dependent;
      DROP POLICY dependent_owner ON dependent;
      ALTER TABLE dependent NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE dependent DISABLE ROW LEVEL SECURITY;
      DROP POLICY training_caller ON training;
      DROP POLICY training_owner ON training;
      ALTER TABLE training NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE training DISABLE ROW LEVEL SECURITY;
      DROP POLICY officer_public_heads ON officer;
      DROP POLICY officer_caller ON officer;
      DROP POLICY officer_owner ON officer;
      ALTER TABLE officer NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE officer DISABLE ROW LEVEL SECURITY;
      DROP FUNCTION app_is_officer(text);
      DROP FUNCTION app_may_read_social(text);
      DROP FUNCTION app_may_read_registry(text);
      DROP FUNCTION app_role();
    `);
  }
}
