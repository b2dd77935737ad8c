import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { RegionEntity } from '../regions/region.entity';
import { OfficerEntity } from '../officers/officer.entity';
import { TrainingEntity } from '../officers/training.entity';
import { DependentEntity } from '../officers/dependent.entity';
import { HeadAppointmentEntity } from '../heads/head-appointment.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { CampaignEntity } from '../programmes/campaign.entity';
import { ApplicationEntity } from '../applications/application.entity';
import { RegionSocialModel, ProgrammeSocialModel } from '../applications/social.model';
import { MeModel } from '../access/me.model';
import { AuditRecordRow } from '@dsp/common';
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

/** An application to a campaign, by an officer for themself or one of their dependents. */
export type Application = {
  __typename?: 'Application';
  amount: Scalars['Money']['output'];
  campaign: Campaign;
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decisionReason: Maybe<Scalars['String']['output']>;
  /** The dependent the application is for; null when it is for the officer. */
  dependent: Maybe<Dependent>;
  id: Scalars['ID']['output'];
  officer: Officer;
  /** The region whose budget and quota the application draws on. */
  region: Region;
  status: ApplicationStatus;
  submittedAt: Scalars['DateTime']['output'];
};

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

/** One recorded change of a Foundation record, in the append-only audit table. */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  action: Scalars['String']['output'];
  actorRole: Role;
  actorSub: Scalars['String']['output'];
  /** The record after the change, as JSON. */
  after: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** The record before the change, as JSON; null for a creation. */
  before: Maybe<Scalars['String']['output']>;
};

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
  /** The amount granted per approved application. */
  benefitAmount: Scalars['Money']['output'];
  closesOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  opensOn: Scalars['Date']['output'];
  programme: Programme;
  /** A label for the round, such as 2026 or 2026-2027. */
  season: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** A dependent (ayant droit) of an officer. */
export type Dependent = {
  __typename?: 'Dependent';
  birthDate: Scalars['Date']['output'];
  disabled: Scalars['Boolean']['output'];
  firstNameAr: Scalars['String']['output'];
  firstNameLatin: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  fullNameAr: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  officer: Officer;
  relation: DependentRelation;
  /** Holds a student certificate valid today. */
  student: Scalars['Boolean']['output'];
};

export type DependentRelation =
  | 'CHILD'
  | 'PARENT'
  | 'SPOUSE';

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
  /**
   * Appoints an officer as a region's head (the national administration only).
   * The previous head's term ends the day before the start date, in the same
   * transaction; history is kept. Refused with BAD_USER_INPUT (and
   * extensions.field) for an unknown region or officer, an empty or oversized
   * decision reference, or a start date before the current head's; with
   * NOT_ELIGIBLE (extensions.rule) when the officer is not ACTIVE, lacks the
   * configured years of service at the start date or the required training;
   * with CONFLICT when the officer already heads a region, the region already
   * has a head from that date, or another appointment won a race. A retry with the same idempotency
   * key returns the same appointment; the same key with another payload is a
   * CONFLICT.
   */
  appointHead: HeadAppointment;
};


export type MutationAppointHeadArgs = {
  input: AppointHeadInput;
};

