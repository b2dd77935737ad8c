import { describeActionError, fieldLabelKey, staysInStage } from '../queueErrors';
import { ar } from '../messages/ar';
import { fr } from '../messages/fr';

describe('action errors in words', () => {
  it('says a stale version is someone else changing the claim', () => {
    expect(describeActionError({ message: 'stale', extensions: { code: 'CONFLICT' } }, 'claim')).toEqual({
      key: 'error.CONFLICT.claim',
      code: 'CONFLICT',
      field: null,
      rule: null,
      reason: null,
      detail: null,
    });
  });

  it('says what stands in the way of a conflict with a reason, which a reload does not cure', () => {
    for (const reason of ['DUPLICATE_APPLICATION', 'ALREADY_HEADS_A_REGION', 'PRIOR_AUTHORISATION_MISSING']) {
      const text = describeActionError({ message: 'refused', extensions: { code: 'CONFLICT', reason } }, 'claim');
      expect(text).toMatchObject({ key: `error.CONFLICT.${reason}`, reason, detail: null });
      expect(fr[text.key]).not.toMatch(/recharg/);
      expect(ar[text.key]).toBeTruthy();
    }
    // A reason the client has no words for is not called a stale version: the API's message is shown.
    expect(
      describeActionError({ message: 'Something new.', extensions: { code: 'CONFLICT', reason: 'NEW' } }, 'claim'),
    ).toMatchObject({ key: 'error.unknown', reason: 'NEW', detail: 'Something new.' });
  });

  it('says every code the API sends in words, in both languages', () => {
    for (const code of [
      'FORBIDDEN',
      'BAD_USER_INPUT',
      'CONFLICT',
      'NOT_FOUND',
      'TIMEOUT',
      'UNAUTHENTICATED',
      'QUOTA_EXHAUSTED',
      'NOT_ELIGIBLE',
      'SUBGRAPH_UNAVAILABLE',
      'INTERNAL_SERVER_ERROR',
    ]) {
      const { key } = describeActionError({ message: 'x', extensions: { code } });
      expect(key).toBe(`error.${code}`);
      expect(fr[key]).toBeTruthy();
      expect(ar[key]).toBeTruthy();
    }
  });

  it('names the field of a refused input', () => {
    const text = describeActionError(
      { message: 'rejectionCode is required.', extensions: { code: 'BAD_USER_INPUT', field: 'rejectionCode' } },
      'claim',
    );
    expect(text).toEqual({
      key: 'error.BAD_USER_INPUT',
      code: 'BAD_USER_INPUT',
      field: 'rejectionCode',
      rule: null,
      reason: null,
      detail: null,
    });
  });

  it('keeps the message of an unknown code', () => {
    expect(describeActionError({ message: 'boom' })).toEqual({
      key: 'error.unknown',
      code: 'ERROR',
      field: null,
      rule: null,
      reason: null,
      detail: 'boom',
    });
  });
});

describe('application action errors in words', () => {
  it('says a quota or budget refusal in both languages', () => {
    const text = describeActionError(
      { message: 'The region has no quota left.', extensions: { code: 'QUOTA_EXHAUSTED' } },
      'application',
    );
    expect(text).toEqual({
      key: 'error.QUOTA_EXHAUSTED',
      code: 'QUOTA_EXHAUSTED',
      field: null,
      rule: null,
      reason: null,
      detail: null,
    });
    expect(fr[text.key]).toContain('quota');
    expect(ar[text.key]).toContain('حصتها');
  });

  it('says a stale version is someone else changing the application, and to reload', () => {
    const text = describeActionError({ message: 'stale', extensions: { code: 'CONFLICT' } }, 'application');
    expect(text.key).toBe('error.CONFLICT.application');
    expect(fr[text.key]).toContain('rechargez');
  });

  it('names the rule that makes a beneficiary not eligible in words, and keeps the API message for a rule it has no words for', () => {
    const known = describeActionError(
      { message: 'The child is over 18.', extensions: { code: 'NOT_ELIGIBLE', rule: 'MAX_AGE' } },
      'application',
    );
    expect(known).toEqual({
      key: 'error.NOT_ELIGIBLE',
      code: 'NOT_ELIGIBLE',
      field: null,
      rule: 'rule.MAX_AGE',
      reason: null,
      detail: null,
    });
    expect(ar[known.rule!]).toBeTruthy();
    expect(
      describeActionError({ message: 'New rule.', extensions: { code: 'NOT_ELIGIBLE', rule: 'NEW_RULE' } }).detail,
    ).toBe('New rule.');
  });

  it('labels the fields it knows in both languages and leaves the others as the API names them', () => {
    expect(fieldLabelKey('reason')).toBe('field.reason');
    expect(ar[fieldLabelKey('reference')!]).toBe('مرجع الأداء');
    expect(fieldLabelKey('lines.2.actCode')).toBe('field.lines.actCode');
    expect(fieldLabelKey('somethingNew')).toBeNull();
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
