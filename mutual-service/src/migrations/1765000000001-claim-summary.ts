import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: at national scale (a million claims) the regional health figures
 * cannot be aggregated from the claims on every dashboard view. claim_summary
 * keeps, per handling region, calendar year (UTC) and status, what
 * Region.health adds up:
 *
 * - submitted: claims submitted in the year, now in this status;
 * - decided, processing_seconds, decided_within_15_days: claims decided in
 *   the year, now in this status, with their summed processing time;
 * - paid_amount: amounts approved of PAID claims paid in the year.
 *
 * A row trigger keeps it in the same transaction as every claim insert,
 * update or delete (subtracting the old row's contributions, adding the new
 * one's), so a rolled-back change leaves no trace and readers see the
 * summary that matches the claims they can see. The trigger function runs
 * as the owner (SECURITY DEFINER): the application role reads the summary
 * under the claims' row-level rule (by region) and writes it only through
 * claims. Concurrent changes in the same region, year and status wait for
 * each other on their summary row until commit: a claim's change is short,
 * and correctness over the aggregate is worth it. claim_summary_rebuild()
 * recomputes it from the claims (the national seed loads claims with
 * triggers off, then rebuilds).
 *
 * Indexes, for the read paths at scale and no more (each costs every
 * claim write and the national load): open claims in submission order, per
 * region and nationally, so a work-queue page is read in order without
 * sorting a region's claims (queue counts use claim_region_status_idx); a
 * person's open coverage read from the index alone. Dropped: the per-region
 * submission, decision and payment indexes (the summary replaced those
 * aggregates), (status, submitted_at, id) (the open-claims indexes serve
 * the queues), and the duplicate check's own index (claim_beneficiary_idx
 * finds a person's few claims).
 */
export class ClaimSummary1765000000001 implements MigrationInterface {
  name = 'ClaimSummary1765000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE claim_summary (
        region_code text NOT NULL REFERENCES region (code) ON DELETE RESTRICT,
        year integer NOT NULL,
        status text NOT NULL,
        submitted bigint NOT NULL DEFAULT 0,
        decided bigint NOT NULL DEFAULT 0,
        processing_seconds numeric NOT NULL DEFAULT 0,
        decided_within_15_days bigint NOT NULL DEFAULT 0,
        paid_amount numeric NOT NULL DEFAULT 0,
        PRIMARY KEY (region_code, year, status)
      );

      ALTER TABLE claim_summary ENABLE ROW LEVEL SECURITY;
      ALTER TABLE claim_summary FORCE ROW LEVEL SECURITY;
      CREATE POLICY claim_summary_owner ON claim_summary TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY claim_summary_read ON claim_summary FOR SELECT TO PUBLIC USING (app_may_read_region(region_code));

      CREATE FUNCTION claim_summary_add(c claim, sign integer) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
        BEGIN
          INSERT INTO public.claim_summary AS s (region_code, year, status, submitted)
          VALUES (c.handling_region_code, extract(year FROM c.submitted_at AT TIME ZONE 'UTC')::int, c.status, sign)
          ON CONFLICT (region_code, year, status) DO UPDATE SET submitted = s.submitted + excluded.submitted;
          IF c.decided_at IS NOT NULL THEN
            INSERT INTO public.claim_summary AS s (region_code, year, status, decided, processing_seconds, decided_within_15_days)
            VALUES (c.handling_region_code, extract(year FROM c.decided_at AT TIME ZONE 'UTC')::int, c.status, sign,
                    sign * extract(epoch FROM c.decided_at - c.submitted_at),
                    sign * (c.decided_at - c.submitted_at <= interval '15 days')::int)
            ON CONFLICT (region_code, year, status) DO UPDATE
              SET decided = s.decided + excluded.decided,
                  processing_seconds = s.processing_seconds + excluded.processing_seconds,
                  decided_within_15_days = s.decided_within_15_days + excluded.decided_within_15_days;
          END IF;
          IF c.status = 'PAID' AND c.paid_at IS NOT NULL THEN
            INSERT INTO public.claim_summary AS s (region_code, year, status, paid_amount)
            VALUES (c.handling_region_code, extract(year FROM c.paid_at AT TIME ZONE 'UTC')::int, c.status, sign * coalesce(c.amount_approved, 0))
            ON CONFLICT (region_code, year, status) DO UPDATE SET paid_amount = s.paid_amount + excluded.paid_amount;
          END IF;
        END
        $$;
      REVOKE EXECUTE ON FUNCTION claim_summary_add(claim, integer) FROM PUBLIC;

      CREATE FUNCTION claim_summary_track() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM public.claim_summary_add(OLD, -1); END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM public.claim_summary_add(NEW, 1); END IF;
          RETURN NULL;
        END
        $$;

      CREATE TRIGGER claim_summary_on_insert_delete AFTER INSERT OR DELETE ON claim
        FOR EACH ROW EXECUTE FUNCTION claim_summary_track();
      CREATE TRIGGER claim_summary_on_update AFTER UPDATE ON claim
        FOR EACH ROW
        WHEN (OLD.status IS DISTINCT FROM NEW.status
           OR OLD.handling_region_code IS DISTINCT FROM NEW.handling_region_code
           OR OLD.submitted_at IS DISTINCT FROM NEW.submitted_at
           OR OLD.decided_at IS DISTINCT FROM NEW.decided_at
           OR OLD.paid_at IS DISTINCT FROM NEW.paid_at
           OR OLD.amount_approved IS DISTINCT FROM NEW.amount_approved)
        EXECUTE FUNCTION claim_summary_track();

      CREATE FUNCTION claim_summary_rebuild() RETURNS void
        LANGUAGE sql
        AS $$
          DELETE FROM claim_summary;
          INSERT INTO claim_summary (region_code, year, status, submitted, decided, processing_seconds, decided_within_15_days, paid_amount)
          SELECT region_code, year, status, sum(submitted), sum(decided), sum(processing_seconds), sum(decided_within_15_days), sum(paid_amount)
            FROM (
              SELECT handling_region_code AS region_code, extract(year FROM submitted_at AT TIME ZONE 'UTC')::int AS year, status,
                     count(*) AS submitted, 0 AS decided, 0 AS processing_seconds, 0 AS decided_within_15_days, 0 AS paid_amount
                FROM claim GROUP BY 1, 2, 3
              UNION ALL
              SELECT handling_region_code, extract(year FROM decided_at AT TIME ZONE 'UTC')::int, status,
                     0, count(*), sum(extract(epoch FROM decided_at - submitted_at)), count(*) FILTER (WHERE decided_at - submitted_at <= interval '15 days'), 0
                FROM claim WHERE decided_at IS NOT NULL GROUP BY 1, 2, 3
              UNION ALL
              SELECT handling_region_code, extract(year FROM paid_at AT TIME ZONE 'UTC')::int, status, 0, 0, 0, 0, sum(coalesce(amount_approved, 0))
                FROM claim WHERE status = 'PAID' AND paid_at IS NOT NULL GROUP BY 1, 2, 3
            ) contributions
           GROUP BY region_code, year, status;
        $$;
      REVOKE EXECUTE ON FUNCTION claim_summary_rebuild() FROM PUBLIC;
      SELECT claim_summary_rebuild();

      DROP INDEX claim_region_submitted_idx;
      DROP INDEX claim_region_decided_idx;
      DROP INDEX claim_region_paid_idx;
      DROP INDEX claim_status_submitted_idx;
      DROP INDEX claim_duplicate_idx;
      CREATE INDEX claim_region_open_queue_idx ON claim (handling_region_code, submitted_at, id)
        WHERE status IN ('ENTERED', 'CHECKED', 'UNDER_REVIEW', 'APPROVED', 'PARTIALLY_APPROVED');
      CREATE INDEX claim_open_queue_idx ON claim (submitted_at, id)
        WHERE status IN ('ENTERED', 'CHECKED', 'UNDER_REVIEW', 'APPROVED', 'PARTIALLY_APPROVED');
      CREATE INDEX coverage_open_idx ON coverage (beneficiary_id, start_date, end_date);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX claim_duplicate_idx ON claim (beneficiary_id, care_start_date, care_end_date);
      CREATE INDEX claim_status_submitted_idx ON claim (status, submitted_at, id);
      CREATE INDEX claim_region_paid_idx ON claim (handling_region_code, paid_at) WHERE paid_at IS NOT NULL;
      CREATE INDEX claim_region_decided_idx ON claim (handling_region_code, decided_at) WHERE decided_at IS NOT NULL;
      CREATE INDEX claim_region_submitted_idx ON claim (handling_region_code, submitted_at);
      DROP INDEX coverage_open_idx;
      DROP INDEX claim_open_queue_idx;
      DROP INDEX claim_region_open_queue_idx;
      DROP TRIGGER claim_summary_on_update ON claim;
      DROP TRIGGER claim_summary_on_insert_delete ON claim;
      DROP FUNCTION claim_summary_rebuild();
      DROP FUNCTION claim_summary_track();
      DROP FUNCTION claim_summary_add(claim, integer);
      DROP TABLE claim_summary;
    `);
  }
}
