import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: a REGIONAL_HEAD token kept its rights until it expired, even after
 * the national administration appointed someone else (issue 15).
 *
 * is_current_head(sub, region) says whether `region`'s term in force today
 * names the officer `sub`: a successor appointed from a later date does not
 * end the current head's rights before that date, nor start theirs.
 * The request scope calls it once, in the statement that applies the
 * caller's settings, and sets app.region only when it answers true: every
 * regional policy compares rows with app.region, so a head who is not (or no
 * longer) the head of the region gets nothing regional from the database,
 * at no cost per row. Terms are public, so it needs no SECURITY DEFINER.
 */
export class CurrentHead1766100000001 implements MigrationInterface {
  name = 'CurrentHead1766100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION is_current_head(sub text, region text) RETURNS boolean
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$
          SELECT EXISTS (
            SELECT 1 FROM public.head_appointment h
            WHERE h.region_code = region AND h.officer_matricule = sub
              AND h.start_date <= current_date AND (h.end_date IS NULL OR h.end_date >= current_date)
          )
        $$;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION is_current_head(text, text);`);
  }
}
