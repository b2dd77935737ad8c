import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_TABLE_SQL, IDEMPOTENCY_TABLE_SQL } from '@dsp/subgraph-kit';

/**
 * Why: the Mutual now writes (issue 5): claims are submitted, checked,
 * reviewed, decided and paid, and hospitalisations are authorised first.
 *
 * - idempotency_key and audit_record are the shared tables (@dsp/common);
 *   audit_record is append-only: UPDATE, DELETE and TRUNCATE are revoked
 *   from PUBLIC and from every role other than the owner (the application
 *   role got them through default privileges, and its name is the
 *   deployment's choice, so it is revoked by name in a loop).
 * - prior_authorisation: REQUESTED → GRANTED / REFUSED, versioned, in the
 *   beneficiary's region; row-level security like claims.
 * - claim gets the advisor's decision note. claim_line's act code no longer
 *   references act_tariff: a line with an unknown act is kept, and the claim
 *   is REJECTED with ACT_NOT_IN_TARIFF, rather than refused as input.
 * - claim references for submitted claims come from a sequence (RB-YYYY-1xxxxx),
 *   apart from the demonstration's serials.
 * - Row-level security on claim and claim_line is split by command: every
 *   role reads as before; only a mutual agent creates claims (in their own
 *   region), and only medical advisors (any region) and mutual agents (own
 *   region) change them.
 */
