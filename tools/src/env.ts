import { StartupError } from '@dsp/common';

/** A port number from the environment, or `fallback`; a one-line error when malformed. */
export function envPort(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new StartupError(`${variable} must be a port number between 1 and 65535; got "${raw}".`);
  }
  return value;
}
