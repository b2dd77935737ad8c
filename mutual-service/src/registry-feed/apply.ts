import type { DependentSnapshot, HeadTermSnapshot, OfficerSnapshot, RegistryEvent } from '@dsp/common';
import type { EntityManager } from 'typeorm';
import { childCoverageEnd, isEligibleDependent } from '../beneficiaries/eligibility.rules';
import { defaultPlanCode, later, MUTUAL_FILE_OPENED } from '../beneficiaries/enrolment.rules';

/**
 * Applies one registry event to the beneficiary file, in the caller's
 * transaction (the consumer's, which also advances the cursor). Events carry
 * snapshots, and every step here is "make the file say this": applying an
 * event twice changes nothing, and replaying the feed from the start ends
 * where the file already is. The rules are the seed's (seed/demo-data.ts):
 *
 * - an officer is in the file while ACTIVE or RETIRED; one who dies keeps
 *   their row (claims refer to it) and their coverage ends on the day of
 *   death; an officer already dead when first heard of is not enrolled;
 * - a transfer or a status change moves the officer's whole family (region
 *   of affiliation, officer status); claims keep their handling region;
 * - a spouse or child is enrolled while they have rights (spouses always,
 *   widows included; children to 21, to 26 with a valid student
 *   certificate, for life when disabled); parents are not the mutual's;
 * - rights that return (a student certificate) reopen the latest coverage;
 *   rights that end (a link ended, a child grown up) close it on their last day;
 * - a head's term is copied as the appointments hold it (see head_term).
 *
 * Eligibility is decided as of the event's effective date, never the clock,
 * so a replay decides the same way.
 */
export async function applyRegistryEvent(manager: EntityManager, event: RegistryEvent): Promise<void> {
  if (event.entity === 'officer') await applyOfficer(manager, event.data.officer, event);
  else if (event.entity === 'dependent') await applyDependent(manager, event.data.dependent, event);
  else await applyHeadTerm(manager, event.data.term);
}

async function applyHeadTerm(manager: EntityManager, term: HeadTermSnapshot): Promise<void> {
  await manager.query(
    `INSERT INTO head_term (region_code, start_date, officer_matricule, end_date) VALUES ($1, $2, $3, $4)
     ON CONFLICT (region_code, start_date) DO UPDATE SET officer_matricule = excluded.officer_matricule, end_date = excluded.end_date, updated_at = now()
      WHERE head_term.officer_matricule <> excluded.officer_matricule OR head_term.end_date IS DISTINCT FROM excluded.end_date`,
    [term.regionCode, term.startDate, term.officerMatricule, term.endDate],
  );
}

const FINAL = new Set(['DECEASED', 'KILLED_ON_DUTY']);

interface FiledRow {
  birth_date: string;
  coverage_id: string | null;
  coverage_end: string | null;
}

const FILED = `
  SELECT to_char(b.birth_date, 'YYYY-MM-DD') AS birth_date, c.id AS coverage_id, to_char(c.end_date, 'YYYY-MM-DD') AS coverage_end
    FROM beneficiary b
    LEFT JOIN LATERAL (SELECT id, end_date FROM coverage WHERE beneficiary_id = b.person_id ORDER BY start_date DESC, id LIMIT 1) c ON true
   WHERE b.person_id = $1`;

async function planId(manager: EntityManager, code: string): Promise<string> {
  const [plan] = await manager.query<Array<{ id: string }>>('SELECT id FROM plan WHERE code = $1', [code]);
  if (!plan) throw new Error(`The mutual has no plan ${code}: load its catalogue before reading the registry feed.`);
  return plan.id;
}

async function openCoverage(
  manager: EntityManager,
  personId: string,
  plan: string,
  sequence: number,
  reference: string,
  start: string,
  end: string | null,
): Promise<void> {
  await manager.query(
    `INSERT INTO coverage (beneficiary_id, plan_id, member_number, compulsory_scheme_reference, start_date, end_date) VALUES ($1, $2, $3, $4, $5, $6)`,
    [personId, plan, `MUT-R${String(sequence).padStart(7, '0')}`, reference, start, end],
  );
}

async function endCoverage(manager: EntityManager, coverageId: string, lastDay: string): Promise<void> {
  await manager.query(
    'UPDATE coverage SET end_date = greatest(start_date, $2::date), updated_at = now() WHERE id = $1',
    [coverageId, lastDay],
  );
}

