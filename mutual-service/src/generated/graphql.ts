import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { RegionModel, RegionHealthModel } from '../regions/region.model';
import { OfficerModel, DependentModel } from '../beneficiaries/person.model';
import { CoverageEntity } from '../beneficiaries/coverage.entity';
import { PlanEntity } from '../plans/plan.entity';
import { PlanRuleEntity } from '../plans/plan-rule.entity';
import { ActTariffEntity } from '../plans/act-tariff.entity';
import { ProviderEntity } from '../providers/provider.entity';
import { ClaimEntity } from '../claims/claim.entity';
import { ClaimLineEntity } from '../claims/claim-line.entity';
import { DiagnosisReadModel } from '../diagnoses/diagnosis-read.model';
import { PriorAuthorisationModel } from '../prior-authorisations/prior-authorisation.model';
import { AuditRecordRow, UploadTicketResult } from '@dsp/subgraph-kit';
import { HealthMonthModel, HealthAttentionModel, SolidarityCandidateModel } from '../supervision/supervision.model';
import { HealthDocumentModel } from '../documents/health-document.model';
import { MutualContext } from '../context';
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

/** One act of the reference tariff: what a claim line's act code names. */
export type ActTariff = {
  __typename?: 'ActTariff';
  careType: CareType;
  /** The tariff's key, such as CS or B. */
  code: Scalars['ID']['output'];
  /** The tariff's own label, in French. */
  label: Scalars['String']['output'];
  /** The act's label in Arabic (its French label until the Mutual gives it one). */
  labelAr: Scalars['String']['output'];
  /** The reference price of one unit of the act. */
  tariff: Scalars['Money']['output'];
};

export type CareType =
  | 'CONSULTATION'
  | 'DENTAL'
  | 'HOSPITALISATION'
  | 'IMAGING'
  | 'LABORATORY'
  | 'OPTICAL'
  | 'PHARMACY'
  | 'PHYSIOTHERAPY';

/** One care type of a plan this calendar year, for one person. */
export type CeilingUse = {
  __typename?: 'CeilingUse';
  /** Approved for care of this type that started this year (approved, partly approved or paid claims). */
  approved: Scalars['Money']['output'];
  careType: CareType;
  /** How many of this type's claims of care started this year are not decided yet. */
  claimsInProgress: Scalars['Int']['output'];
  /**
   * Asked for by this type's claims of care started this year that are not
   * decided yet (entered, checked or under review), whichever region handles
   * them: the amounts claimed, before tariff, rate and ceiling. Not taken from
   * remaining until a decision approves them.
   */
  inProgress: Scalars['Money']['output'];
  /** Share of the tariff reimbursed, between 0 and 1. */
  rate: Scalars['Float']['output'];
  /** What may still be reimbursed this year: the ceiling less what was approved, never below 0. */
  remaining: Scalars['Money']['output'];
  /** The most reimbursed for this care type this year. */
  yearlyCeiling: Scalars['Money']['output'];
};

/** A care reimbursement file. */
export type Claim = {
  __typename?: 'Claim';
  /** Null until the claim is decided. */
  amountApproved: Maybe<Scalars['Money']['output']>;
  amountClaimed: Scalars['Money']['output'];
  /**
   * Whom the claim is for, as the beneficiary file has it: the officer, or a
   * dependent (whose officer the foundation gives). Names come from the
   * foundation, for whoever may read that person; nullable so that a refusal
   * there leaves the rest of the claim. One type for both, so that a list of
   * claims asks the foundation once for every name.
   */
  beneficiary: Maybe<ClaimBeneficiary>;
  careEndDate: Scalars['Date']['output'];
  careStartDate: Scalars['Date']['output'];
  careType: CareType;
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * The medical advisor's note on the decision. Clinical: only for medical
   * advisors, the mutual's agents of the handling region and the person
   * concerned; null for everyone else. Every read is logged.
   */
  decisionNote: Maybe<Scalars['String']['output']>;
  /**
   * ICD-10 codes. Sensitive health data: only for medical advisors, the
   * mutual's agents of the handling region and the person concerned (the
   * officer, for their own claims and their dependents' while the link lasts);
   * null with a FORBIDDEN error for everyone else. Every read is logged (see
   * diagnosisReads).
   */
  diagnosisCodes: Maybe<Array<Scalars['String']['output']>>;
  /** The claim's supporting documents; null (FORBIDDEN) to whoever may not read clinical detail. */
  documents: Maybe<Array<HealthDocument>>;
  /**
   * What approving the claim now would reimburse, as decideClaim computes it:
   * for the medical advisors, while the claim awaits their decision (CHECKED
   * or UNDER_REVIEW); null once decided. FORBIDDEN to other roles. Another
   * approval for the same person and care type may change it before the
   * decision; a hospitalisation still needs a granted prior authorisation.
   */
  estimate: Maybe<ClaimEstimate>;
  /** The region whose service handles the claim. */
  handlingRegion: Region;
  id: Scalars['ID']['output'];
  lines: Array<ClaimLine>;
  /** Still waiting for a decision (ENTERED, CHECKED or UNDER_REVIEW) and submitted longer ago than the service target (CLAIM_TARGET_DAYS, 15 days by default): one of the attention list's overdue claims. */
  overdue: Scalars['Boolean']['output'];
  paidAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * For a hospitalisation, the beneficiary's prior authorisation planned from
   * 30 days before its care to its end, the window decideClaim's approval
   * looks in: a GRANTED one when there is one (the approval needs it), else a
   * REQUESTED one awaiting the advisor, else a REFUSED one; null when there is
   * none, for other care types, and for whoever may not read the claim's
   * clinical detail (a planned hospitalisation is itself one). Every read is
   * logged (diagnosisReads, field priorAuthorisation).
   */
  priorAuthorisation: Maybe<PriorAuthorisation>;
  provider: Maybe<Provider>;
  reference: Scalars['String']['output'];
  rejectionCode: Maybe<RejectionCode>;
  status: ClaimStatus;
  submittedAt: Scalars['DateTime']['output'];
  /** Changes with every state change: send it back to review, decide or pay. */
  version: Scalars['Int']['output'];
};

