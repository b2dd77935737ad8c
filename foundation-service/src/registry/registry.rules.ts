import type { DependentSnapshot, OfficerSnapshot } from '@dsp/common';
import type { DependentRow, OfficerRow } from './registry.repository';

/** An officer as the audit trail and the registry feed carry them. */
export function officerSnapshot(row: OfficerRow): OfficerSnapshot {
  return {
    matricule: row.matricule,
    rank: row.rank,
    regionCode: row.region_code,
    status: row.status,
    birthDate: row.birth_date,
    serviceStartDate: row.service_start_date,
  };
}

/** A dependent as the audit trail and the registry feed carry them, with where their officer stands at that moment. */
export function dependentSnapshot(row: DependentRow, officer: OfficerRow): DependentSnapshot {
  return {
    id: row.id,
    officerMatricule: row.officer_matricule,
    relation: row.relation,
    birthDate: row.birth_date,
    studentFrom: row.student_from,
    studentUntil: row.student_until,
    disabled: row.disabled,
    linkEndedOn: row.link_ended_on,
    officerRegionCode: officer.region_code,
    officerStatus: officer.status,
    officerRank: officer.rank,
    officerServiceStartDate: officer.service_start_date,
  };
}
