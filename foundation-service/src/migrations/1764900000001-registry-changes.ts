import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: registry changes (issue 6): officers are registered, transferred,
 * retire and die; dependents are added, updated and their link ends; and the
 * mutual must learn of each change to keep its own beneficiary file in step.
 *
 * - officer gets `region_since` and `status_since` (the effective days of the
 *   last transfer and status change), dependent gets `student_from` (the
 *   certificate's first day, beside `student_until`), `link_ended_on` and
 *   `link_end_reason`: all nullable, so existing rows stay as they are.
 * - registry_event is the transactional outbox: each change appends its event
 *   in the change's own transaction, through registry_event_append (SECURITY
 *   DEFINER), which takes a transaction-scoped advisory lock before numbering
 *   the event, so sequences are handed out in commit order with no gaps and a
 *   reader never skips an event that commits later with a smaller number.
 *   Append-only (UPDATE, DELETE and TRUNCATE revoked but from the owner);
 *   readable only by the feed's setting (app.role = REGISTRY_FEED), which the
 *   service applies only for the mutual's service identity.
 * - officer and dependent rows become writable by the registry's roles:
 *   NATIONAL_ADMIN everywhere, FOUNDATION_AGENT in their region. A transfer
 *   goes through officer_transfer (SECURITY DEFINER), which checks the
 *   caller against the officer's current region only: an agent sends an
 *   officer to a region whose rows they cannot read. Reading stays as it was.
 */
export class RegistryChanges1764900000001 implements MigrationInterface {
  name = 'RegistryChanges1764900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE officer ADD COLUMN region_since date, ADD COLUMN status_since date;
      ALTER TABLE dependent ADD COLUMN student_from date, ADD COLUMN link_ended_on date, ADD COLUMN link_end_reason text;
      ALTER TABLE dependent ADD CONSTRAINT dependent_student_period CHECK (student_from IS NULL OR student_until IS NULL OR student_until >= student_from);

