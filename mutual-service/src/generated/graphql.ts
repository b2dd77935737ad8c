import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { RegionModel } from '../regions/region.model';
import { OfficerModel, DependentModel } from '../beneficiaries/person.model';
import { CoverageEntity } from '../beneficiaries/coverage.entity';
import { PlanEntity } from '../plans/plan.entity';
import { PlanRuleEntity } from '../plans/plan-rule.entity';
import { ProviderEntity } from '../providers/provider.entity';
import { ClaimEntity } from '../claims/claim.entity';
import { ClaimLineEntity } from '../claims/claim-line.entity';
import { DiagnosisReadModel } from '../diagnoses/diagnosis-read.model';
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

export type CareType =
  | 'CONSULTATION'
  | 'DENTAL'
  | 'HOSPITALISATION'
  | 'IMAGING'
  | 'LABORATORY'
  | 'OPTICAL'
  | 'PHARMACY'
  | 'PHYSIOTHERAPY';

/** A care reimbursement file. */
export type Claim = {
  __typename?: 'Claim';
  /** Null until the claim is decided. */
  amountApproved: Maybe<Scalars['Money']['output']>;
  amountClaimed: Scalars['Money']['output'];
  careEndDate: Scalars['Date']['output'];
  careStartDate: Scalars['Date']['output'];
  careType: CareType;
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * ICD-10 codes. Sensitive health data: only for medical advisors and for the
   * mutual's agents of the handling region; null with a FORBIDDEN error for
   * everyone else. Every read is logged (see diagnosisReads).
   */
  diagnosisCodes: Maybe<Array<Scalars['String']['output']>>;
  /** The region whose service handles the claim. */
  handlingRegion: Region;
  id: Scalars['ID']['output'];
  lines: Array<ClaimLine>;
  paidAt: Maybe<Scalars['DateTime']['output']>;
  provider: Maybe<Provider>;
  reference: Scalars['String']['output'];
  rejectionCode: Maybe<RejectionCode>;
  status: ClaimStatus;
  submittedAt: Scalars['DateTime']['output'];
};

export type ClaimLine = {
  __typename?: 'ClaimLine';
  actCode: Scalars['String']['output'];
  /** Null until the claim is decided. */
  amountApproved: Maybe<Scalars['Money']['output']>;
  amountClaimed: Scalars['Money']['output'];
  quantity: Scalars['Int']['output'];
  unitPrice: Scalars['Money']['output'];
};

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

/** One read of one claim's diagnoses, as logged when they were shown. */
export type DiagnosisRead = {
  __typename?: 'DiagnosisRead';
  /** The region whose service handles the claim. */
  claimHandlingRegion: Region;
  claimId: Scalars['ID']['output'];
  claimReference: Scalars['String']['output'];
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

export type Officer = {
  __typename?: 'Officer';
  /** Care reimbursement files of the officer (not of dependents), newest first. */
  claims: Maybe<Array<Claim>>;
  /** The officer's coverage by the Mutual; null when not affiliated. */
  coverage: Maybe<Coverage>;
  matricule: Scalars['ID']['output'];
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
  name: Scalars['String']['output'];
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

export type Provider = {
  __typename?: 'Provider';
  careTypes: Array<CareType>;
  city: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ProviderKind;
  name: Scalars['String']['output'];
  region: Region;
};

export type ProviderKind =
  /** A provider under contract with the Mutual. */
  | 'CONTRACTED'
  /** One of the Mutual's own medical centres. */
  | 'MEDICAL_CENTRE';

export type Query = {
  __typename?: 'Query';
  /** One care reimbursement file. */
  claim: Maybe<Claim>;
  /**
   * Who read claims' diagnoses and when, newest first (of one claim when
   * `claimId` is given). For the national administration only; never the
   * diagnoses themselves.
   */
  diagnosisReads: DiagnosisReadConnection;
  /** The Mutual's plans. */
  plans: Array<Plan>;
};


export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDiagnosisReadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  claimId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Region = {
  __typename?: 'Region';
  code: Scalars['ID']['output'];
  /** The Mutual's own medical centres and its contracted providers in the region. */
  facilities: Maybe<Array<Provider>>;
  /** The Mutual's side of the region's dashboard, for a calendar year (this year by default). */
  health: Maybe<RegionHealth>;
};


export type RegionHealthArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
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

export type Role =
  | 'FOUNDATION_AGENT'
  | 'MEDICAL_ADVISOR'
  | 'MUTUAL_AGENT'
  | 'NATIONAL_ADMIN'
  | 'OFFICER'
  | 'REGIONAL_HEAD';

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



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CareType: CareType;
  Claim: ResolverTypeWrapper<ClaimEntity>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ClaimLine: ResolverTypeWrapper<ClaimLineEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ClaimStatus: ClaimStatus;
  ClaimStatusCount: ResolverTypeWrapper<ClaimStatusCount>;
  Coverage: ResolverTypeWrapper<CoverageEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Dependent: ResolverTypeWrapper<DependentModel>;
  DiagnosisRead: ResolverTypeWrapper<DiagnosisReadModel>;
  DiagnosisReadConnection: ResolverTypeWrapper<Omit<DiagnosisReadConnection, 'edges'> & { edges: Array<ResolversTypes['DiagnosisReadEdge']> }>;
  DiagnosisReadEdge: ResolverTypeWrapper<Omit<DiagnosisReadEdge, 'node'> & { node: ResolversTypes['DiagnosisRead'] }>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Officer: ResolverTypeWrapper<OfficerModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Plan: ResolverTypeWrapper<PlanEntity>;
  PlanRule: ResolverTypeWrapper<PlanRuleEntity>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Provider: ResolverTypeWrapper<ProviderEntity>;
  ProviderKind: ProviderKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionModel>;
  RegionHealth: ResolverTypeWrapper<RegionHealth>;
  RejectionCode: RejectionCode;
  Role: Role;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Claim: ClaimEntity;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ClaimLine: ClaimLineEntity;
  Int: Scalars['Int']['output'];
  ClaimStatusCount: ClaimStatusCount;
  Coverage: CoverageEntity;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Dependent: DependentModel;
  DiagnosisRead: DiagnosisReadModel;
  DiagnosisReadConnection: Omit<DiagnosisReadConnection, 'edges'> & { edges: Array<ResolversParentTypes['DiagnosisReadEdge']> };
  DiagnosisReadEdge: Omit<DiagnosisReadEdge, 'node'> & { node: ResolversParentTypes['DiagnosisRead'] };
  Money: Scalars['Money']['output'];
  Officer: OfficerModel;
  PageInfo: PageInfo;
  Plan: PlanEntity;
  PlanRule: PlanRuleEntity;
  Float: Scalars['Float']['output'];
  Provider: ProviderEntity;
  Query: Record<PropertyKey, never>;
  Region: RegionModel;
  RegionHealth: RegionHealth;
}>;

export type ClaimResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim'], FederationReferenceType extends FederationReferenceTypes['Claim'] = FederationReferenceTypes['Claim']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Claim']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amountApproved?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  amountClaimed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  careEndDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  careStartDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  careType?: Resolver<ResolversTypes['CareType'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  diagnosisCodes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  handlingRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ClaimLine']>, ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejectionCode?: Resolver<Maybe<ResolversTypes['RejectionCode']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ClaimLineResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['ClaimLine'] = ResolversParentTypes['ClaimLine']> = ResolversObject<{
  actCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
}>;

