import { describeActionError, fieldLabelKey, staysInStage } from '../queueErrors';
import { dictionaries } from '../i18n';

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

describe('application action errors in words', () => {
  it('says a quota or budget refusal in both languages', () => {
    const text = describeActionError({ message: 'The region has no quota left.', extensions: { code: 'QUOTA_EXHAUSTED' } }, 'application');
    expect(text).toEqual({ key: 'quotaExhausted', code: 'QUOTA_EXHAUSTED', field: null, detail: null });
    expect(dictionaries.fr[text.key]).toContain('quota');
    expect(dictionaries.ar[text.key]).toContain('حصتها');
  });

  it('says a stale version is someone else changing the application, and to reload', () => {
    const text = describeActionError({ message: 'stale', extensions: { code: 'CONFLICT' } }, 'application');
    expect(text.key).toBe('applicationConflict');
    expect(dictionaries.fr[text.key]).toContain('rechargez');
  });

  it('names the rule that makes a beneficiary not eligible, with the reason the API gives', () => {
    const text = describeActionError({ message: 'The child is over 18.', extensions: { code: 'NOT_ELIGIBLE', rule: 'maxAge' } }, 'application');
    expect(text).toEqual({ key: 'notEligible', code: 'NOT_ELIGIBLE', field: null, detail: 'maxAge : The child is over 18.' });
  });

  it('labels the fields it knows in both languages and leaves the others as the API names them', () => {
    expect(fieldLabelKey('reason')).toBe('reason');
    expect(dictionaries.ar[fieldLabelKey('reference')!]).toBe('مرجع الأداء');
    expect(fieldLabelKey('expectedVersion')).toBeNull();
    expect(fieldLabelKey('constructor')).toBeNull();
  });
});

describe('queue stages', () => {
  it('keeps a claim in review until it is decided', () => {
    expect(staysInStage('AWAITING_REVIEW', 'UNDER_REVIEW')).toBe(true);
    expect(staysInStage('AWAITING_REVIEW', 'REJECTED')).toBe(false);
    expect(staysInStage('AWAITING_PAYMENT', 'PAID')).toBe(false);
  });
});
