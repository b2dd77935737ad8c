import { envPort } from '@dsp/common';
import { provisionDatabase, serviceDatabase } from '@dsp/testing';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

export const SERVICES = ['foundation', 'mutual'] as const;
export type ServiceName = (typeof SERVICES)[number];

/**
 * The owner role's URL for each service database: from
 * <SERVICE>_MIGRATION_DATABASE_URL when set (a production server), else the
 * embedded server of `npm start` (which must be running).
 */
export async function ownerUrls(): Promise<Record<ServiceName, string>> {
  const foundation = process.env.FOUNDATION_MIGRATION_DATABASE_URL;
  const mutual = process.env.MUTUAL_MIGRATION_DATABASE_URL;
  if (foundation && mutual) return { foundation, mutual };
  const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(ROOT, '.data'));
  let password: string;
  try {
    password = readFileSync(path.join(dataDir, 'postgres.password'), 'utf8').trim();
  } catch {
    throw new Error(
      'set FOUNDATION_MIGRATION_DATABASE_URL and MUTUAL_MIGRATION_DATABASE_URL, or run `npm start` first (no embedded database found in .data/).',
    );
  }
  const superuser = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${envPort('EMBEDDED_POSTGRES_PORT', 54320)}/postgres`;
  return {
    foundation: (await provisionDatabase(superuser, serviceDatabase('foundation'))).ownerUrl,
    mutual: (await provisionDatabase(superuser, serviceDatabase('mutual'))).ownerUrl,
  };
}
