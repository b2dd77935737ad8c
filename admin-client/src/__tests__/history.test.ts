import { historyPath, isAuditEntity, isMutualEntity, readsTrail, shownChanges, trailEntitiesOf } from '../history';

describe("a record's history in words", () => {
  it('shows the fields a reader knows, in their order, and leaves internal keys and versions to the complete record', () => {
    const shown = shownChanges([
      { field: 'version', before: '2', after: '3' },
      { field: 'decidedAt', before: null, after: '2026-12-06T09:00:00Z' },
      { field: 'campaignId', before: null, after: '0b0c…' },
      { field: 'status', before: 'UNDER_REVIEW', after: 'APPROVED' },
    ]);
    expect(shown.map(({ field, label, before, after }) => [field, label, before, after])).toEqual([
      ['status', 'auditField.status', 'UNDER_REVIEW', 'APPROVED'],
      ['decidedAt', 'auditField.decidedAt', null, '2026-12-06T09:00:00Z'],
    ]);
  });

  it('reads amounts as money, days as dates, regions by name and codes by their enum', () => {
    const kinds = Object.fromEntries(
      shownChanges(
        ['allocated', 'plannedDate', 'regionCode', 'rejectionCode', 'status'].map((field) => ({
          field,
          before: null,
          after: 'x',
        })),
      ).map(({ field, kind }) => [field, kind]),
    );
    expect(kinds).toEqual({
      allocated: 'money',
      plannedDate: 'date',
      regionCode: 'region',
      rejectionCode: { enumName: 'RejectionCode' },
      status: 'status',
    });
  });

  it("opens a record's history at its address, the Mutual's records from the Mutual's trail", () => {
    expect(historyPath('campaign_allocation', 'a b')).toBe('/audit?entity=campaign_allocation&id=a+b');
    expect(['claim', 'prior_authorisation', 'application'].map((e) => isAuditEntity(e) && isMutualEntity(e))).toEqual([
      true,
      true,
      false,
    ]);
    expect([isAuditEntity('officer'), isAuditEntity(null)]).toEqual([false, false]);
  });

  it("offers each role the histories the API lets it read: the Mutual's agents the Mutual's records alone", () => {
    expect(trailEntitiesOf('MUTUAL_AGENT')).toEqual(['claim', 'prior_authorisation']);
    expect(trailEntitiesOf('REGIONAL_HEAD')).toEqual([
      'application',
      'campaign',
      'campaign_allocation',
      'disbursement',
      'head_appointment',
      'claim',
      'prior_authorisation',
    ]);
    expect(['FOUNDATION_AGENT', 'MEDICAL_ADVISOR', 'OFFICER', undefined].map((role) => trailEntitiesOf(role))).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect([readsTrail('MUTUAL_AGENT', 'claim'), readsTrail('MUTUAL_AGENT', 'application')]).toEqual([true, false]);
  });
});