async function applyOfficer(manager: EntityManager, officer: OfficerSnapshot, event: RegistryEvent): Promise<void> {
  // One statement: the family follows the officer, and the officer's own row comes back as it was
  // (the update changes neither the birth date nor the coverage read here).
  const [row] = await manager.query<FiledRow[]>(
    `WITH family AS (
       UPDATE beneficiary SET region_code = $2, officer_status = $3, updated_at = now()
        WHERE officer_matricule = $1 AND (region_code <> $2 OR officer_status <> $3) RETURNING 1
     ) ${FILED}`,
    [officer.matricule, officer.regionCode, officer.status],
  );
  if (!row) {
    if (FINAL.has(officer.status)) return;
    await manager.query(
      `INSERT INTO beneficiary (person_id, kind, officer_matricule, relation, birth_date, officer_status, region_code)
       VALUES ($1, 'OFFICER', $1, NULL, $2, $3, $4)`,
      [officer.matricule, officer.birthDate, officer.status, officer.regionCode],
    );
    const plan = await planId(manager, defaultPlanCode(officer.rank));
    await openCoverage(
      manager,
      officer.matricule,
      plan,
      event.sequence,
      `AMO-${officer.matricule}-00`,
      later(officer.serviceStartDate, MUTUAL_FILE_OPENED),
      null,
    );
    return;
  }
  if (row.birth_date !== officer.birthDate) {
    await manager.query('UPDATE beneficiary SET birth_date = $2, updated_at = now() WHERE person_id = $1', [
      officer.matricule,
      officer.birthDate,
    ]);
  }
  if (FINAL.has(officer.status) && row.coverage_id !== null && row.coverage_end === null) {
    await endCoverage(manager, row.coverage_id, event.effectiveDate);
  }
}

/**
 * The last day of a dependent's rights once they have none on the effective
 * day: the link's end, or for a child the eve of the 21st birthday (the
 * seed's rule: rights beyond it, a student certificate's, are decided day by
 * day from the certificate, see coverageOn).
 */
function rightsEnd(dependent: DependentSnapshot, effectiveDate: string): string {
  if (dependent.linkEndedOn !== null) return dependent.linkEndedOn;
  if (dependent.relation !== 'CHILD' || dependent.disabled) return effectiveDate;
  return childCoverageEnd(dependent.birthDate);
}

async function applyDependent(
  manager: EntityManager,
  dependent: DependentSnapshot,
  event: RegistryEvent,
): Promise<void> {
  if (dependent.relation === 'PARENT') return;
  const eligible = dependent.linkEndedOn === null && isEligibleDependent(dependent, event.effectiveDate);
  // One statement: the facts are brought in line (when they differ), and the row and its latest coverage come back.
  const [row] = await manager.query<FiledRow[]>(
    `WITH facts AS (
       UPDATE beneficiary SET relation = $2, birth_date = $3, student_until = $4, disabled = $5, officer_status = $6, region_code = $7,
              link_ended_on = $8, updated_at = now()
        WHERE person_id = $1
          AND (relation IS DISTINCT FROM $2 OR birth_date <> $3::date OR student_until IS DISTINCT FROM $4::date OR disabled <> $5
               OR officer_status <> $6 OR region_code <> $7 OR link_ended_on IS DISTINCT FROM $8::date)
        RETURNING 1
     ) ${FILED}`,
    [
      dependent.id,
      dependent.relation,
      dependent.birthDate,
      dependent.studentUntil,
      dependent.disabled,
      dependent.officerStatus,
      dependent.officerRegionCode,
      dependent.linkEndedOn,
    ],
  );
  if (!row) {
    if (dependent.linkEndedOn !== null) return;
    const start = later(later(dependent.officerServiceStartDate, MUTUAL_FILE_OPENED), dependent.birthDate);
    const end = eligible ? null : rightsEnd(dependent, event.effectiveDate);
    if (end !== null && end < start) return;
    await manager.query(
      `INSERT INTO beneficiary (person_id, kind, officer_matricule, relation, birth_date, student_until, disabled, officer_status, region_code)
       VALUES ($1, 'DEPENDENT', $2, $3, $4, $5, $6, $7, $8)`,
      [
        dependent.id,
        dependent.officerMatricule,
        dependent.relation,
        dependent.birthDate,
        dependent.studentUntil,
        dependent.disabled,
        dependent.officerStatus,
        dependent.officerRegionCode,
      ],
    );
    const [family] = await manager.query<Array<{ plan_id: string | null; rank: string }>>(
      `SELECT (SELECT c.plan_id FROM coverage c WHERE c.beneficiary_id = $1 ORDER BY c.start_date DESC, c.id LIMIT 1) AS plan_id,
              (SELECT count(*)::text FROM beneficiary b WHERE b.officer_matricule = $1 AND b.kind = 'DEPENDENT') AS rank`,
      [dependent.officerMatricule],
    );
    const plan = family?.plan_id ?? (await planId(manager, defaultPlanCode(dependent.officerRank)));
    const reference = `AMO-${dependent.officerMatricule}-${String(Number(family?.rank ?? 1)).padStart(2, '0')}`;
    await openCoverage(manager, dependent.id, plan, event.sequence, reference, start, end);
    return;
  }
  if (row.coverage_id === null) return;
  if (eligible && row.coverage_end !== null) {
    await manager.query('UPDATE coverage SET end_date = NULL, updated_at = now() WHERE id = $1', [row.coverage_id]);
  } else if (!eligible && row.coverage_end === null) {
    await endCoverage(manager, row.coverage_id, rightsEnd(dependent, event.effectiveDate));
  }
}