/** A staff member of the national police, identified by matricule. */
export type Officer = {
  __typename?: 'Officer';
  /** Applications made by or for this officer's family, newest first. */
  applications: Array<Application>;
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
  status: OfficerStatus;
  trainings: Array<Training>;
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
  /**
   * Every recorded change of one record, oldest first. `entity` is
   * head_appointment. The national administration reads every region's trail,
   * a regional head the records of their region; FORBIDDEN otherwise.
   */
  auditTrail: Array<AuditRecord>;
  /** Who is asking: the caller's role and region and, when their subject is a matricule whose file they may read, their officer file. */
  me: Me;
  /** One staff member, by matricule. */
  officer: Maybe<Officer>;
  /**
   * Staff members, newest matricule last, as a Relay connection. `search` finds
   * names in Arabic or Latin script and matricules, ignoring accents and case.
   * `first` is between 1 and 100.
   */
  officers: OfficerConnection;
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


export type QueryAuditTrailArgs = {
  entity: Scalars['String']['input'];
  id: Scalars['ID']['input'];
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
  /** Staff members assigned to the region and in service (status ACTIVE). */
  staffCount: Scalars['Int']['output'];
};


/** A regional social action service: a wilaya (security prefecture) or a provincial directorate. */
export type RegionSocialArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
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

/** The roles of the platform (DESIGN.md §5). */
export type Role =
  | 'FOUNDATION_AGENT'
  | 'MEDICAL_ADVISOR'
  | 'MUTUAL_AGENT'
  | 'NATIONAL_ADMIN'
  | 'OFFICER'
  | 'REGIONAL_HEAD';

export type Training = {
  __typename?: 'Training';
  /** A stable code, such as SOCIAL_CASE_MANAGEMENT. */
  code: Scalars['String']['output'];
  completedOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
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
  Dependent: Dependent;
  HeadAppointment: HeadAppointment;
  Officer: Officer;
  Programme: Programme;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Application:
    ( { __typename: 'Application' }
    & GraphQLRecursivePick<FederationTypes['Application'], {"id":true}> );
  Campaign:
    ( { __typename: 'Campaign' }
    & GraphQLRecursivePick<FederationTypes['Campaign'], {"id":true}> );
  Dependent:
    ( { __typename: 'Dependent' }
    & GraphQLRecursivePick<FederationTypes['Dependent'], {"id":true}> );
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
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Application: ResolverTypeWrapper<ApplicationEntity>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApplicationStatus: ApplicationStatus;
  AppointHeadInput: AppointHeadInput;
  AuditRecord: ResolverTypeWrapper<AuditRecordRow>;
  Budget: ResolverTypeWrapper<Budget>;
  Campaign: ResolverTypeWrapper<CampaignEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Dependent: ResolverTypeWrapper<DependentEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DependentRelation: DependentRelation;
  HeadAppointment: ResolverTypeWrapper<HeadAppointmentEntity>;
  Me: ResolverTypeWrapper<MeModel>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Officer: ResolverTypeWrapper<OfficerEntity>;
  OfficerConnection: ResolverTypeWrapper<Omit<OfficerConnection, 'edges'> & { edges: Array<ResolversTypes['OfficerEdge']> }>;
  OfficerEdge: ResolverTypeWrapper<Omit<OfficerEdge, 'node'> & { node: ResolversTypes['Officer'] }>;
  OfficerStatus: OfficerStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Programme: ResolverTypeWrapper<ProgrammeEntity>;
  ProgrammeKind: ProgrammeKind;
  ProgrammeSocial: ResolverTypeWrapper<ProgrammeSocialModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rank: Rank;
  Region: ResolverTypeWrapper<RegionEntity>;
  RegionKind: RegionKind;
  RegionSocial: ResolverTypeWrapper<RegionSocialModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Role: Role;
  Training: ResolverTypeWrapper<TrainingEntity>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Application: ApplicationEntity;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AppointHeadInput: AppointHeadInput;
  AuditRecord: AuditRecordRow;
  Budget: Budget;
  Campaign: CampaignEntity;
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Dependent: DependentEntity;
  Boolean: Scalars['Boolean']['output'];
  HeadAppointment: HeadAppointmentEntity;
  Me: MeModel;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  Officer: OfficerEntity;
  OfficerConnection: Omit<OfficerConnection, 'edges'> & { edges: Array<ResolversParentTypes['OfficerEdge']> };
  OfficerEdge: Omit<OfficerEdge, 'node'> & { node: ResolversParentTypes['Officer'] };
  PageInfo: PageInfo;
  Programme: ProgrammeEntity;
  ProgrammeSocial: ProgrammeSocialModel;
  Query: Record<PropertyKey, never>;
  Region: RegionEntity;
  RegionSocial: RegionSocialModel;
  Float: Scalars['Float']['output'];
  Training: TrainingEntity;
}>;

export type ApplicationResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application'], FederationReferenceType extends FederationReferenceTypes['Application'] = FederationReferenceTypes['Application']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Application']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dependent?: Resolver<Maybe<ResolversTypes['Dependent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  officer?: Resolver<ResolversTypes['Officer'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type AuditRecordResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  actorSub?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BudgetResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['Budget'] = ResolversParentTypes['Budget']> = ResolversObject<{
  allocated?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  disbursed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type CampaignResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign'], FederationReferenceType extends FederationReferenceTypes['Campaign'] = FederationReferenceTypes['Campaign']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Campaign']> | FederationReferenceType, FederationReferenceType, ContextType>;
  benefitAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  closesOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  opensOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  season?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  firstNameAr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstNameLatin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullNameAr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  officer?: Resolver<ResolversTypes['Officer'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['DependentRelation'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  appointHead?: Resolver<ResolversTypes['HeadAppointment'], ParentType, ContextType, RequireFields<MutationAppointHeadArgs, 'input'>>;
}>;

export type OfficerResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['Officer'] = ResolversParentTypes['Officer'], FederationReferenceType extends FederationReferenceTypes['Officer'] = FederationReferenceTypes['Officer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Officer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  applications?: Resolver<Array<ResolversTypes['Application']>, ParentType, ContextType>;
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
  status?: Resolver<ResolversTypes['OfficerStatus'], ParentType, ContextType>;
  trainings?: Resolver<Array<ResolversTypes['Training']>, ParentType, ContextType>;
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
  auditTrail?: Resolver<Array<ResolversTypes['AuditRecord']>, ParentType, ContextType, RequireFields<QueryAuditTrailArgs, 'entity' | 'id'>>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  officer?: Resolver<Maybe<ResolversTypes['Officer']>, ParentType, ContextType, RequireFields<QueryOfficerArgs, 'matricule'>>;
  officers?: Resolver<ResolversTypes['OfficerConnection'], ParentType, ContextType, RequireFields<QueryOfficersArgs, 'first'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  regionsDueForRotation?: Resolver<Array<ResolversTypes['HeadAppointment']>, ParentType, ContextType>;
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
  staffCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegionSocialResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['RegionSocial'] = ResolversParentTypes['RegionSocial']> = ResolversObject<{
  approvalRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  approvedThisYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  budget?: Resolver<ResolversTypes['Budget'], ParentType, ContextType>;
  decidedThisYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openApplications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programmes?: Resolver<Array<ResolversTypes['ProgrammeSocial']>, ParentType, ContextType>;
  spendPerBeneficiary?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TrainingResolvers<ContextType = FoundationContext, ParentType extends ResolversParentTypes['Training'] = ResolversParentTypes['Training']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FoundationContext> = ResolversObject<{
  Application?: ApplicationResolvers<ContextType>;
  AuditRecord?: AuditRecordResolvers<ContextType>;
  Budget?: BudgetResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Dependent?: DependentResolvers<ContextType>;
  HeadAppointment?: HeadAppointmentResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Officer?: OfficerResolvers<ContextType>;
  OfficerConnection?: OfficerConnectionResolvers<ContextType>;
  OfficerEdge?: OfficerEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  ProgrammeSocial?: ProgrammeSocialResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionSocial?: RegionSocialResolvers<ContextType>;
  Training?: TrainingResolvers<ContextType>;
}>;

