import { AUDIT_TABLE_SQL, IDEMPOTENCY_TABLE_SQL } from '@dsp/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: the Foundation now writes (issue 4): the national administration
 * appoints regional heads, which ends the previous head's term in the same
 * transaction.
 *
 * - idempotency_key and audit_record are the shared tables (@dsp/common), as
 *   in the Mutual; audit_record is append-only: UPDATE, DELETE and TRUNCATE
 *   are revoked from PUBLIC and from every role other than the owner (the
 *   application role got them through default privileges, and its name is
 *   the deployment's choice, so it is revoked by name in a loop).
 * - head_appointment gets row-level security: everyone still reads it (heads
 *   are public), but only a NATIONAL_ADMIN caller (app.role) may insert or
 *   update a term, so a forgotten check in the service cannot let another
 *   role appoint. Nothing deletes a term: history is kept. The owner keeps a
 *   policy that sees everything (migrations, seed, backups).
 */
export class HeadAppointments1764700000000 implements MigrationInterface {
  name = 'HeadAppointments1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(IDEMPOTENCY_TABLE_SQL);
    await queryRunner.query(AUDIT_TABLE_SQL);
    await queryRunner.query(`
      ALTER TABLE head_appointment ENABLE ROW LEVEL SECURITY;
      ALTER TABLE head_appointment FORCE ROW LEVEL SECURITY;
      CREATE POLICY head_appointment_owner ON head_appointment TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY head_appointment_read ON head_appointment FOR SELECT TO PUBLIC USING (true);
      CREATE POLICY head_appointment_appoint ON head_appointment FOR INSERT TO PUBLIC
        WITH CHECK (app_role() = 'NATIONAL_ADMIN');
      CREATE POLICY head_appointment_end_term ON head_appointment FOR UPDATE TO PUBLIC
        USING (app_role() = 'NATIONAL_ADMIN') WITH CHECK (app_role() = 'NATIONAL_ADMIN');
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP POLICY head_appointment_end_term ON head_appointment;
      DROP POLICY head_appointment_appoint ON head_appointment;
      DROP POLICY head_appointment_read ON head_appointment;
      DROP POLICY head_appointment_owner ON head_appointment;
      ALTER TABLE head_appointment NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE head_appointment DISABLE ROW LEVEL SECURITY;
      DROP TABLE audit_record;
      DROP TABLE idempotency_key;
    `);
  }
}
