import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: a name search outside a region filter read the whole officer table at
 * national scale. LIKE is not leakproof, so under row-level security
 * PostgreSQL applies it only to rows the policies have already let through,
 * and the trigram index on officer.search_text cannot serve it.
 *
 * officer_search(words, region, after, max_rows) runs as the owner
 * (SECURITY DEFINER, pinned search_path) and returns the matricules of the
 * officers whose search text contains every word (each LIKE-escaped, so %, _
 * and \ match themselves), within `region` when given, that the caller may
 * read by the same rule as the officer table's SELECT policies
 * (officer_caller, officer_public_heads), read from the same settings
 * (app.role, app.region, app.sub): the registry of a readable region, the
 * caller's own file, and every head for an authenticated role. Given `after`
 * and `max_rows`, only the first `max_rows` of them after `after` in
 * matricule order: a page. The conditions form one statement planned with
 * their values, so the planner picks the trigram index for a rare word, or
 * the matricule order for a page of a common one. The service restricts its
 * officer query to these matricules; row-level security still applies to
 * that query, so the function can narrow what a caller reads and never widen
 * it.
 *
 * EXECUTE goes to the roles the owner granted the officer table to (the
 * application role, through the default privileges of provisioning), not to
 * PUBLIC.
 */
export class OfficerSearch1765200000000 implements MigrationInterface {
  name = 'OfficerSearch1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(String.raw`
      CREATE FUNCTION officer_search(words text[], region text, after text, max_rows integer) RETURNS SETOF text
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
          IF after IS NOT NULL THEN
            query_text := query_text || ' AND o.matricule > $3';
          END IF;
          IF max_rows IS NOT NULL THEN
            query_text := query_text || ' ORDER BY o.matricule LIMIT $4';
          END IF;
          RETURN QUERY EXECUTE query_text USING patterns, region, after, max_rows;
        END
        $$;
      REVOKE EXECUTE ON FUNCTION officer_search(text[], text, text, integer) FROM PUBLIC;
      DO $$
      DECLARE grantee_name text;
      BEGIN
        FOR grantee_name IN
          SELECT DISTINCT grantee FROM information_schema.role_table_grants
          WHERE table_schema = 'public' AND table_name = 'officer' AND privilege_type = 'SELECT'
            AND grantee <> current_user AND grantee <> 'PUBLIC'
        LOOP
          EXECUTE format('GRANT EXECUTE ON FUNCTION officer_search(text[], text, text, integer) TO %I', grantee_name);
        END LOOP;
      END $$;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION officer_search(text[], text, text, integer)');
  }
}
