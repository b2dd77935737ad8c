import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: at national scale (150,000 applications and their payments) adding up
 * Region.social from the applications and disbursements on every dashboard
 * view reads a region's whole social file under row-level security. Two
 * summaries keep what the figures add up, so a dashboard reads a few dozen
 * rows:
 *
 * - application_summary, per region, campaign, status and calendar year
 *   (UTC) of the decision (0 when undecided): how many applications and
 *   their summed amount. "Open" and "committed" take the rows of the year's
 *   campaigns, "approved/decided this year" the rows of the decision year;
 * - disbursement_summary, per region, campaign (the application's) and
 *   calendar year (UTC) of the payment: the amount paid. "Disbursed" takes
 *   the year's campaigns, "paid this year" the payment year.
 *
 * The campaign is kept as an id and joined at read time, so a campaign's
 * year or programme may change without touching the summaries; allocations
 * (one row per campaign and region) are read as they are. Row triggers keep
 * both summaries in the same transaction as every insert, delete and
 * relevant update (subtracting the old row, adding the new one), so a
 * rolled-back change leaves no trace. The trigger functions run as the
 * owner (SECURITY DEFINER); the application role reads the summaries under
 * the social files' rule by region (app_may_read_social), the same rule as
 * the rows they summarise for every caller allowed to see a region's
 * figures. social_summary_rebuild() recomputes both (the national seed
 * loads with triggers off, then rebuilds).
 */
export class SocialSummary1765100000001 implements MigrationInterface {
  name = 'SocialSummary1765100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE application_summary (
        region_code text NOT NULL REFERENCES region (code) ON DELETE RESTRICT,
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE RESTRICT,
        status text NOT NULL,
        decided_year integer NOT NULL,
        applications bigint NOT NULL DEFAULT 0,
        amount numeric NOT NULL DEFAULT 0,
        PRIMARY KEY (region_code, campaign_id, status, decided_year)
      );
      CREATE TABLE disbursement_summary (
        region_code text NOT NULL REFERENCES region (code) ON DELETE RESTRICT,
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE RESTRICT,
        paid_year integer NOT NULL,
        amount numeric NOT NULL DEFAULT 0,
        PRIMARY KEY (region_code, campaign_id, paid_year)
      );

      ALTER TABLE application_summary ENABLE ROW LEVEL SECURITY;
      ALTER TABLE application_summary FORCE ROW LEVEL SECURITY;
      CREATE POLICY application_summary_owner ON application_summary TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY application_summary_read ON application_summary FOR SELECT TO PUBLIC USING (app_may_read_social(region_code));
      ALTER TABLE disbursement_summary ENABLE ROW LEVEL SECURITY;
      ALTER TABLE disbursement_summary FORCE ROW LEVEL SECURITY;
      CREATE POLICY disbursement_summary_owner ON disbursement_summary TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY disbursement_summary_read ON disbursement_summary FOR SELECT TO PUBLIC USING (app_may_read_social(region_code));

      CREATE FUNCTION application_summary_add(a application, sign integer) RETURNS void
        LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
          INSERT INTO public.application_summary AS s (region_code, campaign_id, status, decided_year, applications, amount)
          VALUES (a.region_code, a.campaign_id, a.status, coalesce(extract(year FROM a.decided_at AT TIME ZONE 'UTC')::int, 0), sign, sign * a.amount)
          ON CONFLICT (region_code, campaign_id, status, decided_year) DO UPDATE
            SET applications = s.applications + excluded.applications, amount = s.amount + excluded.amount
        $$;
      REVOKE EXECUTE ON FUNCTION application_summary_add(application, integer) FROM PUBLIC;

      CREATE FUNCTION disbursement_summary_add(p_region text, p_campaign uuid, p_paid_at timestamptz, p_amount numeric) RETURNS void
        LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
          INSERT INTO public.disbursement_summary AS s (region_code, campaign_id, paid_year, amount)
          VALUES (p_region, p_campaign, extract(year FROM p_paid_at AT TIME ZONE 'UTC')::int, p_amount)
          ON CONFLICT (region_code, campaign_id, paid_year) DO UPDATE SET amount = s.amount + excluded.amount
        $$;
      REVOKE EXECUTE ON FUNCTION disbursement_summary_add(text, uuid, timestamptz, numeric) FROM PUBLIC;

      CREATE FUNCTION application_summary_track() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
        DECLARE d record;
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM public.application_summary_add(OLD, -1); END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM public.application_summary_add(NEW, 1); END IF;
          -- Payments belong to their application's campaign: they follow it if it ever changes.
          IF TG_OP = 'UPDATE' AND OLD.campaign_id IS DISTINCT FROM NEW.campaign_id THEN
            FOR d IN SELECT region_code, paid_at, amount FROM public.disbursement WHERE application_id = NEW.id LOOP
              PERFORM public.disbursement_summary_add(d.region_code, OLD.campaign_id, d.paid_at, -d.amount);
              PERFORM public.disbursement_summary_add(d.region_code, NEW.campaign_id, d.paid_at, d.amount);
            END LOOP;
          END IF;
          RETURN NULL;
        END
        $$;

      CREATE FUNCTION disbursement_summary_track() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN
            PERFORM public.disbursement_summary_add(OLD.region_code, (SELECT campaign_id FROM public.application WHERE id = OLD.application_id), OLD.paid_at, -OLD.amount);
          END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN
            PERFORM public.disbursement_summary_add(NEW.region_code, (SELECT campaign_id FROM public.application WHERE id = NEW.application_id), NEW.paid_at, NEW.amount);
          END IF;
          RETURN NULL;
        END
        $$;

      CREATE TRIGGER application_summary_on_insert_delete AFTER INSERT OR DELETE ON application
        FOR EACH ROW EXECUTE FUNCTION application_summary_track();
      CREATE TRIGGER application_summary_on_update AFTER UPDATE ON application
        FOR EACH ROW
        WHEN (OLD.status IS DISTINCT FROM NEW.status
           OR OLD.region_code IS DISTINCT FROM NEW.region_code
           OR OLD.campaign_id IS DISTINCT FROM NEW.campaign_id
           OR OLD.decided_at IS DISTINCT FROM NEW.decided_at
           OR OLD.amount IS DISTINCT FROM NEW.amount)
        EXECUTE FUNCTION application_summary_track();
      CREATE TRIGGER disbursement_summary_on_insert_delete AFTER INSERT OR DELETE ON disbursement
        FOR EACH ROW EXECUTE FUNCTION disbursement_summary_track();
      CREATE TRIGGER disbursement_summary_on_update AFTER UPDATE ON disbursement
        FOR EACH ROW
        WHEN (OLD.region_code IS DISTINCT FROM NEW.region_code
           OR OLD.application_id IS DISTINCT FROM NEW.application_id
           OR OLD.paid_at IS DISTINCT FROM NEW.paid_at
           OR OLD.amount IS DISTINCT FROM NEW.amount)
        EXECUTE FUNCTION disbursement_summary_track();

      CREATE FUNCTION social_summary_rebuild() RETURNS void
        LANGUAGE sql
        AS $$
          DELETE FROM application_summary;
          INSERT INTO application_summary (region_code, campaign_id, status, decided_year, applications, amount)
          SELECT region_code, campaign_id, status, coalesce(extract(year FROM decided_at AT TIME ZONE 'UTC')::int, 0), count(*), sum(amount)
            FROM application GROUP BY 1, 2, 3, 4;
          DELETE FROM disbursement_summary;
          INSERT INTO disbursement_summary (region_code, campaign_id, paid_year, amount)
          SELECT d.region_code, a.campaign_id, extract(year FROM d.paid_at AT TIME ZONE 'UTC')::int, sum(d.amount)
            FROM disbursement d JOIN application a ON a.id = d.application_id
           GROUP BY 1, 2, 3;
        $$;
      REVOKE EXECUTE ON FUNCTION social_summary_rebuild() FROM PUBLIC;
      SELECT social_summary_rebuild();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION social_summary_rebuild();
      DROP TRIGGER disbursement_summary_on_update ON disbursement;
      DROP TRIGGER disbursement_summary_on_insert_delete ON disbursement;
      DROP TRIGGER application_summary_on_update ON application;
      DROP TRIGGER application_summary_on_insert_delete ON application;
      DROP FUNCTION disbursement_summary_track();
      DROP FUNCTION application_summary_track();
      DROP FUNCTION disbursement_summary_add(text, uuid, timestamptz, numeric);
      DROP FUNCTION application_summary_add(application, integer);
      DROP TABLE disbursement_summary;
      DROP TABLE application_summary;
    `);
  }
}
