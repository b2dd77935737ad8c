import { GRANT_DEFINER_FUNCTIONS_TO_APPLICATION } from '@dsp/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: the supervision view (README "Supervision view") draws 24 months of
 * the Foundation's figures per region and nationally; adding them up from
 * the applications and payments on every view would read a region's whole
 * social file. application_month_summary keeps, per region and calendar
 * month (UTC, the first day of the month):
 *
 * - submitted: applications submitted in the month (whatever they became);
 * - decided, approved, committed: applications decided in the month and now
 *   APPROVED, PAID or REJECTED; of those, the APPROVED or PAID ones and their
 *   summed amount (centimes);
 * - disbursed: payments dated in the month (centimes).
 *
 * Row triggers on application and disbursement keep it in the same
 * transaction as every change (subtracting the old row's contributions,
 * adding the new one's), as application_summary is kept; the trigger
 * functions run as the owner, and the application role reads the rows under
 * the social files' regional rule. National figures are the sum over the
 * regions. application_month_summary_rebuild() recomputes it (the national
 * seed loads with triggers off, then rebuilds); the migration fills it for
 * the rows already there.
 */
export class ApplicationMonthSummary1766200000000 implements MigrationInterface {
  name = 'ApplicationMonthSummary1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE application_month_summary (
        region_code text NOT NULL REFERENCES region (code) ON DELETE RESTRICT,
        month date NOT NULL,
        submitted bigint NOT NULL DEFAULT 0,
        decided bigint NOT NULL DEFAULT 0,
        approved bigint NOT NULL DEFAULT 0,
        committed numeric NOT NULL DEFAULT 0,
        disbursed numeric NOT NULL DEFAULT 0,
        PRIMARY KEY (region_code, month)
      );
      CREATE INDEX application_month_summary_month_idx ON application_month_summary (month, region_code);

      ALTER TABLE application_month_summary ENABLE ROW LEVEL SECURITY;
      ALTER TABLE application_month_summary FORCE ROW LEVEL SECURITY;
      CREATE POLICY application_month_summary_owner ON application_month_summary TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY application_month_summary_read ON application_month_summary FOR SELECT TO PUBLIC
        USING (app_may_read_social(region_code));

      CREATE FUNCTION application_month_add(p_region text, p_at timestamptz, p_submitted integer, p_decided integer,
                                            p_approved integer, p_committed numeric, p_disbursed numeric) RETURNS void
        LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
          INSERT INTO public.application_month_summary AS s (region_code, month, submitted, decided, approved, committed, disbursed)
          VALUES (p_region, date_trunc('month', p_at AT TIME ZONE 'UTC')::date, p_submitted, p_decided, p_approved, p_committed, p_disbursed)
          ON CONFLICT (region_code, month) DO UPDATE
            SET submitted = s.submitted + excluded.submitted, decided = s.decided + excluded.decided,
                approved = s.approved + excluded.approved, committed = s.committed + excluded.committed,
                disbursed = s.disbursed + excluded.disbursed
        $$;
      REVOKE EXECUTE ON FUNCTION application_month_add(text, timestamptz, integer, integer, integer, numeric, numeric) FROM PUBLIC;

      CREATE FUNCTION application_month_apply(a application, sign integer) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
        DECLARE approving boolean := a.status IN ('APPROVED', 'PAID');
        BEGIN
          PERFORM public.application_month_add(a.region_code, a.submitted_at, sign, 0, 0, 0, 0);
          IF a.decided_at IS NOT NULL AND a.status IN ('APPROVED', 'PAID', 'REJECTED') THEN
            PERFORM public.application_month_add(a.region_code, a.decided_at, 0, sign,
              CASE WHEN approving THEN sign ELSE 0 END, CASE WHEN approving THEN sign * a.amount ELSE 0 END, 0);
          END IF;
        END
        $$;
      REVOKE EXECUTE ON FUNCTION application_month_apply(application, integer) FROM PUBLIC;

      CREATE FUNCTION application_month_track() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM public.application_month_apply(OLD, -1); END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM public.application_month_apply(NEW, 1); END IF;
          RETURN NULL;
        END
        $$;

      CREATE FUNCTION disbursement_month_track() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN
            PERFORM public.application_month_add(OLD.region_code, OLD.paid_at, 0, 0, 0, 0, -OLD.amount);
          END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN
            PERFORM public.application_month_add(NEW.region_code, NEW.paid_at, 0, 0, 0, 0, NEW.amount);
          END IF;
          RETURN NULL;
        END
        $$;

      CREATE TRIGGER application_month_on_insert_delete AFTER INSERT OR DELETE ON application
        FOR EACH ROW EXECUTE FUNCTION application_month_track();
      CREATE TRIGGER application_month_on_update AFTER UPDATE ON application
        FOR EACH ROW
        WHEN (OLD.status IS DISTINCT FROM NEW.status
           OR OLD.region_code IS DISTINCT FROM NEW.region_code
           OR OLD.submitted_at IS DISTINCT FROM NEW.submitted_at
           OR OLD.decided_at IS DISTINCT FROM NEW.decided_at
           OR OLD.amount IS DISTINCT FROM NEW.amount)
        EXECUTE FUNCTION application_month_track();
      CREATE TRIGGER disbursement_month_on_insert_delete AFTER INSERT OR DELETE ON disbursement
        FOR EACH ROW EXECUTE FUNCTION disbursement_month_track();
      CREATE TRIGGER disbursement_month_on_update AFTER UPDATE ON disbursement
        FOR EACH ROW
        WHEN (OLD.region_code IS DISTINCT FROM NEW.region_code
           OR OLD.paid_at IS DISTINCT FROM NEW.paid_at
           OR OLD.amount IS DISTINCT FROM NEW.amount)
        EXECUTE FUNCTION disbursement_month_track();

      CREATE FUNCTION application_month_summary_rebuild() RETURNS void
        LANGUAGE sql
        AS $$
          DELETE FROM application_month_summary;
          INSERT INTO application_month_summary (region_code, month, submitted, decided, approved, committed, disbursed)
          SELECT region_code, month, sum(submitted), sum(decided), sum(approved), sum(committed), sum(disbursed)
            FROM (
              SELECT region_code, date_trunc('month', submitted_at AT TIME ZONE 'UTC')::date AS month,
                     count(*) AS submitted, 0 AS decided, 0 AS approved, 0 AS committed, 0 AS disbursed
                FROM application GROUP BY 1, 2
              UNION ALL
              SELECT region_code, date_trunc('month', decided_at AT TIME ZONE 'UTC')::date, 0, count(*),
                     count(*) FILTER (WHERE status IN ('APPROVED', 'PAID')),
                     coalesce(sum(amount) FILTER (WHERE status IN ('APPROVED', 'PAID')), 0), 0
                FROM application WHERE decided_at IS NOT NULL AND status IN ('APPROVED', 'PAID', 'REJECTED') GROUP BY 1, 2
              UNION ALL
              SELECT region_code, date_trunc('month', paid_at AT TIME ZONE 'UTC')::date, 0, 0, 0, 0, sum(amount)
                FROM disbursement GROUP BY 1, 2
            ) parts
           GROUP BY 1, 2;
        $$;
      REVOKE EXECUTE ON FUNCTION application_month_summary_rebuild() FROM PUBLIC;
      SELECT application_month_summary_rebuild();
    `);
    // The new SECURITY DEFINER functions: the application role may run them, no one else.
    await queryRunner.query(GRANT_DEFINER_FUNCTIONS_TO_APPLICATION);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION application_month_summary_rebuild();
      DROP TRIGGER disbursement_month_on_update ON disbursement;
      DROP TRIGGER disbursement_month_on_insert_delete ON disbursement;
      DROP TRIGGER application_month_on_update ON application;
      DROP TRIGGER application_month_on_insert_delete ON application;
      DROP FUNCTION disbursement_month_track();
      DROP FUNCTION application_month_track();
      DROP FUNCTION application_month_apply(application, integer);
      DROP FUNCTION application_month_add(text, timestamptz, integer, integer, integer, numeric, numeric);
      DROP TABLE application_month_summary;
    `);
  }
}
