import {
  applicationQueuesFor,
  beneficiaryOf,
  CHOSEN_REASONS,
  decisionInput,
  decisionReasonText,
  disbursementInput,
  liveApplicationFor,
  queueVariables,
  staysInQueue,
} from '../applications';
import { ar } from '../messages/ar';
import { fr } from '../messages/fr';

/** The refusal's code and field, when the input was refused before sending. */
function refusal(result: object): unknown {
  return 'error' in result ? (result.error as { extensions?: unknown }).extensions : null;
}

describe('application queues by role', () => {
  it('gives the foundation agent the applications to review and the approved ones to pay', () => {
    const queues = applicationQueuesFor('FOUNDATION_AGENT');
    expect(queues.map((q) => [q.id, q.work])).toEqual([
      ['TO_REVIEW', 'review'],
      ['TO_PAY', 'pay'],
    ]);
  });

  it('gives the regional head the applications to decide, and the national administration every application, read-only', () => {
    expect(applicationQueuesFor('REGIONAL_HEAD').map((q) => [q.id, q.work])).toEqual([['TO_DECIDE', 'decide']]);
    expect(applicationQueuesFor('NATIONAL_ADMIN').map((q) => [q.id, q.work])).toEqual([['ALL', 'read']]);
  });

  it('gives the mutual roles, officers and unknown roles no application queue', () => {
    for (const role of ['MUTUAL_AGENT', 'MEDICAL_ADVISOR', 'OFFICER', 'toString', undefined])
      expect(applicationQueuesFor(role)).toEqual([]);
  });

  it('keeps a waitlisted application in the decision queue and lets approved, rejected and reviewed ones leave their queue', () => {
    const [decide] = applicationQueuesFor('REGIONAL_HEAD');
    const [review, pay] = applicationQueuesFor('FOUNDATION_AGENT');
    expect(staysInQueue(decide, 'WAITLISTED')).toBe(true);
    expect(staysInQueue(decide, 'APPROVED')).toBe(false);
    expect(staysInQueue(decide, 'REJECTED')).toBe(false);
    expect(staysInQueue(review, 'UNDER_REVIEW')).toBe(false);
    expect(staysInQueue(pay, 'PAID')).toBe(false);
  });

  it('has a title in both languages for every queue', () => {
    for (const role of ['FOUNDATION_AGENT', 'REGIONAL_HEAD', 'NATIONAL_ADMIN']) {
      for (const spec of applicationQueuesFor(role)) {
        expect(fr[`appQueue${spec.id}` as keyof typeof fr]).toBeTruthy();
        expect(ar[`appQueue${spec.id}` as keyof typeof ar]).toBeTruthy();
      }
    }
  });
});

describe('a decision before it is sent', () => {
  const application = { id: 'a1', version: 3 };

  it('sends an approval with the version as last read, no reason code and no empty words', () => {
    expect(decisionInput(application, 'APPROVE', 'INCOMPLETE_FILE', '  ')).toEqual({
      input: { applicationId: 'a1', decision: 'APPROVE', reasonCode: null, reason: null, expectedVersion: 3 },
    });
  });

  it('refuses to waitlist or reject without a reason chosen, even with words, naming the field', () => {
    for (const decision of ['WAITLIST', 'REJECT'] as const) {
      expect(refusal(decisionInput(application, decision, null, 'Dossier incomplet'))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'reasonCode',
      });
    }
  });

  it('waitlists for the higher-ranked applications, never rejects for them', () => {
    expect(decisionInput(application, 'WAITLIST', 'ROOM_FOR_HIGHER_RANKED', '')).toEqual({
      input: {
        applicationId: 'a1',
        decision: 'WAITLIST',
        reasonCode: 'ROOM_FOR_HIGHER_RANKED',
        reason: null,
        expectedVersion: 3,
      },
    });
    expect(refusal(decisionInput(application, 'REJECT', 'ROOM_FOR_HIGHER_RANKED', ''))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reasonCode',
    });
  });

  it('asks for the words of another reason, trims them and refuses more than 500 characters', () => {
    expect(refusal(decisionInput(application, 'REJECT', 'OTHER', ' '))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect(decisionInput(application, 'REJECT', 'OTHER', ' Dossier déposé hors délai ')).toEqual({
      input: {
        applicationId: 'a1',
        decision: 'REJECT',
        reasonCode: 'OTHER',
        reason: 'Dossier déposé hors délai',
        expectedVersion: 3,
      },
    });
    expect(refusal(decisionInput(application, 'WAITLIST', 'INCOMPLETE_FILE', 'x'.repeat(501)))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
  });
});

