/**
 * The registry change feed between the foundation (which owns the staff
 * registry) and the mutual (which keeps its own beneficiary file): the
 * contract both services compile against. Every event carries the whole
 * record as it stands after the change (a snapshot, not a diff), so applying
 * an event is "make my copy say this": applying it twice changes nothing, and
 * replaying the feed from the start ends where the registry is.
 */
export const REGISTRY_EVENT_TYPES = [
  'OFFICER_REGISTERED',
  'OFFICER_TRANSFERRED',
  'OFFICER_STATUS_CHANGED',
  'DEPENDENT_REGISTERED',
  'DEPENDENT_UPDATED',
  'DEPENDENT_LINK_ENDED',
  'HEAD_APPOINTED',
  'HEAD_TERM_ENDED',
] as const;
export type RegistryEventType = (typeof REGISTRY_EVENT_TYPES)[number];

export type RegistryOfficerStatus = 'ACTIVE' | 'RETIRED' | 'DECEASED' | 'KILLED_ON_DUTY';
export type RegistryRelation = 'SPOUSE' | 'CHILD' | 'PARENT';

/** An officer as the registry holds them after the change. */
export interface OfficerSnapshot {
  matricule: string;
  rank: string;
  regionCode: string;
  status: RegistryOfficerStatus;
  birthDate: string;
  serviceStartDate: string;
}

/** A dependent after the change, with where their officer stands (region, status) at that moment. */
export interface DependentSnapshot {
  id: string;
  officerMatricule: string;
  relation: RegistryRelation;
  birthDate: string;
  /** Validity of the student certificate, both days included, or null. */
  studentFrom: string | null;
  studentUntil: string | null;
  disabled: boolean;
  /** The last day of the link (divorce, a dependent's death...), or null while it lasts. */
  linkEndedOn: string | null;
  officerRegionCode: string;
  officerStatus: RegistryOfficerStatus;
  officerRank: string;
  officerServiceStartDate: string;
}

/**
 * A regional head's term as the appointments hold it after the change: the
 * mutual keeps a copy so that a REGIONAL_HEAD token counts there, too, only
 * while its subject is the region's head. A region's terms have distinct
 * start dates (a successor starts after the current head), so region and
 * start date name a term on both sides.
 */
export interface HeadTermSnapshot {
  regionCode: string;
  officerMatricule: string;
  startDate: string;
  /** The term's last day, or null while it lasts. */
  endDate: string | null;
}

interface EventBase {
  /** Position in the feed: 1, 2, 3... in commit order, never reused. */
  sequence: number;
  /** When the change was written. */
  occurredAt: string;
  /** The day the change takes effect (a transfer's, a death's...), YYYY-MM-DD. */
  effectiveDate: string;
}

export type RegistryEvent =
  | (EventBase & {
      type: 'OFFICER_REGISTERED' | 'OFFICER_STATUS_CHANGED';
      entity: 'officer';
      entityId: string;
      data: { officer: OfficerSnapshot };
    })
  | (EventBase & {
      type: 'OFFICER_TRANSFERRED';
      entity: 'officer';
      entityId: string;
      data: { officer: OfficerSnapshot; fromRegionCode: string };
    })
  | (EventBase & {
      type: 'DEPENDENT_REGISTERED' | 'DEPENDENT_UPDATED' | 'DEPENDENT_LINK_ENDED';
      entity: 'dependent';
      entityId: string;
      data: { dependent: DependentSnapshot };
    })
  | (EventBase & {
      type: 'HEAD_APPOINTED' | 'HEAD_TERM_ENDED';
      entity: 'head_term';
      entityId: string;
      data: { term: HeadTermSnapshot };
    });

/** An event before the outbox gives it its place and time. */
export type NewRegistryEvent = RegistryEvent extends infer E
  ? E extends RegistryEvent
    ? Omit<E, 'sequence' | 'occurredAt'>
    : never
  : never;

/** One page of the feed, as the foundation serves it. */
export interface RegistryFeedPage {
  events: RegistryEvent[];
  /** The last sequence written so far (0 on an empty feed). */
  head: number;
  /** When the head event was written, or null on an empty feed. */
  headOccurredAt: string | null;
}
