import { callerFromClaims, isRole, REGION_CODES, ROLES } from '@dsp/common';
import { demoHeadOf } from '@dsp/demo';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localKeys, signDevToken } from './dev-identity';
import { ROOT } from './paths';

/**
 * `npm run token -- --role ROLE [--region CODE] [--sub ID] [--hours N]`:
 * prints a token of the local development identity provider, which the
 * gateway started by `npm start` accepts.
 */
async function main(): Promise<number> {
  const usage = `usage: npm run token -- --role ROLE [--region CODE] [--sub ID] [--hours N]\n  ROLE: ${ROLES.join(', ')}\n  CODE: ${REGION_CODES.join(', ')}\n`;
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        role: { type: 'string' },
        region: { type: 'string' },
        sub: { type: 'string' },
        hours: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  const role = values.role?.toUpperCase();
  if (!isRole(role)) {
    process.stderr.write(`--role must be one of the roles below.\n${usage}`);
    return 2;
  }
  if (role === 'OFFICER' && !values.sub) {
    process.stderr.write('an OFFICER token needs --sub MATRICULE (the officer it belongs to).\n');
    return 2;
  }
  const region = values.region?.toUpperCase();
  // A head token counts only for the region's current head: default to the demo data's head.
  const headSub = role === 'REGIONAL_HEAD' && region ? demoHeadOf(region) : undefined;
  const caller = callerFromClaims({
    sub: values.sub ?? headSub ?? `dev-${role.toLowerCase()}${region ? `-${region.toLowerCase()}` : ''}`,
    role,
    region,
  });
  if (typeof caller === 'string') {
    process.stderr.write(`${caller}: pass --region CODE.\n${usage}`);
    return 2;
  }
  const hours = values.hours === undefined ? 8 : Number(values.hours);
  if (!(hours > 0 && hours <= 24 * 30)) {
    process.stderr.write('--hours must be a number of hours between 0 and 720.\n');
    return 2;
  }
  const keys = localKeys(path.resolve(process.env.DATA_DIR ?? path.join(ROOT, '.data')));
  process.stdout.write(`${await signDevToken(keys, caller, Math.round(hours * 3600))}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`npm run token: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
