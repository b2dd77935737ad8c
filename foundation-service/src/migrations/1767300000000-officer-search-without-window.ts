import { GRANT_DEFINER_FUNCTIONS_TO_APPLICATION } from '@dsp/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { OfficerSearch1765200000000 } from './1765200000000-officer-search';

/**
 * Why: the officers list gathers a search's matches once for both its page
 * and its count (OfficersRepository.pageWithCount), so officer_search's
 * page window (`after`, `max_rows`) has no caller left. officer_search(words,
 * region) answers every matricule that matches and that the caller may read,
 * by the rule OfficerSearch1765200000000 describes; EXECUTE goes to the
 * application role only (GRANT_DEFINER_FUNCTIONS_TO_APPLICATION), not PUBLIC.
 */
export class OfficerSearchWithoutWindow1767300000000 implements MigrationInterface {
  name = 'OfficerSearchWithoutWindow1767300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(String.raw`
      DROP FUNCTION officer_search(text[], text, text, integer);
      CREATE FUNCTION officer_search(words text[], region text) RETURNS SETOF text
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        ROWS 100
        AS $$
        DECLARE
          patterns text[] := ARRAY(
            SELECT '%' || replace(replace(replace(w, '\', '\\'), '%', '\%'), '_', '\_') || '%' FROM unnest(words) AS w
          );
          query_text text := 'SELECT o.matricule FROM public.officer o WHERE '
            || '(public.app_may_read_registry(o.region_code) OR public.app_is_officer(o.matricule) OR ('
            || 'public.app_role() IN (''NATIONAL_ADMIN'', ''REGIONAL_HEAD'', ''FOUNDATION_AGENT'', ''MUTUAL_AGENT'', ''MEDICAL_ADVISOR'', ''OFFICER'') '
            || 'AND EXISTS (SELECT 1 FROM public.head_appointment h WHERE h.officer_matricule = o.matricule)))';
        BEGIN
          FOR i IN 1 .. coalesce(array_length(patterns, 1), 0) LOOP
            query_text := query_text || format(' AND o.search_text LIKE $1[%s]', i);
          END LOOP;
          IF region IS NOT NULL THEN
            query_text := query_text || ' AND o.region_code = $2';
          END IF;
          RETURN QUERY EXECUTE query_text USING patterns, region;
        END
        $$;
    `);
    await queryRunner.query(GRANT_DEFINER_FUNCTIONS_TO_APPLICATION);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION officer_search(text[], text)');
    await new OfficerSearch1765200000000().up(queryRunner);
  }
}
