export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
