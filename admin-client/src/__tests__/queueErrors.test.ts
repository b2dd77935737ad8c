import { describeActionError, staysInStage } from '../queueErrors';

describe('queue action errors in words', () => {
  it('says a stale version is someone else changing the claim', () => {
    expect(describeActionError({ message: 'stale', extensions: { code: 'CONFLICT' } })).toEqual({ key: 'claimConflict', code: 'CONFLICT', field: null, detail: null });
  });

  it('says FORBIDDEN as a refusal', () => {
    expect(describeActionError({ message: 'no', extensions: { code: 'FORBIDDEN' } }).key).toBe('forbidden');
  });

  it('names the field of a refused input', () => {
    const text = describeActionError({ message: 'rejectionCode is required.', extensions: { code: 'BAD_USER_INPUT', field: 'rejectionCode' } });
    expect(text).toEqual({ key: 'badUserInput', code: 'BAD_USER_INPUT', field: 'rejectionCode', detail: 'rejectionCode is required.' });
  });

  it('keeps the message of an unknown code', () => {
    expect(describeActionError({ message: 'boom' })).toEqual({ key: 'error', code: 'ERROR', field: null, detail: 'boom' });
  });
});

describe('queue stages', () => {
  it('keeps a claim in review until it is decided', () => {
    expect(staysInStage('AWAITING_REVIEW', 'UNDER_REVIEW')).toBe(true);
    expect(staysInStage('AWAITING_REVIEW', 'REJECTED')).toBe(false);
    expect(staysInStage('AWAITING_PAYMENT', 'PAID')).toBe(false);
  });
});
