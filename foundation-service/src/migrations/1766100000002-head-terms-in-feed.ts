import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: the mutual granted a REGIONAL_HEAD token its region's health figures
 * until the token expired, even after the head was replaced (issue 15).
 *
 * Head terms now travel on the registry feed (HEAD_APPOINTED,
 * HEAD_TERM_ENDED, entity head_term) so the mutual keeps its own copy of who
 * heads each region, as it keeps its copy of the staff registry. Existing
 * terms are appended once here, in start order, so a mutual already in
 * step with the feed learns them from the feed like any later appointment.
 */
export class HeadTermsInFeed1766100000002 implements MigrationInterface {
  name = 'HeadTermsInFeed1766100000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE registry_event DROP CONSTRAINT registry_event_type_check;
      ALTER TABLE registry_event ADD CONSTRAINT registry_event_type_check CHECK (type IN ('OFFICER_REGISTERED', 'OFFICER_TRANSFERRED',
        'OFFICER_STATUS_CHANGED', 'DEPENDENT_REGISTERED', 'DEPENDENT_UPDATED', 'DEPENDENT_LINK_ENDED', 'HEAD_APPOINTED', 'HEAD_TERM_ENDED'));
      ALTER TABLE registry_event DROP CONSTRAINT registry_event_entity_check;
      ALTER TABLE registry_event ADD CONSTRAINT registry_event_entity_check CHECK (entity IN ('officer', 'dependent', 'head_term'));

      -- registry_event_append writes for the national administration, who appoints heads.
      SELECT set_config('app.role', 'NATIONAL_ADMIN', true);
      SELECT registry_event_append(
               CASE WHEN h.end_date IS NULL THEN 'HEAD_APPOINTED' ELSE 'HEAD_TERM_ENDED' END, 'head_term',
               h.region_code || ':' || to_char(h.start_date, 'YYYY-MM-DD'), coalesce(h.end_date + 1, h.start_date),
               jsonb_build_object('term', jsonb_build_object('regionCode', h.region_code, 'officerMatricule', h.officer_matricule,
                 'startDate', to_char(h.start_date, 'YYYY-MM-DD'), 'endDate', to_char(h.end_date, 'YYYY-MM-DD'))))
        FROM (SELECT * FROM head_appointment ORDER BY start_date, region_code) h;
    `);
  }

  /** For development databases: the head events leave the feed (a mutual that read them keeps its copy). */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM registry_event WHERE entity = 'head_term';
      ALTER TABLE registry_event DROP CONSTRAINT registry_event_entity_check;
      ALTER TABLE registry_event ADD CONSTRAINT registry_event_entity_check CHECK (entity IN ('officer', 'dependent'));
      ALTER TABLE registry_event DROP CONSTRAINT registry_event_type_check;
      ALTER TABLE registry_event ADD CONSTRAINT registry_event_type_check CHECK (type IN ('OFFICER_REGISTERED', 'OFFICER_TRANSFERRED',
        'OFFICER_STATUS_CHANGED', 'DEPENDENT_REGISTERED', 'DEPENDENT_UPDATED', 'DEPENDENT_LINK_ENDED'));
    `);
  }
}
