/**
 * Row-level security tightened the same way in both services' databases
 * (each service's migration runs this as the owner role):
 *
 * - a read policy open to every command (FOR ALL TO PUBLIC with no WITH
 *   CHECK: a read rule that also let rows be written) becomes FOR SELECT;
 *   policies written for writes say so with their own WITH CHECK (the
 *   registry feed's) and stay;
 * - SECURITY DEFINER functions run with the owner's rights: EXECUTE is
 *   revoked from PUBLIC and granted only to the application role(s);
 * - no feature deletes a row, so the application role may not DELETE;
 * - the audit trail and the idempotency keys get policies of their own: a
 *   caller writes audit records only as themself, and only an identified
 *   caller reads them (which trail a caller may read is the service's rule:
 *   it tells FORBIDDEN from "no record" by what the trail holds);
 *   an idempotency key is read and written only by the caller it belongs to.
 *
 * The application roles are found as the roles, other than the owner, that
 * hold rights on the owner's tables (the deployment's provisioning grants
 * them), so the migration names no deployment's role.
 */
/**
 * SECURITY DEFINER functions run with the owner's rights: EXECUTE is revoked
 * from PUBLIC and granted only to the application role(s), found as the roles
 * other than the owner that hold rights on the owner's tables. Every
 * migration that creates such a function runs this after creating it.
 */
export const GRANT_DEFINER_FUNCTIONS_TO_APPLICATION = `
  DO $$
  DECLARE
    fn record;
    app_role text;
    app_roles text[];
  BEGIN
    SELECT coalesce(array_agg(DISTINCT grantee::text), '{}') INTO app_roles FROM information_schema.role_table_grants
     WHERE table_schema = 'public' AND grantee <> current_user AND grantee <> 'PUBLIC';
    FOR fn IN
      SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = 'public' AND p.prosecdef
    LOOP
      EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', fn.signature);
      FOREACH app_role IN ARRAY app_roles LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', fn.signature, app_role);
      END LOOP;
    END LOOP;
  END $$;
`;

export const HARDEN_ROW_LEVEL_SECURITY = `
  DO $$
  DECLARE
    policy record;
    app_role text;
    app_roles text[];
  BEGIN
    FOR policy IN
      SELECT p.tablename, p.policyname, p.qual FROM pg_policies p
       WHERE p.schemaname = 'public' AND p.cmd = 'ALL' AND p.roles = '{public}' AND p.qual IS NOT NULL AND p.with_check IS NULL
    LOOP
      EXECUTE format('DROP POLICY %I ON %I', policy.policyname, policy.tablename);
      EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO PUBLIC USING (%s)', policy.policyname, policy.tablename, policy.qual);
    END LOOP;

    SELECT coalesce(array_agg(DISTINCT grantee::text), '{}') INTO app_roles FROM information_schema.role_table_grants
     WHERE table_schema = 'public' AND grantee <> current_user AND grantee <> 'PUBLIC';

    FOREACH app_role IN ARRAY app_roles LOOP
      EXECUTE format('REVOKE DELETE ON ALL TABLES IN SCHEMA public FROM %I', app_role);
      EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE DELETE ON TABLES FROM %I', app_role);
    END LOOP;
  END $$;
${GRANT_DEFINER_FUNCTIONS_TO_APPLICATION}

  ALTER TABLE audit_record ENABLE ROW LEVEL SECURITY;
  ALTER TABLE audit_record FORCE ROW LEVEL SECURITY;
  CREATE POLICY audit_record_owner ON audit_record TO CURRENT_USER USING (true) WITH CHECK (true);
  CREATE POLICY audit_record_write ON audit_record FOR INSERT TO PUBLIC
    WITH CHECK (actor_sub = nullif(current_setting('app.sub', true), '') AND actor_role = current_setting('app.role', true));
  CREATE POLICY audit_record_read ON audit_record FOR SELECT TO PUBLIC
    USING (coalesce(current_setting('app.role', true), '') <> '');

  ALTER TABLE idempotency_key ENABLE ROW LEVEL SECURITY;
  ALTER TABLE idempotency_key FORCE ROW LEVEL SECURITY;
  CREATE POLICY idempotency_key_owner ON idempotency_key TO CURRENT_USER USING (true) WITH CHECK (true);
  CREATE POLICY idempotency_key_caller ON idempotency_key TO PUBLIC
    USING (caller_sub = nullif(current_setting('app.sub', true), ''))
    WITH CHECK (caller_sub = nullif(current_setting('app.sub', true), ''));
`;

/** What HARDEN_ROW_LEVEL_SECURITY's down migration gives back (FOR SELECT policies stay: they allow no less than reads). */
export const UNDO_HARDEN_ROW_LEVEL_SECURITY = `
  DROP POLICY idempotency_key_caller ON idempotency_key;
  DROP POLICY idempotency_key_owner ON idempotency_key;
  ALTER TABLE idempotency_key NO FORCE ROW LEVEL SECURITY;
  ALTER TABLE idempotency_key DISABLE ROW LEVEL SECURITY;
  DROP POLICY audit_record_read ON audit_record;
  DROP POLICY audit_record_write ON audit_record;
  DROP POLICY audit_record_owner ON audit_record;
  ALTER TABLE audit_record NO FORCE ROW LEVEL SECURITY;
  ALTER TABLE audit_record DISABLE ROW LEVEL SECURITY;
  DO $$
  DECLARE
    fn record;
  BEGIN
    FOR fn IN
      SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = 'public' AND p.prosecdef
    LOOP
      EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO PUBLIC', fn.signature);
    END LOOP;
  END $$;
`;
