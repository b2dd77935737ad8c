import { StartupError } from '@dsp/common';

/** A regional head's term, in years, after which `rotationDue` becomes true (DESIGN.md §4). */
export const DEFAULT_HEAD_TERM_YEARS = 4;

export interface FoundationConfig {
  port: number;
  host: string;
  databaseUrl: string;
  headTermYears: number;
}

function integer(env: NodeJS.ProcessEnv, variable: string, fallback: number, min: number, max: number): number {
  const raw = env[variable];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new StartupError(`${variable} must be a whole number from ${min} to ${max}; got "${raw}".`);
  }
  return value;
}

export function headTermYearsFrom(env: NodeJS.ProcessEnv): number {
  return integer(env, 'FOUNDATION_HEAD_TERM_YEARS', DEFAULT_HEAD_TERM_YEARS, 1, 20);
}

/** The service's settings from the environment; a missing or malformed variable is a one-line StartupError. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): FoundationConfig {
  const databaseUrl = env.FOUNDATION_DATABASE_URL?.trim();
  if (!databaseUrl) {
    throw new StartupError('FOUNDATION_DATABASE_URL is not set; set it to the connection string of the foundation database.');
  }
  return {
    port: integer(env, 'FOUNDATION_PORT', 4001, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    databaseUrl,
    headTermYears: headTermYearsFrom(env),
  };
}

/** Where migrations and the seed connect: the owner role when given, else the service's own URL. */
export function migrationUrlFrom(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.FOUNDATION_MIGRATION_DATABASE_URL?.trim() || env.FOUNDATION_DATABASE_URL?.trim();
  if (!url) {
    throw new StartupError('FOUNDATION_MIGRATION_DATABASE_URL (or FOUNDATION_DATABASE_URL) is not set; set it to the owner connection string.');
  }
  return url;
}
