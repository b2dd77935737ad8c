import { GRANT_DEFINER_FUNCTIONS_TO_APPLICATION } from '@dsp/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: the supervision view (README "Supervision view") draws 24 months of
 * claim figures per region and nationally, and says what needs attention.
 *
 * - claim_month_summary, per handling region and calendar month (UTC, the
 *   first day of the month): claims submitted in the month; claims decided
 *   in the month with their summed processing time and a histogram of their
 *   processing days (decided_days[k] counts the claims decided within k - 1
 *   whole days, rounded up, k = 1 to 61; decided_days[62] those that took
 *   longer than 60 days); claims paid in the month and the amounts paid. The
 *   histogram, not a count for 15 days, so that CLAIM_TARGET_DAYS (1 to 60)
 *   can change without a rebuild: the share decided within the target adds
 *   up the first target + 1 buckets. A row trigger keeps it in the same
 *   transaction as every claim change, as claim_summary is kept; the
 *   application role reads it under the claims' regional rule. National
 *   figures are the sum over the regions. claim_month_summary_rebuild()
 *   recomputes it (the national seed loads with triggers off, then
 *   rebuilds); the migration fills it for the claims already there.
 * - diagnosis_read (the clinical read log) also logs reads of a region's
 *   solidarity candidates (out-of-pocket amounts of families, read by the
 *   region's head or the national administration): field
 *   'solidarityCandidates', the region read in region_code.
 * - registry_feed_cursor keeps when the feed was last applied successfully
 *   and its last failure, so every replica answers the feed's lag from the
 *   database rather than from its own memory.
 * - prior authorisations waiting for a decision are counted per region from
 *   a partial index.
 * - solidarity_candidates(region, since, threshold, max_rows) adds up, per
 *   family, what the claims the region handles left it to pay. It runs as
 *   the owner (SECURITY DEFINER) because a family's members may be affiliated
 *   elsewhere (row-level security would hide them from the head and give a
 *   head a shorter list than the national administration); it answers only
 *   amounts and counts, and only to the national administration or the
 *   region's current head (refused to anyone else, whatever the service
 *   checked before).
 */