export class ClaimsWorkflow1764600000000 implements MigrationInterface {
  name = 'ClaimsWorkflow1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(IDEMPOTENCY_TABLE_SQL);
    await queryRunner.query(AUDIT_TABLE_SQL);
    await queryRunner.query(`
      CREATE SEQUENCE claim_reference_seq START WITH 100001;

      ALTER TABLE claim ADD COLUMN decision_note text;
      ALTER TABLE claim_line DROP CONSTRAINT claim_line_act_code_fkey;
      CREATE INDEX claim_duplicate_idx ON claim (beneficiary_id, care_start_date, care_end_date);
      CREATE INDEX claim_status_submitted_idx ON claim (status, submitted_at, id);

      CREATE TABLE prior_authorisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id text NOT NULL REFERENCES beneficiary (person_id) ON DELETE RESTRICT,
        provider_id uuid REFERENCES provider (id) ON DELETE SET NULL,
        region_code text NOT NULL REFERENCES region (code) ON DELETE RESTRICT,
        planned_date date NOT NULL,
        reason text NOT NULL,
        status text NOT NULL CHECK (status IN ('REQUESTED', 'GRANTED', 'REFUSED')),
        decision_note text,
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'REQUESTED') = (decided_at IS NULL))
      );
      CREATE INDEX prior_authorisation_beneficiary_idx ON prior_authorisation (beneficiary_id, planned_date);

      ALTER TABLE prior_authorisation ENABLE ROW LEVEL SECURITY;
      ALTER TABLE prior_authorisation FORCE ROW LEVEL SECURITY;
      CREATE POLICY prior_authorisation_owner ON prior_authorisation TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY prior_authorisation_read ON prior_authorisation FOR SELECT TO PUBLIC
        USING (
          app_may_read_region(region_code)
          OR EXISTS (SELECT 1 FROM beneficiary b WHERE b.person_id = prior_authorisation.beneficiary_id AND app_is_officer(b.officer_matricule))
        );
      CREATE POLICY prior_authorisation_request ON prior_authorisation FOR INSERT TO PUBLIC
        WITH CHECK (current_setting('app.role', true) = 'MUTUAL_AGENT' AND region_code = nullif(current_setting('app.region', true), ''));
      CREATE POLICY prior_authorisation_decide ON prior_authorisation FOR UPDATE TO PUBLIC
        USING (current_setting('app.role', true) = 'MEDICAL_ADVISOR')
        WITH CHECK (current_setting('app.role', true) = 'MEDICAL_ADVISOR');

      DROP POLICY claim_caller ON claim;
      CREATE POLICY claim_caller ON claim FOR SELECT TO PUBLIC
        USING (
          app_may_read_region(handling_region_code)
          OR EXISTS (SELECT 1 FROM beneficiary b WHERE b.person_id = claim.beneficiary_id AND app_is_officer(b.officer_matricule))
        );
      CREATE POLICY claim_submit ON claim FOR INSERT TO PUBLIC
        WITH CHECK (current_setting('app.role', true) = 'MUTUAL_AGENT' AND handling_region_code = nullif(current_setting('app.region', true), ''));
      CREATE POLICY claim_process ON claim FOR UPDATE TO PUBLIC
        USING (
          current_setting('app.role', true) = 'MEDICAL_ADVISOR'
          OR (current_setting('app.role', true) = 'MUTUAL_AGENT' AND handling_region_code = nullif(current_setting('app.region', true), ''))
        )
        WITH CHECK (
          current_setting('app.role', true) = 'MEDICAL_ADVISOR'
          OR (current_setting('app.role', true) = 'MUTUAL_AGENT' AND handling_region_code = nullif(current_setting('app.region', true), ''))
        );

      DROP POLICY claim_line_caller ON claim_line;
      CREATE POLICY claim_line_caller ON claim_line FOR SELECT TO PUBLIC
        USING (EXISTS (
          SELECT 1 FROM claim c
          WHERE c.id = claim_line.claim_id
            AND (
              app_may_read_region(c.handling_region_code)
              OR EXISTS (SELECT 1 FROM beneficiary b WHERE b.person_id = c.beneficiary_id AND app_is_officer(b.officer_matricule))
            )
        ));
      CREATE POLICY claim_line_submit ON claim_line FOR INSERT TO PUBLIC
        WITH CHECK (
          current_setting('app.role', true) = 'MUTUAL_AGENT'
          AND EXISTS (SELECT 1 FROM claim c WHERE c.id = claim_line.claim_id AND c.handling_region_code = nullif(current_setting('app.region', true), ''))
        );
      CREATE POLICY claim_line_process ON claim_line FOR UPDATE TO PUBLIC
        USING (current_setting('app.role', true) IN ('MEDICAL_ADVISOR', 'MUTUAL_AGENT') AND EXISTS (SELECT 1 FROM claim c WHERE c.id = claim_line.claim_id))
        WITH CHECK (current_setting('app.role', true) IN ('MEDICAL_ADVISOR', 'MUTUAL_AGENT') AND EXISTS (SELECT 1 FROM claim c WHERE c.id = claim_line.claim_id));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP POLICY claim_line_process ON claim_line;
      DROP POLICY claim_line_submit ON claim_line;
      DROP POLICY claim_line_caller ON claim_line;
      CREATE POLICY claim_line_caller ON claim_line TO PUBLIC
        USING (EXISTS (
          SELECT 1 FROM claim c
          WHERE c.id = claim_line.claim_id
            AND (
              app_may_read_region(c.handling_region_code)
              OR EXISTS (SELECT 1 FROM beneficiary b WHERE b.person_id = c.beneficiary_id AND app_is_officer(b.officer_matricule))
            )
        ));
      DROP POLICY claim_process ON claim;
      DROP POLICY claim_submit ON claim;
      DROP POLICY claim_caller ON claim;
      CREATE POLICY claim_caller ON claim TO PUBLIC
        USING (
          app_may_read_region(handling_region_code)
          OR EXISTS (SELECT 1 FROM beneficiary b WHERE b.person_id = claim.beneficiary_id AND app_is_officer(b.officer_matricule))
        );
      DROP TABLE prior_authorisation;
      DROP INDEX claim_status_submitted_idx;
      DROP INDEX claim_duplicate_idx;
      DELETE FROM claim_line WHERE act_code NOT IN (SELECT act_code FROM act_tariff);
      ALTER TABLE claim_line ADD CONSTRAINT claim_line_act_code_fkey FOREIGN KEY (act_code) REFERENCES act_tariff (act_code) ON DELETE RESTRICT;
      ALTER TABLE claim DROP COLUMN decision_note;
      DROP SEQUENCE claim_reference_seq;
      DROP TABLE audit_record;
      DROP TABLE idempotency_key;
    `);
  }
}
