import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: a REGIONAL_HEAD token kept reading its region's health figures until
 * it expired, even after the national administration appointed someone else
 * (issue 15).
 *
 * head_term is the mutual's copy of the foundation's head appointments, kept
 * by the registry feed (HEAD_APPOINTED, HEAD_TERM_ENDED) as the beneficiary
 * file is; a region's term is named by its start date. is_current_head(sub,
 * region) says whether the term in force today names `sub`, exactly as the
 * foundation's function of the same name does: the request scope sets
 * app.region only when it answers true, so every regional policy grants a
 * replaced head nothing. Terms are public: every caller reads them, and only
 * the feed (app.role REGISTRY_FEED) writes them.
 */
export class CurrentHead1766000000002 implements MigrationInterface {
  name = 'CurrentHead1766000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE head_term (
        region_code text NOT NULL REFERENCES region (code),
        start_date date NOT NULL,
        officer_matricule text NOT NULL,
        end_date date,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_code, start_date),
        CONSTRAINT head_term_period CHECK (end_date IS NULL OR end_date >= start_date)
      );

      ALTER TABLE head_term ENABLE ROW LEVEL SECURITY;
      ALTER TABLE head_term FORCE ROW LEVEL SECURITY;
      CREATE POLICY head_term_owner ON head_term TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY head_term_read ON head_term FOR SELECT TO PUBLIC USING (true);
      CREATE POLICY head_term_feed_insert ON head_term FOR INSERT TO PUBLIC
        WITH CHECK (coalesce(current_setting('app.role', true), '') = 'REGISTRY_FEED');
      CREATE POLICY head_term_feed_update ON head_term FOR UPDATE TO PUBLIC
        USING (coalesce(current_setting('app.role', true), '') = 'REGISTRY_FEED')
        WITH CHECK (coalesce(current_setting('app.role', true), '') = 'REGISTRY_FEED');

      CREATE FUNCTION is_current_head(sub text, region text) RETURNS boolean
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$
          SELECT EXISTS (
            SELECT 1 FROM public.head_term h
            WHERE h.region_code = region AND h.officer_matricule = sub
              AND h.start_date <= current_date AND (h.end_date IS NULL OR h.end_date >= current_date)
          )
        $$;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION is_current_head(text, text);
      DROP TABLE head_term;
    `);
  }
}
