import { createDataSource, type DataSourceOptions, migrate } from '@dsp/subgraph-kit';
import { HardenRowLevelSecurity1766000000001 } from './migrations/1766000000001-harden-row-level-security';
import type { DataSource, Logger } from 'typeorm';
import { BeneficiaryEntity } from './beneficiaries/beneficiary.entity';
import { CoverageEntity } from './beneficiaries/coverage.entity';
import { ClaimLineEntity } from './claims/claim-line.entity';
import { ClaimEntity } from './claims/claim.entity';
import { CreateMutualSchema1764400000000 } from './migrations/1764400000000-create-mutual-schema';
import { RowLevelSecurity1764500000000 } from './migrations/1764500000000-row-level-security';
import { ClaimsWorkflow1764600000000 } from './migrations/1764600000000-claims-workflow';
import { RegistryFeed1764950000001 } from './migrations/1764950000001-registry-feed';
import { ClaimSummary1765000000001 } from './migrations/1765000000001-claim-summary';
import { ClinicalAccess1766000000000 } from './migrations/1766000000000-clinical-access';
import { CurrentHead1766000000002 } from './migrations/1766000000002-current-head';
import { SupervisionSummaries1766200000000 } from './migrations/1766200000000-supervision-summaries';
import { PriorAuthorisationList1766300000000 } from './migrations/1766300000000-prior-authorisation-list';
import { Documents1767000000000 } from './migrations/1767000000000-documents';
import { ActTariffEntity } from './plans/act-tariff.entity';
import { PlanRuleEntity } from './plans/plan-rule.entity';
import { PlanEntity } from './plans/plan.entity';
import { ProviderEntity } from './providers/provider.entity';
import { RegionEntity } from './regions/region.entity';
import { OpenClaimReads1767100000000 } from './migrations/1767100000000-open-claim-reads';
import { ClaimDecidedIndex1767300000000 } from './migrations/1767300000000-claim-decided-index';
import { OverdueClaimCount1767400000000 } from './migrations/1767400000000-overdue-claim-count';
import { PlanNamesInArabic1767500000000 } from './migrations/1767500000000-plan-names-in-arabic';
import { ActLabelsInArabic1767600000000 } from './migrations/1767600000000-act-labels-in-arabic';
import { ProviderNamesInArabic1767700000000 } from './migrations/1767700000000-provider-names-in-arabic';
import { DiagnosisNames1767800000000 } from './migrations/1767800000000-diagnosis-names';
import { PriorAuthorisationReads1767900000000 } from './migrations/1767900000000-prior-authorisation-reads';
import { AuditRegionIndex1768000000000 } from './migrations/1768000000000-audit-region-index';
import { ClaimByReference1768000000001 } from './migrations/1768000000001-claim-by-reference';
import { CeilingUse1768100000000 } from './migrations/1768100000000-ceiling-use';
import { SameCareClaims1768100000001 } from './migrations/1768100000001-same-care-claims';
import { CeilingUseInProgress1768100000002 } from './migrations/1768100000002-ceiling-use-in-progress';

export const MUTUAL_ENTITIES = [
  RegionEntity,
  BeneficiaryEntity,
  CoverageEntity,
  PlanEntity,
  PlanRuleEntity,
  ActTariffEntity,
  ProviderEntity,
  ClaimEntity,
  ClaimLineEntity,
];

export const MUTUAL_MIGRATIONS = [
  CreateMutualSchema1764400000000,
  RowLevelSecurity1764500000000,
  ClaimsWorkflow1764600000000,
  RegistryFeed1764950000001,
  ClaimSummary1765000000001,
  ClinicalAccess1766000000000,
  HardenRowLevelSecurity1766000000001,
  CurrentHead1766000000002,
  SupervisionSummaries1766200000000,
  PriorAuthorisationList1766300000000,
  Documents1767000000000,
  OpenClaimReads1767100000000,
  ClaimDecidedIndex1767300000000,
  OverdueClaimCount1767400000000,
  PlanNamesInArabic1767500000000,
  ActLabelsInArabic1767600000000,
  ProviderNamesInArabic1767700000000,
  DiagnosisNames1767800000000,
  PriorAuthorisationReads1767900000000,
  AuditRegionIndex1768000000000,
  ClaimByReference1768000000001,
  CeilingUse1768100000000,
  SameCareClaims1768100000001,
  CeilingUseInProgress1768100000002,
];

export interface MutualDataSourceOptions {
  url: string;
  logger?: Logger;
  poolSize?: number;
  /** Serving connections: the longest a statement may run (see DEFAULT_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs?: number;
}

function options(settings: MutualDataSourceOptions): DataSourceOptions {
  return {
    url: settings.url,
    entities: MUTUAL_ENTITIES,
    migrations: MUTUAL_MIGRATIONS,
    applicationName: 'mutual-service',
    ...(settings.logger ? { logger: settings.logger } : {}),
    ...(settings.poolSize ? { poolSize: settings.poolSize } : {}),
    ...(settings.statementTimeoutMs ? { statementTimeoutMs: settings.statementTimeoutMs } : {}),
  };
}

export function createMutualDataSource(settings: MutualDataSourceOptions): DataSource {
  return createDataSource(options(settings));
}

/** Applies pending migrations as the owner role; returns the names applied. */
export function migrateMutual(ownerUrl: string): Promise<string[]> {
  return migrate(options({ url: ownerUrl }), 'the mutual database', 'MUTUAL_MIGRATION_DATABASE_URL');
}
