import {
  ApplicationDecisionReason,
  type ApplicationQueueKind,
  type ApplicationQueueQueryVariables,
} from './gql/graphql';
import type { GraphQLErrorShape } from './graphql';
import type { MessageId } from './messages/ids';

/** The application statuses of the supergraph's ApplicationStatus. */
export const APPLICATION_STATUSES = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'APPROVED',
  'WAITLISTED',
  'REJECTED',
  'PAID',
  'WITHDRAWN',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * What comes next for an application still on its way, and whose turn it is:
 * what an officer reads of theirs, and what an agent reads of one they have
 * just passed on.
 */
export const APPLICATION_NEXT: Partial<Record<ApplicationStatus, MessageId>> = {
  SUBMITTED: 'applicationNextReview',
  UNDER_REVIEW: 'applicationNextDecision',
  WAITLISTED: 'applicationNextPlace',
  APPROVED: 'applicationNextPayment',
};

export type ApplicationDecision = 'APPROVE' | 'WAITLIST' | 'REJECT';

/** What the user can do from a queue's rows. */
export type QueueWork = 'review' | 'decide' | 'pay' | 'read';

/** One application work queue as the page shows it: the API's queue kind, and the work done from it. */
export interface ApplicationQueueSpec {
  id: ApplicationQueueKind;
  /** The statuses an application keeps while it stays in the queue. */
  holds: readonly ApplicationStatus[];
  work: QueueWork;
}

const TO_REVIEW: ApplicationQueueSpec = { id: 'TO_REVIEW', holds: ['SUBMITTED'], work: 'review' };
const TO_PAY: ApplicationQueueSpec = { id: 'TO_PAY', holds: ['APPROVED'], work: 'pay' };
const TO_DECIDE: ApplicationQueueSpec = { id: 'TO_DECIDE', holds: ['UNDER_REVIEW', 'WAITLISTED'], work: 'decide' };
const ALL: ApplicationQueueSpec = { id: 'ALL', holds: APPLICATION_STATUSES, work: 'read' };

/**
 * The application queues of a role: a foundation agent takes submitted
 * applications under review and records the payment of approved ones, the
 * regional head decides, the national administration reads every application.
 * Other roles have none.
 */
const QUEUES_BY_ROLE: Record<string, ApplicationQueueSpec[]> = {
  FOUNDATION_AGENT: [TO_REVIEW, TO_PAY],
  REGIONAL_HEAD: [TO_DECIDE],
  NATIONAL_ADMIN: [ALL],
};

export function applicationQueuesFor(role: string | undefined): ApplicationQueueSpec[] {
  return role !== undefined && Object.hasOwn(QUEUES_BY_ROLE, role) ? QUEUES_BY_ROLE[role] : [];
}

export function staysInQueue(spec: ApplicationQueueSpec, status: string): boolean {
  return (spec.holds as readonly string[]).includes(status);
}

/** The API's reason limits (DecideApplicationInput.reason, RecordDisbursementInput.reference). */
export const REASON_MAX = 500;
export const REFERENCE_MAX = 100;

function refused(field: string, message: string): GraphQLErrorShape {
  return { message, extensions: { code: 'BAD_USER_INPUT', field } };
}

/**
 * The reasons a head chooses from, in the schema's order: every code but the
 * platform's own (PROMOTED_FROM_WAITLIST); ROOM_FOR_HIGHER_RANKED only waitlists.
 */
export const CHOSEN_REASONS: readonly ApplicationDecisionReason[] = Object.values(ApplicationDecisionReason).filter(
  (code) => code !== ApplicationDecisionReason.PromotedFromWaitlist,
);

/** Why an application was decided, in the reader's words: the reason's label, then the words typed with it. */
export function decisionReasonText(
  label: (enumName: string, value: string) => string,
  application: { decisionReasonCode?: ApplicationDecisionReason | null; decisionReason?: string | null },
): string | null {
  const parts = [
    application.decisionReasonCode ? label('ApplicationDecisionReason', application.decisionReasonCode) : null,
    application.decisionReason ?? null,
  ].filter((part): part is string => part !== null && part !== '');
  return parts.length === 0 ? null : parts.join(' — ');
}

/**
 * The decision's input, or the refusal the API would give, said before
 * sending: WAITLIST and REJECT need a reason chosen from the list (the
 * applicant reads it in their language), OTHER the words too, which are at
 * most 500 characters; an approval takes no reason, its words are optional.
 */