export class SupervisionSummaries1766200000000 implements MigrationInterface {
  name = 'SupervisionSummaries1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE claim_month_summary (
        region_code text NOT NULL REFERENCES region (code) ON DELETE RESTRICT,
        month date NOT NULL,
        submitted bigint NOT NULL DEFAULT 0,
        decided bigint NOT NULL DEFAULT 0,
        processing_seconds numeric NOT NULL DEFAULT 0,
        decided_days bigint[] NOT NULL DEFAULT array_fill(0::bigint, ARRAY[62]) CHECK (cardinality(decided_days) = 62),
        paid bigint NOT NULL DEFAULT 0,
        reimbursed numeric NOT NULL DEFAULT 0,
        PRIMARY KEY (region_code, month)
      );
      CREATE INDEX claim_month_summary_month_idx ON claim_month_summary (month, region_code);

      ALTER TABLE claim_month_summary ENABLE ROW LEVEL SECURITY;
      ALTER TABLE claim_month_summary FORCE ROW LEVEL SECURITY;
      CREATE POLICY claim_month_summary_owner ON claim_month_summary TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY claim_month_summary_read ON claim_month_summary FOR SELECT TO PUBLIC
        USING (app_may_read_region(region_code));

      -- The histogram bucket of a processing time: whole days rounded up, 61 for anything longer than 60 days.
      CREATE FUNCTION claim_processing_bucket(seconds numeric) RETURNS integer
        LANGUAGE sql IMMUTABLE
        AS $$ SELECT least(greatest(ceil(seconds / 86400), 0), 61)::integer $$;

      CREATE FUNCTION claim_month_apply(c claim, sign integer) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
        DECLARE
          seconds numeric;
          k integer;
        BEGIN
          INSERT INTO public.claim_month_summary AS s (region_code, month, submitted)
          VALUES (c.handling_region_code, date_trunc('month', c.submitted_at AT TIME ZONE 'UTC')::date, sign)
          ON CONFLICT (region_code, month) DO UPDATE SET submitted = s.submitted + excluded.submitted;
          IF c.decided_at IS NOT NULL THEN
            seconds := extract(epoch FROM c.decided_at - c.submitted_at);
            k := public.claim_processing_bucket(seconds) + 1;
            INSERT INTO public.claim_month_summary AS s (region_code, month)
            VALUES (c.handling_region_code, date_trunc('month', c.decided_at AT TIME ZONE 'UTC')::date)
            ON CONFLICT (region_code, month) DO NOTHING;
            UPDATE public.claim_month_summary
               SET decided = decided + sign, processing_seconds = processing_seconds + sign * seconds,
                   decided_days[k] = decided_days[k] + sign
             WHERE region_code = c.handling_region_code
               AND month = date_trunc('month', c.decided_at AT TIME ZONE 'UTC')::date;
          END IF;
          IF c.status = 'PAID' AND c.paid_at IS NOT NULL THEN
            INSERT INTO public.claim_month_summary AS s (region_code, month, paid, reimbursed)
            VALUES (c.handling_region_code, date_trunc('month', c.paid_at AT TIME ZONE 'UTC')::date, sign,
                    sign * coalesce(c.amount_approved, 0))
            ON CONFLICT (region_code, month) DO UPDATE
              SET paid = s.paid + excluded.paid, reimbursed = s.reimbursed + excluded.reimbursed;
          END IF;
        END
        $$;
      REVOKE EXECUTE ON FUNCTION claim_month_apply(claim, integer) FROM PUBLIC;

      CREATE FUNCTION claim_month_track() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM public.claim_month_apply(OLD, -1); END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM public.claim_month_apply(NEW, 1); END IF;
          RETURN NULL;
        END
        $$;

      CREATE TRIGGER claim_month_on_insert_delete AFTER INSERT OR DELETE ON claim
        FOR EACH ROW EXECUTE FUNCTION claim_month_track();
      CREATE TRIGGER claim_month_on_update AFTER UPDATE ON claim
        FOR EACH ROW
        WHEN (OLD.status IS DISTINCT FROM NEW.status
           OR OLD.handling_region_code IS DISTINCT FROM NEW.handling_region_code
           OR OLD.submitted_at IS DISTINCT FROM NEW.submitted_at
           OR OLD.decided_at IS DISTINCT FROM NEW.decided_at
           OR OLD.paid_at IS DISTINCT FROM NEW.paid_at
           OR OLD.amount_approved IS DISTINCT FROM NEW.amount_approved)
        EXECUTE FUNCTION claim_month_track();

      CREATE FUNCTION claim_month_summary_rebuild() RETURNS void
        LANGUAGE sql
        AS $$
          DELETE FROM claim_month_summary;
          WITH submitted AS (
                 SELECT handling_region_code AS region_code, date_trunc('month', submitted_at AT TIME ZONE 'UTC')::date AS month,
                        count(*) AS submitted
                   FROM claim GROUP BY 1, 2),
               decided AS (
                 SELECT handling_region_code AS region_code, date_trunc('month', decided_at AT TIME ZONE 'UTC')::date AS month,
                        claim_processing_bucket(extract(epoch FROM decided_at - submitted_at)) + 1 AS k,
                        count(*) AS decided, sum(extract(epoch FROM decided_at - submitted_at)) AS seconds
                   FROM claim WHERE decided_at IS NOT NULL GROUP BY 1, 2, 3),
               histogram AS (
                 SELECT m.region_code, m.month, sum(d.decided) AS decided, sum(d.seconds) AS seconds,
                        array_agg(coalesce(d.decided, 0)::bigint ORDER BY k.k) AS decided_days
                   FROM (SELECT DISTINCT region_code, month FROM decided) m
                  CROSS JOIN generate_series(1, 62) AS k (k)
                   LEFT JOIN decided d ON d.region_code = m.region_code AND d.month = m.month AND d.k = k.k
                  GROUP BY 1, 2),
               paid AS (
                 SELECT handling_region_code AS region_code, date_trunc('month', paid_at AT TIME ZONE 'UTC')::date AS month,
                        count(*) AS paid, sum(coalesce(amount_approved, 0)) AS reimbursed
                   FROM claim WHERE status = 'PAID' AND paid_at IS NOT NULL GROUP BY 1, 2),
               months AS (
                 SELECT region_code, month FROM submitted UNION SELECT region_code, month FROM histogram
                 UNION SELECT region_code, month FROM paid)
          INSERT INTO claim_month_summary (region_code, month, submitted, decided, processing_seconds, decided_days, paid, reimbursed)
          SELECT m.region_code, m.month, coalesce(s.submitted, 0), coalesce(h.decided, 0), coalesce(h.seconds, 0),
                 coalesce(h.decided_days, array_fill(0::bigint, ARRAY[62])), coalesce(p.paid, 0), coalesce(p.reimbursed, 0)
            FROM months m
            LEFT JOIN submitted s USING (region_code, month)
            LEFT JOIN histogram h USING (region_code, month)
            LEFT JOIN paid p USING (region_code, month);
        $$;
      REVOKE EXECUTE ON FUNCTION claim_month_summary_rebuild() FROM PUBLIC;
      SELECT claim_month_summary_rebuild();

      CREATE INDEX prior_authorisation_requested_idx ON prior_authorisation (region_code) WHERE status = 'REQUESTED';

      ALTER TABLE diagnosis_read
        ADD COLUMN region_code text REFERENCES region (code) ON DELETE RESTRICT,
        DROP CONSTRAINT diagnosis_read_one_record,
        ADD CONSTRAINT diagnosis_read_one_record CHECK (num_nonnulls(claim_id, prior_authorisation_id, region_code) = 1),
        DROP CONSTRAINT diagnosis_read_field_check,
        ADD CONSTRAINT diagnosis_read_field_check
          CHECK (field IN ('diagnosisCodes', 'decisionNote', 'actCode', 'reason', 'solidarityCandidates')),
        ADD CONSTRAINT diagnosis_read_region_field CHECK ((region_code IS NULL) = (field <> 'solidarityCandidates'));
      -- Heads and the national administration log their own reads of a region's solidarity candidates (a head: their region's only).
      CREATE POLICY diagnosis_read_log_solidarity ON diagnosis_read FOR INSERT TO PUBLIC
        WITH CHECK (
          field = 'solidarityCandidates'
          AND coalesce(current_setting('app.role', true), '') IN ('REGIONAL_HEAD', 'NATIONAL_ADMIN')
          AND reader_role = current_setting('app.role', true)
          AND reader_sub = nullif(current_setting('app.sub', true), '')
          AND reader_region IS NOT DISTINCT FROM nullif(current_setting('app.region', true), '')
          AND (reader_role = 'NATIONAL_ADMIN' OR reader_region = region_code)
        );

      CREATE FUNCTION solidarity_candidates(p_region text, p_since date, p_threshold bigint, p_max_rows integer)
        RETURNS TABLE (officer_matricule text, out_of_pocket numeric, claims integer)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
        BEGIN
          IF NOT (coalesce(current_setting('app.role', true), '') = 'NATIONAL_ADMIN'
                  OR (coalesce(current_setting('app.role', true), '') = 'REGIONAL_HEAD'
                      AND p_region = nullif(current_setting('app.region', true), '')
                      AND public.is_current_head(nullif(current_setting('app.sub', true), ''), p_region))) THEN
            RAISE EXCEPTION 'solidarity candidates are for the region''s head and the national administration'
              USING ERRCODE = 'insufficient_privilege';
          END IF;
          RETURN QUERY
            SELECT b.officer_matricule, sum(c.amount_claimed - coalesce(c.amount_approved, 0)), count(*)::integer
              FROM public.claim c JOIN public.beneficiary b ON b.person_id = c.beneficiary_id
             WHERE c.handling_region_code = p_region AND c.care_start_date >= p_since
               AND c.status IN ('APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'PAID')
               AND c.rejection_code IS DISTINCT FROM 'DUPLICATE'
               AND (b.link_ended_on IS NULL OR c.care_start_date < b.link_ended_on)
             GROUP BY b.officer_matricule
            HAVING sum(c.amount_claimed - coalesce(c.amount_approved, 0)) >= p_threshold
             ORDER BY 2 DESC, 1
             LIMIT p_max_rows;
        END
        $$;

      ALTER TABLE registry_feed_cursor
        ADD COLUMN applied_at timestamptz,
        ADD COLUMN failed_at timestamptz,
        ADD COLUMN last_error text;
    `);
    // The new SECURITY DEFINER functions: the application role may run them, no one else.
    await queryRunner.query(GRANT_DEFINER_FUNCTIONS_TO_APPLICATION);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE registry_feed_cursor DROP COLUMN last_error, DROP COLUMN failed_at, DROP COLUMN applied_at;
      DROP FUNCTION solidarity_candidates(text, date, bigint, integer);
      DROP POLICY diagnosis_read_log_solidarity ON diagnosis_read;
      DELETE FROM diagnosis_read WHERE region_code IS NOT NULL;
      ALTER TABLE diagnosis_read
        DROP CONSTRAINT diagnosis_read_region_field,
        DROP CONSTRAINT diagnosis_read_field_check,
        ADD CONSTRAINT diagnosis_read_field_check CHECK (field IN ('diagnosisCodes', 'decisionNote', 'actCode', 'reason')),
        DROP CONSTRAINT diagnosis_read_one_record,
        ADD CONSTRAINT diagnosis_read_one_record CHECK ((claim_id IS NULL) <> (prior_authorisation_id IS NULL)),
        DROP COLUMN region_code;
      DROP INDEX prior_authorisation_requested_idx;
      DROP FUNCTION claim_month_summary_rebuild();
      DROP TRIGGER claim_month_on_update ON claim;
      DROP TRIGGER claim_month_on_insert_delete ON claim;
      DROP FUNCTION claim_month_track();
      DROP FUNCTION claim_month_apply(claim, integer);
      DROP FUNCTION claim_processing_bucket(numeric);
      DROP TABLE claim_month_summary;
    `);
  }
}
