import { GRANT_DEFINER_FUNCTIONS_TO_APPLICATION } from '@dsp/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: an officer who applies at the counter leaves with a receipt, and
 * names the application by what it says when they come back or call. An
 * application had only its id. Each now has a reference, DS-2026-100123
 * ("demande sociale", the year it was submitted, a serial), unique, as a
 * claim has RB-2026-102884:
 *
 * - a new application's comes from the column's default: the year of the
 *   transaction that submits it and application_reference_seq's next value,
 *   which starts at 100001 and is written whole (six digits, then seven
 *   past the millionth: never cut to a width, which would repeat one);
 * - existing applications get theirs here, numbered per year in the order
 *   they were submitted, seven digits with leading zeros (DS-2025-0000042),
 *   as the seeds write theirs: a serial with a leading zero is never one the
 *   sequence gives. The summaries' triggers are off for that update, which
 *   changes no figure they keep.
 *
 * `applicationByReference` finds the id of a reference whoever asks, as
 * application_scope finds where an application belongs, and nothing else;
 * whether the caller may read it is then decided as for `application(id)`.
 * EXECUTE goes to the application role only.
 */
export class ApplicationReference1768100000000 implements MigrationInterface {
  name = 'ApplicationReference1768100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE SEQUENCE application_reference_seq START WITH 100001;
      ALTER TABLE application ADD COLUMN reference text;
      ALTER TABLE application DISABLE TRIGGER USER;
      UPDATE application a
         SET reference = 'DS-' || n.year || '-' || lpad(n.serial::text, greatest(7, length(n.serial::text)), '0')
        FROM (SELECT id, extract(year FROM submitted_at AT TIME ZONE 'UTC')::int AS year,
                     row_number() OVER (PARTITION BY extract(year FROM submitted_at AT TIME ZONE 'UTC')
                                        ORDER BY submitted_at, id) AS serial
                FROM application) n
       WHERE n.id = a.id;
      ALTER TABLE application ENABLE TRIGGER USER;
      ALTER TABLE application
        ALTER COLUMN reference SET DEFAULT 'DS-' || extract(year FROM now())::int || '-' || nextval('application_reference_seq'),
        ALTER COLUMN reference SET NOT NULL,
        ADD CONSTRAINT application_reference_key UNIQUE (reference);
      CREATE FUNCTION application_id_of_reference(p_reference text) RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$ SELECT a.id FROM public.application a WHERE a.reference = p_reference $$;
    `);
    await queryRunner.query(GRANT_DEFINER_FUNCTIONS_TO_APPLICATION);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION application_id_of_reference(text);
      ALTER TABLE application DROP COLUMN reference;
      DROP SEQUENCE application_reference_seq;
    `);
  }
}
