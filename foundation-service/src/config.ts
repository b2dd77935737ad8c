import { envInteger, envPort, serviceDatabaseUrls } from '@dsp/common';

/** A regional head's term, in years, after which `rotationDue` becomes true (DESIGN.md §4). */
export const DEFAULT_HEAD_TERM_YEARS = 4;

export interface FoundationConfig {
  port: number;
  host: string;
  databaseUrl: string;
  headTermYears: number;
}

export function headTermYearsFromEnv(): number {
  return envInteger('FOUNDATION_HEAD_TERM_YEARS', DEFAULT_HEAD_TERM_YEARS, 1, 20);
}

/** The service's settings from the environment; a missing or malformed variable is a one-line StartupError. */
export function loadConfig(): FoundationConfig {
  return {
    port: envPort('FOUNDATION_PORT', 4001),
    host: process.env.HOST?.trim() || '0.0.0.0',
    databaseUrl: serviceDatabaseUrls('FOUNDATION').databaseUrl,
    headTermYears: headTermYearsFromEnv(),
  };
}
