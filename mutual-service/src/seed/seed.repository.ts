import type { EntityManager } from 'typeorm';
import type { DemoData, PlanRow } from './demo-data';

/**
 * Bulk inserts for the demonstration seed: one statement per table, the rows
 * passed as arrays and expanded with unnest, which keeps tens of thousands of
 * rows to a handful of statements. Array columns travel as comma-joined text
 * because unnest flattens arrays of arrays.
 */
type Scalar = string | number | boolean | null;

/**
 * A PostgreSQL array literal. pg can serialise JS arrays itself, but its
 * general-purpose encoder costs about a second per table at this size.
 */
function pgArray(values: readonly Scalar[]): string {
  const items = values.map((value) => (value === null ? 'NULL' : `"${String(value).replace(/[\\"]/g, '\\$&')}"`));
  return `{${items.join(',')}}`;
}

/** The plans' catalogue as one statement and its array parameters: the seed's, and that of tests that need the catalogue alone. */
export function planInsert(plans: readonly PlanRow[]): [sql: string, values: string[]] {
  return [
    'INSERT INTO plan (id, code, name, name_ar) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])',
    [plans.map((p) => p.id), plans.map((p) => p.code), plans.map((p) => p.name), plans.map((p) => p.nameAr)].map(
      pgArray,
    ),
  ];
}

