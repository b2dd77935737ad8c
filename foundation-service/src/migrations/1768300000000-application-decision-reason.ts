import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A waiting-list promotion (1764800000000), its SET clause for who decided and why given. */
function promotion(decision: string): string {
  return `
    CREATE OR REPLACE FUNCTION promote_first_waitlisted(p_campaign uuid, p_region text, p_actor text, p_reason text)
      RETURNS TABLE (id uuid, version integer)
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
      AS $$
      DECLARE
        room record;
        rules jsonb;
        programme uuid;
      BEGIN
        IF app_role() NOT IN ('OFFICER', 'FOUNDATION_AGENT', 'REGIONAL_HEAD') THEN
          RAISE EXCEPTION 'promote_first_waitlisted: not for role %', app_role();
        END IF;
        SELECT * INTO room FROM lock_allocation(p_campaign, p_region);
        IF NOT FOUND OR room.approved >= room.quota THEN RETURN; END IF;
        SELECT c.eligibility, c.programme_id INTO rules, programme FROM public.campaign c WHERE c.id = p_campaign;
        RETURN QUERY
          UPDATE public.application u
             SET status = 'APPROVED', decided_at = greatest(now(), u.submitted_at), ${decision},
                 version = u.version + 1, updated_at = now()
           WHERE u.id = (
             SELECT w.id FROM public.application w
              WHERE w.campaign_id = p_campaign AND w.region_code = p_region AND w.status = 'WAITLISTED'
                AND w.amount <= room.allocated - room.committed
                AND (rules->'maxPerFamily' IS NULL OR jsonb_typeof(rules->'maxPerFamily') = 'null'
                     OR (SELECT count(*) FROM public.application f
                          WHERE f.campaign_id = p_campaign AND f.officer_matricule = w.officer_matricule AND f.status IN ('APPROVED', 'PAID'))
                        < (rules->>'maxPerFamily')::integer)
                AND (coalesce((rules->>'oncePerLifetime')::boolean, false) = false
                     OR NOT EXISTS (SELECT 1 FROM public.application p JOIN public.campaign pc ON pc.id = p.campaign_id
                                     WHERE pc.programme_id = programme AND p.officer_matricule = w.officer_matricule
                                       AND p.dependent_id IS NOT DISTINCT FROM w.dependent_id AND p.status IN ('APPROVED', 'PAID')))
              ORDER BY w.ranking_score DESC, w.submitted_at, w.id
              LIMIT 1
              FOR UPDATE)
          RETURNING u.id, u.version;
      END
      $$;`;
}

/** The French sentence promotions wrote as their reason before this migration. */
const PROMOTION_TEXT = "Promu depuis la liste d'attente après un désistement";

/**
 * Why: a waitlisted or rejected application said why only in the words its
 * head typed, in one language, and a promotion from the waiting list in a
 * French sentence: an applicant reading Arabic read French. The reason is
 * now a code the client says in the reader's language
 * (`Application.decisionReasonCode`, README "Programmes and applications"),
 * with the typed words kept as a note beside it.
 *
 * - application.decision_reason_code, one of the codes or null (approvals
 *   and withdrawals, whose words stay free text).
 * - Existing rows: a promotion's French sentence becomes its code and the
 *   note is emptied (it said only that); any other waitlisted or rejected
 *   application with a reason is OTHER, its words kept as the note.
 * - promote_first_waitlisted() writes PROMOTED_FROM_WAITLIST and the note it
 *   is given (null from the service).
 */
export class ApplicationDecisionReason1768300000000 implements MigrationInterface {
  name = 'ApplicationDecisionReason1768300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE application ADD COLUMN decision_reason_code text
        CHECK (decision_reason_code IN ('INCOMPLETE_FILE', 'CONDITIONS_NOT_MET', 'ALREADY_SUPPORTED',
                                        'ROOM_FOR_HIGHER_RANKED', 'PROMOTED_FROM_WAITLIST', 'OTHER'))`);
    await queryRunner.query(
      `UPDATE application SET decision_reason_code = 'PROMOTED_FROM_WAITLIST', decision_reason = NULL
        WHERE decision_reason = $1 AND status IN ('APPROVED', 'PAID')`,
      [PROMOTION_TEXT],
    );
    await queryRunner.query(
      `UPDATE application SET decision_reason_code = 'OTHER'
        WHERE status IN ('WAITLISTED', 'REJECTED') AND decision_reason IS NOT NULL`,
    );
    await queryRunner.query(
      promotion("decided_by = p_actor, decision_reason = p_reason, decision_reason_code = 'PROMOTED_FROM_WAITLIST'"),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(promotion('decided_by = p_actor, decision_reason = p_reason'));
    await queryRunner.query(
      `UPDATE application SET decision_reason = $1 WHERE decision_reason_code = 'PROMOTED_FROM_WAITLIST' AND decision_reason IS NULL`,
      [PROMOTION_TEXT],
    );
    await queryRunner.query('ALTER TABLE application DROP COLUMN decision_reason_code');
  }
}
