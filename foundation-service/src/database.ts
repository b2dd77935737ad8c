import { createDataSource, type DataSourceOptions, migrate } from '@dsp/subgraph-kit';
import { HardenRowLevelSecurity1766100000000 } from './migrations/1766100000000-harden-row-level-security';
import type { DataSource, Logger } from 'typeorm';
import { ApplicationEntity } from './applications/application.entity';
import { DisbursementEntity } from './applications/disbursement.entity';
import { HeadAppointmentEntity } from './heads/head-appointment.entity';
import { CreateFoundationSchema1764500000000 } from './migrations/1764500000000-create-foundation-schema';
import { RowLevelSecurity1764600000000 } from './migrations/1764600000000-row-level-security';
import { HeadAppointments1764700000000 } from './migrations/1764700000000-head-appointments';
import { ApplicationWorkflow1764800000000 } from './migrations/1764800000000-application-workflow';
import { RegistryChanges1764900000001 } from './migrations/1764900000001-registry-changes';
import { RegionStaffSummary1765100000000 } from './migrations/1765100000000-region-staff-summary';
import { SocialSummary1765100000001 } from './migrations/1765100000001-social-summary';
import { CurrentHead1766100000001 } from './migrations/1766100000001-current-head';
import { HeadTermsInFeed1766100000002 } from './migrations/1766100000002-head-terms-in-feed';
import { OfficerSearch1765200000000 } from './migrations/1765200000000-officer-search';
import { ApplicationMonthSummary1766200000000 } from './migrations/1766200000000-application-month-summary';
import { SocialDocuments1767200000000 } from './migrations/1767200000000-social-documents';
import { OfficerSearchWithoutWindow1767300000000 } from './migrations/1767300000000-officer-search-without-window';
import { AuditRegionIndex1768000000000 } from './migrations/1768000000000-audit-region-index';
import { ApplicationReference1768100000000 } from './migrations/1768100000000-application-reference';
import { ApplicationPayQueueIndex1768200000000 } from './migrations/1768200000000-application-pay-queue-index';
import { ApplicationDecisionReason1768300000000 } from './migrations/1768300000000-application-decision-reason';
import { DependentEntity } from './officers/dependent.entity';
import { OfficerEntity } from './officers/officer.entity';
import { TrainingEntity } from './officers/training.entity';
import { CampaignAllocationEntity } from './programmes/campaign-allocation.entity';
import { CampaignEntity } from './programmes/campaign.entity';
import { ProgrammeEntity } from './programmes/programme.entity';
import { RegionEntity } from './regions/region.entity';
import { OpenApplicationCounts1767100000000 } from './migrations/1767100000000-open-application-counts';

export const FOUNDATION_ENTITIES = [
  RegionEntity,
  OfficerEntity,
  TrainingEntity,
  DependentEntity,
  HeadAppointmentEntity,
  ProgrammeEntity,
  CampaignEntity,
  CampaignAllocationEntity,
  ApplicationEntity,
  DisbursementEntity,
];

export const FOUNDATION_MIGRATIONS = [
  CreateFoundationSchema1764500000000,
  RowLevelSecurity1764600000000,
  HeadAppointments1764700000000,
  ApplicationWorkflow1764800000000,
  RegistryChanges1764900000001,
  RegionStaffSummary1765100000000,
  SocialSummary1765100000001,
  OfficerSearch1765200000000,
  HardenRowLevelSecurity1766100000000,
  CurrentHead1766100000001,
  HeadTermsInFeed1766100000002,
  ApplicationMonthSummary1766200000000,
  OpenApplicationCounts1767100000000,
  SocialDocuments1767200000000,
  OfficerSearchWithoutWindow1767300000000,
  AuditRegionIndex1768000000000,
  ApplicationReference1768100000000,
  ApplicationPayQueueIndex1768200000000,
  ApplicationDecisionReason1768300000000,
];

export interface FoundationDataSourceOptions {
  url: string;
  logger?: Logger;
  poolSize?: number;
  /** Serving connections: the longest a statement may run (see DEFAULT_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs?: number;
}

function options(settings: FoundationDataSourceOptions): DataSourceOptions {
  return {
    url: settings.url,
    entities: FOUNDATION_ENTITIES,
    migrations: FOUNDATION_MIGRATIONS,
    applicationName: 'foundation-service',
    ...(settings.logger ? { logger: settings.logger } : {}),
    ...(settings.poolSize ? { poolSize: settings.poolSize } : {}),
    ...(settings.statementTimeoutMs ? { statementTimeoutMs: settings.statementTimeoutMs } : {}),
  };
}

export function createFoundationDataSource(settings: FoundationDataSourceOptions): DataSource {
  return createDataSource(options(settings));
}

/** Applies pending migrations as the owner role; returns the names applied. */
export function migrateFoundation(ownerUrl: string): Promise<string[]> {
  return migrate(options({ url: ownerUrl }), 'the foundation database', 'FOUNDATION_MIGRATION_DATABASE_URL');
}
