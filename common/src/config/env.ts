import { StartupError } from '../errors';

/**
 * Reading settings from the environment. A missing or malformed variable is a
 * StartupError naming the variable: one line for the operator, never a stack.
 */
export function envInteger(variable: string, fallback: number, min: number, max: number): number {
  const raw = process.env[variable];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new StartupError(`${variable} must be a whole number from ${min} to ${max}; got "${raw}".`);
  }
  return value;
}

/** A port to listen on; 0 picks a free one. */
/** The address a service listens on: HOST, or every interface (a container's default; `npm start` passes 127.0.0.1). */
export function envHost(fallback = '0.0.0.0'): string {
  return process.env.HOST?.trim() || fallback;
}

export function envPort(variable: string, fallback: number): number {
  return envInteger(variable, fallback, 0, 65535);
}

/** A variable that must be set; `hint` says what it should hold. */
export function requiredEnv(variable: string, hint: string): string {
  const value = process.env[variable]?.trim();
  if (!value) throw new StartupError(`${variable} is not set; set it to ${hint}.`);
  return value;
}

/** A URL, or undefined when the variable is unset. */
export function optionalEnvUrl(variable: string, example: string): string | undefined {
  const raw = process.env[variable]?.trim();
  if (!raw) return undefined;
  try {
    return new URL(raw).toString();
  } catch {
    throw new StartupError(`${variable} must be a URL such as ${example}; got "${raw}".`);
  }
}

/** The owner's URL, which migrations run with: <PREFIX>_MIGRATION_DATABASE_URL, or <PREFIX>_DATABASE_URL when that is the owner too. */
export function migrationDatabaseUrl(prefix: string): string {
  const url = process.env[`${prefix}_MIGRATION_DATABASE_URL`]?.trim() || process.env[`${prefix}_DATABASE_URL`]?.trim();
  if (!url)
    throw new StartupError(
      `${prefix}_MIGRATION_DATABASE_URL is not set; set it to the ${prefix.toLowerCase()} database's connection string (owner role).`,
    );
  return url;
}

/** The database URL a service queries with, and the owner's for migrations and seeds (the same when unset). */
export function serviceDatabaseUrls(prefix: string): { databaseUrl: string; migrationUrl: string } {
  const databaseUrl = requiredEnv(
    `${prefix}_DATABASE_URL`,
    `the ${prefix.toLowerCase()} database's connection string (application role)`,
  );
  return { databaseUrl, migrationUrl: process.env[`${prefix}_MIGRATION_DATABASE_URL`]?.trim() || databaseUrl };
}
