import type { MessageId } from './messages/fr';
import { mayOpen } from './navigation';

// Which records have a history, where it is read, and which of its fields a reader is shown in words (audit.tsx shows them).

/** The records whose history the audit page reads, by the API's entity name: the Foundation's, then the Mutual's. */
export const AUDIT_ENTITIES = {
  application: 'entity.application',
  campaign: 'entity.campaign',
  campaign_allocation: 'entity.campaign_allocation',
  disbursement: 'entity.disbursement',
  head_appointment: 'entity.head_appointment',
  claim: 'entity.claim',
  prior_authorisation: 'entity.prior_authorisation',
} as const satisfies Record<string, MessageId>;

export type AuditEntity = keyof typeof AUDIT_ENTITIES;

/** The Mutual keeps the trail of its own records (`mutualAuditTrail`); the Foundation the others (`auditTrail`). */
export function isMutualEntity(entity: AuditEntity): boolean {
  return entity === 'claim' || entity === 'prior_authorisation';
}

/**
 * Whether a role reads a record's history: the national administration and
 * the heads both organisations' records, the Mutual's agents the Mutual's
 * alone (README, "Access"), each within what the API lets them read.
 */
export function readsTrail(role: string | undefined, entity: AuditEntity): boolean {
  return mayOpen(role, '/audit') && (role !== 'MUTUAL_AGENT' || isMutualEntity(entity));
}

/** The kinds of record whose history a role may look up, in the order offered. */
export function trailEntitiesOf(role: string | undefined): AuditEntity[] {
  return (Object.keys(AUDIT_ENTITIES) as AuditEntity[]).filter((entity) => readsTrail(role, entity));
}

export function isAuditEntity(value: string | null): value is AuditEntity {
  return value !== null && Object.hasOwn(AUDIT_ENTITIES, value);
}

/** The address of one record's history: the audit page, asked at once. */
export function historyPath(entity: AuditEntity, id: string): string {
  return `/audit?${new URLSearchParams({ entity, id }).toString()}`;
}

/** How a recorded field's value reads: an amount, a day, an enum value in words, a region by name, or text. */
export type FieldKind = 'money' | 'date' | 'region' | 'text' | 'status' | { enumName: string };

/**
 * The fields a reader of the history is shown, in the order shown, with their
 * words. The rest (internal keys, versions, a campaign's rules as JSON) stay in
 * the complete record below each change.
 */
const FIELDS: ReadonlyArray<readonly [field: string, label: MessageId, kind: FieldKind]> = [
  ['status', 'auditField.status', 'status'],
  ['rejectionCode', 'auditField.rejectionCode', { enumName: 'RejectionCode' }],
  ['decisionReasonCode', 'auditField.decisionReasonCode', { enumName: 'ApplicationDecisionReason' }],
  ['decisionReason', 'auditField.decisionReason', 'text'],
  ['amount', 'auditField.amount', 'money'],
  ['amountClaimed', 'auditField.amountClaimed', 'money'],
  ['amountApproved', 'auditField.amountApproved', 'money'],
  ['allocated', 'auditField.allocated', 'money'],
  ['quota', 'auditField.quota', 'text'],
  ['benefitAmount', 'auditField.benefitAmount', 'money'],
  ['season', 'auditField.season', 'text'],
  ['opensOn', 'auditField.opensOn', 'date'],
  ['closesOn', 'auditField.closesOn', 'date'],
  ['plannedDate', 'auditField.plannedDate', 'date'],
  ['officerMatricule', 'auditField.officerMatricule', 'text'],
  ['beneficiaryKind', 'auditField.beneficiaryKind', { enumName: 'BeneficiaryKind' }],
  ['rankingScore', 'auditField.rankingScore', 'text'],
  ['regionCode', 'auditField.regionCode', 'region'],
  ['startDate', 'auditField.startDate', 'date'],
  ['endDate', 'auditField.endDate', 'date'],
  ['decisionReference', 'auditField.decisionReference', 'text'],
  ['reference', 'auditField.reference', 'text'],
  ['paidAt', 'auditField.paidAt', 'date'],
  ['decidedAt', 'auditField.decidedAt', 'date'],
];

/** Each record's status enum, for a change of status in words. */
export const STATUS_ENUM: Record<AuditEntity, string | null> = {
  application: 'ApplicationStatus',
  claim: 'ClaimStatus',
  prior_authorisation: 'PriorAuthorisationStatus',
  campaign: null,
  campaign_allocation: null,
  disbursement: null,
  head_appointment: null,
};

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** The changes a reader is shown, in the order of FIELDS, each with its words and kind; the others left out. */
export function shownChanges(
  changes: readonly FieldChange[],
): Array<FieldChange & { label: MessageId; kind: FieldKind }> {
  return FIELDS.flatMap(([field, label, kind]) => {
    const change = changes.find((c) => c.field === field);
    return change ? [{ ...change, label, kind }] : [];
  });
}
