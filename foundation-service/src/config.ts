import { envHost, envInteger, envPort, serviceDatabaseUrls } from '@dsp/common';
import { type DocumentSettings, documentSettingsFromEnv } from '@dsp/subgraph-kit';

/** A regional head's term, in years, after which `rotationDue` becomes true (docs/architecture.md). */
export const DEFAULT_HEAD_TERM_YEARS = 4;
/** Whole years of service a head needs at the start of the term (docs/architecture.md). */
export const DEFAULT_HEAD_MIN_SERVICE_YEARS = 15;
/** The training a head must have completed (docs/architecture.md). */
export const DEFAULT_HEAD_REQUIRED_TRAINING = 'SOCIAL_CASE_MANAGEMENT';
/** Days within which an application should be decided; older open ones need attention (README "Supervision view"). */
export const DEFAULT_APPLICATION_TARGET_DAYS = 30;

export interface FoundationConfig {
  port: number;
  host: string;
  databaseUrl: string;
  headTermYears: number;
  headMinServiceYears: number;
  headRequiredTraining: string;
  applicationTargetDays: number;
  /** Set when DOCUMENT_KEY (or DOCUMENT_KEY_FILE) is: applications and dependents then take documents. */
  documents?: DocumentSettings;
}

export function headTermYearsFromEnv(): number {
  return envInteger('FOUNDATION_HEAD_TERM_YEARS', DEFAULT_HEAD_TERM_YEARS, 1, 20);
}

export function headMinServiceYearsFromEnv(): number {
  return envInteger('FOUNDATION_HEAD_MIN_SERVICE_YEARS', DEFAULT_HEAD_MIN_SERVICE_YEARS, 0, 40);
}

export function headRequiredTrainingFromEnv(): string {
  return process.env.FOUNDATION_HEAD_REQUIRED_TRAINING?.trim() || DEFAULT_HEAD_REQUIRED_TRAINING;
}

export function applicationTargetDaysFromEnv(): number {
  return envInteger('APPLICATION_TARGET_DAYS', DEFAULT_APPLICATION_TARGET_DAYS, 1, 365);
}

/** The service's settings from the environment; a missing or malformed variable is a one-line StartupError. */
export function loadConfig(): FoundationConfig {
  const documents = documentSettingsFromEnv('foundation', 'FOUNDATION');
  return {
    port: envPort('FOUNDATION_PORT', 4001),
    host: envHost(),
    databaseUrl: serviceDatabaseUrls('FOUNDATION').databaseUrl,
    headTermYears: headTermYearsFromEnv(),
    headMinServiceYears: headMinServiceYearsFromEnv(),
    headRequiredTraining: headRequiredTrainingFromEnv(),
    applicationTargetDays: applicationTargetDaysFromEnv(),
    ...(documents ? { documents } : {}),
  };
}