export function decisionInput(
  application: { id: string; version: number },
  decision: ApplicationDecision,
  reasonCode: ApplicationDecisionReason | null,
  reasonText: string,
):
  | {
      input: {
        applicationId: string;
        decision: ApplicationDecision;
        reasonCode: ApplicationDecisionReason | null;
        reason: string | null;
        expectedVersion: number;
      };
    }
  | { error: GraphQLErrorShape } {
  const reason = reasonText.trim();
  const code = decision === 'APPROVE' ? null : reasonCode;
  if (decision !== 'APPROVE' && code === null)
    return { error: refused('reasonCode', 'A reason is chosen to waitlist or reject an application.') };
  if (code === ApplicationDecisionReason.RoomForHigherRanked && decision !== 'WAITLIST')
    return { error: refused('reasonCode', 'ROOM_FOR_HIGHER_RANKED waitlists an application; it does not reject one.') };
  if (code === ApplicationDecisionReason.Other && reason.length === 0)
    return { error: refused('reason', 'OTHER needs the reason in words.') };
  if (reason.length > REASON_MAX)
    return { error: refused('reason', `The reason is at most ${REASON_MAX} characters.`) };
  return {
    input: {
      applicationId: application.id,
      decision,
      reasonCode: code,
      reason: reason.length > 0 ? reason : null,
      expectedVersion: application.version,
    },
  };
}

/** The payment's input, or the refusal the API would give: a reference of 1 to 100 characters. */
export function disbursementInput(
  application: { id: string },
  referenceText: string,
  idempotencyKey: string,
): { input: { applicationId: string; reference: string; idempotencyKey: string } } | { error: GraphQLErrorShape } {
  const reference = referenceText.trim();
  if (reference.length === 0) return { error: refused('reference', 'The payment reference is required.') };
  if (reference.length > REFERENCE_MAX)
    return { error: refused('reference', `The payment reference is at most ${REFERENCE_MAX} characters.`) };
  return { input: { applicationId: application.id, reference, idempotencyKey } };
}

/** The statuses of an application still waiting for the head's decision (or for a place, once waitlisted). */
const AWAITING_DECISION: readonly string[] = ['SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED'];
/** The statuses that keep a beneficiary from applying to the same campaign again (the API's DUPLICATE_APPLICATION). */
const LIVE_STATUSES: readonly string[] = [...AWAITING_DECISION, 'APPROVED', 'PAID'];

/** A family's applications still waiting for a decision: support already asked for, not yet granted. */
export function awaitingDecision<A extends { status: string }>(applications: readonly A[]): A[] {
  return applications.filter((a) => AWAITING_DECISION.includes(a.status));
}

/**
 * The beneficiary's application to the campaign that a new one would
 * duplicate (open, approved or paid), from the officer's file; `dependentId`
 * '' is the officer. Null when they may apply.
 */
export function liveApplicationFor<
  A extends { status: string; campaign: { id: string }; dependent: { id: string } | null },
>(applications: readonly A[], campaignId: string, dependentId: string): A | null {
  return (
    applications.find(
      (a) =>
        a.campaign.id === campaignId && (a.dependent?.id ?? '') === dependentId && LIVE_STATUSES.includes(a.status),
    ) ?? null
  );
}

/** The same refusal the API gives a second application to a campaign, said before sending. */
export function duplicateRefusal(): GraphQLErrorShape {
  return {
    message: 'The beneficiary already has an open or approved application to this campaign.',
    extensions: { code: 'CONFLICT', reason: 'DUPLICATE_APPLICATION' },
  };
}

/** The person an application is for: the dependent when there is one, otherwise the officer. */
export function beneficiaryOf(application: {
  officer: { fullName: string; fullNameAr: string };
  dependent: { fullName: string; fullNameAr: string; relation: string } | null;
}): { fullName: string; fullNameAr: string; relation: string | null } {
  return application.dependent
    ? {
        fullName: application.dependent.fullName,
        fullNameAr: application.dependent.fullNameAr,
        relation: application.dependent.relation,
      }
    : { fullName: application.officer.fullName, fullNameAr: application.officer.fullNameAr, relation: null };
}

/** What the user narrowed the queues to; '' is "all". The status applies only to the read-only queue of every application. */
export interface QueueFilter {
  campaignId: string;
  region: string;
  status: ApplicationStatus | '';
}

/** The variables of one page of a queue. */
export function queueVariables(
  spec: ApplicationQueueSpec,
  filter: QueueFilter,
  first: number,
  after: string | null,
): ApplicationQueueQueryVariables {
  return {
    queue: spec.id,
    status: spec.work === 'read' && filter.status !== '' ? [filter.status] : null,
    campaignId: filter.campaignId === '' ? null : filter.campaignId,
    region: filter.region === '' ? null : filter.region,
    first,
    after,
  };
}