      CREATE TABLE registry_event (
        sequence bigint PRIMARY KEY,
        type text NOT NULL CHECK (type IN ('OFFICER_REGISTERED', 'OFFICER_TRANSFERRED', 'OFFICER_STATUS_CHANGED',
          'DEPENDENT_REGISTERED', 'DEPENDENT_UPDATED', 'DEPENDENT_LINK_ENDED')),
        entity text NOT NULL CHECK (entity IN ('officer', 'dependent')),
        entity_id text NOT NULL,
        effective_date date NOT NULL,
        data jsonb NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX registry_event_entity_idx ON registry_event (entity, entity_id, sequence);

      REVOKE UPDATE, DELETE, TRUNCATE ON registry_event FROM PUBLIC;
      DO $$
      DECLARE grantee_name text;
      BEGIN
        FOR grantee_name IN
          SELECT DISTINCT grantee FROM information_schema.role_table_grants
          WHERE table_schema = 'public' AND table_name = 'registry_event' AND grantee <> current_user AND grantee <> 'PUBLIC'
        LOOP
          EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON registry_event FROM %I', grantee_name);
        END LOOP;
      END $$;

      ALTER TABLE registry_event ENABLE ROW LEVEL SECURITY;
      ALTER TABLE registry_event FORCE ROW LEVEL SECURITY;
      CREATE POLICY registry_event_owner ON registry_event TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY registry_event_feed ON registry_event FOR SELECT TO PUBLIC USING (app_role() = 'REGISTRY_FEED');

      -- Appends one event in the caller's transaction; the lock is held to its end, so numbers follow commit order.
      CREATE FUNCTION registry_event_append(event_type text, event_entity text, event_entity_id text, event_effective_date date, event_data jsonb)
        RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
        DECLARE next_sequence bigint;
        BEGIN
          IF app_role() NOT IN ('NATIONAL_ADMIN', 'FOUNDATION_AGENT') THEN
            RAISE EXCEPTION 'registry changes are for NATIONAL_ADMIN and FOUNDATION_AGENT' USING ERRCODE = '42501';
          END IF;
          PERFORM pg_advisory_xact_lock(hashtext('registry_event'));
          SELECT coalesce(max(sequence), 0) + 1 INTO next_sequence FROM public.registry_event;
          INSERT INTO public.registry_event (sequence, type, entity, entity_id, effective_date, data)
            VALUES (next_sequence, event_type, event_entity, event_entity_id, event_effective_date, event_data);
          RETURN next_sequence;
        END
        $$;

      CREATE FUNCTION app_may_write_registry(region text) RETURNS boolean
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$
          SELECT app_role() = 'NATIONAL_ADMIN'
              OR (app_role() = 'FOUNDATION_AGENT' AND region = nullif(current_setting('app.region', true), ''))
        $$;

      DROP POLICY officer_caller ON officer;
      CREATE POLICY officer_caller ON officer FOR SELECT TO PUBLIC
        USING (app_may_read_registry(region_code) OR app_is_officer(matricule));
      CREATE POLICY officer_register ON officer FOR INSERT TO PUBLIC WITH CHECK (app_may_write_registry(region_code));
      CREATE POLICY officer_change ON officer FOR UPDATE TO PUBLIC
        USING (app_may_write_registry(region_code)) WITH CHECK (app_may_write_registry(region_code));

      -- A transfer by an agent lands the row in a region the agent can no longer read, which the policies
      -- above refuse; this function moves it when the caller may change the row where it is now, and
      -- returns 1, or 0 when the row is not at the expected version (or out of reach).
      CREATE FUNCTION officer_transfer(target text, expected_version integer, to_region text, since date) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
        DECLARE changed integer;
        BEGIN
          UPDATE public.officer SET region_code = to_region, region_since = since, version = version + 1, updated_at = now()
           WHERE matricule = target AND version = expected_version AND public.app_may_write_registry(region_code);
          GET DIAGNOSTICS changed = ROW_COUNT;
          RETURN changed;
        END
        $$;

      DROP POLICY dependent_caller ON dependent;
      CREATE POLICY dependent_caller ON dependent FOR SELECT TO PUBLIC
        USING (EXISTS (
          SELECT 1 FROM officer o
          WHERE o.matricule = dependent.officer_matricule AND (app_may_read_registry(o.region_code) OR app_is_officer(o.matricule))
        ));
      CREATE POLICY dependent_register ON dependent FOR INSERT TO PUBLIC
        WITH CHECK (EXISTS (SELECT 1 FROM officer o WHERE o.matricule = dependent.officer_matricule AND app_may_write_registry(o.region_code)));
      CREATE POLICY dependent_change ON dependent FOR UPDATE TO PUBLIC
        USING (EXISTS (SELECT 1 FROM officer o WHERE o.matricule = dependent.officer_matricule AND app_may_write_registry(o.region_code)))
        WITH CHECK (EXISTS (SELECT 1 FROM officer o WHERE o.matricule = dependent.officer_matricule AND app_may_write_registry(o.region_code)));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP POLICY dependent_change ON dependent;
      DROP POLICY dependent_register ON dependent;
      DROP POLICY dependent_caller ON dependent;
      CREATE POLICY dependent_caller ON dependent TO PUBLIC
        USING (EXISTS (
          SELECT 1 FROM officer o
          WHERE o.matricule = dependent.officer_matricule AND (app_may_read_registry(o.region_code) OR app_is_officer(o.matricule))
        ));
      DROP POLICY officer_change ON officer;
      DROP POLICY officer_register ON officer;
      DROP POLICY officer_caller ON officer;
      CREATE POLICY officer_caller ON officer TO PUBLIC
        USING (app_may_read_registry(region_code) OR app_is_officer(matricule));
      DROP FUNCTION officer_transfer(text, integer, text, date);
      DROP FUNCTION app_may_write_registry(text);
      DROP FUNCTION registry_event_append(text, text, text, date, jsonb);
      DROP TABLE registry_event;
      ALTER TABLE dependent DROP CONSTRAINT dependent_student_period;
      ALTER TABLE dependent DROP COLUMN link_end_reason, DROP COLUMN link_ended_on, DROP COLUMN student_from;
      ALTER TABLE officer DROP COLUMN status_since, DROP COLUMN region_since;
    `);
  }
}
