import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: a mutual cannot reimburse care without the invoice and the
 * prescription (issue 20). Supporting documents of claims and prior
 * authorisations: `upload_ticket` (a short-lived, single-use permission to
 * upload, bound to its caller, record, size and type; the ticket id is the
 * upload's credential, so only its hash is kept) and `document` (what was
 * attached; the bytes are in the document store, encrypted).
 *
 * Row-level security: a caller creates and reads only their own tickets; the
 * upload endpoint, which has no caller, reads and takes one ticket by its
 * hash (app.ticket). Documents are clinical: inserted by a mutual agent as
 * themself, read only by the roles that read clinical fields, of records
 * they may see. The sweep (app.role DOCUMENT_SWEEP) reads object keys and
 * deletes expired tickets, the only rows the application role may delete.
 * Each download link issued (field `documentLink`) and each download
 * (`documentDownload`) is logged in diagnosis_read, with the document's id.
 */
export class Documents1767000000000 implements MigrationInterface {
  name = 'Documents1767000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE upload_ticket (
        ticket_hash text PRIMARY KEY,
        caller_sub text NOT NULL,
        caller_role text NOT NULL,
        claim_id uuid REFERENCES claim (id) ON DELETE RESTRICT,
        prior_authorisation_id uuid REFERENCES prior_authorisation (id) ON DELETE RESTRICT,
        document_kind text NOT NULL,
        file_name text NOT NULL,
        declared_size integer NOT NULL CHECK (declared_size > 0),
        declared_type text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        upload_started_at timestamptz,
        object_key text UNIQUE,
        attached_at timestamptz,
        CONSTRAINT upload_ticket_one_record CHECK ((claim_id IS NULL) <> (prior_authorisation_id IS NULL))
      );
      CREATE INDEX upload_ticket_expiry_idx ON upload_ticket (expires_at);

      CREATE TABLE document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claim_id uuid REFERENCES claim (id) ON DELETE RESTRICT,
        prior_authorisation_id uuid REFERENCES prior_authorisation (id) ON DELETE RESTRICT,
        kind text NOT NULL CHECK (kind IN ('INVOICE', 'PRESCRIPTION', 'MEDICAL_REPORT', 'SCHOOL_CERTIFICATE',
          'DISABILITY_CERTIFICATE', 'DEATH_CERTIFICATE', 'OTHER')),
        file_name text NOT NULL,
        size integer NOT NULL CHECK (size > 0),
        content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        object_key text NOT NULL UNIQUE,
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT document_one_record CHECK ((claim_id IS NULL) <> (prior_authorisation_id IS NULL))
      );
      CREATE INDEX document_claim_idx ON document (claim_id) WHERE claim_id IS NOT NULL;
      CREATE INDEX document_prior_authorisation_idx ON document (prior_authorisation_id) WHERE prior_authorisation_id IS NOT NULL;

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
        WITH CHECK (coalesce(current_setting('app.role', true), '') = 'MUTUAL_AGENT'
                    AND uploaded_by = nullif(current_setting('app.sub', true), ''));
      CREATE POLICY document_read ON document FOR SELECT TO PUBLIC
        USING (
          coalesce(current_setting('app.role', true), '') = 'DOCUMENT_SWEEP'
          OR (coalesce(current_setting('app.role', true), '') IN ('MUTUAL_AGENT', 'MEDICAL_ADVISOR', 'OFFICER')
              AND (EXISTS (SELECT 1 FROM claim c WHERE c.id = document.claim_id)
                   OR EXISTS (SELECT 1 FROM prior_authorisation a WHERE a.id = document.prior_authorisation_id)))
        );

      -- Which record a document belongs to, whoever asks: the service refuses with FORBIDDEN rather than
      -- answering "no such document" when row-level security hides one (as claim_scope does for claims).
      CREATE FUNCTION document_record(document_ids uuid[])
        RETURNS TABLE (id uuid, claim_id uuid, prior_authorisation_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
        AS $$ SELECT d.id, d.claim_id, d.prior_authorisation_id FROM document d WHERE d.id = ANY(document_ids) $$;
      REVOKE EXECUTE ON FUNCTION document_record(uuid[]) FROM PUBLIC;

      DO $$
      DECLARE
        app_role text;
      BEGIN
        FOR app_role IN
          SELECT DISTINCT grantee::text FROM information_schema.role_table_grants
           WHERE table_schema = 'public' AND table_name = 'upload_ticket' AND grantee <> current_user AND grantee <> 'PUBLIC'
        LOOP
          EXECUTE format('GRANT DELETE ON upload_ticket TO %I', app_role);
          EXECUTE format('GRANT EXECUTE ON FUNCTION document_record(uuid[]) TO %I', app_role);
        END LOOP;
      END $$;

      ALTER TABLE diagnosis_read DROP CONSTRAINT diagnosis_read_field_check;
      ALTER TABLE diagnosis_read ADD CONSTRAINT diagnosis_read_field_check
        CHECK (field IN ('diagnosisCodes', 'decisionNote', 'actCode', 'reason', 'solidarityCandidates', 'documentLink', 'documentDownload'));
      ALTER TABLE diagnosis_read ADD COLUMN document_id uuid REFERENCES document (id) ON DELETE RESTRICT;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM diagnosis_read WHERE field IN ('documentLink', 'documentDownload');
      ALTER TABLE diagnosis_read DROP COLUMN document_id;
      ALTER TABLE diagnosis_read DROP CONSTRAINT diagnosis_read_field_check;
      ALTER TABLE diagnosis_read ADD CONSTRAINT diagnosis_read_field_check
        CHECK (field IN ('diagnosisCodes', 'decisionNote', 'actCode', 'reason', 'solidarityCandidates'));
      DROP FUNCTION document_record(uuid[]);
      DROP TABLE document;
      DROP TABLE upload_ticket;
    `);
  }
}
