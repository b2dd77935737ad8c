import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: a hospitalisation claim now gives its readers the prior authorisation
 * its approval rests on (`Claim.priorAuthorisation`). A planned
 * hospitalisation is health data, so each read is logged like the other
 * clinical fields, under its own field name, against the claim (whether
 * an authorisation was found or not).
 */
export class PriorAuthorisationReads1767900000000 implements MigrationInterface {
  name = 'PriorAuthorisationReads1767900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE diagnosis_read DROP CONSTRAINT diagnosis_read_field_check;
      ALTER TABLE diagnosis_read ADD CONSTRAINT diagnosis_read_field_check
        CHECK (field IN ('diagnosisCodes', 'decisionNote', 'actCode', 'reason', 'solidarityCandidates', 'documentLink', 'documentDownload', 'priorAuthorisation'));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM diagnosis_read WHERE field = 'priorAuthorisation';
      ALTER TABLE diagnosis_read DROP CONSTRAINT diagnosis_read_field_check;
      ALTER TABLE diagnosis_read ADD CONSTRAINT diagnosis_read_field_check
        CHECK (field IN ('diagnosisCodes', 'decisionNote', 'actCode', 'reason', 'solidarityCandidates', 'documentLink', 'documentDownload'));
    `);
  }
}