export class SeedRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Holds off a concurrent seed until this transaction ends, then tells whether the file already has people. */
  async lockAndCheckEmpty(): Promise<boolean> {
    await this.manager.query('LOCK TABLE beneficiary IN SHARE ROW EXCLUSIVE MODE');
    const rows: Array<{ present: boolean }> = await this.manager.query(
      'SELECT EXISTS (SELECT 1 FROM beneficiary) AS present',
    );
    return !rows[0]?.present;
  }

  async insert(data: DemoData): Promise<void> {
    const q = (sql: string, columns: Scalar[][]): Promise<unknown> => this.manager.query(sql, columns.map(pgArray));
    await this.manager.query(...planInsert(data.plans));
    await q(
      'INSERT INTO plan_rule (plan_id, care_type, rate, yearly_ceiling) SELECT * FROM unnest($1::uuid[], $2::text[], $3::numeric[], $4::bigint[])',
      [
        data.planRules.map((r) => r.planId),
        data.planRules.map((r) => r.careType),
        data.planRules.map((r) => r.rate),
        data.planRules.map((r) => String(r.yearlyCeiling)),
      ],
    );
    await q(
      'INSERT INTO act_tariff (act_code, care_type, label, label_ar, tariff) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[])',
      [
        data.acts.map((a) => a.actCode),
        data.acts.map((a) => a.careType),
        data.acts.map((a) => a.label),
        data.acts.map((a) => a.labelAr),
        data.acts.map((a) => String(a.tariff)),
      ],
    );
    await q(
      `INSERT INTO provider (id, name, name_ar, kind, city, city_ar, region_code, care_types)
       SELECT id, name, name_ar, kind, city, city_ar, region_code, string_to_array(care_types, ',')
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
           AS t(id, name, name_ar, kind, city, city_ar, region_code, care_types)`,
      [
        data.providers.map((p) => p.id),
        data.providers.map((p) => p.name),
        data.providers.map((p) => p.nameAr),
        data.providers.map((p) => p.kind),
        data.providers.map((p) => p.city),
        data.providers.map((p) => p.cityAr),
        data.providers.map((p) => p.regionCode),
        data.providers.map((p) => p.careTypes.join(',')),
      ],
    );
    const b = data.beneficiaries;
    await q(
      `INSERT INTO beneficiary (person_id, kind, officer_matricule, relation, birth_date, student_until, disabled, officer_status, region_code)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::date[], $7::boolean[], $8::text[], $9::text[])`,
      [
        b.map((r) => r.personId),
        b.map((r) => r.kind),
        b.map((r) => r.officerMatricule),
        b.map((r) => r.relation),
        b.map((r) => r.birthDate),
        b.map((r) => r.studentUntil),
        b.map((r) => r.disabled),
        b.map((r) => r.officerStatus),
        b.map((r) => r.regionCode),
      ],
    );
    const c = data.coverages;
    await q(
      `INSERT INTO coverage (id, beneficiary_id, plan_id, member_number, compulsory_scheme_reference, start_date, end_date)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::date[], $7::date[])`,
      [
        c.map((r) => r.id),
        c.map((r) => r.beneficiaryId),
        c.map((r) => r.planId),
        c.map((r) => r.memberNumber),
        c.map((r) => r.compulsorySchemeReference),
        c.map((r) => r.startDate),
        c.map((r) => r.endDate),
      ],
    );
    const k = data.claims;
    await q(
      `INSERT INTO claim (id, reference, beneficiary_id, handling_region_code, provider_id, care_type, care_start_date, care_end_date,
                          status, rejection_code, diagnosis_codes, submitted_at, decided_at, paid_at, amount_claimed, amount_approved)
       SELECT id, reference, beneficiary_id, handling_region_code, provider_id, care_type, care_start_date, care_end_date,
              status, rejection_code, string_to_array(diagnosis_codes, ','), submitted_at, decided_at, paid_at, amount_claimed, amount_approved
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::date[], $8::date[],
                     $9::text[], $10::text[], $11::text[], $12::timestamptz[], $13::timestamptz[], $14::timestamptz[], $15::bigint[], $16::bigint[])
           AS t(id, reference, beneficiary_id, handling_region_code, provider_id, care_type, care_start_date, care_end_date,
                status, rejection_code, diagnosis_codes, submitted_at, decided_at, paid_at, amount_claimed, amount_approved)`,
      [
        k.map((r) => r.id),
        k.map((r) => r.reference),
        k.map((r) => r.beneficiaryId),
        k.map((r) => r.handlingRegionCode),
        k.map((r) => r.providerId),
        k.map((r) => r.careType),
        k.map((r) => r.careStartDate),
        k.map((r) => r.careEndDate),
        k.map((r) => r.status),
        k.map((r) => r.rejectionCode),
        k.map((r) => r.diagnosisCodes.join(',')),
        k.map((r) => r.submittedAt.toISOString()),
        k.map((r) => r.decidedAt?.toISOString() ?? null),
        k.map((r) => r.paidAt?.toISOString() ?? null),
        k.map((r) => String(r.amountClaimed)),
        k.map((r) => (r.amountApproved === null ? null : String(r.amountApproved))),
      ],
    );
    const l = data.claimLines;
    await q(
      `INSERT INTO claim_line (id, claim_id, line_number, act_code, quantity, unit_price, amount_claimed, amount_approved)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::int[], $6::bigint[], $7::bigint[], $8::bigint[])`,
      [
        l.map((r) => r.id),
        l.map((r) => r.claimId),
        l.map((r) => r.lineNumber),
        l.map((r) => r.actCode),
        l.map((r) => r.quantity),
        l.map((r) => String(r.unitPrice)),
        l.map((r) => String(r.amountClaimed)),
        l.map((r) => (r.amountApproved === null ? null : String(r.amountApproved))),
      ],
    );
    const a = data.priorAuthorisations;
    await q(
      `INSERT INTO prior_authorisation (id, beneficiary_id, provider_id, region_code, planned_date, reason, status, decision_note, requested_at, decided_at, created_at)
       SELECT id, beneficiary_id, provider_id, region_code, planned_date, reason, status, decision_note, requested_at, decided_at, requested_at
         FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::date[], $6::text[], $7::text[], $8::text[], $9::timestamptz[], $10::timestamptz[])
           AS t(id, beneficiary_id, provider_id, region_code, planned_date, reason, status, decision_note, requested_at, decided_at)`,
      [
        a.map((r) => r.id),
        a.map((r) => r.beneficiaryId),
        a.map((r) => r.providerId),
        a.map((r) => r.regionCode),
        a.map((r) => r.plannedDate),
        a.map((r) => r.reason),
        a.map((r) => r.status),
        a.map((r) => r.decisionNote),
        a.map((r) => r.requestedAt.toISOString()),
        a.map((r) => r.decidedAt?.toISOString() ?? null),
      ],
    );
    await q(
      'INSERT INTO head_term (region_code, start_date, officer_matricule, end_date) SELECT * FROM unnest($1::text[], $2::date[], $3::text[], $4::date[])',
      [
        data.headTerms.map((t) => t.regionCode),
        data.headTerms.map((t) => t.startDate),
        data.headTerms.map((t) => t.officerMatricule),
        data.headTerms.map((t) => t.endDate),
      ],
    );
  }
}