/** Whom a claim is for: the officer, or one of their dependents. */
export type ClaimBeneficiary = Dependent | Officer;

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  pageInfo: PageInfo;
  /** All the claims in the queue, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type ClaimDecision =
  | 'APPROVE'
  | 'REJECT';

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

/** What approving a claim now would reimburse, and why. */
export type ClaimEstimate = {
  __typename?: 'ClaimEstimate';
  /** What approval would grant. */
  amount: Scalars['Money']['output'];
  /** What that ceiling leaves, in the year the care started, before this claim. */
  ceilingLeft: Scalars['Money']['output'];
  /**
   * What approval would record: APPROVED; PARTIALLY_APPROVED, capped by the
   * yearly ceiling; or a rejection, CEILING_REACHED when the ceiling leaves
   * nothing, NOT_COVERED when the person had no coverage for this care on its
   * dates (then every amount is 0).
   */
  outcome: ClaimEstimateOutcome;
  /** The plan's share of the tariff for the claim's care type, between 0 and 1. */
  rate: Scalars['Float']['output'];
  /** The lines at the plan's rate on the reference tariff, before the ceiling. */
  reimbursable: Scalars['Money']['output'];
  /** The plan's yearly ceiling for the claim's care type. */
  yearlyCeiling: Scalars['Money']['output'];
};

export type ClaimEstimateOutcome =
  | 'APPROVED'
  | 'CEILING_REACHED'
  | 'NOT_COVERED'
  | 'PARTIALLY_APPROVED';

export type ClaimLine = {
  __typename?: 'ClaimLine';
  /**
   * The act's code in the tariff. Clinical (it tells what care was given): only
   * for medical advisors, the mutual's agents of the handling region and the
   * person concerned; null for everyone else. Every read is logged.
   */
  actCode: Maybe<Scalars['String']['output']>;
  /** Null until the claim is decided. */
  amountApproved: Maybe<Scalars['Money']['output']>;
  amountClaimed: Scalars['Money']['output'];
  quantity: Scalars['Int']['output'];
  unitPrice: Scalars['Money']['output'];
};

export type ClaimLineInput = {
  actCode: Scalars['String']['input'];
  /** At least 1. */
  quantity: Scalars['Int']['input'];
  /** More than zero. */
  unitPrice: Scalars['Money']['input'];
};

export type ClaimQueueStage =
  /** ENTERED: waiting for the automatic checks. */
  | 'AWAITING_CHECK'
  /** APPROVED or PARTIALLY_APPROVED: waiting to be paid. */
  | 'AWAITING_PAYMENT'
  /** CHECKED or UNDER_REVIEW: waiting for a medical advisor's decision. */
  | 'AWAITING_REVIEW';

export type ClaimStatus =
  | 'APPROVED'
  | 'CHECKED'
  | 'ENTERED'
  | 'PAID'
  | 'PARTIALLY_APPROVED'
  | 'REJECTED'
  | 'UNDER_REVIEW';

export type ClaimStatusCount = {
  __typename?: 'ClaimStatusCount';
  count: Scalars['Int']['output'];
  status: ClaimStatus;
};

/** A person's affiliation to the Mutual. */
export type Coverage = {
  __typename?: 'Coverage';
  /** Whether the person is covered today. */
  active: Scalars['Boolean']['output'];
  /**
   * What the plan reimburses this calendar year for each care type it covers,
   * what was approved for the person's care of this year, what is left, and
   * what the claims not decided yet ask for: the question asked at the counter
   * before care. Every claim counts whichever region handles it. For the people who enter, decide or
   * receive care: the officer (their own and their family's, while the link
   * lasts), the mutual agents of the person's region and the medical advisors;
   * FORBIDDEN to other roles (a head supervises figures, not a person's care).
   * Amounts per care type, no act nor diagnosis: not a clinical field.
   */
  ceilingUse: Maybe<Array<CeilingUse>>;
  /** Reference in the compulsory health insurance scheme (AMO). */
  compulsorySchemeReference: Scalars['String']['output'];
  /** Null while open-ended. */
  endDate: Maybe<Scalars['Date']['output']>;
  memberNumber: Scalars['String']['output'];
  plan: Plan;
  startDate: Scalars['Date']['output'];
};

export type Dependent = {
  __typename?: 'Dependent';
  /** Care reimbursement files of this dependent, newest first. */
  claims: Maybe<Array<Claim>>;
  /** The dependent's coverage by the Mutual; null when never covered. */
  coverage: Maybe<Coverage>;
  id: Scalars['ID']['output'];
};

/** An ICD-10 diagnosis and its names. */
export type Diagnosis = {
  __typename?: 'Diagnosis';
  /** The ICD-10 code, such as J06.9. */
  code: Scalars['ID']['output'];
  /** Its name in French, as the CIM-10 words it. */
  name: Scalars['String']['output'];
  nameAr: Scalars['String']['output'];
};

/** One read of one clinical field of one claim, as logged when it was shown. */
export type DiagnosisRead = {
  __typename?: 'DiagnosisRead';
  /** The region whose service handles the claim. */
  claimHandlingRegion: Region;
  claimId: Scalars['ID']['output'];
  claimReference: Scalars['String']['output'];
  /** Which clinical field was read: diagnosisCodes, decisionNote, actCode, priorAuthorisation (a hospitalisation's prior authorisation, or that it has none), or a document (documentLink: its download link was issued; documentDownload: it was downloaded). */
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  readAt: Scalars['DateTime']['output'];
  /** The reader's region; null for a national role. */
  readerRegion: Maybe<Region>;
  readerRole: Role;
  /** The reader's subject (their identifier at the identity provider). */
  readerSub: Scalars['String']['output'];
};

