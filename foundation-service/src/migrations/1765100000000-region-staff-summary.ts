import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: at national scale (75,000 officers, 225,000 dependents) counting a
 * region's staff and beneficiaries from the registry under row-level
 * security evaluates the officer and dependent policies on every row (tens
 * of thousands of nested look-ups per dashboard view). region_staff_summary
 * keeps, per region and officer status, what Region.staffCount and
 * Region.beneficiaryCount add up:
 *
 * - officers: the officers of the region in this status;
 * - dependents: the dependents of those officers (dependents count as
 *   beneficiaries whatever their officer's status).
 *
 * Row triggers on officer (insert, delete, a change of region or status,
 * which moves the officer's dependents with them) and on dependent (insert,
 * delete, a change of officer) keep it in the same transaction as the
 * change, so a rolled-back change leaves no trace. The trigger functions run
 * as the owner (SECURITY DEFINER): the application role reads the summary
 * under the registry's rule by region (app_may_read_registry, the same rule
 * as an officer row's), so a caller sees exactly the figures of the rows it
 * could count, and writes it only through the registry.
 * region_staff_summary_rebuild() recomputes it from the registry (the
 * national seed loads with triggers off, then rebuilds).
 */
export class RegionStaffSummary1765100000000 implements MigrationInterface {
  name = 'RegionStaffSummary1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE region_staff_summary (
        region_code text NOT NULL REFERENCES region (code) ON DELETE RESTRICT,
        status text NOT NULL,
        officers bigint NOT NULL DEFAULT 0,
        dependents bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (region_code, status)
      );

      ALTER TABLE region_staff_summary ENABLE ROW LEVEL SECURITY;
      ALTER TABLE region_staff_summary FORCE ROW LEVEL SECURITY;
      CREATE POLICY region_staff_summary_owner ON region_staff_summary TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY region_staff_summary_read ON region_staff_summary FOR SELECT TO PUBLIC USING (app_may_read_registry(region_code));

      CREATE FUNCTION region_staff_summary_add(p_region text, p_status text, p_officers bigint, p_dependents bigint) RETURNS void
        LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
          INSERT INTO public.region_staff_summary AS s (region_code, status, officers, dependents)
          VALUES (p_region, p_status, p_officers, p_dependents)
          ON CONFLICT (region_code, status) DO UPDATE
            SET officers = s.officers + excluded.officers, dependents = s.dependents + excluded.dependents
        $$;
      REVOKE EXECUTE ON FUNCTION region_staff_summary_add(text, text, bigint, bigint) FROM PUBLIC;

      CREATE FUNCTION region_staff_summary_officer() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
        DECLARE n bigint;
        BEGIN
          IF TG_OP = 'INSERT' THEN
            PERFORM public.region_staff_summary_add(NEW.region_code, NEW.status, 1, 0);
          ELSIF TG_OP = 'DELETE' THEN
            PERFORM public.region_staff_summary_add(OLD.region_code, OLD.status, -1, 0);
          ELSE
            SELECT count(*) INTO n FROM public.dependent WHERE officer_matricule = NEW.matricule;
            PERFORM public.region_staff_summary_add(OLD.region_code, OLD.status, -1, -n);
            PERFORM public.region_staff_summary_add(NEW.region_code, NEW.status, 1, n);
          END IF;
          RETURN NULL;
        END
        $$;

      CREATE FUNCTION region_staff_summary_dependent() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
        DECLARE o record;
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN
            SELECT region_code, status INTO o FROM public.officer WHERE matricule = OLD.officer_matricule;
            PERFORM public.region_staff_summary_add(o.region_code, o.status, 0, -1);
          END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN
            SELECT region_code, status INTO o FROM public.officer WHERE matricule = NEW.officer_matricule;
            PERFORM public.region_staff_summary_add(o.region_code, o.status, 0, 1);
          END IF;
          RETURN NULL;
        END
        $$;

      CREATE TRIGGER region_staff_summary_on_officer_insert_delete AFTER INSERT OR DELETE ON officer
        FOR EACH ROW EXECUTE FUNCTION region_staff_summary_officer();
      CREATE TRIGGER region_staff_summary_on_officer_update AFTER UPDATE ON officer
        FOR EACH ROW
        WHEN (OLD.region_code IS DISTINCT FROM NEW.region_code OR OLD.status IS DISTINCT FROM NEW.status)
        EXECUTE FUNCTION region_staff_summary_officer();
      CREATE TRIGGER region_staff_summary_on_dependent_insert_delete AFTER INSERT OR DELETE ON dependent
        FOR EACH ROW EXECUTE FUNCTION region_staff_summary_dependent();
      CREATE TRIGGER region_staff_summary_on_dependent_update AFTER UPDATE ON dependent
        FOR EACH ROW
        WHEN (OLD.officer_matricule IS DISTINCT FROM NEW.officer_matricule)
        EXECUTE FUNCTION region_staff_summary_dependent();

      CREATE FUNCTION region_staff_summary_rebuild() RETURNS void
        LANGUAGE sql
        AS $$
          DELETE FROM region_staff_summary;
          INSERT INTO region_staff_summary (region_code, status, officers, dependents)
          SELECT o.region_code, o.status, count(*), coalesce(sum(d.n), 0)
            FROM officer o
            LEFT JOIN (SELECT officer_matricule, count(*) AS n FROM dependent GROUP BY officer_matricule) d
              ON d.officer_matricule = o.matricule
           GROUP BY o.region_code, o.status;
        $$;
      REVOKE EXECUTE ON FUNCTION region_staff_summary_rebuild() FROM PUBLIC;
      SELECT region_staff_summary_rebuild();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION region_staff_summary_rebuild();
      DROP TRIGGER region_staff_summary_on_dependent_update ON dependent;
      DROP TRIGGER region_staff_summary_on_dependent_insert_delete ON dependent;
      DROP TRIGGER region_staff_summary_on_officer_update ON officer;
      DROP TRIGGER region_staff_summary_on_officer_insert_delete ON officer;
      DROP FUNCTION region_staff_summary_dependent();
      DROP FUNCTION region_staff_summary_officer();
      DROP FUNCTION region_staff_summary_add(text, text, bigint, bigint);
      DROP TABLE region_staff_summary;
    `);
  }
}
