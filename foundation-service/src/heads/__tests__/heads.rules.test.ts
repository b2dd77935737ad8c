import { appointmentSnapshot, headTermEvent, isRotationDue, termEndsOn } from '../heads.rules';

describe('head terms', () => {
  it('end on the anniversary of the start date after the configured years', () => {
    expect(termEndsOn({ startDate: '2025-09-09' }, 4)).toBe('2029-09-09');
    expect(termEndsOn({ startDate: '2024-02-29' }, 1)).toBe('2025-02-28');
  });

  it('make rotation due from the day the limit is reached, while the head is in office', () => {
    const open = { startDate: '2025-09-09', endDate: null };
    expect(isRotationDue(open, 4, '2029-09-08')).toBe(false);
    expect(isRotationDue(open, 4, '2029-09-09')).toBe(true);
    expect(isRotationDue({ ...open, endDate: '2030-01-01' }, 4, '2031-01-01')).toBe(false);
  });
});

describe('what a change of head leaves behind', () => {
  const term = {
    id: '6f1c2c1e-3b7a-4a51-9d0e-2f7c1b7e9a01',
    region_code: 'CASABLANCA',
    officer_matricule: 'M100200',
    start_date: '2025-09-09',
    end_date: '2029-09-08',
    decision_reference: 'DGSN/2025/117',
    approved_by: 'Directeur Général de la Sûreté Nationale',
    version: 2,
  };

  it('is an audit record of the whole term, decision and version included', () => {
    expect(appointmentSnapshot(term)).toEqual({
      id: term.id,
      regionCode: 'CASABLANCA',
      officerMatricule: 'M100200',
      startDate: '2025-09-09',
      endDate: '2029-09-08',
      decisionReference: 'DGSN/2025/117',
      approvedBy: 'Directeur Général de la Sûreté Nationale',
      version: 2,
    });
  });

  it('is a registry event naming the term by region and start date, as the mutual knows it', () => {
    expect(headTermEvent('HEAD_TERM_ENDED', term, '2029-09-09')).toEqual({
      type: 'HEAD_TERM_ENDED',
      entity: 'head_term',
      entityId: 'CASABLANCA:2025-09-09',
      effectiveDate: '2029-09-09',
      data: {
        term: { regionCode: 'CASABLANCA', officerMatricule: 'M100200', startDate: '2025-09-09', endDate: '2029-09-08' },
      },
    });
  });
});