export type DiagnosisReadConnection = {
  __typename?: 'DiagnosisReadConnection';
  edges: Array<DiagnosisReadEdge>;
  pageInfo: PageInfo;
  /** All the reads that match, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type DiagnosisReadEdge = {
  __typename?: 'DiagnosisReadEdge';
  cursor: Scalars['String']['output'];
  node: DiagnosisRead;
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

/** What needs action in the Mutual's half of a region. */
export type HealthAttention = {
  __typename?: 'HealthAttention';
  /** The service target for a claim decision, in days (CLAIM_TARGET_DAYS, 15 by default). */
  claimTargetDays: Scalars['Int']['output'];
  /** Claims not yet decided (ENTERED, CHECKED, UNDER_REVIEW) submitted longer ago than the target. */
  overdueClaims: Scalars['Int']['output'];
  /** Prior authorisations REQUESTED and not yet decided. */
  pendingPriorAuthorisations: Scalars['Int']['output'];
  /** The feed's last apply is older than the configured lag limit (REGISTRY_FEED_MAX_LAG_SECONDS, 900 by default) or failed. */
  registryFeedBehind: Scalars['Boolean']['output'];
  /** Seconds since the registry feed was last applied successfully; null before the first. */
  registryFeedLagSeconds: Maybe<Scalars['Int']['output']>;
};

/**
 * A supporting document of a claim or a prior authorisation. Clinical: only
 * medical advisors, the mutual's agents of the region handling the record and
 * the person concerned see it; every download link issued and every download
 * is logged with the diagnosis reads.
 */
export type HealthDocument = {
  __typename?: 'HealthDocument';
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

/** One calendar month (UTC) of the Mutual's claim figures for a region or the nation. */
export type HealthMonth = {
  __typename?: 'HealthMonth';
  /** Average days from submission to decision over the month's decided claims; null when none. */
  averageProcessingDays: Maybe<Scalars['Float']['output']>;
  /** Claims decided in the month. */
  decided: Scalars['Int']['output'];
  /** Share of the month's decided claims decided within the claim target; null when none. */
  decidedWithinTarget: Maybe<Scalars['Float']['output']>;
  /** The month, as YYYY-MM. */
  month: Scalars['String']['output'];
  /** Claims paid in the month. */
  paid: Scalars['Int']['output'];
  /** Paid in the month. */
  reimbursed: Scalars['Money']['output'];
  /** Claims submitted in the month. */
  submitted: Scalars['Int']['output'];
};

/** The record a document belongs to. */
export type HealthRecordInput = {
  id: Scalars['ID']['input'];
  kind: HealthRecordKind;
};

export type HealthRecordKind =
  | 'CLAIM'
  | 'PRIOR_AUTHORISATION';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Attaches the file uploaded with the ticket to its record, once; the ticket
   * is used up. BAD_USER_INPUT (field ticketId) when the ticket is not the
   * caller's, expired, already attached or its upload did not succeed. A retry
   * with the same idempotency key returns the same document.
   */
  attachHealthDocument: HealthDocument;
  /**
   * A medical advisor decides a claim UNDER_REVIEW. APPROVE reimburses the
   * tariff times the plan's rate, capped by what remains of the beneficiary's
   * yearly ceiling for the care type (PARTIALLY_APPROVED when capped, REJECTED
   * with CEILING_REACHED when nothing remains); hospitalisation needs a GRANTED
   * prior authorisation covering its dates (CONFLICT with extensions.reason
   * PRIOR_AUTHORISATION_MISSING otherwise). REJECT needs a rejection code (MEDICAL_ADVICE by default).
   * A stale version is a CONFLICT.
   */
  decideClaim: Claim;
  /** A medical advisor grants or refuses a REQUESTED prior authorisation. */
  decidePriorAuthorisation: PriorAuthorisation;
  /**
   * A mutual agent of the handling region runs the automatic checks on an ENTERED
   * claim (one filed before they ran, such as the demonstration's): CHECKED, or
   * REJECTED with the codes of submitClaim, the deadline counted to the day it
   * was filed. A stale version, or a claim no longer ENTERED, is a CONFLICT.
   */
  recheckClaim: Claim;
  /** A mutual agent of the handling region records the payment of an approved claim: PAID. */
  recordClaimPayment: Claim;
  /**
   * Asks for a ticket to upload one supporting document (an invoice, a
   * prescription...) to a claim or a prior authorisation: for whoever may
   * change the record (a mutual agent of its region). PUT the file's bytes to
   * `uploadUrl` (no other credential: the ticket is one, for this caller, this
   * record, this size and type, once, for a few minutes), then call
   * attachHealthDocument. The file is checked by its content (PDF, JPEG or
   * PNG, whole). A retry with the same idempotency key returns the same ticket.
   */
  requestHealthDocumentUpload: UploadTicket;
  /** A mutual agent asks for a prior authorisation (hospitalisation) for a beneficiary of their region: REQUESTED. */
  requestPriorAuthorisation: PriorAuthorisation;
  /** A medical advisor takes a CHECKED claim for review: UNDER_REVIEW. */
  reviewClaim: Claim;
  /**
   * Files a care reimbursement claim (mutual agents, for beneficiaries of their
   * region; the claim is handled by the agent's region). It is ENTERED then
   * checked at once: CHECKED, or REJECTED with NOT_COVERED (not covered at the
   * date of care), DUPLICATE, LATE_FILING (filed past the filing deadline after
   * the end of care), ACT_NOT_IN_TARIFF or CEILING_REACHED (nothing left of the
   * year's ceiling). A retry with the same idempotency key returns the same claim.
   */
  submitClaim: Claim;
};


export type MutationAttachHealthDocumentArgs = {
  idempotencyKey: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationDecideClaimArgs = {
  decision: ClaimDecision;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  rejectionCode?: InputMaybe<RejectionCode>;
  version: Scalars['Int']['input'];
};


export type MutationDecidePriorAuthorisationArgs = {
  grant: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationRecheckClaimArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRecordClaimPaymentArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRequestHealthDocumentUploadArgs = {
  input: RequestHealthDocumentUploadInput;
};


export type MutationRequestPriorAuthorisationArgs = {
  beneficiaryId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  plannedDate: Scalars['Date']['input'];
  providerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReviewClaimArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSubmitClaimArgs = {
  input: SubmitClaimInput;
};

/** One field a recorded change touched: its value before (null: none) and after (null: none). */
export type MutualAuditChange = {
  __typename?: 'MutualAuditChange';
  after: Maybe<Scalars['String']['output']>;
  before: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

/** One state change of a Mutual record, as the audit table keeps it. */
export type MutualAuditRecord = {
  __typename?: 'MutualAuditRecord';
  action: Scalars['String']['output'];
  actorRegion: Maybe<Scalars['ID']['output']>;
  actorRole: Role;
  actorSub: Scalars['String']['output'];
  /** The record after the change, as JSON. */
  after: Maybe<Scalars['String']['output']>;
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
  changes: Array<MutualAuditChange>;
  /** The claim the change is of, for a claim's change (null for a prior authorisation's). */
  claim: Maybe<Claim>;
  entity: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  region: Maybe<Scalars['ID']['output']>;
};

export type MutualAuditRecordConnection = {
  __typename?: 'MutualAuditRecordConnection';
  edges: Array<MutualAuditRecordEdge>;
  pageInfo: PageInfo;
};

export type MutualAuditRecordEdge = {
  __typename?: 'MutualAuditRecordEdge';
  cursor: Scalars['String']['output'];
  node: MutualAuditRecord;
};

export type Officer = {
  __typename?: 'Officer';
  /** Care reimbursement files of the officer (not of dependents), newest first. */
  claims: Maybe<Array<Claim>>;
  /** The officer's coverage by the Mutual; null when not affiliated. */
  coverage: Maybe<Coverage>;
  /** The documents of the officer's and their family's claims and prior authorisations the caller may read. */
  healthDocuments: Maybe<Array<HealthDocument>>;
  matricule: Scalars['ID']['output'];
  /**
   * The family's prior authorisations (the officer's and their dependents'),
   * latest planned date first, as far as the caller reads them: every one for
   * a medical advisor, their region's for a mutual agent, and for the officer
   * their own and their dependents' while the link lasts. FORBIDDEN to every
   * other role. A planned hospitalisation is itself clinical: never cached nor
   * shared by the gateway.
   */
  priorAuthorisations: Maybe<Array<PriorAuthorisation>>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Plan = {
  __typename?: 'Plan';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The plan's name in French, such as Formule Essentielle. */
  name: Scalars['String']['output'];
  /** The plan's name in Arabic, such as الصيغة الأساسية (its French name until the Mutual gives it one). */
  nameAr: Scalars['String']['output'];
  rules: Array<PlanRule>;
};

/** What a plan reimburses for one care type. */
export type PlanRule = {
  __typename?: 'PlanRule';
  careType: CareType;
  /** Share of the tariff reimbursed, between 0 and 1. */
  rate: Scalars['Float']['output'];
  /** The most reimbursed per beneficiary and calendar year for this care type. */
  yearlyCeiling: Scalars['Money']['output'];
};

/** A prior authorisation for a hospitalisation. */
export type PriorAuthorisation = {
  __typename?: 'PriorAuthorisation';
  beneficiaryId: Scalars['ID']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Clinical, like reason. */
  decisionNote: Maybe<Scalars['String']['output']>;
  /** The dependent cared for; null when the beneficiary is the officer. */
  dependent: Maybe<Dependent>;
  /** The prior authorisation's supporting documents; null (FORBIDDEN) to whoever may not read clinical detail. */
  documents: Maybe<Array<HealthDocument>>;
  id: Scalars['ID']['output'];
  /** The officer concerned: the beneficiary, or the officer the dependent beneficiary depends on. Their names come from the foundation, for whoever may read that officer; nullable so that a refusal there leaves the rest of the authorisation. */
  officer: Maybe<Officer>;
  plannedDate: Scalars['Date']['output'];
  provider: Maybe<Provider>;
  /** Clinical: only for medical advisors, the region's mutual agents and the person concerned; null otherwise. Every read is logged. */
  reason: Maybe<Scalars['String']['output']>;
  region: Region;
  requestedAt: Scalars['DateTime']['output'];
  status: PriorAuthorisationStatus;
  version: Scalars['Int']['output'];
};

export type PriorAuthorisationConnection = {
  __typename?: 'PriorAuthorisationConnection';
  edges: Array<PriorAuthorisationEdge>;
  pageInfo: PageInfo;
  /** All the prior authorisations that match, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type PriorAuthorisationEdge = {
  __typename?: 'PriorAuthorisationEdge';
  cursor: Scalars['String']['output'];
  node: PriorAuthorisation;
};

export type PriorAuthorisationStatus =
  | 'GRANTED'
  | 'REFUSED'
  | 'REQUESTED';

export type Provider = {
  __typename?: 'Provider';
  careTypes: Array<CareType>;
  /** The provider's city in French. */
  city: Scalars['String']['output'];
  /** The provider's city in Arabic (the French name until the Mutual gives one). */
  cityAr: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ProviderKind;
  /** The provider's name in French. */
  name: Scalars['String']['output'];
  /** The provider's name in Arabic (the French name until the Mutual gives one). */
  nameAr: Scalars['String']['output'];
  region: Region;
};

export type ProviderKind =
  /** A provider under contract with the Mutual. */
  | 'CONTRACTED'
  /** One of the Mutual's own medical centres. */
  | 'MEDICAL_CENTRE';

export type Query = {
  __typename?: 'Query';
  /**
   * The reference tariff of acts, by code, for entering claim lines and naming
   * a claim's acts: mutual agents, medical advisors and officers (FORBIDDEN to
   * other roles). Narrowed to one care type when given.
   */
  actTariffs: Array<ActTariff>;
  /** One care reimbursement file. */
  claim: Maybe<Claim>;
  /**
   * One care reimbursement file by its reference (RB-2026-102884, as printed),
   * spaces around it and letter case ignored; null when no claim has it, and
   * FORBIDDEN when the caller may not read it, as claim(id).
   */
  claimByReference: Maybe<Claim>;
  /**
   * A work queue of claims, oldest submission first. Agents and regional heads
   * see their own region only (region defaults to it; another region is
   * FORBIDDEN); medical advisors and the national administration see every
   * region, or the one given. `stage` may be omitted when `decidedIn`,
   * `submittedIn` or `status` is given (the drill-down from a monthly figure to
   * its claims); `status` with `stage` keeps the statuses both allow.
   */
  claimQueue: ClaimConnection;
  /**
   * The ICD-10 diagnoses the Mutual names, by code, in French and in Arabic,
   * for entering and reading claims' diagnoses by their words: mutual agents,
   * medical advisors and officers (FORBIDDEN to other roles). Reference data: it holds
   * no one's health. A claim may carry any ICD-10 code; one outside this list
   * has no name here and is shown by its code.
   */
  diagnoses: Array<Diagnosis>;
  /**
   * Who read claims' diagnoses and when, newest first (of one claim when
   * `claimId` is given). For the national administration only; never the
   * diagnoses themselves.
   */
  diagnosisReads: DiagnosisReadConnection;
  /**
   * Every recorded state change of one of the Mutual's records (entity "claim"
   * or "prior_authorisation"), oldest first. The national administration reads
   * every region; regional heads and mutual agents their own region's records;
   * FORBIDDEN for anyone else. Named apart from the foundation's auditTrail so
   * both can live in the supergraph.
   */
  mutualAuditTrail: Array<MutualAuditRecord>;
  /** The Mutual's national monthly figures (the sum over all regions): national administration only. */
  nationalHealthTrend: Array<HealthMonth>;
  /** The Mutual's plans. */
  plans: Array<Plan>;
  /** One prior authorisation, for the roles that may list them; null when it does not exist or is another region's. */
  priorAuthorisation: Maybe<PriorAuthorisation>;
  /**
   * Prior authorisations, oldest request first. Medical advisors read every
   * region, or the one given; mutual agents their own region (region defaults
   * to it; another region is FORBIDDEN); every other role is FORBIDDEN. Each
   * reason and note read is logged.
   */
  priorAuthorisations: PriorAuthorisationConnection;
  /**
   * The latest recorded changes of a region's Mutual records, newest first:
   * what the audit page opens on. Regional heads and mutual agents read their
   * own region's (`region` defaults to it; another region is FORBIDDEN); the
   * national administration any region's, or with no region every region's.
   * FORBIDDEN to other roles. `first` is 1 to 100.
   */
  recentMutualChanges: MutualAuditRecordConnection;
};


export type QueryActTariffsArgs = {
  careType?: InputMaybe<CareType>;
};


export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClaimByReferenceArgs = {
  reference: Scalars['String']['input'];
};


export type QueryClaimQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  careType?: InputMaybe<CareType>;
  decidedIn?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  stage?: InputMaybe<ClaimQueueStage>;
  status?: InputMaybe<Array<ClaimStatus>>;
  submittedIn?: InputMaybe<Scalars['String']['input']>;
  waitingLongerThanDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDiagnosisReadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  claimId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMutualAuditTrailArgs = {
  entity: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type QueryNationalHealthTrendArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPriorAuthorisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPriorAuthorisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PriorAuthorisationStatus>;
};


export type QueryRecentMutualChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
};

export type Region = {
  __typename?: 'Region';
  code: Scalars['ID']['output'];
  /** The Mutual's own medical centres and its contracted providers in the region. */
  facilities: Maybe<Array<Provider>>;
  /** The Mutual's side of the region's dashboard, for a calendar year (this year by default). */
  health: Maybe<RegionHealth>;
  /** What needs action in the Mutual's half now (same readers as healthTrend). */
  healthAttention: Maybe<HealthAttention>;
  /**
   * The Mutual's monthly figures for the region, oldest first, ending with the
   * current month (24 months by default, 1 to 36; UTC calendar months, every
   * month present). The region's head, its mutual agents, the medical advisors
   * and the national administration.
   */
  healthTrend: Maybe<Array<HealthMonth>>;
  /**
   * Families of the region whose out-of-pocket care costs over the last 12 months (claimed minus
   * reimbursed, over the officer and their dependents while linked) reach `threshold` (MAD,
   * SOLIDARITY_THRESHOLD by default, 5000), largest first, at most 200. Amounts only. Only the
   * head of the region and the national administration; every read is logged in the clinical read
   * log; never cached. FORBIDDEN for anyone else.
   */
  solidarityCandidates: Maybe<Array<SolidarityCandidate>>;
};


export type RegionHealthArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type RegionHealthTrendArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
};


export type RegionSolidarityCandidatesArgs = {
  threshold?: InputMaybe<Scalars['Money']['input']>;
};

export type RegionHealth = {
  __typename?: 'RegionHealth';
  /**
   * Average days from submission to decision, over claims decided in the year;
   * null when none was decided.
   */
  averageProcessingDays: Maybe<Scalars['Float']['output']>;
  /** Beneficiaries affiliated to the region and covered today. */
  beneficiaryCount: Scalars['Int']['output'];
  /** Claims submitted in the year, counted per status. */
  claimsByStatus: Array<ClaimStatusCount>;
  /** Claims submitted in the year. */
  claimsThisYear: Scalars['Int']['output'];
  /** Share of the year's decided claims decided within 15 days, between 0 and 1; null when none. */
  decidedWithin15Days: Maybe<Scalars['Float']['output']>;
  /** Claims not yet decided: ENTERED, CHECKED or UNDER_REVIEW (whenever submitted). */
  pendingClaims: Scalars['Int']['output'];
  /** The Mutual's medical centres and contracted providers in the region. */
  providers: Scalars['Int']['output'];
  /** Total paid for claims paid in the year. */
  reimbursedThisYear: Scalars['Money']['output'];
  /** Reimbursed in the year divided by the region's covered beneficiaries. */
  reimbursementPerBeneficiary: Scalars['Money']['output'];
  year: Scalars['Int']['output'];
};

export type RejectionCode =
  | 'ACT_NOT_IN_TARIFF'
  | 'CEILING_REACHED'
  | 'DUPLICATE'
  | 'LATE_FILING'
  | 'MEDICAL_ADVICE'
  | 'NOT_COVERED'
  | 'PRIOR_AUTHORISATION_MISSING';

export type RequestHealthDocumentUploadInput = {
  /** application/pdf, image/jpeg or image/png; the content must be of this type. */
  contentType: Scalars['String']['input'];
  documentKind: DocumentKind;
  /** The file's name as the user knows it (cleaned of paths and control characters). */
  fileName: Scalars['String']['input'];
  /** 8 to 100 letters, digits or . _ : - (a UUID is ideal): a retry with the same key returns the same ticket. */
  idempotencyKey: Scalars['String']['input'];
  record: HealthRecordInput;
  /** The file's exact size in bytes (at most maxSize). */
  size: Scalars['Int']['input'];
};

export type Role =
  | 'FOUNDATION_AGENT'
  | 'MEDICAL_ADVISOR'
  | 'MUTUAL_AGENT'
  | 'NATIONAL_ADMIN'
  | 'OFFICER'
  | 'REGIONAL_HEAD';

/** A family whose care cost it more than the threshold over the last 12 months (amounts only). */
export type SolidarityCandidate = {
  __typename?: 'SolidarityCandidate';
  /** Claims counted. */
  claims: Scalars['Int']['output'];
  /** The officer whose family it is (resolved by the foundation: name, matricule, socialSupportThisYear). */
  officer: Officer;
  /** Claimed minus reimbursed over the last 12 months, over the family. */
  outOfPocket: Scalars['Money']['output'];
};

export type SubmitClaimInput = {
  /** The person cared for: an officer's matricule or a dependent's id. */
  beneficiaryId: Scalars['ID']['input'];
  careEndDate: Scalars['Date']['input'];
  careStartDate: Scalars['Date']['input'];
  careType: CareType;
  /** ICD-10 codes, such as "J06.9". */
  diagnosisCodes: Array<Scalars['String']['input']>;
  /** 8 to 100 letters, digits or . _ : - (a UUID is ideal): a retry with the same key returns the first claim. */
  idempotencyKey: Scalars['String']['input'];
  lines: Array<ClaimLineInput>;
  providerId: Scalars['ID']['input'];
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
  Claim: Claim;
  Dependent: Dependent;
  HealthDocument: HealthDocument;
  Officer: Officer;
  Plan: Plan;
  Provider: Provider;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Claim:
    ( { __typename: 'Claim' }
    & GraphQLRecursivePick<FederationTypes['Claim'], {"id":true}> );
  Dependent:
    ( { __typename: 'Dependent' }
    & GraphQLRecursivePick<FederationTypes['Dependent'], {"id":true}> );
  HealthDocument:
    ( { __typename: 'HealthDocument' }
    & GraphQLRecursivePick<FederationTypes['HealthDocument'], {"id":true}> );
  Officer:
    ( { __typename: 'Officer' }
    & GraphQLRecursivePick<FederationTypes['Officer'], {"matricule":true}> );
  Plan:
    ( { __typename: 'Plan' }
    & GraphQLRecursivePick<FederationTypes['Plan'], {"id":true}> );
  Provider:
    ( { __typename: 'Provider' }
    & GraphQLRecursivePick<FederationTypes['Provider'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  ClaimBeneficiary:
    | ( DependentModel )
    | ( OfficerModel )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActTariff: ResolverTypeWrapper<ActTariffEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CareType: CareType;
  CeilingUse: ResolverTypeWrapper<CeilingUse>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Claim: ResolverTypeWrapper<ClaimEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ClaimBeneficiary: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ClaimBeneficiary']>;
  ClaimConnection: ResolverTypeWrapper<Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversTypes['ClaimEdge']> }>;
  ClaimDecision: ClaimDecision;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimEstimate: ResolverTypeWrapper<ClaimEstimate>;
  ClaimEstimateOutcome: ClaimEstimateOutcome;
  ClaimLine: ResolverTypeWrapper<ClaimLineEntity>;
  ClaimLineInput: ClaimLineInput;
  ClaimQueueStage: ClaimQueueStage;
  ClaimStatus: ClaimStatus;
  ClaimStatusCount: ResolverTypeWrapper<ClaimStatusCount>;
  Coverage: ResolverTypeWrapper<CoverageEntity>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Dependent: ResolverTypeWrapper<DependentModel>;
  Diagnosis: ResolverTypeWrapper<Diagnosis>;
  DiagnosisRead: ResolverTypeWrapper<DiagnosisReadModel>;
  DiagnosisReadConnection: ResolverTypeWrapper<Omit<DiagnosisReadConnection, 'edges'> & { edges: Array<ResolversTypes['DiagnosisReadEdge']> }>;
  DiagnosisReadEdge: ResolverTypeWrapper<Omit<DiagnosisReadEdge, 'node'> & { node: ResolversTypes['DiagnosisRead'] }>;
  DocumentKind: DocumentKind;
  HealthAttention: ResolverTypeWrapper<HealthAttentionModel>;
  HealthDocument: ResolverTypeWrapper<HealthDocumentModel>;
  HealthMonth: ResolverTypeWrapper<HealthMonthModel>;
  HealthRecordInput: HealthRecordInput;
  HealthRecordKind: HealthRecordKind;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  MutualAuditChange: ResolverTypeWrapper<MutualAuditChange>;
  MutualAuditRecord: ResolverTypeWrapper<AuditRecordRow>;
  MutualAuditRecordConnection: ResolverTypeWrapper<Omit<MutualAuditRecordConnection, 'edges'> & { edges: Array<ResolversTypes['MutualAuditRecordEdge']> }>;
  MutualAuditRecordEdge: ResolverTypeWrapper<Omit<MutualAuditRecordEdge, 'node'> & { node: ResolversTypes['MutualAuditRecord'] }>;
  Officer: ResolverTypeWrapper<OfficerModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Plan: ResolverTypeWrapper<PlanEntity>;
  PlanRule: ResolverTypeWrapper<PlanRuleEntity>;
  PriorAuthorisation: ResolverTypeWrapper<PriorAuthorisationModel>;
  PriorAuthorisationConnection: ResolverTypeWrapper<Omit<PriorAuthorisationConnection, 'edges'> & { edges: Array<ResolversTypes['PriorAuthorisationEdge']> }>;
  PriorAuthorisationEdge: ResolverTypeWrapper<Omit<PriorAuthorisationEdge, 'node'> & { node: ResolversTypes['PriorAuthorisation'] }>;
  PriorAuthorisationStatus: PriorAuthorisationStatus;
  Provider: ResolverTypeWrapper<ProviderEntity>;
  ProviderKind: ProviderKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionModel>;
  RegionHealth: ResolverTypeWrapper<RegionHealthModel>;
  RejectionCode: RejectionCode;
  RequestHealthDocumentUploadInput: RequestHealthDocumentUploadInput;
  Role: Role;
  SolidarityCandidate: ResolverTypeWrapper<SolidarityCandidateModel>;
  SubmitClaimInput: SubmitClaimInput;
  UploadTicket: ResolverTypeWrapper<UploadTicketResult>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActTariff: ActTariffEntity;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  CeilingUse: CeilingUse;
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  Claim: ClaimEntity;
  Boolean: Scalars['Boolean']['output'];
  ClaimBeneficiary: ResolversUnionTypes<ResolversParentTypes>['ClaimBeneficiary'];
  ClaimConnection: Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClaimEdge']> };
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimEstimate: ClaimEstimate;
  ClaimLine: ClaimLineEntity;
  ClaimLineInput: ClaimLineInput;
  ClaimStatusCount: ClaimStatusCount;
  Coverage: CoverageEntity;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Dependent: DependentModel;
  Diagnosis: Diagnosis;
  DiagnosisRead: DiagnosisReadModel;
  DiagnosisReadConnection: Omit<DiagnosisReadConnection, 'edges'> & { edges: Array<ResolversParentTypes['DiagnosisReadEdge']> };
  DiagnosisReadEdge: Omit<DiagnosisReadEdge, 'node'> & { node: ResolversParentTypes['DiagnosisRead'] };
  HealthAttention: HealthAttentionModel;
  HealthDocument: HealthDocumentModel;
  HealthMonth: HealthMonthModel;
  HealthRecordInput: HealthRecordInput;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  MutualAuditChange: MutualAuditChange;
  MutualAuditRecord: AuditRecordRow;
  MutualAuditRecordConnection: Omit<MutualAuditRecordConnection, 'edges'> & { edges: Array<ResolversParentTypes['MutualAuditRecordEdge']> };
  MutualAuditRecordEdge: Omit<MutualAuditRecordEdge, 'node'> & { node: ResolversParentTypes['MutualAuditRecord'] };
  Officer: OfficerModel;
  PageInfo: PageInfo;
  Plan: PlanEntity;
  PlanRule: PlanRuleEntity;
  PriorAuthorisation: PriorAuthorisationModel;
  PriorAuthorisationConnection: Omit<PriorAuthorisationConnection, 'edges'> & { edges: Array<ResolversParentTypes['PriorAuthorisationEdge']> };
  PriorAuthorisationEdge: Omit<PriorAuthorisationEdge, 'node'> & { node: ResolversParentTypes['PriorAuthorisation'] };
  Provider: ProviderEntity;
  Query: Record<PropertyKey, never>;
  Region: RegionModel;
  RegionHealth: RegionHealthModel;
  RequestHealthDocumentUploadInput: RequestHealthDocumentUploadInput;
  SolidarityCandidate: SolidarityCandidateModel;
  SubmitClaimInput: SubmitClaimInput;
  UploadTicket: UploadTicketResult;
}>;

export type ClinicalDirectiveArgs = { };

export type ClinicalDirectiveResolver<Result, Parent, ContextType = MutualContext, Args = ClinicalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActTariffResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['ActTariff'] = ResolversParentTypes['ActTariff']> = ResolversObject<{
  careType?: Resolver<ResolversTypes['CareType'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelAr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tariff?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type CeilingUseResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['CeilingUse'] = ResolversParentTypes['CeilingUse']> = ResolversObject<{
  approved?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  careType?: Resolver<ResolversTypes['CareType'], ParentType, ContextType>;
  claimsInProgress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inProgress?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  yearlyCeiling?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type ClaimResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim'], FederationReferenceType extends FederationReferenceTypes['Claim'] = FederationReferenceTypes['Claim']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Claim']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amountApproved?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  amountClaimed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  beneficiary?: Resolver<Maybe<ResolversTypes['ClaimBeneficiary']>, ParentType, ContextType>;
  careEndDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  careStartDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  careType?: Resolver<ResolversTypes['CareType'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  diagnosisCodes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  documents?: Resolver<Maybe<Array<ResolversTypes['HealthDocument']>>, ParentType, ContextType>;
  estimate?: Resolver<Maybe<ResolversTypes['ClaimEstimate']>, ParentType, ContextType>;
  handlingRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ClaimLine']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  priorAuthorisation?: Resolver<Maybe<ResolversTypes['PriorAuthorisation']>, ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejectionCode?: Resolver<Maybe<ResolversTypes['RejectionCode']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ClaimBeneficiaryResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['ClaimBeneficiary'] = ResolversParentTypes['ClaimBeneficiary']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Dependent' | 'Officer', ParentType, ContextType>;
}>;

export type ClaimConnectionResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ClaimEdgeResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
}>;

export type ClaimEstimateResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['ClaimEstimate'] = ResolversParentTypes['ClaimEstimate']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  ceilingLeft?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ClaimEstimateOutcome'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reimbursable?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  yearlyCeiling?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type ClaimLineResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['ClaimLine'] = ResolversParentTypes['ClaimLine']> = ResolversObject<{
  actCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  amountApproved?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  amountClaimed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type ClaimStatusCountResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['ClaimStatusCount'] = ResolversParentTypes['ClaimStatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
}>;

export type CoverageResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['Coverage'] = ResolversParentTypes['Coverage']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ceilingUse?: Resolver<Maybe<Array<ResolversTypes['CeilingUse']>>, ParentType, ContextType>;
  compulsorySchemeReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  memberNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DependentResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['Dependent'] = ResolversParentTypes['Dependent'], FederationReferenceType extends FederationReferenceTypes['Dependent'] = FederationReferenceTypes['Dependent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dependent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  claims?: Resolver<Maybe<Array<ResolversTypes['Claim']>>, ParentType, ContextType>;
  coverage?: Resolver<Maybe<ResolversTypes['Coverage']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DiagnosisResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['Diagnosis'] = ResolversParentTypes['Diagnosis']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameAr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DiagnosisReadResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['DiagnosisRead'] = ResolversParentTypes['DiagnosisRead']> = ResolversObject<{
  claimHandlingRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  claimId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  claimReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  readAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  readerRegion?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  readerRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  readerSub?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DiagnosisReadConnectionResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['DiagnosisReadConnection'] = ResolversParentTypes['DiagnosisReadConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DiagnosisReadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DiagnosisReadEdgeResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['DiagnosisReadEdge'] = ResolversParentTypes['DiagnosisReadEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DiagnosisRead'], ParentType, ContextType>;
}>;

export type HealthAttentionResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['HealthAttention'] = ResolversParentTypes['HealthAttention']> = ResolversObject<{
  claimTargetDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdueClaims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingPriorAuthorisations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registryFeedBehind?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registryFeedLagSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type HealthDocumentResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['HealthDocument'] = ResolversParentTypes['HealthDocument'], FederationReferenceType extends FederationReferenceTypes['HealthDocument'] = FederationReferenceTypes['HealthDocument']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HealthDocument']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uploadedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HealthMonthResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['HealthMonth'] = ResolversParentTypes['HealthMonth']> = ResolversObject<{
  averageProcessingDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  decided?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decidedWithinTarget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reimbursed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  submitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  attachHealthDocument?: Resolver<ResolversTypes['HealthDocument'], ParentType, ContextType, RequireFields<MutationAttachHealthDocumentArgs, 'idempotencyKey' | 'ticketId'>>;
  decideClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationDecideClaimArgs, 'decision' | 'id' | 'version'>>;
  decidePriorAuthorisation?: Resolver<ResolversTypes['PriorAuthorisation'], ParentType, ContextType, RequireFields<MutationDecidePriorAuthorisationArgs, 'grant' | 'id' | 'version'>>;
  recheckClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationRecheckClaimArgs, 'id' | 'version'>>;
  recordClaimPayment?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationRecordClaimPaymentArgs, 'id' | 'version'>>;
  requestHealthDocumentUpload?: Resolver<ResolversTypes['UploadTicket'], ParentType, ContextType, RequireFields<MutationRequestHealthDocumentUploadArgs, 'input'>>;
  requestPriorAuthorisation?: Resolver<ResolversTypes['PriorAuthorisation'], ParentType, ContextType, RequireFields<MutationRequestPriorAuthorisationArgs, 'beneficiaryId' | 'idempotencyKey' | 'plannedDate' | 'providerId' | 'reason'>>;
  reviewClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationReviewClaimArgs, 'id' | 'version'>>;
  submitClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationSubmitClaimArgs, 'input'>>;
}>;

export type MutualAuditChangeResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['MutualAuditChange'] = ResolversParentTypes['MutualAuditChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutualAuditRecordResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['MutualAuditRecord'] = ResolversParentTypes['MutualAuditRecord']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRegion?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  actorSub?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['MutualAuditChange']>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type MutualAuditRecordConnectionResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['MutualAuditRecordConnection'] = ResolversParentTypes['MutualAuditRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MutualAuditRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MutualAuditRecordEdgeResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['MutualAuditRecordEdge'] = ResolversParentTypes['MutualAuditRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MutualAuditRecord'], ParentType, ContextType>;
}>;

export type OfficerResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['Officer'] = ResolversParentTypes['Officer'], FederationReferenceType extends FederationReferenceTypes['Officer'] = FederationReferenceTypes['Officer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Officer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  claims?: Resolver<Maybe<Array<ResolversTypes['Claim']>>, ParentType, ContextType>;
  coverage?: Resolver<Maybe<ResolversTypes['Coverage']>, ParentType, ContextType>;
  healthDocuments?: Resolver<Maybe<Array<ResolversTypes['HealthDocument']>>, ParentType, ContextType>;
  matricule?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  priorAuthorisations?: Resolver<Maybe<Array<ResolversTypes['PriorAuthorisation']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlanResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan'], FederationReferenceType extends FederationReferenceTypes['Plan'] = FederationReferenceTypes['Plan']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Plan']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameAr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['PlanRule']>, ParentType, ContextType>;
}>;

export type PlanRuleResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['PlanRule'] = ResolversParentTypes['PlanRule']> = ResolversObject<{
  careType?: Resolver<ResolversTypes['CareType'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  yearlyCeiling?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type PriorAuthorisationResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['PriorAuthorisation'] = ResolversParentTypes['PriorAuthorisation']> = ResolversObject<{
  beneficiaryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dependent?: Resolver<Maybe<ResolversTypes['Dependent']>, ParentType, ContextType>;
  documents?: Resolver<Maybe<Array<ResolversTypes['HealthDocument']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  officer?: Resolver<Maybe<ResolversTypes['Officer']>, ParentType, ContextType>;
  plannedDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PriorAuthorisationStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PriorAuthorisationConnectionResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['PriorAuthorisationConnection'] = ResolversParentTypes['PriorAuthorisationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PriorAuthorisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PriorAuthorisationEdgeResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['PriorAuthorisationEdge'] = ResolversParentTypes['PriorAuthorisationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PriorAuthorisation'], ParentType, ContextType>;
}>;

export type ProviderResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['Provider'] = ResolversParentTypes['Provider'], FederationReferenceType extends FederationReferenceTypes['Provider'] = FederationReferenceTypes['Provider']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Provider']> | FederationReferenceType, FederationReferenceType, ContextType>;
  careTypes?: Resolver<Array<ResolversTypes['CareType']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cityAr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProviderKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameAr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  actTariffs?: Resolver<Array<ResolversTypes['ActTariff']>, ParentType, ContextType, Partial<QueryActTariffsArgs>>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claimByReference?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimByReferenceArgs, 'reference'>>;
  claimQueue?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimQueueArgs, 'first'>>;
  diagnoses?: Resolver<Array<ResolversTypes['Diagnosis']>, ParentType, ContextType>;
  diagnosisReads?: Resolver<ResolversTypes['DiagnosisReadConnection'], ParentType, ContextType, RequireFields<QueryDiagnosisReadsArgs, 'first'>>;
  mutualAuditTrail?: Resolver<Array<ResolversTypes['MutualAuditRecord']>, ParentType, ContextType, RequireFields<QueryMutualAuditTrailArgs, 'entity' | 'id'>>;
  nationalHealthTrend?: Resolver<Array<ResolversTypes['HealthMonth']>, ParentType, ContextType, RequireFields<QueryNationalHealthTrendArgs, 'months'>>;
  plans?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType>;
  priorAuthorisation?: Resolver<Maybe<ResolversTypes['PriorAuthorisation']>, ParentType, ContextType, RequireFields<QueryPriorAuthorisationArgs, 'id'>>;
  priorAuthorisations?: Resolver<ResolversTypes['PriorAuthorisationConnection'], ParentType, ContextType, RequireFields<QueryPriorAuthorisationsArgs, 'first'>>;
  recentMutualChanges?: Resolver<ResolversTypes['MutualAuditRecordConnection'], ParentType, ContextType, RequireFields<QueryRecentMutualChangesArgs, 'first'>>;
}>;

export type RegionResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  facilities?: Resolver<Maybe<Array<ResolversTypes['Provider']>>, ParentType, ContextType>;
  health?: Resolver<Maybe<ResolversTypes['RegionHealth']>, ParentType, ContextType, Partial<RegionHealthArgs>>;
  healthAttention?: Resolver<Maybe<ResolversTypes['HealthAttention']>, ParentType, ContextType>;
  healthTrend?: Resolver<Maybe<Array<ResolversTypes['HealthMonth']>>, ParentType, ContextType, RequireFields<RegionHealthTrendArgs, 'months'>>;
  solidarityCandidates?: Resolver<Maybe<Array<ResolversTypes['SolidarityCandidate']>>, ParentType, ContextType, Partial<RegionSolidarityCandidatesArgs>>;
}>;

export type RegionHealthResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['RegionHealth'] = ResolversParentTypes['RegionHealth']> = ResolversObject<{
  averageProcessingDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  beneficiaryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimsByStatus?: Resolver<Array<ResolversTypes['ClaimStatusCount']>, ParentType, ContextType>;
  claimsThisYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decidedWithin15Days?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pendingClaims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  providers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reimbursedThisYear?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  reimbursementPerBeneficiary?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SolidarityCandidateResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['SolidarityCandidate'] = ResolversParentTypes['SolidarityCandidate']> = ResolversObject<{
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  officer?: Resolver<ResolversTypes['Officer'], ParentType, ContextType>;
  outOfPocket?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type UploadTicketResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['UploadTicket'] = ResolversParentTypes['UploadTicket']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = MutualContext> = ResolversObject<{
  ActTariff?: ActTariffResolvers<ContextType>;
  CeilingUse?: CeilingUseResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimBeneficiary?: ClaimBeneficiaryResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimEstimate?: ClaimEstimateResolvers<ContextType>;
  ClaimLine?: ClaimLineResolvers<ContextType>;
  ClaimStatusCount?: ClaimStatusCountResolvers<ContextType>;
  Coverage?: CoverageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Dependent?: DependentResolvers<ContextType>;
  Diagnosis?: DiagnosisResolvers<ContextType>;
  DiagnosisRead?: DiagnosisReadResolvers<ContextType>;
  DiagnosisReadConnection?: DiagnosisReadConnectionResolvers<ContextType>;
  DiagnosisReadEdge?: DiagnosisReadEdgeResolvers<ContextType>;
  HealthAttention?: HealthAttentionResolvers<ContextType>;
  HealthDocument?: HealthDocumentResolvers<ContextType>;
  HealthMonth?: HealthMonthResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  MutualAuditChange?: MutualAuditChangeResolvers<ContextType>;
  MutualAuditRecord?: MutualAuditRecordResolvers<ContextType>;
  MutualAuditRecordConnection?: MutualAuditRecordConnectionResolvers<ContextType>;
  MutualAuditRecordEdge?: MutualAuditRecordEdgeResolvers<ContextType>;
  Officer?: OfficerResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  PlanRule?: PlanRuleResolvers<ContextType>;
  PriorAuthorisation?: PriorAuthorisationResolvers<ContextType>;
  PriorAuthorisationConnection?: PriorAuthorisationConnectionResolvers<ContextType>;
  PriorAuthorisationEdge?: PriorAuthorisationEdgeResolvers<ContextType>;
  Provider?: ProviderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionHealth?: RegionHealthResolvers<ContextType>;
  SolidarityCandidate?: SolidarityCandidateResolvers<ContextType>;
  UploadTicket?: UploadTicketResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = MutualContext> = ResolversObject<{
  clinical?: ClinicalDirectiveResolver<any, any, ContextType>;
}>;
