import { RejectionCode } from './gql/graphql';
import type { GraphQLErrorShape } from './graphql';
import { hasMessage, type MessageId } from './messages/ids';

/** What a user reads when an action fails: the words for the code, the field when the input was refused, the rule that excludes. */
export interface ActionErrorText {
  key: MessageId;
  code: string;
  field: string | null;
  /** The words for the campaign or appointment rule of a NOT_ELIGIBLE refusal. */
  rule: MessageId | null;
  /** Why a CONFLICT is not a stale version (the API's extensions.reason): reloading will not help. */
  reason: string | null;
  /** The API's own message, kept only when the client has no words for the refusal, so nothing is hidden. */
  detail: string | null;
}

/**
 * What went wrong with an action, in words: a stale version says someone
 * else changed the record (reload), a conflict with a reason says what stands
 * in the way, a refused input names its field, a rule that excludes the
 * beneficiary names the rule.
 */
export function describeActionError(
  error: GraphQLErrorShape,
  subject: 'claim' | 'application' | null = null,
): ActionErrorText {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'ERROR';
  const field = typeof error.extensions?.field === 'string' ? error.extensions.field : null;
  const reason = typeof error.extensions?.reason === 'string' ? error.extensions.reason : null;
  const reasoned = reason ? `error.${code}.${reason}` : '';
  const specific = subject ? `error.${code}.${subject}` : '';
  // A reason the client has no words for is not the code's usual case (a CONFLICT's words say "reload"): the API's message is kept.
  const key = hasMessage(reasoned)
    ? reasoned
    : reason !== null
      ? 'error.unknown'
      : hasMessage(specific)
        ? specific
        : hasMessage(`error.${code}`)
          ? (`error.${code}` as MessageId)
          : 'error.unknown';
  const ruleId = typeof error.extensions?.rule === 'string' ? `rule.${error.extensions.rule}` : '';
  const rule = hasMessage(ruleId) ? ruleId : null;
  const known = key !== 'error.unknown' && (code !== 'NOT_ELIGIBLE' || rule !== null);
  return { key, code, field, rule, reason, detail: known ? null : error.message };
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

/** Every rejection code of the schema, the medical advice (the reviewer's own refusal) first. */
export const REJECTION_CODES: readonly RejectionCode[] = [
  RejectionCode.MedicalAdvice,
  ...Object.values(RejectionCode).filter((code) => code !== RejectionCode.MedicalAdvice),
];

/** The words for an input field the API names in BAD_USER_INPUT; null for a field the client has no label for. */
export function fieldLabelKey(field: string): MessageId | null {
  // An item of a list is named by its place (lines.0.actCode): the words are the list's.
  const id = `field.${field.replace(/\.\d+/g, '')}`;
  return hasMessage(id) ? id : null;
}
