import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
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

/**
 * A 32-byte secret key (AES-256) from `<NAME>` (base64) or `<NAME>_FILE` (a
 * file holding that), or undefined when neither is set; the backups' and the
 * documents' keys are read this one way. `hint` says how to make one.
 */
export function secretKeyFromEnv(name: string, hint: string): Buffer | undefined {
  const inline = process.env[name]?.trim();
  const file = process.env[`${name}_FILE`]?.trim();
  if (!inline && !file) return undefined;
  let text: string;
  if (inline) {
    text = inline;
  } else {
    try {
      text = readFileSync(file as string, 'utf8').trim();
    } catch {
      throw new StartupError(`cannot read ${name}_FILE (${file}); check the path and its permissions.`);
    }
  }
  const key = Buffer.from(text, 'base64');
  if (key.length !== SECRET_KEY_BYTES)
    throw new StartupError(`${name} must be ${SECRET_KEY_BYTES} bytes in base64 (${hint}).`);
  return key;
}

export const SECRET_KEY_BYTES = 32;

/** A new key in the form secretKeyFromEnv reads. */
export function newSecretKey(): string {
  return `${randomBytes(SECRET_KEY_BYTES).toString('base64')}\n`;
}
