import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REGIONS } from '../regions/region-names';

/**
 * Why: the Foundation's first schema — the staff registry (officers,
 * trainings, dependents), the regional heads with their history, the social
 * programmes with per-region budgets and quotas, applications and
 * disbursements. Money is bigint centimes, never a float or int4. The
 * seventeen regions are reference data inserted here so that foreign keys
 * hold from the first deployment. Indexes follow the read paths: officers by
 * region and matricule (the connection's order), trigram search over folded
 * names, a region's head, applications by region with status or decision
 * time, an officer's applications newest first, disbursements by region and
 * payment time. Partial unique indexes enforce one open term per region and
 * per officer, so two concurrent appointments cannot both succeed.
 */
export class CreateFoundationSchema1764500000000 implements MigrationInterface {
  name = 'CreateFoundationSchema1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE TABLE region (
        code text PRIMARY KEY,
        name_ar text NOT NULL,
        name_fr text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('WILAYA', 'PROVINCIAL_DIRECTORATE')),
        position integer NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      );

      CREATE TABLE officer (
        matricule text PRIMARY KEY,
        first_name_ar text NOT NULL,
        last_name_ar text NOT NULL,
        first_name_latin text NOT NULL,
        last_name_latin text NOT NULL,
        rank text NOT NULL CHECK (rank IN ('GARDIEN_DE_LA_PAIX', 'BRIGADIER', 'BRIGADIER_CHEF', 'OFFICIER_DE_PAIX', 'INSPECTEUR',
          'OFFICIER_DE_POLICE', 'OFFICIER_PRINCIPAL', 'COMMISSAIRE', 'COMMISSAIRE_PRINCIPAL', 'COMMISSAIRE_DIVISIONNAIRE', 'CONTROLEUR_GENERAL')),
        region_code text NOT NULL REFERENCES region (code) ON DELETE RESTRICT,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'RETIRED', 'DECEASED', 'KILLED_ON_DUTY')),
        birth_date date NOT NULL,
        service_start_date date NOT NULL,
        search_text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX officer_region_matricule_idx ON officer (region_code, matricule);
      CREATE INDEX officer_region_status_idx ON officer (region_code, status);
      CREATE INDEX officer_search_text_trgm_idx ON officer USING gin (search_text gin_trgm_ops);

      CREATE TABLE training (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        officer_matricule text NOT NULL REFERENCES officer (matricule) ON DELETE CASCADE,
        code text NOT NULL,
        title text NOT NULL,
        completed_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (officer_matricule, code)
      );

      CREATE TABLE dependent (
        id uuid PRIMARY KEY,
        officer_matricule text NOT NULL REFERENCES officer (matricule) ON DELETE RESTRICT,
        relation text NOT NULL CHECK (relation IN ('SPOUSE', 'CHILD', 'PARENT')),
        first_name_ar text NOT NULL,
        last_name_ar text NOT NULL,
        first_name_latin text NOT NULL,
        last_name_latin text NOT NULL,
        birth_date date NOT NULL,
        student_until date,
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX dependent_officer_idx ON dependent (officer_matricule, birth_date);

      CREATE TABLE head_appointment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code text NOT NULL REFERENCES region (code) ON DELETE RESTRICT,
        officer_matricule text NOT NULL REFERENCES officer (matricule) ON DELETE RESTRICT,
        start_date date NOT NULL,
        end_date date,
        decision_reference text NOT NULL,
        approved_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (end_date IS NULL OR end_date >= start_date)
      );
      CREATE UNIQUE INDEX head_appointment_one_open_per_region ON head_appointment (region_code) WHERE end_date IS NULL;
      CREATE UNIQUE INDEX head_appointment_one_open_per_officer ON head_appointment (officer_matricule) WHERE end_date IS NULL;
      CREATE INDEX head_appointment_region_start_idx ON head_appointment (region_code, start_date DESC);
      CREATE INDEX head_appointment_officer_idx ON head_appointment (officer_matricule);

      CREATE TABLE programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('HAJJ', 'SUMMER_CAMP', 'SCHOOL_SUPPORT', 'SCHOLARSHIP', 'HOUSING', 'EXCEPTIONAL_AID', 'EID_GRANT')),
        name_fr text NOT NULL,
        name_ar text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      );

      CREATE TABLE campaign (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programme (id) ON DELETE RESTRICT,
        season text NOT NULL,
        year integer NOT NULL,
        opens_on date NOT NULL,
        closes_on date NOT NULL,
        benefit_amount bigint NOT NULL CHECK (benefit_amount > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (programme_id, season),
        CHECK (closes_on >= opens_on)
      );
      CREATE INDEX campaign_year_idx ON campaign (year);

      CREATE TABLE campaign_allocation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
        region_code text NOT NULL REFERENCES region (code) ON DELETE RESTRICT,
        allocated bigint NOT NULL CHECK (allocated >= 0),
        quota integer NOT NULL CHECK (quota >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (campaign_id, region_code)
      );
      CREATE INDEX campaign_allocation_region_idx ON campaign_allocation (region_code, campaign_id);

      CREATE TABLE application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE RESTRICT,
        officer_matricule text NOT NULL REFERENCES officer (matricule) ON DELETE RESTRICT,
        dependent_id uuid REFERENCES dependent (id) ON DELETE RESTRICT,
        region_code text NOT NULL REFERENCES region (code) ON DELETE RESTRICT,
        status text NOT NULL CHECK (status IN ('SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'WAITLISTED', 'REJECTED', 'PAID', 'WITHDRAWN')),
        amount bigint NOT NULL CHECK (amount >= 0),
        submitted_at timestamptz NOT NULL,
        decided_at timestamptz,
        decided_by text,
        decision_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (status NOT IN ('APPROVED', 'WAITLISTED', 'REJECTED', 'PAID') OR (decided_at IS NOT NULL AND decided_by IS NOT NULL)),
        CHECK (decided_at IS NULL OR decided_at >= submitted_at)
      );
      CREATE INDEX application_region_status_idx ON application (region_code, status);
      CREATE INDEX application_region_decided_idx ON application (region_code, decided_at);
      CREATE INDEX application_decided_idx ON application (decided_at);
      CREATE INDEX application_campaign_region_idx ON application (campaign_id, region_code, status);
      CREATE INDEX application_officer_submitted_idx ON application (officer_matricule, submitted_at DESC);
      CREATE INDEX application_dependent_idx ON application (dependent_id) WHERE dependent_id IS NOT NULL;

      CREATE TABLE disbursement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL UNIQUE REFERENCES application (id) ON DELETE RESTRICT,
        region_code text NOT NULL REFERENCES region (code) ON DELETE RESTRICT,
        amount bigint NOT NULL CHECK (amount > 0),
        paid_at timestamptz NOT NULL,
        reference text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX disbursement_region_paid_idx ON disbursement (region_code, paid_at);
    `);
    const values = REGIONS.map((_, i) => `($${4 * i + 1}, $${4 * i + 2}, $${4 * i + 3}, $${4 * i + 4}, ${i + 1})`).join(
      ', ',
    );
    await queryRunner.query(
      `INSERT INTO region (code, name_ar, name_fr, kind, position) VALUES ${values}`,
      REGIONS.flatMap((region) => [region.code, region.nameAr, region.nameFr, region.kind]),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // pg_trgm stays installed: an extension belongs to the database, not to this schema.
    await queryRunner.query(`
      DROP TABLE disbursement;
      DROP TABLE application;
      DROP TABLE campaign_allocation;
      DROP TABLE campaign;
      DROP TABLE programme;
      DROP TABLE head_appointment;
      DROP TABLE dependent;
      DROP TABLE training;
      DROP TABLE officer;
      DROP TABLE region;
    `);
  }
}