describe('why an application was decided, in words', () => {
  const label = (enumName: string, value: string) => `${enumName}:${value}`;

  it('says the reason in the reader’s language, then the words typed with it', () => {
    expect(
      decisionReasonText(label, { decisionReasonCode: 'INCOMPLETE_FILE', decisionReason: 'Acte de naissance' }),
    ).toBe('ApplicationDecisionReason:INCOMPLETE_FILE — Acte de naissance');
    expect(decisionReasonText(label, { decisionReasonCode: 'PROMOTED_FROM_WAITLIST', decisionReason: null })).toBe(
      'ApplicationDecisionReason:PROMOTED_FROM_WAITLIST',
    );
    expect(decisionReasonText(label, { decisionReasonCode: null, decisionReason: 'Plus nécessaire' })).toBe(
      'Plus nécessaire',
    );
    expect(decisionReasonText(label, { decisionReasonCode: null, decisionReason: null })).toBeNull();
  });

  it('offers every reason but the platform’s own promotion', () => {
    expect(CHOSEN_REASONS).toEqual([
      'INCOMPLETE_FILE',
      'CONDITIONS_NOT_MET',
      'ALREADY_SUPPORTED',
      'ROOM_FOR_HIGHER_RANKED',
      'OTHER',
    ]);
  });
});

describe('a payment before it is sent', () => {
  it('needs a reference of 1 to 100 characters and keeps the idempotency key', () => {
    expect(disbursementInput({ id: 'a1' }, ' VIR-2026-0042 ', 'pay-key-123')).toEqual({
      input: { applicationId: 'a1', reference: 'VIR-2026-0042', idempotencyKey: 'pay-key-123' },
    });
    expect(refusal(disbursementInput({ id: 'a1' }, '', 'pay-key-123'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reference',
    });
    expect(refusal(disbursementInput({ id: 'a1' }, 'r'.repeat(101), 'pay-key-123'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reference',
    });
  });
});

describe('the rows of a queue', () => {
  const officer = { fullName: 'Karim Alaoui', fullNameAr: 'كريم العلوي' };

  it('names the dependent when the application is for one, otherwise the officer', () => {
    expect(beneficiaryOf({ officer, dependent: null })).toEqual({ ...officer, relation: null });
    expect(
      beneficiaryOf({ officer, dependent: { fullName: 'Salma Alaoui', fullNameAr: 'سلمى العلوي', relation: 'CHILD' } }),
    ).toEqual({ fullName: 'Salma Alaoui', fullNameAr: 'سلمى العلوي', relation: 'CHILD' });
  });

  it('asks for one campaign and region only when they are picked', () => {
    const [pay] = applicationQueuesFor('FOUNDATION_AGENT').slice(1);
    expect(queueVariables(pay, { campaignId: '', region: '', status: '' }, 20, null)).toEqual({
      queue: 'TO_PAY',
      status: null,
      campaignId: null,
      region: null,
      first: 20,
      after: null,
    });
    const [all] = applicationQueuesFor('NATIONAL_ADMIN');
    expect(queueVariables(all, { campaignId: 'c7', region: 'FES', status: '' }, 20, 'cursor-1')).toEqual({
      queue: 'ALL',
      status: null,
      campaignId: 'c7',
      region: 'FES',
      first: 20,
      after: 'cursor-1',
    });
  });

  it('narrows only the read-only queue of every application to a status: the payment queue is the API’s own', () => {
    const [all] = applicationQueuesFor('NATIONAL_ADMIN');
    expect(queueVariables(all, { campaignId: '', region: '', status: 'PAID' }, 20, null).status).toEqual(['PAID']);
    const [, pay] = applicationQueuesFor('FOUNDATION_AGENT');
    expect(queueVariables(pay, { campaignId: '', region: '', status: 'PAID' }, 20, null)).toMatchObject({
      queue: 'TO_PAY',
      status: null,
    });
  });
});

describe('a second application to a campaign, seen before sending', () => {
  const file = [
    { id: 'a1', status: 'SUBMITTED', campaign: { id: 'c1' }, dependent: null },
    { id: 'a2', status: 'REJECTED', campaign: { id: 'c1' }, dependent: { id: 'd1' } },
    { id: 'a3', status: 'WITHDRAWN', campaign: { id: 'c2' }, dependent: null },
    { id: 'a4', status: 'PAID', campaign: { id: 'c2' }, dependent: { id: 'd1' } },
  ];

  it('finds the open, approved or paid application of the same beneficiary and campaign', () => {
    expect(liveApplicationFor(file, 'c1', '')?.id).toBe('a1');
    expect(liveApplicationFor(file, 'c2', 'd1')?.id).toBe('a4');
  });

  it('lets a beneficiary apply again after a refusal or a withdrawal, and others apply to the same campaign', () => {
    expect(liveApplicationFor(file, 'c1', 'd1')).toBeNull();
    expect(liveApplicationFor(file, 'c2', '')).toBeNull();
    expect(liveApplicationFor(file, 'c3', '')).toBeNull();
  });
});
