import { Client, types } from 'pg';
import { StartupError } from '@dsp/common';

// PostgreSQL `date` columns hold calendar dates: keep them as "YYYY-MM-DD"
// strings instead of letting pg turn them into midnight in the local zone.
types.setTypeParser(types.builtins.DATE, (value) => value);

/** A connection string without its password, safe to print. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparseable connection string)';
  }
}

/**
 * One line saying what went wrong reaching a database and what to do about
 * it, for the operator; never a stack trace.
 */
export function describeConnectionError(error: unknown, what: string, variable: string): string {
  const code = (error as { code?: string }).code;
  const reason =
    code === 'ECONNREFUSED'
      ? 'nothing answers at that address'
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? 'the host name does not resolve'
        : code === 'ETIMEDOUT'
          ? 'the connection timed out'
          : code === '28P01' || code === '28000'
            ? 'the user name or password is refused'
            : code === '3D000'
              ? 'the database does not exist'
              : error instanceof Error
                ? error.message
                : String(error);
  return `cannot reach ${what}: ${reason}; check ${variable}.`;
}

/** Connects once to prove a database is reachable, turning failures into one-line StartupErrors. */
export async function checkReachable(url: string, what: string, variable: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new StartupError(describeConnectionError(error, what, variable));
  } finally {
    await client.end().catch(() => undefined);
  }
}
