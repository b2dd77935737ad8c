import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: a REGIONAL_HEAD token kept its rights until it expired, even after
 * the national administration appointed someone else (issue 15).
 *
 * is_current_head(sub, region) says whether the open term of `region` names
 * the officer `sub` (one probe of the partial unique index on open terms).
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
            WHERE h.region_code = region AND h.end_date IS NULL AND h.officer_matricule = sub
          )
        $$;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION is_current_head(text, text);`);
  }
}
