import { dependentSnapshot, officerSnapshot } from '../registry.rules';
import type { DependentRow, OfficerRow } from '../registry.repository';

const officer: OfficerRow = {
  matricule: 'M100200',
  rank: 'COMMISSAIRE',
  region_code: 'FES',
  status: 'DECEASED',
  birth_date: '1970-04-12',
  service_start_date: '1994-09-01',
  version: 4,
};

const child: DependentRow = {
  id: '0b5e9c1a-7d2f-4e8a-9c3b-1f2e3d4c5b6a',
  officer_matricule: 'M100200',
  relation: 'CHILD',
  birth_date: '2004-01-20',
  student_from: '2025-09-15',
  student_until: '2026-07-31',
  disabled: false,
  link_ended_on: '2026-08-31',
  link_end_reason: 'INDEPENDENCE',
  version: 3,
};

describe('registry snapshots', () => {
  it("carry an officer's region, status and dates, not the row's version", () => {
    expect(officerSnapshot(officer)).toEqual({
      matricule: 'M100200',
      rank: 'COMMISSAIRE',
      regionCode: 'FES',
      status: 'DECEASED',
      birthDate: '1970-04-12',
      serviceStartDate: '1994-09-01',
    });
  });

  it("carry a dependent's certificate, disability and link end, with where their officer stands", () => {
    expect(dependentSnapshot(child, officer)).toEqual({
      id: child.id,
      officerMatricule: 'M100200',
      relation: 'CHILD',
      birthDate: '2004-01-20',
      studentFrom: '2025-09-15',
      studentUntil: '2026-07-31',
      disabled: false,
      linkEndedOn: '2026-08-31',
      officerRegionCode: 'FES',
      officerStatus: 'DECEASED',
      officerRank: 'COMMISSAIRE',
      officerServiceStartDate: '1994-09-01',
    });
  });
});
