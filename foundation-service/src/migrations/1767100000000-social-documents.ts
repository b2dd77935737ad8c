import { GRANT_DEFINER_FUNCTIONS_TO_APPLICATION } from '@dsp/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: the foundation decides many applications on a certificate (school
 * enrolment, disability, death) (issue 20). Supporting documents of
 * applications and dependents, as the mutual keeps its own: `upload_ticket`
 * (a short-lived, single-use permission to upload, bound to its caller,
 * record, size and type; only the ticket id's hash is kept) and `document`
 * (what was attached; the bytes are in the document store, encrypted).
 *
 * Row-level security: a caller creates and reads only their own tickets; the
 * upload endpoint reads and takes one ticket by its hash (app.ticket). A
 * document is inserted by its uploader as themself and read by whoever the
 * application's or dependent's own policies let read the record. The sweep
 * (app.role DOCUMENT_SWEEP) reads object keys and deletes expired tickets.
 * Certificates can carry health information: every download link issued
 * (LINK) and every download (DOWNLOAD) is logged in `document_read`, which
 * no one of the application changes or deletes.
 */
export class SocialDocuments1767100000000 implements MigrationInterface {
  name = 'SocialDocuments1767100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE upload_ticket (
        ticket_hash text PRIMARY KEY,
        caller_sub text NOT NULL,
        caller_role text NOT NULL,
        application_id uuid REFERENCES application (id) ON DELETE RESTRICT,
        dependent_id uuid REFERENCES dependent (id) ON DELETE RESTRICT,
        document_kind text NOT NULL,
        file_name text NOT NULL,
        declared_size integer NOT NULL CHECK (declared_size > 0),
        declared_type text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        upload_started_at timestamptz,
        object_key text UNIQUE,
        attached_at timestamptz,
        CONSTRAINT upload_ticket_one_record CHECK ((application_id IS NULL) <> (dependent_id IS NULL))
      );
      CREATE INDEX upload_ticket_expiry_idx ON upload_ticket (expires_at);

      CREATE TABLE document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid REFERENCES application (id) ON DELETE RESTRICT,
        dependent_id uuid REFERENCES dependent (id) ON DELETE RESTRICT,
        kind text NOT NULL CHECK (kind IN ('INVOICE', 'PRESCRIPTION', 'MEDICAL_REPORT', 'SCHOOL_CERTIFICATE',
          'DISABILITY_CERTIFICATE', 'DEATH_CERTIFICATE', 'OTHER')),
        file_name text NOT NULL,
        size integer NOT NULL CHECK (size > 0),
        content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        object_key text NOT NULL UNIQUE,
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT document_one_record CHECK ((application_id IS NULL) <> (dependent_id IS NULL))
      );
      CREATE INDEX document_application_idx ON document (application_id) WHERE application_id IS NOT NULL;
      CREATE INDEX document_dependent_idx ON document (dependent_id) WHERE dependent_id IS NOT NULL;

      CREATE TABLE document_read (
        id bigserial PRIMARY KEY,
        document_id uuid NOT NULL REFERENCES document (id) ON DELETE RESTRICT,
        action text NOT NULL CHECK (action IN ('LINK', 'DOWNLOAD')),
        reader_sub text NOT NULL,
        reader_role text NOT NULL,
        reader_region text,
        read_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX document_read_document_idx ON document_read (document_id, read_at);

      ALTER TABLE upload_ticket ENABLE ROW LEVEL SECURITY;
      ALTER TABLE upload_ticket FORCE ROW LEVEL SECURITY;
      CREATE POLICY upload_ticket_owner ON upload_ticket TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY upload_ticket_insert ON upload_ticket FOR INSERT TO PUBLIC
        WITH CHECK (caller_sub = nullif(current_setting('app.sub', true), '') AND caller_role = current_setting('app.role', true));
      CREATE POLICY upload_ticket_read ON upload_ticket FOR SELECT TO PUBLIC
        USING (caller_sub = nullif(current_setting('app.sub', true), '')
               OR ticket_hash = nullif(current_setting('app.ticket', true), '')
               OR coalesce(current_setting('app.role', true), '') = 'DOCUMENT_SWEEP');
      CREATE POLICY upload_ticket_update ON upload_ticket FOR UPDATE TO PUBLIC
        USING (caller_sub = nullif(current_setting('app.sub', true), '') OR ticket_hash = nullif(current_setting('app.ticket', true), ''))
        WITH CHECK (caller_sub = nullif(current_setting('app.sub', true), '') OR ticket_hash = nullif(current_setting('app.ticket', true), ''));
      CREATE POLICY upload_ticket_sweep ON upload_ticket FOR DELETE TO PUBLIC
        USING (coalesce(current_setting('app.role', true), '') = 'DOCUMENT_SWEEP' AND expires_at < now());

      ALTER TABLE document ENABLE ROW LEVEL SECURITY;
      ALTER TABLE document FORCE ROW LEVEL SECURITY;
      CREATE POLICY document_owner ON document TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY document_insert ON document FOR INSERT TO PUBLIC
        WITH CHECK (coalesce(current_setting('app.role', true), '') IN ('FOUNDATION_AGENT', 'NATIONAL_ADMIN', 'OFFICER')
                    AND uploaded_by = nullif(current_setting('app.sub', true), ''));
      CREATE POLICY document_read ON document FOR SELECT TO PUBLIC
        USING (
          coalesce(current_setting('app.role', true), '') = 'DOCUMENT_SWEEP'
          OR EXISTS (SELECT 1 FROM application a WHERE a.id = document.application_id)
          OR EXISTS (SELECT 1 FROM dependent d WHERE d.id = document.dependent_id)
        );

      ALTER TABLE document_read ENABLE ROW LEVEL SECURITY;
      ALTER TABLE document_read FORCE ROW LEVEL SECURITY;
      CREATE POLICY document_read_owner ON document_read TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY document_read_write ON document_read FOR INSERT TO PUBLIC
        WITH CHECK (reader_sub = nullif(current_setting('app.sub', true), '') AND reader_role = current_setting('app.role', true));
      CREATE POLICY document_read_audit ON document_read FOR SELECT TO PUBLIC
        USING (coalesce(current_setting('app.role', true), '') = 'NATIONAL_ADMIN');

      -- Which record a document belongs to, whoever asks: the service refuses with FORBIDDEN rather than
      -- answering "no such document" when row-level security hides one (as application_scope does).
      CREATE FUNCTION document_record(document_ids uuid[])
        RETURNS TABLE (id uuid, application_id uuid, dependent_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
        AS $$ SELECT d.id, d.application_id, d.dependent_id FROM document d WHERE d.id = ANY(document_ids) $$;

      DO $$
      DECLARE
        app_role text;
      BEGIN
        FOR app_role IN
          SELECT DISTINCT grantee::text FROM information_schema.role_table_grants
           WHERE table_schema = 'public' AND table_name = 'upload_ticket' AND grantee <> current_user AND grantee <> 'PUBLIC'
        LOOP
          EXECUTE format('GRANT DELETE ON upload_ticket TO %I', app_role);
        END LOOP;
      END $$;
    `);
    await queryRunner.query(GRANT_DEFINER_FUNCTIONS_TO_APPLICATION);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION document_record(uuid[]);
      DROP TABLE document_read;
      DROP TABLE document;
      DROP TABLE upload_ticket;
    `);
  }
}
