import type { GraphQLErrorShape } from './graphql';
import type { MessageKey } from './i18n';

/** What a user reads when a queue action fails: the words for the code, and the field when the input was refused. */
export interface ActionErrorText {
  key: MessageKey;
  code: string;
  field: string | null;
  detail: string | null;
}

const KEYS: Record<string, MessageKey> = {
  CONFLICT: 'claimConflict',
  FORBIDDEN: 'forbidden',
  BAD_USER_INPUT: 'badUserInput',
  NOT_FOUND: 'notFound',
  SUBGRAPH_UNAVAILABLE: 'serviceUnavailable',
  QUOTA_EXHAUSTED: 'quotaExhausted',
  NOT_ELIGIBLE: 'notEligible',
};

/**
 * What went wrong with an action on a claim or an application, in words:
 * a stale version says someone else changed the record (reload), a refused
 * input names its field, a rule that excludes the beneficiary names the rule.
 */
export function describeActionError(error: GraphQLErrorShape, subject: 'claim' | 'application' = 'claim'): ActionErrorText {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'ERROR';
  const field = typeof error.extensions?.field === 'string' ? error.extensions.field : null;
  const found = Object.hasOwn(KEYS, code) ? KEYS[code] : 'error';
  const key = found === 'claimConflict' && subject === 'application' ? 'applicationConflict' : found;
  const rule = code === 'NOT_ELIGIBLE' && typeof error.extensions?.rule === 'string' ? error.extensions.rule : null;
  // Known codes speak for themselves; an unknown one keeps the API's message so nothing is hidden, and so do those whose message says why.
  const detail = key === 'error' || code === 'BAD_USER_INPUT' || code === 'NOT_ELIGIBLE' ? [rule, error.message].filter(Boolean).join(' : ') : null;
  return { key, code, field, detail };
}

/** The statuses each queue stage holds (the supergraph's ClaimQueueStage). */
export const STAGE_STATUSES: Record<'AWAITING_CHECK' | 'AWAITING_REVIEW' | 'AWAITING_PAYMENT', readonly string[]> = {
  AWAITING_CHECK: ['ENTERED'],
  AWAITING_REVIEW: ['CHECKED', 'UNDER_REVIEW'],
  AWAITING_PAYMENT: ['APPROVED', 'PARTIALLY_APPROVED'],
};

export type QueueStage = keyof typeof STAGE_STATUSES;

export function staysInStage(stage: QueueStage, status: string): boolean {
  return STAGE_STATUSES[stage].includes(status);
}

export const REJECTION_CODES = ['MEDICAL_ADVICE', 'NOT_COVERED', 'CEILING_REACHED', 'DUPLICATE', 'LATE_FILING', 'ACT_NOT_IN_TARIFF', 'PRIOR_AUTHORISATION_MISSING'] as const;

const FIELD_KEYS: Record<string, MessageKey> = { reason: 'reason', reference: 'paymentReference', rejectionCode: 'rejectionCode' };

/** The words for an input field the API names in BAD_USER_INPUT; null for a field the client has no label for. */
export function fieldLabelKey(field: string): MessageKey | null {
  return Object.hasOwn(FIELD_KEYS, field) ? FIELD_KEYS[field] : null;
}
