import { auditChanges, stateAsJson } from '../writes/audit';

describe('an audit record state as the contract shows it', () => {
  it('is JSON text, and no state is null', () => {
    expect(stateAsJson({ status: 'CHECKED', version: 2 })).toBe('{"status":"CHECKED","version":2}');
    expect(stateAsJson(null)).toBeNull();
    expect(stateAsJson(undefined)).toBeNull();
  });
});

describe('the fields a recorded change touched', () => {
  const money = new Set(['amount']);

  it('are, by name, for an update, those whose value changed, amounts as Money and the rest as written', () => {
    expect(
      auditChanges(
        { status: 'UNDER_REVIEW', amount: '1000000', decidedAt: null, version: 2 },
        { status: 'APPROVED', amount: '1000000', decidedAt: '2026-12-06T09:00:00Z', version: 3 },
        money,
      ),
    ).toEqual([
      { field: 'decidedAt', before: null, after: '2026-12-06T09:00:00Z' },
      { field: 'status', before: 'UNDER_REVIEW', after: 'APPROVED' },
      { field: 'version', before: '2', after: '3' },
    ]);
  });

  it('are, for a creation, every field given a value, and for a removal every field it had', () => {
    expect(auditChanges(null, { amount: '250050', dependentId: null, rules: { minAge: 18 } }, money)).toEqual([
      { field: 'amount', before: null, after: '2500.50' },
      { field: 'rules', before: null, after: '{"minAge":18}' },
    ]);
    expect(auditChanges({ quota: 20 }, null, money)).toEqual([{ field: 'quota', before: '20', after: null }]);
  });

  it('leave an amount that is not a whole number of centimes as it was written', () => {
    expect(auditChanges(null, { amount: '12.5' }, money)).toEqual([{ field: 'amount', before: null, after: '12.5' }]);
  });
});
