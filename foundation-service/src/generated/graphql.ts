import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { RegionEntity } from '../regions/region.entity';
import { OfficerEntity } from '../officers/officer.entity';
import { TrainingEntity } from '../officers/training.entity';
import { DependentEntity } from '../officers/dependent.entity';
import { HeadAppointmentEntity } from '../heads/head-appointment.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { CampaignEntity } from '../programmes/campaign.entity';
import { ApplicationEntity } from '../applications/application.entity';
import { AllocationModel } from '../programmes/allocation.model';
import { DisbursementEntity } from '../applications/disbursement.entity';
import { CampaignRules } from '../programmes/eligibility.rules';
import { RegionSocialModel, ProgrammeSocialModel } from '../applications/social.model';
import { MeModel } from '../access/me.model';
import { AuditRecordRow, UploadTicketResult } from '@dsp/subgraph-kit';
import { TransferResult } from '../registry/registry.service';
import { SocialMonthModel, SocialAttentionModel, StrainedAllocationModel } from '../supervision/supervision.model';
import { SocialDocumentModel } from '../documents/social-document.model';
import { FoundationContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, written YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 in UTC. */
  DateTime: { input: Date; output: Date; }
  /** An exact amount in Moroccan dirhams (MAD), as a decimal string such as "1250.50". */
  Money: { input: bigint | string; output: bigint | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AddDependentInput = {
  birthDate: Scalars['Date']['input'];
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  firstNameAr: Scalars['String']['input'];
  firstNameLatin: Scalars['String']['input'];
  /** 8 to 100 letters, digits or . _ : - characters, new for each new request. */
  idempotencyKey: Scalars['String']['input'];
  lastNameAr: Scalars['String']['input'];
  lastNameLatin: Scalars['String']['input'];
  matricule: Scalars['ID']['input'];
  relation: DependentRelation;
  studentCertificate?: InputMaybe<StudentCertificateInput>;
};

/** An application to a campaign, by an officer for themself or one of their dependents. */
export type Application = {
  __typename?: 'Application';
  amount: Scalars['Money']['output'];
  /** Who the beneficiary is, for the campaign's rules. */
  beneficiaryKind: BeneficiaryKind;
  campaign: Campaign;
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** The subject of whoever made the last decision (approve, waitlist, reject, withdraw). */
  decidedBy: Maybe<Scalars['String']['output']>;
  /** The last decision or withdrawal in the words of whoever made it: a withdrawal's reason, a decision's note. */
  decisionReason: Maybe<Scalars['String']['output']>;
  /** Why it was waitlisted, rejected or moved up; null for approvals, withdrawals and applications not decided. */
  decisionReasonCode: Maybe<ApplicationDecisionReason>;
  /** The dependent the application is for; null when it is for the officer. */
  dependent: Maybe<Dependent>;
  /** The payment, once PAID. */
  disbursement: Maybe<Disbursement>;
  /** The application's supporting documents, oldest first: for whoever may read the application. */
  documents: Array<SocialDocument>;
  id: Scalars['ID']['output'];
  officer: Officer;
  /** Still waiting for a decision (SUBMITTED or UNDER_REVIEW) and submitted longer ago than the decision target (APPLICATION_TARGET_DAYS, 30 days by default): one of the attention list's overdue applications. */
  overdue: Scalars['Boolean']['output'];
  /**
   * The ranking score computed at submission (README, "Ranking"): higher ranks
   * first among applications to decide and on the waitlist.
   */
  rankingScore: Scalars['Int']['output'];
  /**
   * What the applicant's receipt says and people name the application by:
   * DS, the year it was submitted and a serial (DS-2026-100123); unique.
   */
  reference: Scalars['String']['output'];
  /** The region whose budget and quota the application draws on. */
  region: Region;
  status: ApplicationStatus;
  submittedAt: Scalars['DateTime']['output'];
  /** Increases with every change; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

export type ApplicationChangeInput = {
  applicationId: Scalars['ID']['input'];
  /** The application's version as last read; a stale version is a CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
};

export type ApplicationConnection = {
  __typename?: 'ApplicationConnection';
  edges: Array<ApplicationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApplicationDecision =
  | 'APPROVE'
  | 'REJECT'
  | 'WAITLIST';

/**
 * Why an application was waitlisted, rejected or moved up, as a code the
 * client says in the reader's language; the words typed with it stay in
 * Application.decisionReason.
 */
export type ApplicationDecisionReason =
  /** The need is already met by another aid. */
  | 'ALREADY_SUPPORTED'
  /** What the file shows does not meet the programme's conditions. */
  | 'CONDITIONS_NOT_MET'
  /** The file lacks a document the programme asks for. */
  | 'INCOMPLETE_FILE'
  /** Another reason, said in words in reason. */
  | 'OTHER'
  /** Set by the platform alone, never sent: moved up from the waiting list to APPROVED when an approved application was withdrawn. */
  | 'PROMOTED_FROM_WAITLIST'
  /** WAITLIST only: the region's budget and places go to higher-ranked applications first. */
  | 'ROOM_FOR_HIGHER_RANKED';

export type ApplicationEdge = {
  __typename?: 'ApplicationEdge';
  cursor: Scalars['String']['output'];
  node: Application;
};

export type ApplicationQueueKind =
  | 'ALL'
  | 'TO_DECIDE'
  /** APPROVED applications, the earliest decided first: the payments to record. */
  | 'TO_PAY'
  | 'TO_REVIEW';

export type ApplicationStatus =
  | 'APPROVED'
  | 'PAID'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'UNDER_REVIEW'
  | 'WAITLISTED'
  | 'WITHDRAWN';

export type AppointHeadInput = {
  /** Who approved the appointment; the Director General when omitted. */
  approvedBy?: InputMaybe<Scalars['String']['input']>;
  /** The reference of the appointment decision, 1 to 200 characters. */
  decisionReference: Scalars['String']['input'];
  /** 8 to 100 letters, digits or . _ : - characters (a UUID is ideal), new for each new request. */
  idempotencyKey: Scalars['String']['input'];
  matricule: Scalars['ID']['input'];
  regionCode: Scalars['ID']['input'];
  startDate: Scalars['Date']['input'];
};

/** One field a recorded change touched: its value before (null: none) and after (null: none). */
export type AuditChange = {
  __typename?: 'AuditChange';
  after: Maybe<Scalars['String']['output']>;
  before: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

/** One recorded change of a Foundation record, in the append-only audit table. */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  action: Scalars['String']['output'];
  actorRole: Role;
  actorSub: Scalars['String']['output'];
  /** The record after the change, as JSON. */
  after: Maybe<Scalars['String']['output']>;
  /** The application the change is of, for an application's change (null for any other record). */
  application: Maybe<Application>;
  at: Scalars['DateTime']['output'];
  /** The record before the change, as JSON; null for a creation. */
  before: Maybe<Scalars['String']['output']>;
  /**
   * The fields the change touched, by name: for a creation each
   * field given a value, for an update each whose value changed. Values as the
   * API shows them: amounts as Money decimal strings ("10000.00", where
   * before/after keep centimes as the database does), enum values by name,
   * dates in ISO form.
   */
  changes: Array<AuditChange>;
  /** head_appointment, application, campaign, campaign_allocation or disbursement. */
  entity: Scalars['String']['output'];
  /** The changed record's id (its auditTrail's id). */
  entityId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** The region the record belongs to; null for a campaign (national). */
  region: Maybe<Scalars['ID']['output']>;
};

export type AuditRecordConnection = {
  __typename?: 'AuditRecordConnection';
  edges: Array<AuditRecordEdge>;
  pageInfo: PageInfo;
};

export type AuditRecordEdge = {
  __typename?: 'AuditRecordEdge';
  cursor: Scalars['String']['output'];
  node: AuditRecord;
};

/** Who a campaign is for (docs/architecture.md): the officer in service, their spouse or child, a retired officer, and the widows and orphans of a deceased officer. */
export type BeneficiaryKind =
  | 'CHILD'
  | 'OFFICER'
  | 'ORPHAN'
  | 'RETIREE'
  | 'SPOUSE'
  | 'WIDOW';

/**
 * A region's budget: `allocated` by the national administration, `committed` to
 * approved applications (paid or not), `disbursed` (paid out).
 */
export type Budget = {
  __typename?: 'Budget';
  allocated: Scalars['Money']['output'];
  committed: Scalars['Money']['output'];
  disbursed: Scalars['Money']['output'];
};

/** A round of a programme (a season or a year) with a budget and quota per region. */
export type Campaign = {
  __typename?: 'Campaign';
  /**
   * The regions' budgets and quotas for this campaign, in region order: all of
   * them for the national administration, the caller's own for regional roles.
   */
  allocations: Array<CampaignAllocation>;
  /** The amount granted per approved application. */
  benefitAmount: Scalars['Money']['output'];
  closesOn: Scalars['Date']['output'];
  eligibility: EligibilityRules;
  id: Scalars['ID']['output'];
  /** True when applications are accepted today. */
  isOpen: Scalars['Boolean']['output'];
  opensOn: Scalars['Date']['output'];
  programme: Programme;
  /** A label for the round, such as 2026 or 2026-2027. */
  season: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** One region's budget and quota for a campaign, and how much of it is used. */
export type CampaignAllocation = {
  __typename?: 'CampaignAllocation';
  allocated: Scalars['Money']['output'];
  /** APPROVED and PAID applications. */
  approvedCount: Scalars['Int']['output'];
  campaign: Campaign;
  /** The benefit of APPROVED and PAID applications. */
  committed: Scalars['Money']['output'];
  disbursed: Scalars['Money']['output'];
  id: Scalars['ID']['output'];
  /** Approved applications, at most this many. */
  quota: Scalars['Int']['output'];
  region: Region;
  remainingBudget: Scalars['Money']['output'];
  remainingQuota: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
  waitlisted: Scalars['Int']['output'];
};

export type ChangeOfficerStatusInput = {
  effectiveDate: Scalars['Date']['input'];
  expectedVersion: Scalars['Int']['input'];
  matricule: Scalars['ID']['input'];
  /** RETIRED, DECEASED or KILLED_ON_DUTY; ACTIVE is never set back. */
  status: OfficerStatus;
};

export type CreateCampaignInput = {
  benefitAmount: Scalars['Money']['input'];
  closesOn: Scalars['Date']['input'];
  eligibility: EligibilityRulesInput;
  /** 8 to 100 letters, digits or . _ : - characters, new for each new request. */
  idempotencyKey: Scalars['String']['input'];
  opensOn: Scalars['Date']['input'];
  programmeId: Scalars['ID']['input'];
  /** A label for the round, 1 to 40 characters, unique within the programme. */
  season: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type DecideApplicationInput = {
  applicationId: Scalars['ID']['input'];
  decision: ApplicationDecision;
  expectedVersion: Scalars['Int']['input'];
  /** The decision in words, 1 to 500 characters: optional, but required with OTHER. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /**
   * Why, for WAITLIST and REJECT (required for them unless reason is given,
   * which is then OTHER); none for APPROVE. PROMOTED_FROM_WAITLIST is never
   * sent; ROOM_FOR_HIGHER_RANKED only waitlists.
   */
  reasonCode?: InputMaybe<ApplicationDecisionReason>;
};

/** A dependent (ayant droit) of an officer. */
export type Dependent = {
  __typename?: 'Dependent';
  birthDate: Scalars['Date']['output'];
  disabled: Scalars['Boolean']['output'];
  /** The dependent's certificates, oldest first: for whoever may read the officer's file. */
  documents: Array<SocialDocument>;
  firstNameAr: Scalars['String']['output'];
  firstNameLatin: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  fullNameAr: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The last day of the link to the officer, once it has ended. */
  linkEndedOn: Maybe<Scalars['Date']['output']>;
  officer: Officer;
  relation: DependentRelation;
  /** Holds a student certificate valid today. */
  student: Scalars['Boolean']['output'];
  /** Last day of validity of the student certificate, if any. */
  studentUntil: Maybe<Scalars['Date']['output']>;
  /** Increases with every change; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

export type DependentLinkEndReason =
  | 'DEATH'
  | 'DIVORCE'
  | 'INDEPENDENCE'
  | 'OTHER';

export type DependentRelation =
  | 'CHILD'
  | 'PARENT'
  | 'SPOUSE';

/** A payment of an approved application. */
export type Disbursement = {
  __typename?: 'Disbursement';
  amount: Scalars['Money']['output'];
  application: Application;
  id: Scalars['ID']['output'];
  paidAt: Scalars['DateTime']['output'];
  /** The subject of the agent who recorded it. */
  recordedBy: Maybe<Scalars['String']['output']>;
  reference: Scalars['String']['output'];
};

/** What a document is. */
export type DocumentKind =
  | 'DEATH_CERTIFICATE'
  | 'DISABILITY_CERTIFICATE'
  | 'INVOICE'
  | 'MEDICAL_REPORT'
  | 'OTHER'
  | 'PRESCRIPTION'
  | 'SCHOOL_CERTIFICATE';

/**
 * A campaign's eligibility rules, stored as data. Every rule that is set must
 * hold; an unset rule (null or empty list) does not apply.
 */
export type EligibilityRules = {
  __typename?: 'EligibilityRules';
  /** The date at which ages are measured; the campaign's opening date when null. */
  ageReferenceDate: Maybe<Scalars['Date']['output']>;
  /** The kinds of beneficiary who may apply. */
  beneficiaryKinds: Array<BeneficiaryKind>;
  /** The oldest age allowed, in whole years at `ageReferenceDate`. */
  maxAge: Maybe<Scalars['Int']['output']>;
  /** At most this many approved or paid applications per family in the campaign. */
  maxPerFamily: Maybe<Scalars['Int']['output']>;
  /** The youngest age allowed, in whole years at `ageReferenceDate`. */
  minAge: Maybe<Scalars['Int']['output']>;
  /** The statuses the officer must have (for example ACTIVE). */
  officerStatuses: Array<OfficerStatus>;
  /** At most one approved or paid application in any campaign of the programme, ever (Hajj). */
  oncePerLifetime: Scalars['Boolean']['output'];
  /** Families of officers killed on duty rank first. */
  priorityKilledOnDuty: Scalars['Boolean']['output'];
};

export type EligibilityRulesInput = {
  ageReferenceDate?: InputMaybe<Scalars['Date']['input']>;
  beneficiaryKinds: Array<BeneficiaryKind>;
  maxAge?: InputMaybe<Scalars['Int']['input']>;
  maxPerFamily?: InputMaybe<Scalars['Int']['input']>;
  minAge?: InputMaybe<Scalars['Int']['input']>;
  officerStatuses?: InputMaybe<Array<OfficerStatus>>;
  oncePerLifetime?: InputMaybe<Scalars['Boolean']['input']>;
  priorityKilledOnDuty?: InputMaybe<Scalars['Boolean']['input']>;
};

export type EndDependentLinkInput = {
  dependentId: Scalars['ID']['input'];
  /** The last day of the link. */
  endedOn: Scalars['Date']['input'];
  expectedVersion: Scalars['Int']['input'];
  reason: DependentLinkEndReason;
};

/** An appointment of an officer as a region's head of social action. */
export type HeadAppointment = {
  __typename?: 'HeadAppointment';
  /** Who approved the appointment (the Director General, by default). */
  approvedBy: Scalars['String']['output'];
  decisionReference: Scalars['String']['output'];
  /** Null while the term is running. */
  endDate: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  officer: Officer;
  region: Region;
  /** True when the head is still in office past the term limit. */
  rotationDue: Scalars['Boolean']['output'];
  startDate: Scalars['Date']['output'];
  /** The date on which the configured term limit is reached. */
  termEndsOn: Scalars['Date']['output'];
};

/** The authenticated caller. */
export type Me = {
  __typename?: 'Me';
  /** The caller's own officer file, when their subject is a matricule whose file they may read. */
  officer: Maybe<Officer>;
  /** The region of a regional role; null for national roles and officers. */
  region: Maybe<Region>;
  role: Role;
  /** The subject of the caller's identity: for an officer, their matricule. */
  sub: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a dependent: a birth, a marriage, a parent taken in charge. */
  addDependent: Dependent;
  /**
   * Appoints an officer as a region's head (the national administration only).
   * The previous head's term ends the day before the start date, in the same
   * transaction; history is kept. Refused with BAD_USER_INPUT (and
   * extensions.field) for an unknown region or officer, an empty or oversized
   * decision reference, or a start date before the current head's; with
   * NOT_ELIGIBLE (extensions.rule) when the officer is not ACTIVE, lacks the
   * configured years of service at the start date or the required training;
   * with CONFLICT when the officer already heads a region (extensions.reason
   * ALREADY_HEADS_A_REGION), the region already
   * has a head from that date, or another appointment won a race. A retry with the same idempotency
   * key returns the same appointment; the same key with another payload is a
   * CONFLICT.
   */
  appointHead: HeadAppointment;
  /**
   * Attaches the file uploaded with the ticket to its record, once; the ticket
   * is used up. BAD_USER_INPUT (field ticketId) when the ticket is not the
   * caller's, expired, already attached or its upload did not succeed. A retry
   * with the same idempotency key returns the same document.
   */
  attachSocialDocument: SocialDocument;
  /** Retirement or death (RETIRED, DECEASED, KILLED_ON_DUTY); widows and orphans stay dependents. */
  changeOfficerStatus: Officer;
  /**
   * Opens a new campaign of a programme (the national administration only),
   * with its eligibility rules. BAD_USER_INPUT names the field for an unknown
   * programme, a season already used by the programme, dates out of order, a
   * benefit amount that is not positive, or incoherent rules.
   */
  createCampaign: Campaign;
  /**
   * Decides an application UNDER_REVIEW or WAITLISTED (the head of its region):
   * APPROVE commits the benefit amount against the region's budget and quota,
   * WAITLIST and REJECT need a reasonCode, which the applicant reads in their
   * own language (a reason in words alone is taken as OTHER). An approval that would exceed the
   * region's remaining budget or quota is refused with QUOTA_EXHAUSTED and the
   * application keeps its status, under any concurrency.
   */
  decideApplication: Application;
  /** Ends a dependent's link to the officer (divorce, death, a child's independence) from a day. */
  endDependentLink: Dependent;
  /**
   * Records the payment of an APPROVED application (a foundation agent of its
   * region), which becomes PAID. A retry with the same idempotency key returns
   * the same disbursement.
   */
  recordDisbursement: Disbursement;
  /** Registers a new officer (NATIONAL_ADMIN, or the FOUNDATION_AGENT of the officer's region). */
  registerOfficer: Officer;
  /**
   * Asks for a ticket to upload one supporting document (a school enrolment,
   * disability or death certificate...) to an application or a dependent: for
   * whoever may change the record (a foundation agent of its region; the
   * applicant for their own application while it is SUBMITTED; for a
   * dependent, also the national administration). PUT the file's bytes to
   * `uploadUrl` (no other credential: the ticket is one, for this caller, this
   * record, this size and type, once, for a few minutes), then call
   * attachSocialDocument. The file is checked by its content (PDF, JPEG or
   * PNG, whole). A retry with the same idempotency key returns the same ticket.
   */
  requestSocialDocumentUpload: UploadTicket;
  /**
   * Sets a region's budget and quota for a campaign (the national
   * administration only). Refused with BAD_USER_INPUT when the budget or quota
   * would fall below what is already committed or approved, and with CONFLICT
   * when `expectedVersion` is not the allocation's current version.
   */
  setCampaignAllocation: CampaignAllocation;
  /** Takes a SUBMITTED application under review (a foundation agent or the head of its region). */
  startApplicationReview: Application;
  /**
   * Submits an application to an open campaign for an officer or one of their
   * dependents: a foundation agent in the officer's region, or the officer for
   * their own family. The application draws on the officer's region and is
   * SUBMITTED, with its ranking score. Refused with NOT_ELIGIBLE (extensions.rule
   * names the rule, the message says why) when a campaign rule excludes the
   * beneficiary, and with CONFLICT (extensions.reason DUPLICATE_APPLICATION)
   * when the beneficiary already has an open or approved application to the
   * campaign.
   */
  submitApplication: Application;
  /**
   * Moves an officer to another region from the effective date (NATIONAL_ADMIN, or the
   * FOUNDATION_AGENT of the officer's current region; the destination need not be the agent's).
   * Claims the mutual already handles stay with the region that handles them.
   */
  transferOfficer: OfficerTransfer;
  /** Updates a dependent's student certificate or disability. */
  updateDependent: Dependent;
  /**
   * Withdraws an application not yet paid (the applicant, or a foundation agent
   * or the head of its region). When it was APPROVED, the first WAITLISTED
   * application of the same campaign and region by ranking moves up to APPROVED
   * in the same transaction.
   */
  withdrawApplication: WithdrawalResult;
};


export type MutationAddDependentArgs = {
  input: AddDependentInput;
};


export type MutationAppointHeadArgs = {
  input: AppointHeadInput;
};


export type MutationAttachSocialDocumentArgs = {
  idempotencyKey: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationChangeOfficerStatusArgs = {
  input: ChangeOfficerStatusInput;
};


export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationDecideApplicationArgs = {
  input: DecideApplicationInput;
};


export type MutationEndDependentLinkArgs = {
  input: EndDependentLinkInput;
};


export type MutationRecordDisbursementArgs = {
  input: RecordDisbursementInput;
};


export type MutationRegisterOfficerArgs = {
  input: RegisterOfficerInput;
};


export type MutationRequestSocialDocumentUploadArgs = {
  input: RequestSocialDocumentUploadInput;
};


export type MutationSetCampaignAllocationArgs = {
  input: SetCampaignAllocationInput;
};


export type MutationStartApplicationReviewArgs = {
  input: ApplicationChangeInput;
};


export type MutationSubmitApplicationArgs = {
  input: SubmitApplicationInput;
};


export type MutationTransferOfficerArgs = {
  input: TransferOfficerInput;
};


export type MutationUpdateDependentArgs = {
  input: UpdateDependentInput;
};


export type MutationWithdrawApplicationArgs = {
  input: WithdrawApplicationInput;
};

/** A staff member of the national police, identified by matricule. */
export type Officer = {
  __typename?: 'Officer';
  /** Applications made by or for this officer's family, newest first. */
  applications: Array<Application>;
  /** Part of the file: whoever may read the file (the officer themself included), FORBIDDEN to others. */
  birthDate: Scalars['Date']['output'];
  /** Spouses, children and parents, including those of deceased officers. */
  dependents: Array<Dependent>;
  firstNameAr: Scalars['String']['output'];
  firstNameLatin: Scalars['String']['output'];
  /** Latin-script full name, first name first. */
  fullName: Scalars['String']['output'];
  /** Arabic-script full name, first name first. */
  fullNameAr: Scalars['String']['output'];
  lastNameAr: Scalars['String']['output'];
  lastNameLatin: Scalars['String']['output'];
  matricule: Scalars['ID']['output'];
  rank: Rank;
  region: Region;
  serviceStartDate: Scalars['Date']['output'];
  /** The documents of the officer's applications and dependents that the caller may read. */
  socialDocuments: Array<SocialDocument>;
  /**
   * Money committed to this officer's family (the officer and their dependents) by applications
   * approved or paid this year. Only the head of the officer's region and the national
   * administration (it is read for solidarity candidates); null for anyone else.
   */
  socialSupportThisYear: Maybe<Scalars['Money']['output']>;
  status: OfficerStatus;
  trainings: Array<Training>;
  /** Increases with every change; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
  /** Whole years since the service start date, today. */
  yearsOfService: Scalars['Int']['output'];
};

export type OfficerConnection = {
  __typename?: 'OfficerConnection';
  edges: Array<OfficerEdge>;
  pageInfo: PageInfo;
  /** All officers that match the filters, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type OfficerEdge = {
  __typename?: 'OfficerEdge';
  cursor: Scalars['String']['output'];
  node: Officer;
};

export type OfficerStatus =
  | 'ACTIVE'
  | 'DECEASED'
  | 'KILLED_ON_DUTY'
  | 'RETIRED';

export type OfficerTransfer = {
  __typename?: 'OfficerTransfer';
  effectiveDate: Scalars['Date']['output'];
  fromRegion: Region;
  matricule: Scalars['ID']['output'];
  /** The officer after the transfer; null when the caller may no longer read the file (an agent of the former region). */
  officer: Maybe<Officer>;
  toRegion: Region;
  /** The officer's version after the transfer. */
  version: Scalars['Int']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A social programme of the Foundation. */
export type Programme = {
  __typename?: 'Programme';
  campaigns: Array<Campaign>;
  id: Scalars['ID']['output'];
  kind: ProgrammeKind;
  nameAr: Scalars['String']['output'];
  nameFr: Scalars['String']['output'];
};

export type ProgrammeKind =
  | 'EID_GRANT'
  | 'EXCEPTIONAL_AID'
  | 'HAJJ'
  | 'HOUSING'
  | 'SCHOLARSHIP'
  | 'SCHOOL_SUPPORT'
  | 'SUMMER_CAMP';

export type ProgrammeSocial = {
  __typename?: 'ProgrammeSocial';
  approvedThisYear: Scalars['Int']['output'];
  budget: Budget;
  openApplications: Scalars['Int']['output'];
  programme: Programme;
};

export type Query = {
  __typename?: 'Query';
  /** One application, by id: by its region's foundation roles, the national administration, or the applicant. */
  application: Maybe<Application>;
  /**
   * One application by its reference (DS-2026-100123, as printed on the
   * applicant's receipt), spaces around it and letter case ignored; null when
   * no application has it, and FORBIDDEN when the caller may not read it, as
   * application(id).
   */
  applicationByReference: Maybe<Application>;
  /**
   * A work queue of applications, as a Relay connection of at most `first`
   * (1 to 100) per page. `queue` TO_REVIEW lists SUBMITTED applications, oldest
   * first; TO_DECIDE lists UNDER_REVIEW and WAITLISTED applications by ranking
   * score (highest first), then oldest first; TO_PAY lists APPROVED
   * applications, the earliest decided first (the payments to record); ALL
   * lists every status, newest first, optionally limited by `status`. Regional roles see their own region
   * (their own when `region` is omitted, FORBIDDEN for another); the national
   * administration any region (every region when omitted).
   */
  applicationQueue: ApplicationConnection;
  /**
   * Every recorded change of one record, oldest first. `entity` is one of
   * head_appointment, application, campaign, campaign_allocation or
   * disbursement. The national administration reads every region's trail, a
   * regional head the records of their region; FORBIDDEN otherwise.
   */
  auditTrail: Array<AuditRecord>;
  /** One campaign, by id. */
  campaign: Maybe<Campaign>;
  /** Campaigns of a year (every year when omitted), newest first; `openOn` keeps those open for applications on that date. */
  campaigns: Array<Campaign>;
  /** Who is asking: the caller's role and region and, when their subject is a matricule whose file they may read, their officer file. */
  me: Me;
  /** The Foundation's national monthly figures (the sum over all regions): national administration only. */
  nationalSocialTrend: Array<SocialMonth>;
  /** One staff member, by matricule. */
  officer: Maybe<Officer>;
  /**
   * Staff members, newest matricule last, as a Relay connection. `search` finds
   * names in Arabic or Latin script and matricules, ignoring accents and case.
   * `first` is between 1 and 100.
   */
  officers: OfficerConnection;
  /** The Foundation's programmes, in the order of ProgrammeKind, each with its campaigns. */
  programmes: Array<Programme>;
  /**
   * How an application's rankingScore is made, computed once at submission
   * (README, "Ranking"): the points each fact adds. The queues say it above
   * their rows, from here rather than from a copy.
   */
  rankingRule: RankingRule;
  /**
   * The latest recorded changes of a region's records, newest first: what the
   * audit page opens on. A regional head reads their own region's (`region`
   * defaults to it; another region is FORBIDDEN); the national administration
   * any region's, or with no region every change, the national campaigns'
   * included. FORBIDDEN to other roles. `first` is 1 to 100.
   */
  recentChanges: AuditRecordConnection;
  /** One regional social action service, by its code (for example FES). */
  region: Maybe<Region>;
  /** All seventeen regions, in the order of the 9 September 2025 announcement. */
  regions: Array<Region>;
  /**
   * Heads still in office past the configured term limit (rotationDue), oldest
   * term first: the national administration sees every region, a regional head
   * their own region; FORBIDDEN otherwise.
   */
  regionsDueForRotation: Array<HeadAppointment>;
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationByReferenceArgs = {
  reference: Scalars['String']['input'];
};


export type QueryApplicationQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  decidedIn?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  queue?: ApplicationQueueKind;
  region?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<ApplicationStatus>>;
  submittedIn?: InputMaybe<Scalars['String']['input']>;
  waitingLongerThanDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditTrailArgs = {
  entity: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignsArgs = {
  openOn?: InputMaybe<Scalars['Date']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNationalSocialTrendArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOfficerArgs = {
  matricule: Scalars['ID']['input'];
};


export type QueryOfficersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRecentChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};

export type Rank =
  | 'BRIGADIER'
  | 'BRIGADIER_CHEF'
  | 'COMMISSAIRE'
  | 'COMMISSAIRE_DIVISIONNAIRE'
  | 'COMMISSAIRE_PRINCIPAL'
  | 'CONTROLEUR_GENERAL'
  | 'GARDIEN_DE_LA_PAIX'
  | 'INSPECTEUR'
  | 'OFFICIER_DE_PAIX'
  | 'OFFICIER_DE_POLICE'
  | 'OFFICIER_PRINCIPAL';

/** The points of the ranking score; the highest score is served first. */
export type RankingRule = {
  __typename?: 'RankingRule';
  /** Added for the family of a deceased or killed officer (widows, orphans). */
  bereaved: Scalars['Int']['output'];
  /** Added when the beneficiary never had an approved or paid application in the programme. */
  firstTime: Scalars['Int']['output'];
  /** Added when the campaign gives priority to families of officers killed on duty and the officer was one. */
  killedOnDutyPriority: Scalars['Int']['output'];
  maxChildren: Scalars['Int']['output'];
  maxServiceYears: Scalars['Int']['output'];
  /** Added per child of the officer, up to maxChildren children. */
  perChild: Scalars['Int']['output'];
  /** Added per whole year of the officer's service at submission, up to maxServiceYears years. */
  perServiceYear: Scalars['Int']['output'];
};

export type RecordDisbursementInput = {
  applicationId: Scalars['ID']['input'];
  /** 8 to 100 letters, digits or . _ : - characters, new for each new request. */
  idempotencyKey: Scalars['String']['input'];
  /** The day of payment: today when omitted, never in the future. */
  paidOn?: InputMaybe<Scalars['Date']['input']>;
  /** The payment's reference (transfer or cheque number), 1 to 100 characters. */
  reference: Scalars['String']['input'];
};

/** A regional social action service: a wilaya (security prefecture) or a provincial directorate. */
export type Region = {
  __typename?: 'Region';
  /**
   * People eligible for the Foundation's support in the region: officers who are
   * active or retired, families of deceased officers, and their dependents.
   */
  beneficiaryCount: Scalars['Int']['output'];
  code: Scalars['ID']['output'];
  /** The head in office today, if any. */
  currentHead: Maybe<HeadAppointment>;
  /** Every appointment to this region, newest first. History is never overwritten. */
  headHistory: Array<HeadAppointment>;
  kind: RegionKind;
  nameAr: Scalars['String']['output'];
  nameFr: Scalars['String']['output'];
  /** The Foundation's social programmes in this region, for a calendar year (this year by default). */
  social: RegionSocial;
  /** What needs action in the Foundation's half now (same readers as socialTrend). */
  socialAttention: SocialAttention;
  /**
   * The Foundation's monthly figures for the region, oldest first, ending with
   * the current month (24 months by default, 1 to 36; UTC calendar months, every
   * month present). The region's head, its foundation agents and the national
   * administration.
   */
  socialTrend: Array<SocialMonth>;
  /** Staff members assigned to the region and in service (status ACTIVE). */
  staffCount: Scalars['Int']['output'];
};


/** A regional social action service: a wilaya (security prefecture) or a provincial directorate. */
export type RegionSocialArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A regional social action service: a wilaya (security prefecture) or a provincial directorate. */
export type RegionSocialTrendArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
};

export type RegionKind =
  | 'PROVINCIAL_DIRECTORATE'
  | 'WILAYA';

/** The Foundation's side of a region's dashboard. */
export type RegionSocial = {
  __typename?: 'RegionSocial';
  /** Approved ÷ decided in the year, between 0 and 1; null when nothing was decided. */
  approvalRate: Maybe<Scalars['Float']['output']>;
  /** Applications approved (including those since paid) with a decision in the year. */
  approvedThisYear: Scalars['Int']['output'];
  /** Distinct people (officers and dependents) with an application approved or paid in the year. */
  beneficiariesReached: Scalars['Int']['output'];
  /** Budget of the year's campaigns for this region. */
  budget: Budget;
  /** Applications decided in the year (approved, paid or rejected). */
  decidedThisYear: Scalars['Int']['output'];
  /** Applications not yet decided: SUBMITTED, UNDER_REVIEW or WAITLISTED. */
  openApplications: Scalars['Int']['output'];
  /** The same figures per programme. */
  programmes: Array<ProgrammeSocial>;
  /** Money disbursed in the year divided by the region's beneficiaries. */
  spendPerBeneficiary: Scalars['Money']['output'];
  year: Scalars['Int']['output'];
};

export type RegisterOfficerInput = {
  birthDate: Scalars['Date']['input'];
  firstNameAr: Scalars['String']['input'];
  firstNameLatin: Scalars['String']['input'];
  /** 8 to 100 letters, digits or . _ : - characters, new for each new request. */
  idempotencyKey: Scalars['String']['input'];
  lastNameAr: Scalars['String']['input'];
  lastNameLatin: Scalars['String']['input'];
  /** Letters and digits, 3 to 20 characters; unique. */
  matricule: Scalars['ID']['input'];
  rank: Rank;
  regionCode: Scalars['ID']['input'];
  /** At 18 years of age or later, never in the future. */
  serviceStartDate: Scalars['Date']['input'];
};

export type RequestSocialDocumentUploadInput = {
  /** application/pdf, image/jpeg or image/png; the content must be of this type. */
  contentType: Scalars['String']['input'];
  documentKind: DocumentKind;
  /** The file's name as the user knows it (cleaned of paths and control characters). */
  fileName: Scalars['String']['input'];
  /** 8 to 100 letters, digits or . _ : - (a UUID is ideal): a retry with the same key returns the same ticket. */
  idempotencyKey: Scalars['String']['input'];
  record: SocialRecordInput;
  /** The file's exact size in bytes (at most maxSize). */
  size: Scalars['Int']['input'];
};

/** The roles of the platform (docs/architecture.md). */
export type Role =
  | 'FOUNDATION_AGENT'
  | 'MEDICAL_ADVISOR'
  | 'MUTUAL_AGENT'
  | 'NATIONAL_ADMIN'
  | 'OFFICER'
  | 'REGIONAL_HEAD';

export type SetCampaignAllocationInput = {
  allocated: Scalars['Money']['input'];
  campaignId: Scalars['ID']['input'];
  /** The allocation's version as last read; omit only when creating the region's first allocation. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  quota: Scalars['Int']['input'];
  regionCode: Scalars['ID']['input'];
};

/** What needs action in the Foundation's half of a region. */
export type SocialAttention = {
  __typename?: 'SocialAttention';
  /** The service target for a decision on an application, in days (APPLICATION_TARGET_DAYS, 30 by default). */
  applicationTargetDays: Scalars['Int']['output'];
  /** The current head, when their term reaches the configured limit within 90 days (or has passed it). */
  headTermEnding: Maybe<HeadAppointment>;
  /** The day the current head's term reaches the limit; null without a head. */
  headTermEndsOn: Maybe<Scalars['Date']['output']>;
  /** Applications SUBMITTED or UNDER_REVIEW for longer than the target. */
  overdueApplications: Scalars['Int']['output'];
  /** This year's allocations of the region over 90% of their budget or quota used, or used up with applications waitlisted. */
  strainedAllocations: Array<StrainedAllocation>;
};

/**
 * A supporting document of an application or a dependent (a certificate of
 * school enrolment, disability or death). Read by whoever may read the record;
 * certificates can carry health information, so every download link issued
 * and every download is logged in the foundation's document read log.
 */
export type SocialDocument = {
  __typename?: 'SocialDocument';
  contentType: Scalars['String']['output'];
  /** A link that downloads the file, for the caller alone, valid 5 minutes. */
  downloadUrl: Scalars['String']['output'];
  /** Cleaned of paths and control characters. */
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  /** In bytes. */
  size: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTime']['output'];
  /** The subject of whoever attached it. */
  uploadedBy: Scalars['String']['output'];
};

/** One calendar month (UTC) of the Foundation's figures for a region or the nation. */
export type SocialMonth = {
  __typename?: 'SocialMonth';
  /** Allocated to the region (or nationally) for the month's year. */
  allocated: Scalars['Money']['output'];
  /** Approved or paid, decided in the month. */
  approved: Scalars['Int']['output'];
  /** Committed from the start of the month's year to the end of the month ÷ allocated for that year; null when nothing is allocated. */
  budgetConsumption: Maybe<Scalars['Float']['output']>;
  /** Amount of the applications approved in the month. */
  committed: Scalars['Money']['output'];
  /** Applications decided in the month and now APPROVED, PAID or REJECTED. */
  decided: Scalars['Int']['output'];
  /** Disbursed in the month. */
  disbursed: Scalars['Money']['output'];
  /** The month, as YYYY-MM. */
  month: Scalars['String']['output'];
  /** Applications submitted in the month. */
  submitted: Scalars['Int']['output'];
};

/** The record a document belongs to. */
export type SocialRecordInput = {
  id: Scalars['ID']['input'];
  kind: SocialRecordKind;
};

export type SocialRecordKind =
  | 'APPLICATION'
  | 'DEPENDENT';

/** An allocation close to or past its budget or quota. */
export type StrainedAllocation = {
  __typename?: 'StrainedAllocation';
  allocation: CampaignAllocation;
  /** Committed ÷ allocated, between 0 and 1 (or above when overspent). */
  budgetUsed: Scalars['Float']['output'];
  /** The budget or the quota is used up. */
  exhausted: Scalars['Boolean']['output'];
  /** Approved ÷ quota. */
  quotaUsed: Scalars['Float']['output'];
  /** Applications WAITLISTED on this allocation. */
  waitlisted: Scalars['Int']['output'];
};

export type StudentCertificateInput = {
  validFrom: Scalars['Date']['input'];
  validUntil: Scalars['Date']['input'];
};

export type SubmitApplicationInput = {
  campaignId: Scalars['ID']['input'];
  /** The dependent the application is for; omit when it is for the officer. */
  dependentId?: InputMaybe<Scalars['ID']['input']>;
  /** 8 to 100 letters, digits or . _ : - characters, new for each new request. */
  idempotencyKey: Scalars['String']['input'];
  matricule: Scalars['ID']['input'];
};

export type Training = {
  __typename?: 'Training';
  /** A stable code, such as SOCIAL_CASE_MANAGEMENT. */
  code: Scalars['String']['output'];
  completedOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
};

export type TransferOfficerInput = {
  effectiveDate: Scalars['Date']['input'];
  /** The officer's version as last read; a stale version is a CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  matricule: Scalars['ID']['input'];
  toRegionCode: Scalars['ID']['input'];
};

export type UpdateDependentInput = {
  dependentId: Scalars['ID']['input'];
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The day the change takes effect; today when omitted. */
  effectiveDate?: InputMaybe<Scalars['Date']['input']>;
  expectedVersion: Scalars['Int']['input'];
  /** Replaces the certificate when given. */
  studentCertificate?: InputMaybe<StudentCertificateInput>;
};

/** A single-use permission to upload one file. */
export type UploadTicket = {
  __typename?: 'UploadTicket';
  expiresAt: Scalars['DateTime']['output'];
  /** The ticket id: send it to the attach mutation. It is a credential: do not log it. */
  id: Scalars['ID']['output'];
  /** The largest file accepted, in bytes. */
  maxSize: Scalars['Int']['output'];
  /** Where to PUT the file's bytes (with its Content-Type). */
  uploadUrl: Scalars['String']['output'];
};

export type WithdrawApplicationInput = {
  applicationId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  /** Why, 1 to 500 characters. */
  reason: Scalars['String']['input'];
};

export type WithdrawalResult = {
  __typename?: 'WithdrawalResult';
  /**
   * The waitlisted application that moved up to APPROVED, if any; null too
   * when the caller may not read it (an officer withdrawing their own).
   */
  promoted: Maybe<Application>;
  withdrawn: Application;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Application: Application;
  Campaign: Campaign;
  CampaignAllocation: CampaignAllocation;
  Dependent: Dependent;
  Disbursement: Disbursement;
  HeadAppointment: HeadAppointment;
  Officer: Officer;
  Programme: Programme;
  Region: Region;
  SocialDocument: SocialDocument;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Application:
    ( { __typename: 'Application' }
    & GraphQLRecursivePick<FederationTypes['Application'], {"id":true}> );
  Campaign:
    ( { __typename: 'Campaign' }
    & GraphQLRecursivePick<FederationTypes['Campaign'], {"id":true}> );
  CampaignAllocation:
    ( { __typename: 'CampaignAllocation' }
    & GraphQLRecursivePick<FederationTypes['CampaignAllocation'], {"id":true}> );
  Dependent:
    ( { __typename: 'Dependent' }
    & GraphQLRecursivePick<FederationTypes['Dependent'], {"id":true}> );
  Disbursement:
    ( { __typename: 'Disbursement' }
    & GraphQLRecursivePick<FederationTypes['Disbursement'], {"id":true}> );
  HeadAppointment:
    ( { __typename: 'HeadAppointment' }
    & GraphQLRecursivePick<FederationTypes['HeadAppointment'], {"id":true}> );
  Officer:
    ( { __typename: 'Officer' }
    & GraphQLRecursivePick<FederationTypes['Officer'], {"matricule":true}> );
  Programme:
    ( { __typename: 'Programme' }
    & GraphQLRecursivePick<FederationTypes['Programme'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
  SocialDocument:
    ( { __typename: 'SocialDocument' }
    & GraphQLRecursivePick<FederationTypes['SocialDocument'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddDependentInput: AddDependentInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Application: ResolverTypeWrapper<ApplicationEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApplicationChangeInput: ApplicationChangeInput;
  ApplicationConnection: ResolverTypeWrapper<Omit<ApplicationConnection, 'edges'> & { edges: Array<ResolversTypes['ApplicationEdge']> }>;
  ApplicationDecision: ApplicationDecision;
  ApplicationDecisionReason: ApplicationDecisionReason;
  ApplicationEdge: ResolverTypeWrapper<Omit<ApplicationEdge, 'node'> & { node: ResolversTypes['Application'] }>;
  ApplicationQueueKind: ApplicationQueueKind;
  ApplicationStatus: ApplicationStatus;
  AppointHeadInput: AppointHeadInput;
  AuditChange: ResolverTypeWrapper<AuditChange>;
  AuditRecord: ResolverTypeWrapper<AuditRecordRow>;
  AuditRecordConnection: ResolverTypeWrapper<Omit<AuditRecordConnection, 'edges'> & { edges: Array<ResolversTypes['AuditRecordEdge']> }>;
  AuditRecordEdge: ResolverTypeWrapper<Omit<AuditRecordEdge, 'node'> & { node: ResolversTypes['AuditRecord'] }>;
  BeneficiaryKind: BeneficiaryKind;
  Budget: ResolverTypeWrapper<Budget>;
  Campaign: ResolverTypeWrapper<CampaignEntity>;
  CampaignAllocation: ResolverTypeWrapper<AllocationModel>;
  ChangeOfficerStatusInput: ChangeOfficerStatusInput;
  CreateCampaignInput: CreateCampaignInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideApplicationInput: DecideApplicationInput;
  Dependent: ResolverTypeWrapper<DependentEntity>;
  DependentLinkEndReason: DependentLinkEndReason;
  DependentRelation: DependentRelation;
  Disbursement: ResolverTypeWrapper<DisbursementEntity>;
  DocumentKind: DocumentKind;
  EligibilityRules: ResolverTypeWrapper<CampaignRules>;
  EligibilityRulesInput: EligibilityRulesInput;
  EndDependentLinkInput: EndDependentLinkInput;
  HeadAppointment: ResolverTypeWrapper<HeadAppointmentEntity>;
  Me: ResolverTypeWrapper<MeModel>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Officer: ResolverTypeWrapper<OfficerEntity>;
  OfficerConnection: ResolverTypeWrapper<Omit<OfficerConnection, 'edges'> & { edges: Array<ResolversTypes['OfficerEdge']> }>;
  OfficerEdge: ResolverTypeWrapper<Omit<OfficerEdge, 'node'> & { node: ResolversTypes['Officer'] }>;
  OfficerStatus: OfficerStatus;
  OfficerTransfer: ResolverTypeWrapper<TransferResult>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Programme: ResolverTypeWrapper<ProgrammeEntity>;
  ProgrammeKind: ProgrammeKind;
  ProgrammeSocial: ResolverTypeWrapper<ProgrammeSocialModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rank: Rank;
  RankingRule: ResolverTypeWrapper<RankingRule>;
  RecordDisbursementInput: RecordDisbursementInput;
  Region: ResolverTypeWrapper<RegionEntity>;
  RegionKind: RegionKind;
  RegionSocial: ResolverTypeWrapper<RegionSocialModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  RegisterOfficerInput: RegisterOfficerInput;
  RequestSocialDocumentUploadInput: RequestSocialDocumentUploadInput;
  Role: Role;
  SetCampaignAllocationInput: SetCampaignAllocationInput;
  SocialAttention: ResolverTypeWrapper<SocialAttentionModel>;
  SocialDocument: ResolverTypeWrapper<SocialDocumentModel>;
  SocialMonth: ResolverTypeWrapper<SocialMonthModel>;
  SocialRecordInput: SocialRecordInput;
  SocialRecordKind: SocialRecordKind;
  StrainedAllocation: ResolverTypeWrapper<StrainedAllocationModel>;
  StudentCertificateInput: StudentCertificateInput;
  SubmitApplicationInput: SubmitApplicationInput;
  Training: ResolverTypeWrapper<TrainingEntity>;
  TransferOfficerInput: TransferOfficerInput;
  UpdateDependentInput: UpdateDependentInput;
  UploadTicket: ResolverTypeWrapper<UploadTicketResult>;
  WithdrawApplicationInput: WithdrawApplicationInput;
  WithdrawalResult: ResolverTypeWrapper<Omit<WithdrawalResult, 'promoted' | 'withdrawn'> & { promoted?: Maybe<ResolversTypes['Application']>, withdrawn: ResolversTypes['Application'] }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddDependentInput: AddDependentInput;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Application: ApplicationEntity;
  Int: Scalars['Int']['output'];
  ApplicationChangeInput: ApplicationChangeInput;
  ApplicationConnection: Omit<ApplicationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApplicationEdge']> };
  ApplicationEdge: Omit<ApplicationEdge, 'node'> & { node: ResolversParentTypes['Application'] };
  AppointHeadInput: AppointHeadInput;
  AuditChange: AuditChange;
  AuditRecord: AuditRecordRow;
  AuditRecordConnection: Omit<AuditRecordConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditRecordEdge']> };
  AuditRecordEdge: Omit<AuditRecordEdge, 'node'> & { node: ResolversParentTypes['AuditRecord'] };
  Budget: Budget;
  Campaign: CampaignEntity;
  CampaignAllocation: AllocationModel;
  ChangeOfficerStatusInput: ChangeOfficerStatusInput;
  CreateCampaignInput: CreateCampaignInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecideApplicationInput: DecideApplicationInput;
  Dependent: DependentEntity;
  Disbursement: DisbursementEntity;
  EligibilityRules: CampaignRules;
  EligibilityRulesInput: EligibilityRulesInput;
  EndDependentLinkInput: EndDependentLinkInput;
  HeadAppointment: HeadAppointmentEntity;
  Me: MeModel;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  Officer: OfficerEntity;
  OfficerConnection: Omit<OfficerConnection, 'edges'> & { edges: Array<ResolversParentTypes['OfficerEdge']> };
  OfficerEdge: Omit<OfficerEdge, 'node'> & { node: ResolversParentTypes['Officer'] };
  OfficerTransfer: TransferResult;
  PageInfo: PageInfo;
  Programme: ProgrammeEntity;
  ProgrammeSocial: ProgrammeSocialModel;
  Query: Record<PropertyKey, never>;
  RankingRule: RankingRule;
  RecordDisbursementInput: RecordDisbursementInput;
  Region: RegionEntity;
  RegionSocial: RegionSocialModel;
  Float: Scalars['Float']['output'];
  RegisterOfficerInput: RegisterOfficerInput;
  RequestSocialDocumentUploadInput: RequestSocialDocumentUploadInput;
  SetCampaignAllocationInput: SetCampaignAllocationInput;
  SocialAttention: SocialAttentionModel;
  SocialDocument: SocialDocumentModel;
  SocialMonth: SocialMonthModel;
  SocialRecordInput: SocialRecordInput;
  StrainedAllocation: StrainedAllocationModel;
  StudentCertificateInput: StudentCertificateInput;
  SubmitApplicationInput: SubmitApplicationInput;
  Training: TrainingEntity;
  TransferOfficerInput: TransferOfficerInput;
  UpdateDependentInput: UpdateDependentInput;
  UploadTicket: UploadTicketResult;
  WithdrawApplicationInput: WithdrawApplicationInput;
  WithdrawalResult: Omit<WithdrawalResult, 'promoted' | 'withdrawn'> & { promoted?: Maybe<ResolversParentTypes['Application']>, withdrawn: ResolversParentTypes['Application'] };
}>;

export type ClinicalDirectiveArgs = { };

export type ClinicalDirectiveResolver<Result, Parent, ContextType = FoundationContext, Args = ClinicalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ApplicationResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application'], FederationReferenceType extends FederationReferenceTypes['Application'] = FederationReferenceTypes['Application']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Application']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  beneficiaryKind?: Resolver<ResolversTypes['BeneficiaryKind'], ParentType, ContextType>;
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionReasonCode?: Resolver<Maybe<ResolversTypes['ApplicationDecisionReason']>, ParentType, ContextType>;
  dependent?: Resolver<Maybe<ResolversTypes['Dependent']>, ParentType, ContextType>;
  disbursement?: Resolver<Maybe<ResolversTypes['Disbursement']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['SocialDocument']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  officer?: Resolver<ResolversTypes['Officer'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rankingScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApplicationConnectionResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['ApplicationConnection'] = ResolversParentTypes['ApplicationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApplicationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApplicationEdgeResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['ApplicationEdge'] = ResolversParentTypes['ApplicationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
}>;

export type AuditChangeResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditRecordResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  actorSub?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditChange']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type AuditRecordConnectionResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['AuditRecordConnection'] = ResolversParentTypes['AuditRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditRecordEdgeResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['AuditRecordEdge'] = ResolversParentTypes['AuditRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditRecord'], ParentType, ContextType>;
}>;

export type BudgetResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['Budget'] = ResolversParentTypes['Budget']> = ResolversObject<{
  allocated?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  disbursed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type CampaignResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign'], FederationReferenceType extends FederationReferenceTypes['Campaign'] = FederationReferenceTypes['Campaign']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Campaign']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allocations?: Resolver<Array<ResolversTypes['CampaignAllocation']>, ParentType, ContextType>;
  benefitAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  closesOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  eligibility?: Resolver<ResolversTypes['EligibilityRules'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  opensOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  season?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CampaignAllocationResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['CampaignAllocation'] = ResolversParentTypes['CampaignAllocation'], FederationReferenceType extends FederationReferenceTypes['CampaignAllocation'] = FederationReferenceTypes['CampaignAllocation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CampaignAllocation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allocated?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  approvedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  disbursed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quota?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  remainingBudget?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  remainingQuota?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitlisted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DependentResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['Dependent'] = ResolversParentTypes['Dependent'], FederationReferenceType extends FederationReferenceTypes['Dependent'] = FederationReferenceTypes['Dependent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dependent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['SocialDocument']>, ParentType, ContextType>;
  firstNameAr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstNameLatin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullNameAr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linkEndedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  officer?: Resolver<ResolversTypes['Officer'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['DependentRelation'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  studentUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DisbursementResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['Disbursement'] = ResolversParentTypes['Disbursement'], FederationReferenceType extends FederationReferenceTypes['Disbursement'] = FederationReferenceTypes['Disbursement']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Disbursement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  application?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paidAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EligibilityRulesResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['EligibilityRules'] = ResolversParentTypes['EligibilityRules']> = ResolversObject<{
  ageReferenceDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  beneficiaryKinds?: Resolver<Array<ResolversTypes['BeneficiaryKind']>, ParentType, ContextType>;
  maxAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxPerFamily?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  officerStatuses?: Resolver<Array<ResolversTypes['OfficerStatus']>, ParentType, ContextType>;
  oncePerLifetime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  priorityKilledOnDuty?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type HeadAppointmentResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['HeadAppointment'] = ResolversParentTypes['HeadAppointment'], FederationReferenceType extends FederationReferenceTypes['HeadAppointment'] = FederationReferenceTypes['HeadAppointment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HeadAppointment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  approvedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decisionReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  officer?: Resolver<ResolversTypes['Officer'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  rotationDue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  termEndsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type MeResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = ResolversObject<{
  officer?: Resolver<Maybe<ResolversTypes['Officer']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  sub?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addDependent?: Resolver<ResolversTypes['Dependent'], ParentType, ContextType, RequireFields<MutationAddDependentArgs, 'input'>>;
  appointHead?: Resolver<ResolversTypes['HeadAppointment'], ParentType, ContextType, RequireFields<MutationAppointHeadArgs, 'input'>>;
  attachSocialDocument?: Resolver<ResolversTypes['SocialDocument'], ParentType, ContextType, RequireFields<MutationAttachSocialDocumentArgs, 'idempotencyKey' | 'ticketId'>>;
  changeOfficerStatus?: Resolver<ResolversTypes['Officer'], ParentType, ContextType, RequireFields<MutationChangeOfficerStatusArgs, 'input'>>;
  createCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationCreateCampaignArgs, 'input'>>;
  decideApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationDecideApplicationArgs, 'input'>>;
  endDependentLink?: Resolver<ResolversTypes['Dependent'], ParentType, ContextType, RequireFields<MutationEndDependentLinkArgs, 'input'>>;
  recordDisbursement?: Resolver<ResolversTypes['Disbursement'], ParentType, ContextType, RequireFields<MutationRecordDisbursementArgs, 'input'>>;
  registerOfficer?: Resolver<ResolversTypes['Officer'], ParentType, ContextType, RequireFields<MutationRegisterOfficerArgs, 'input'>>;
  requestSocialDocumentUpload?: Resolver<ResolversTypes['UploadTicket'], ParentType, ContextType, RequireFields<MutationRequestSocialDocumentUploadArgs, 'input'>>;
  setCampaignAllocation?: Resolver<ResolversTypes['CampaignAllocation'], ParentType, ContextType, RequireFields<MutationSetCampaignAllocationArgs, 'input'>>;
  startApplicationReview?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationStartApplicationReviewArgs, 'input'>>;
  submitApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationSubmitApplicationArgs, 'input'>>;
  transferOfficer?: Resolver<ResolversTypes['OfficerTransfer'], ParentType, ContextType, RequireFields<MutationTransferOfficerArgs, 'input'>>;
  updateDependent?: Resolver<ResolversTypes['Dependent'], ParentType, ContextType, RequireFields<MutationUpdateDependentArgs, 'input'>>;
  withdrawApplication?: Resolver<ResolversTypes['WithdrawalResult'], ParentType, ContextType, RequireFields<MutationWithdrawApplicationArgs, 'input'>>;
}>;

export type OfficerResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['Officer'] = ResolversParentTypes['Officer'], FederationReferenceType extends FederationReferenceTypes['Officer'] = FederationReferenceTypes['Officer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Officer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  applications?: Resolver<Array<ResolversTypes['Application']>, ParentType, ContextType>;
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dependents?: Resolver<Array<ResolversTypes['Dependent']>, ParentType, ContextType>;
  firstNameAr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstNameLatin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullNameAr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastNameAr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastNameLatin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matricule?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Rank'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  serviceStartDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  socialDocuments?: Resolver<Array<ResolversTypes['SocialDocument']>, ParentType, ContextType>;
  socialSupportThisYear?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OfficerStatus'], ParentType, ContextType>;
  trainings?: Resolver<Array<ResolversTypes['Training']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yearsOfService?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OfficerConnectionResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['OfficerConnection'] = ResolversParentTypes['OfficerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OfficerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OfficerEdgeResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['OfficerEdge'] = ResolversParentTypes['OfficerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Officer'], ParentType, ContextType>;
}>;

export type OfficerTransferResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['OfficerTransfer'] = ResolversParentTypes['OfficerTransfer']> = ResolversObject<{
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fromRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  matricule?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  officer?: Resolver<Maybe<ResolversTypes['Officer']>, ParentType, ContextType>;
  toRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProgrammeResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme'], FederationReferenceType extends FederationReferenceTypes['Programme'] = FederationReferenceTypes['Programme']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Programme']> | FederationReferenceType, FederationReferenceType, ContextType>;
  campaigns?: Resolver<Array<ResolversTypes['Campaign']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProgrammeKind'], ParentType, ContextType>;
  nameAr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProgrammeSocialResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['ProgrammeSocial'] = ResolversParentTypes['ProgrammeSocial']> = ResolversObject<{
  approvedThisYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  budget?: Resolver<ResolversTypes['Budget'], ParentType, ContextType>;
  openApplications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<QueryApplicationArgs, 'id'>>;
  applicationByReference?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<QueryApplicationByReferenceArgs, 'reference'>>;
  applicationQueue?: Resolver<ResolversTypes['ApplicationConnection'], ParentType, ContextType, RequireFields<QueryApplicationQueueArgs, 'first' | 'queue'>>;
  auditTrail?: Resolver<Array<ResolversTypes['AuditRecord']>, ParentType, ContextType, RequireFields<QueryAuditTrailArgs, 'entity' | 'id'>>;
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType, RequireFields<QueryCampaignArgs, 'id'>>;
  campaigns?: Resolver<Array<ResolversTypes['Campaign']>, ParentType, ContextType, Partial<QueryCampaignsArgs>>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  nationalSocialTrend?: Resolver<Array<ResolversTypes['SocialMonth']>, ParentType, ContextType, RequireFields<QueryNationalSocialTrendArgs, 'months'>>;
  officer?: Resolver<Maybe<ResolversTypes['Officer']>, ParentType, ContextType, RequireFields<QueryOfficerArgs, 'matricule'>>;
  officers?: Resolver<ResolversTypes['OfficerConnection'], ParentType, ContextType, RequireFields<QueryOfficersArgs, 'first'>>;
  programmes?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType>;
  rankingRule?: Resolver<ResolversTypes['RankingRule'], ParentType, ContextType>;
  recentChanges?: Resolver<ResolversTypes['AuditRecordConnection'], ParentType, ContextType, RequireFields<QueryRecentChangesArgs, 'first'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  regionsDueForRotation?: Resolver<Array<ResolversTypes['HeadAppointment']>, ParentType, ContextType>;
}>;

export type RankingRuleResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['RankingRule'] = ResolversParentTypes['RankingRule']> = ResolversObject<{
  bereaved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  killedOnDutyPriority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxChildren?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxServiceYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perChild?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perServiceYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  beneficiaryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  currentHead?: Resolver<Maybe<ResolversTypes['HeadAppointment']>, ParentType, ContextType>;
  headHistory?: Resolver<Array<ResolversTypes['HeadAppointment']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RegionKind'], ParentType, ContextType>;
  nameAr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  social?: Resolver<ResolversTypes['RegionSocial'], ParentType, ContextType, Partial<RegionSocialArgs>>;
  socialAttention?: Resolver<ResolversTypes['SocialAttention'], ParentType, ContextType>;
  socialTrend?: Resolver<Array<ResolversTypes['SocialMonth']>, ParentType, ContextType, RequireFields<RegionSocialTrendArgs, 'months'>>;
  staffCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegionSocialResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['RegionSocial'] = ResolversParentTypes['RegionSocial']> = ResolversObject<{
  approvalRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  approvedThisYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  beneficiariesReached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  budget?: Resolver<ResolversTypes['Budget'], ParentType, ContextType>;
  decidedThisYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openApplications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programmes?: Resolver<Array<ResolversTypes['ProgrammeSocial']>, ParentType, ContextType>;
  spendPerBeneficiary?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SocialAttentionResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['SocialAttention'] = ResolversParentTypes['SocialAttention']> = ResolversObject<{
  applicationTargetDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  headTermEnding?: Resolver<Maybe<ResolversTypes['HeadAppointment']>, ParentType, ContextType>;
  headTermEndsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  overdueApplications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strainedAllocations?: Resolver<Array<ResolversTypes['StrainedAllocation']>, ParentType, ContextType>;
}>;

export type SocialDocumentResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['SocialDocument'] = ResolversParentTypes['SocialDocument'], FederationReferenceType extends FederationReferenceTypes['SocialDocument'] = FederationReferenceTypes['SocialDocument']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SocialDocument']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uploadedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SocialMonthResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['SocialMonth'] = ResolversParentTypes['SocialMonth']> = ResolversObject<{
  allocated?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  approved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  budgetConsumption?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  decided?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disbursed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StrainedAllocationResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['StrainedAllocation'] = ResolversParentTypes['StrainedAllocation']> = ResolversObject<{
  allocation?: Resolver<ResolversTypes['CampaignAllocation'], ParentType, ContextType>;
  budgetUsed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  exhausted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  quotaUsed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  waitlisted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TrainingResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['Training'] = ResolversParentTypes['Training']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UploadTicketResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['UploadTicket'] = ResolversParentTypes['UploadTicket']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WithdrawalResultResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['WithdrawalResult'] = ResolversParentTypes['WithdrawalResult']> = ResolversObject<{
  promoted?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FoundationContext> = ResolversObject<{
  Application?: ApplicationResolvers<ContextType>;
  ApplicationConnection?: ApplicationConnectionResolvers<ContextType>;
  ApplicationEdge?: ApplicationEdgeResolvers<ContextType>;
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditRecord?: AuditRecordResolvers<ContextType>;
  AuditRecordConnection?: AuditRecordConnectionResolvers<ContextType>;
  AuditRecordEdge?: AuditRecordEdgeResolvers<ContextType>;
  Budget?: BudgetResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  CampaignAllocation?: CampaignAllocationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Dependent?: DependentResolvers<ContextType>;
  Disbursement?: DisbursementResolvers<ContextType>;
  EligibilityRules?: EligibilityRulesResolvers<ContextType>;
  HeadAppointment?: HeadAppointmentResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Officer?: OfficerResolvers<ContextType>;
  OfficerConnection?: OfficerConnectionResolvers<ContextType>;
  OfficerEdge?: OfficerEdgeResolvers<ContextType>;
  OfficerTransfer?: OfficerTransferResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  ProgrammeSocial?: ProgrammeSocialResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankingRule?: RankingRuleResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionSocial?: RegionSocialResolvers<ContextType>;
  SocialAttention?: SocialAttentionResolvers<ContextType>;
  SocialDocument?: SocialDocumentResolvers<ContextType>;
  SocialMonth?: SocialMonthResolvers<ContextType>;
  StrainedAllocation?: StrainedAllocationResolvers<ContextType>;
  Training?: TrainingResolvers<ContextType>;
  UploadTicket?: UploadTicketResolvers<ContextType>;
  WithdrawalResult?: WithdrawalResultResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = FoundationContext> = ResolversObject<{
  clinical?: ClinicalDirectiveResolver<any, any, ContextType>;
}>;
