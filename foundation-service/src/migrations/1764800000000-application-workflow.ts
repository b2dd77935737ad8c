import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: the Foundation's programmes become a workflow (issue 4): the national
 * administration opens campaigns with eligibility rules and sets each
 * region's budget and quota; agents and officers submit applications, heads
 * decide them, agents record payments.
 *
 * - campaign.eligibility holds the rules as data (jsonb, README "Eligibility
 *   rules"); a CHECK with eligibility_rules_valid() refuses anything outside
 *   the vocabulary even when written around the service. '{}' (no rule) is
 *   the default, so existing rows and bulk loads stay valid.
 * - application.ranking_score (computed at submission, README "Ranking",
 *   default 0) and application.beneficiary_kind (nullable: rows loaded
 *   without it are derived from the officer's status and the dependent's
 *   relation, here for existing rows and by the service on read);
 *   disbursement.recorded_by (nullable: the agent's subject).
 * - One live application (not withdrawn nor rejected) per beneficiary and
 *   campaign, by a partial unique index, so two concurrent submissions
 *   cannot both succeed.
 * - The work queues' orders have their indexes (to review: oldest first; to
 *   decide: ranking then oldest; all: newest first, per region and across).
 * - lock_allocation() takes a region's allocation row FOR UPDATE and then
 *   sums what is committed, so approvals (and budget changes, and waitlist
 *   promotions) of one campaign and region take turns and each sees the
 *   previous one's approvals: the budget and the quota hold under any
 *   concurrency. It is SECURITY DEFINER because FOR UPDATE needs the UPDATE
 *   policy that only the national administration has; it returns figures,
 *   never personal data. promote_first_waitlisted() moves the first
 *   still-eligible WAITLISTED application up when an APPROVED one is
 *   withdrawn, whoever withdraws (an officer may neither read nor change
 *   another family's application).
 * - Row-level security now also says who may write: applications inserted
 *   by a foundation agent of their region or the officer for their own
 *   family (SUBMITTED only), changed by the region's agent or head (each to
 *   the statuses of their steps) or by the officer (to WITHDRAWN only);
 *   disbursements inserted by the region's foundation agent, never changed;
 *   campaigns and allocations written by the national administration only;
 *   programmes read-only. Nothing is deleted.
 */
export class ApplicationWorkflow1764800000000 implements MigrationInterface {
  name = 'ApplicationWorkflow1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION eligibility_rules_valid(rules jsonb) RETURNS boolean
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$
          SELECT jsonb_typeof(rules) = 'object'
             AND NOT EXISTS (
               SELECT 1 FROM jsonb_object_keys(rules) AS k
                WHERE k NOT IN ('beneficiaryKinds', 'minAge', 'maxAge', 'ageReferenceDate', 'officerStatuses', 'oncePerLifetime', 'maxPerFamily', 'priorityKilledOnDuty'))
             AND (NOT rules ? 'beneficiaryKinds' OR (jsonb_typeof(rules->'beneficiaryKinds') = 'array'
                  AND (rules->'beneficiaryKinds') <@ '["OFFICER", "SPOUSE", "CHILD", "RETIREE", "WIDOW", "ORPHAN"]'::jsonb))
             AND (NOT rules ? 'officerStatuses' OR (jsonb_typeof(rules->'officerStatuses') = 'array'
                  AND (rules->'officerStatuses') <@ '["ACTIVE", "RETIRED", "DECEASED", "KILLED_ON_DUTY"]'::jsonb))
             AND coalesce(jsonb_typeof(rules->'minAge'), 'null') IN ('number', 'null')
             AND coalesce(jsonb_typeof(rules->'maxAge'), 'null') IN ('number', 'null')
             AND coalesce(jsonb_typeof(rules->'maxPerFamily'), 'null') IN ('number', 'null')
             AND coalesce(jsonb_typeof(rules->'ageReferenceDate'), 'null') IN ('string', 'null')
             AND coalesce(jsonb_typeof(rules->'oncePerLifetime'), 'boolean') = 'boolean'
             AND coalesce(jsonb_typeof(rules->'priorityKilledOnDuty'), 'boolean') = 'boolean'
        $$;

      ALTER TABLE campaign ADD COLUMN eligibility jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (eligibility_rules_valid(eligibility));
      ALTER TABLE application ADD COLUMN ranking_score integer NOT NULL DEFAULT 0;
      ALTER TABLE application ADD COLUMN beneficiary_kind text CHECK (beneficiary_kind IN ('OFFICER', 'SPOUSE', 'CHILD', 'RETIREE', 'WIDOW', 'ORPHAN'));
      ALTER TABLE disbursement ADD COLUMN recorded_by text;

      UPDATE application a SET beneficiary_kind = CASE
          WHEN a.dependent_id IS NULL THEN CASE o.status WHEN 'RETIRED' THEN 'RETIREE' ELSE 'OFFICER' END
          WHEN (SELECT d.relation FROM dependent d WHERE d.id = a.dependent_id) = 'SPOUSE'
            THEN CASE WHEN o.status IN ('DECEASED', 'KILLED_ON_DUTY') THEN 'WIDOW' ELSE 'SPOUSE' END
          WHEN (SELECT d.relation FROM dependent d WHERE d.id = a.dependent_id) = 'CHILD'
            THEN CASE WHEN o.status IN ('DECEASED', 'KILLED_ON_DUTY') THEN 'ORPHAN' ELSE 'CHILD' END
        END
        FROM officer o WHERE o.matricule = a.officer_matricule;

      CREATE UNIQUE INDEX application_one_live_per_beneficiary ON application
        (campaign_id, officer_matricule, coalesce(dependent_id, '00000000-0000-0000-0000-000000000000'::uuid))
        WHERE status IN ('SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED', 'APPROVED', 'PAID');
      CREATE INDEX application_queue_review_idx ON application (region_code, submitted_at, id) WHERE status = 'SUBMITTED';
      CREATE INDEX application_queue_decide_idx ON application (region_code, ranking_score DESC, submitted_at, id) WHERE status IN ('UNDER_REVIEW', 'WAITLISTED');
      CREATE INDEX application_queue_all_idx ON application (region_code, submitted_at DESC, id DESC);
      CREATE INDEX application_submitted_idx ON application (submitted_at DESC, id DESC);
      CREATE INDEX application_campaign_region_submitted_idx ON application (campaign_id, region_code, submitted_at);

      -- Locks a region's allocation of a campaign and returns it with what is committed to it.
      CREATE FUNCTION lock_allocation(p_campaign uuid, p_region text)
        RETURNS TABLE (id uuid, allocated bigint, quota integer, committed bigint, approved integer, version integer)
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
        BEGIN
          PERFORM 1 FROM public.campaign_allocation ca WHERE ca.campaign_id = p_campaign AND ca.region_code = p_region FOR UPDATE;
          -- A new statement, so a new snapshot: the approvals of whoever held the lock before are counted.
          RETURN QUERY
            SELECT ca.id, ca.allocated, ca.quota,
                   coalesce(sum(a.amount) FILTER (WHERE a.status IN ('APPROVED', 'PAID')), 0)::bigint,
                   (count(a.id) FILTER (WHERE a.status IN ('APPROVED', 'PAID')))::integer,
                   ca.version
              FROM public.campaign_allocation ca
              LEFT JOIN public.application a ON a.campaign_id = ca.campaign_id AND a.region_code = ca.region_code AND a.status IN ('APPROVED', 'PAID')
             WHERE ca.campaign_id = p_campaign AND ca.region_code = p_region
             GROUP BY ca.id;
        END
        $$;

      -- After an APPROVED application of the campaign and region was withdrawn: the first WAITLISTED one
      -- by ranking that fits the remaining budget and quota and the campaign's family rules becomes APPROVED.
      CREATE FUNCTION promote_first_waitlisted(p_campaign uuid, p_region text, p_actor text, p_reason text)
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
               SET status = 'APPROVED', decided_at = greatest(now(), u.submitted_at), decided_by = p_actor, decision_reason = p_reason,
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
        $$;

      -- Where allocations and payments belong, and nothing else: for the service's decisions only.
      CREATE FUNCTION allocation_scope(ids uuid[])
        RETURNS TABLE (id uuid, region_code text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$ SELECT ca.id, ca.region_code FROM public.campaign_allocation ca WHERE ca.id = ANY(ids) $$;

      CREATE FUNCTION disbursement_scope(ids uuid[])
        RETURNS TABLE (id uuid, officer_matricule text, region_code text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$
          SELECT d.id, a.officer_matricule, d.region_code
          FROM public.disbursement d JOIN public.application a ON a.id = d.application_id WHERE d.id = ANY(ids)
        $$;

      CREATE FUNCTION app_in_region(roles text[], region text) RETURNS boolean
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT app_role() = ANY(roles) AND region = nullif(current_setting('app.region', true), '') $$;

      DROP POLICY application_caller ON application;
      CREATE POLICY application_read ON application FOR SELECT TO PUBLIC
        USING (app_may_read_social(region_code) OR app_is_officer(officer_matricule));
      CREATE POLICY application_submit ON application FOR INSERT TO PUBLIC
        WITH CHECK (status = 'SUBMITTED' AND (app_in_region(ARRAY['FOUNDATION_AGENT'], region_code) OR app_is_officer(officer_matricule)));
      CREATE POLICY application_change ON application FOR UPDATE TO PUBLIC
        USING (app_in_region(ARRAY['FOUNDATION_AGENT', 'REGIONAL_HEAD'], region_code) OR app_is_officer(officer_matricule))
        WITH CHECK (
          (app_in_region(ARRAY['FOUNDATION_AGENT'], region_code) AND status IN ('UNDER_REVIEW', 'WITHDRAWN', 'PAID'))
          OR (app_in_region(ARRAY['REGIONAL_HEAD'], region_code) AND status IN ('UNDER_REVIEW', 'APPROVED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN'))
          OR (app_is_officer(officer_matricule) AND status = 'WITHDRAWN'));

      DROP POLICY disbursement_caller ON disbursement;
      CREATE POLICY disbursement_read ON disbursement FOR SELECT TO PUBLIC
        USING (
          app_may_read_social(region_code)
          OR EXISTS (SELECT 1 FROM application a WHERE a.id = disbursement.application_id AND app_is_officer(a.officer_matricule))
        );
      CREATE POLICY disbursement_record ON disbursement FOR INSERT TO PUBLIC
        WITH CHECK (app_in_region(ARRAY['FOUNDATION_AGENT'], region_code));

      DROP POLICY campaign_allocation_caller ON campaign_allocation;
      CREATE POLICY campaign_allocation_read ON campaign_allocation FOR SELECT TO PUBLIC USING (app_may_read_social(region_code));
      CREATE POLICY campaign_allocation_create ON campaign_allocation FOR INSERT TO PUBLIC WITH CHECK (app_role() = 'NATIONAL_ADMIN');
      CREATE POLICY campaign_allocation_change ON campaign_allocation FOR UPDATE TO PUBLIC
        USING (app_role() = 'NATIONAL_ADMIN') WITH CHECK (app_role() = 'NATIONAL_ADMIN');

      ALTER TABLE campaign ENABLE ROW LEVEL SECURITY;
      ALTER TABLE campaign FORCE ROW LEVEL SECURITY;
      CREATE POLICY campaign_owner ON campaign TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY campaign_read ON campaign FOR SELECT TO PUBLIC USING (app_role() <> '');
      CREATE POLICY campaign_create ON campaign FOR INSERT TO PUBLIC WITH CHECK (app_role() = 'NATIONAL_ADMIN');
      CREATE POLICY campaign_change ON campaign FOR UPDATE TO PUBLIC USING (app_role() = 'NATIONAL_ADMIN') WITH CHECK (app_role() = 'NATIONAL_ADMIN');

      ALTER TABLE programme ENABLE ROW LEVEL SECURITY;
      ALTER TABLE programme FORCE ROW LEVEL SECURITY;
      CREATE POLICY programme_owner ON programme TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY programme_read ON programme FOR SELECT TO PUBLIC USING (app_role() <> '');
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP POLICY programme_read ON programme;
      DROP POLICY programme_owner ON programme;
      ALTER TABLE programme NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE programme DISABLE ROW LEVEL SECURITY;
      DROP POLICY campaign_change ON campaign;
      DROP POLICY campaign_create ON campaign;
      DROP POLICY campaign_read ON campaign;
      DROP POLICY campaign_owner ON campaign;
      ALTER TABLE campaign NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE campaign DISABLE ROW LEVEL SECURITY;

      DROP POLICY campaign_allocation_change ON campaign_allocation;
      DROP POLICY campaign_allocation_create ON campaign_allocation;
      DROP POLICY campaign_allocation_read ON campaign_allocation;
      CREATE POLICY campaign_allocation_caller ON campaign_allocation TO PUBLIC USING (app_may_read_social(region_code));

      DROP POLICY disbursement_record ON disbursement;
      DROP POLICY disbursement_read ON disbursement;
      CREATE POLICY disbursement_caller ON disbursement TO PUBLIC
        USING (
          app_may_read_social(region_code)
          OR EXISTS (SELECT 1 FROM application a WHERE a.id = disbursement.application_id AND app_is_officer(a.officer_matricule))
        );

      DROP POLICY application_change ON application;
      DROP POLICY application_submit ON application;
      DROP POLICY application_read ON application;
      CREATE POLICY application_caller ON application TO PUBLIC
        USING (app_may_read_social(region_code) OR app_is_officer(officer_matricule));

      DROP FUNCTION app_in_region(text[], text);
      DROP FUNCTION disbursement_scope(uuid[]);
      DROP FUNCTION allocation_scope(uuid[]);
      DROP FUNCTION promote_first_waitlisted(uuid, text, text, text);
      DROP FUNCTION lock_allocation(uuid, text);
      DROP INDEX application_campaign_region_submitted_idx;
      DROP INDEX application_submitted_idx;
      DROP INDEX application_queue_all_idx;
      DROP INDEX application_queue_decide_idx;
      DROP INDEX application_queue_review_idx;
      DROP INDEX application_one_live_per_beneficiary;
      ALTER TABLE disbursement DROP COLUMN recorded_by;
      ALTER TABLE application DROP COLUMN beneficiary_kind;
      ALTER TABLE application DROP COLUMN ranking_score;
      ALTER TABLE campaign DROP COLUMN eligibility;
      DROP FUNCTION eligibility_rules_valid(jsonb);
    `);
  }
}