export type DiagnosisReadResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['DiagnosisRead'] = ResolversParentTypes['DiagnosisRead']> = ResolversObject<{
  claimHandlingRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  claimId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  claimReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type OfficerResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['Officer'] = ResolversParentTypes['Officer'], FederationReferenceType extends FederationReferenceTypes['Officer'] = FederationReferenceTypes['Officer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Officer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  claims?: Resolver<Maybe<Array<ResolversTypes['Claim']>>, ParentType, ContextType>;
  coverage?: Resolver<Maybe<ResolversTypes['Coverage']>, ParentType, ContextType>;
  matricule?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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
  rules?: Resolver<Array<ResolversTypes['PlanRule']>, ParentType, ContextType>;
}>;

export type PlanRuleResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['PlanRule'] = ResolversParentTypes['PlanRule']> = ResolversObject<{
  careType?: Resolver<ResolversTypes['CareType'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  yearlyCeiling?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type ProviderResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['Provider'] = ResolversParentTypes['Provider'], FederationReferenceType extends FederationReferenceTypes['Provider'] = FederationReferenceTypes['Provider']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Provider']> | FederationReferenceType, FederationReferenceType, ContextType>;
  careTypes?: Resolver<Array<ResolversTypes['CareType']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProviderKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  diagnosisReads?: Resolver<ResolversTypes['DiagnosisReadConnection'], ParentType, ContextType, RequireFields<QueryDiagnosisReadsArgs, 'first'>>;
  plans?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  facilities?: Resolver<Maybe<Array<ResolversTypes['Provider']>>, ParentType, ContextType>;
  health?: Resolver<Maybe<ResolversTypes['RegionHealth']>, ParentType, ContextType, Partial<RegionHealthArgs>>;
}>;

export type RegionHealthResolvers<ContextType = MutualContext, ParentType extends ResolversParentTypes['RegionHealth'] = ResolversParentTypes['RegionHealth']> = ResolversObject<{
  averageProcessingDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  beneficiaryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimsByStatus?: Resolver<Array<ResolversTypes['ClaimStatusCount']>, ParentType, ContextType>;
  claimsThisYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decidedWithin15Days?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pendingClaims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reimbursedThisYear?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  reimbursementPerBeneficiary?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = MutualContext> = ResolversObject<{
  Claim?: ClaimResolvers<ContextType>;
  ClaimLine?: ClaimLineResolvers<ContextType>;
  ClaimStatusCount?: ClaimStatusCountResolvers<ContextType>;
  Coverage?: CoverageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Dependent?: DependentResolvers<ContextType>;
  DiagnosisRead?: DiagnosisReadResolvers<ContextType>;
  DiagnosisReadConnection?: DiagnosisReadConnectionResolvers<ContextType>;
  DiagnosisReadEdge?: DiagnosisReadEdgeResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Officer?: OfficerResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  PlanRule?: PlanRuleResolvers<ContextType>;
  Provider?: ProviderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionHealth?: RegionHealthResolvers<ContextType>;
}>;

