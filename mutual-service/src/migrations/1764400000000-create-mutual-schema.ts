import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REGION_CODES } from '@dsp/common';

/**
 * Why: the Mutual's first schema: its own beneficiary file (so rights are
 * decided without calling the foundation), plans and tariffs, providers, and
 * claims with their lines. Money is bigint centimes, never a float. The
 * seventeen region codes are reference data inserted here, so that foreign
 * keys hold from the first deployment; their names stay with the foundation.
 * Indexes follow the read paths: a region's dashboard (claims by handling
 * region with status or submission/decision/payment time), a person's file
 * (coverage and claims by beneficiary) and a region's facilities.
 */
export class CreateMutualSchema1764400000000 implements MigrationInterface {
  name = 'CreateMutualSchema1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE region (
        code text PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE beneficiary (
        person_id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('OFFICER', 'DEPENDENT')),
        officer_matricule text NOT NULL,
        relation text CHECK (relation IN ('SPOUSE', 'CHILD', 'PARENT')),
        birth_date date NOT NULL,
        student_until date,
        disabled boolean NOT NULL DEFAULT false,
        officer_status text NOT NULL CHECK (officer_status IN ('ACTIVE', 'RETIRED', 'DECEASED', 'KILLED_ON_DUTY')),
        region_code text NOT NULL REFERENCES region (code) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'OFFICER') = (relation IS NULL)),
        CHECK (kind = 'DEPENDENT' OR person_id = officer_matricule)
      );
      CREATE INDEX beneficiary_region_idx ON beneficiary (region_code);
      CREATE INDEX beneficiary_officer_idx ON beneficiary (officer_matricule);

      CREATE TABLE plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE plan_rule (
        plan_id uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
        care_type text NOT NULL,
        rate numeric(5, 4) NOT NULL CHECK (rate >= 0 AND rate <= 1),
        yearly_ceiling bigint NOT NULL CHECK (yearly_ceiling >= 0),
        PRIMARY KEY (plan_id, care_type)
      );

      CREATE TABLE act_tariff (
        act_code text PRIMARY KEY,
        care_type text NOT NULL,
        label text NOT NULL,
        tariff bigint NOT NULL CHECK (tariff >= 0)
      );

      CREATE TABLE coverage (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id text NOT NULL REFERENCES beneficiary (person_id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES plan (id) ON DELETE RESTRICT,
        member_number text NOT NULL UNIQUE,
        compulsory_scheme_reference text NOT NULL,
        start_date date NOT NULL,
        end_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_date IS NULL OR end_date >= start_date)
      );
      CREATE INDEX coverage_beneficiary_idx ON coverage (beneficiary_id, start_date DESC);
      CREATE INDEX coverage_plan_idx ON coverage (plan_id);

      CREATE TABLE provider (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('MEDICAL_CENTRE', 'CONTRACTED')),
        city text NOT NULL,
        region_code text NOT NULL REFERENCES region (code) ON DELETE RESTRICT,
        care_types text[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX provider_region_idx ON provider (region_code, kind, name);

      CREATE TABLE claim (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        beneficiary_id text NOT NULL REFERENCES beneficiary (person_id) ON DELETE RESTRICT,
        handling_region_code text NOT NULL REFERENCES region (code) ON DELETE RESTRICT,
        provider_id uuid REFERENCES provider (id) ON DELETE SET NULL,
        care_type text NOT NULL,
        care_start_date date NOT NULL,
        care_end_date date NOT NULL,
        status text NOT NULL CHECK (status IN ('ENTERED', 'CHECKED', 'UNDER_REVIEW', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'PAID')),
        rejection_code text,
        diagnosis_codes text[] NOT NULL DEFAULT '{}',
        submitted_at timestamptz NOT NULL,
        decided_at timestamptz,
        paid_at timestamptz,
        amount_claimed bigint NOT NULL CHECK (amount_claimed >= 0),
        amount_approved bigint CHECK (amount_approved >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (care_end_date >= care_start_date),
        CHECK ((status IN ('ENTERED', 'CHECKED', 'UNDER_REVIEW')) = (decided_at IS NULL)),
        CHECK ((status = 'PAID') = (paid_at IS NOT NULL)),
        CHECK ((status = 'REJECTED') = (rejection_code IS NOT NULL)),
        CHECK ((decided_at IS NULL) = (amount_approved IS NULL))
      );
      CREATE INDEX claim_region_status_idx ON claim (handling_region_code, status);
      CREATE INDEX claim_region_submitted_idx ON claim (handling_region_code, submitted_at);
      CREATE INDEX claim_region_decided_idx ON claim (handling_region_code, decided_at) WHERE decided_at IS NOT NULL;
      CREATE INDEX claim_region_paid_idx ON claim (handling_region_code, paid_at) WHERE paid_at IS NOT NULL;
      CREATE INDEX claim_beneficiary_idx ON claim (beneficiary_id, submitted_at DESC);
      CREATE INDEX claim_provider_idx ON claim (provider_id);

      CREATE TABLE claim_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claim_id uuid NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
        line_number integer NOT NULL,
        act_code text NOT NULL REFERENCES act_tariff (act_code) ON DELETE RESTRICT,
        quantity integer NOT NULL CHECK (quantity > 0),
        unit_price bigint NOT NULL CHECK (unit_price >= 0),
        amount_claimed bigint NOT NULL CHECK (amount_claimed >= 0),
        amount_approved bigint CHECK (amount_approved >= 0),
        UNIQUE (claim_id, line_number)
      );
    `);
    await queryRunner.query('INSERT INTO region (code) SELECT unnest($1::text[])', [[...REGION_CODES]]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE claim_line;
      DROP TABLE claim;
      DROP TABLE provider;
      DROP TABLE coverage;
      DROP TABLE act_tariff;
      DROP TABLE plan_rule;
      DROP TABLE plan;
      DROP TABLE beneficiary;
      DROP TABLE region;
    `);
  }
}
