import { type Caller, DEV_TOKEN_ISSUER, type RegionCode, signIdentityToken } from '@dsp/common';
import { provisionDatabase, provisionRoles, serviceDatabase } from '@dsp/testing';
import { nationalPopulation } from '@dsp/demo';
import { freePort, type RunningPostgres, startEmbeddedPostgres } from '@dsp/testing';
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import {
  launch,
  type LaunchedProcess,
  localKeys,
  platformEnvironment,
  type PlatformLayout,
  readyUrl,
  SERVICE_ENTRY,
  type ServiceName,
  signDevToken,
  stopAll as stopProcesses,
  waitReady,
} from '@dsp/tools';
import { createHash, createPrivateKey } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { dashboardCallers, TokenPool } from './callers';
import { MIXED_SHARES, mixedLoad } from './mixed';
import { type Call, driveWorkload, exactly, sentRequests } from './workload';

/**
 * `npm run bench`: every comparison in one run, so that ratios hold on a
 * noisy machine. At national scale (seeded into BENCH_DATA_DIR on first use,
 * reused after until the services' migrations change), the platform runs as `npm start` runs it (two subgraphs, our
 * gateway), beside the peer gateway on the same supergraph and subgraphs and
 * a bare HTTP server. autocannon drives each case for BENCH_SECONDS seconds;
 * the results and the goals go to BENCHMARKS.md.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const DATA_DIR = path.resolve(process.env.BENCH_DATA_DIR ?? path.join(ROOT, '.data', 'bench'));
const PG_PORT = Number(process.env.BENCH_POSTGRES_PORT ?? 54340);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Cases compared with each other run in this many turns of SECONDS / ROUNDS each (see measureInTurns). */
const ROUNDS = 5;
const SEED_REPORT = path.join(DATA_DIR, 'national-seed.json');
/** The response caches' TTL in the "cache on" cases: longer than a case, so they measure answers served from the cache. */
const CACHE_TTL_SECONDS = SECONDS + 5;

/** The national data set's heads by region: a head token counts only for the head the appointments name. */
const HEADS: ReadonlyMap<RegionCode, string> = new Map(
  nationalPopulation().heads.map((head) => [head.regionCode as RegionCode, head.matricule]),
);
const HEAD_FES: Caller = { sub: HEADS.get('FES') ?? '', role: 'REGIONAL_HEAD', region: 'FES' };
/** Tokens signed for each distinct-caller case: more requests than any case here answers in BENCH_SECONDS. */
const TOKENS_PER_CASE = SECONDS * 1500;
const NATIONAL: Caller = { sub: 'bench-national', role: 'NATIONAL_ADMIN', region: null };
/** The dashboard cases with a distinct caller per request. */
const DISTINCT = {
  ours: 'RegionalDashboard through our gateway, a distinct caller per request',
  peer: 'RegionalDashboard through the peer, a distinct caller per request',
  peerSharing:
    'RegionalDashboard through the peer with its in-flight deduplication on (answers shared across callers), a distinct caller per request',
};

const DASHBOARD = readFileSync(path.join(ROOT, 'schemas', 'operations', 'RegionalDashboard.graphql'), 'utf8');
/** The dashboard's trends (24 months) and attention list, both halves, as the head's dashboard and the monthly report ask. */
const SUPERVISION = readFileSync(path.join(ROOT, 'schemas', 'operations', 'RegionSupervision.graphql'), 'utf8');
const SUPERVISION_CASE =
  'RegionSupervision (24 months of trends and the attention list, both halves) through our gateway';
/** What the gateway's query plan for RegionalDashboard sends each subgraph (foundation first, then the mutual's entities). */
const DASHBOARD_FOUNDATION = `query RegionalDashboard__foundation__0($code: ID!) { region(code: $code) { __typename code nameAr nameFr currentHead { officer { matricule fullName fullNameAr rank } startDate rotationDue } staffCount social { openApplications approvedThisYear budget { allocated committed disbursed } } } }`;
const DASHBOARD_MUTUAL = `query RegionalDashboard__mutual__1($representations: [_Any!]!) { _entities(representations: $representations) { ... on Region { health { pendingClaims claimsThisYear reimbursedThisYear averageProcessingDays } } } }`;
const OFFICERS = `query OfficersPage { officers(first: 100) { totalCount edges { node { matricule fullName rank coverage { memberNumber active } claims { status } } } } }`;

/**
 * Every process the bench starts runs as a deployment runs it
 * (NODE_ENV=production: graphql-js leaves out its development-mode checks,
 * Apollo Server and Hive Gateway their development aids), with the bench's
 * local identity provider named as the issuer production requires; `env`
 * (the process's own settings) comes last.
 */
function asDeployed(env: Record<string, string>): Record<string, string | undefined> {
  return { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production', AUTH_ISSUER: DEV_TOKEN_ISSUER, ...env };
}

const children: LaunchedProcess[] = [];
let postgres: RunningPostgres | undefined;

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Starts `node <entry>` through the platform's launcher; with `readyLine`, resolves once the process prints it. */
async function start(
  name: string,
  entry: string,
  env: Record<string, string>,
  readyLine?: string,
): Promise<ChildProcess> {
  const launched = launch(name, entry, asDeployed(env));
  children.push(launched);
  if (readyLine) {
    await new Promise<void>((resolve, reject) => {
      void launched.exited.then((code) =>
        reject(new Error(`${name} stopped (exit ${code ?? 'signal'}): ${launched.lastError()}`)),
      );
      createInterface({ input: launched.child.stdout! }).on('line', (line) => line === readyLine && resolve());
    });
  }
  return launched.child;
}

/** Starts one of the platform's services and waits until it is ready. */
async function startService(
  name: string,
  service: ServiceName,
  env: Record<string, string>,
  readiness: string,
): Promise<ChildProcess> {
  const launched = launch(name, SERVICE_ENTRY[service], asDeployed(env));
  children.push(launched);
  await waitReady(readiness, launched, 120_000);
  return launched.child;
}

function rssMiB(child: ChildProcess | undefined): number | null {
  if (!child?.pid) return null;
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return kb ? Math.round(Number(kb) / 1024) : null;
}

interface SeedReport {
  seconds: number;
  rows: number;
  rowsPerSecond: number;
  /** The services' migrations the data set was loaded under. */
  migrations: string[];
  /** When it was seeded, and what else the machine was doing just before (a seed report is reused by later runs). */
  seededAt?: string;
  before?: OtherWork;
}

/** Both services' migrations, by file name: a data set seeded under other ones is seeded again. */
function currentMigrations(): string[] {
  return ['foundation-service', 'mutual-service'].flatMap((service) =>
    readdirSync(path.join(ROOT, service, 'dist', 'migrations'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => `${service}/${file}`),
  );
}

async function ensureSeeded(): Promise<SeedReport> {
  const migrations = currentMigrations();
  const previous = existsSync(SEED_REPORT)
    ? (JSON.parse(readFileSync(SEED_REPORT, 'utf8')) as Partial<SeedReport>)
    : undefined;
  if (previous && JSON.stringify(previous.migrations) === JSON.stringify(migrations)) return previous as SeedReport;
  say(
    previous
      ? `The national data set in ${path.relative(ROOT, DATA_DIR)} predates the current migrations; seeding it again (--replace)...`
      : `Seeding the national data set into ${path.relative(ROOT, DATA_DIR)} (once; reused by later runs)...`,
  );
  const before = await otherWork();
  const seededAt = new Date().toISOString();
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'tools', 'dist', 'seed.js'), '--scale', 'national', '--replace'],
    {
      env: { ...process.env, DATA_DIR, EMBEDDED_POSTGRES_PORT: String(PG_PORT) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let summary = '';
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('National data set:')) summary = line;
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const match = /([\d,]+) rows in ([\d.]+) s, ([\d,]+) rows\/s/.exec(summary);
  if (code !== 0 || !match) throw new Error('the national seed failed; see above.');
  const report: SeedReport = {
    rows: Number(match[1].replace(/,/g, '')),
    seconds: Number(match[2]),
    rowsPerSecond: Number(match[3].replace(/,/g, '')),
    migrations,
    seededAt,
    before,
  };
  writeFileSync(SEED_REPORT, JSON.stringify(report));
  return report;
}

interface Target {
  url: string;
  headers: () => Promise<Record<string, string>>;
  body: string;
  /** Sent once before the warm-up (registers a persisted query). */
  prepare?: string;
  /**
   * The part of an answer that must equal the warm-up's, where a field
   * legitimately changes with time; without it, the whole answer.
   */
  stable?: (body: string) => string;
}

/** Subgraph calls counted by the subgraphs themselves (their graphql_requests_total), per gateway request. */
interface SubgraphCalls {
  foundation: number;
  mutual: number;
}

interface CaseResult {
  name: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  rss: number | null;
  /** Per request answered; null where the subgraphs' metrics were not read. */
  calls: SubgraphCalls | null;
  /** Operations of a mixed case: requests and latencies of each. */
  operations: Array<{ op: string; requests: number; p50: number; p95: number }>;
  /** Wrong answers and failed requests by reason. */
  errorReasons: Map<string, number>;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * An answer with its clock-driven counts set aside: the registry feed's lag
 * goes 0, 1, 2 as the mutual's feed applies every two seconds once caught
 * up, and the overdue counts grow by one whenever an open file passes its
 * target age (about once a minute for FES in the national data set). They must
 * still be counts, 0 or more: a negative lag is a defect and stays a
 * mismatch.
 */
function withoutClockCounts(body: string): string {
  return body.replace(/"(registryFeedLagSeconds|overdueClaims|overdueApplications)":\d+(?=[,}])/g, '"$1":0');
}

/** A case's request, ready to send, and the answer every request must get back. */
interface Prepared {
  target: Target;
  expected: string;
}

/** What one run of a case saw. */
interface Run {
  latencies: Map<string, number[]>;
  seconds: number;
  errors: Map<string, number>;
  /** Requests sent, answered or not (the subgraph calls of those still in flight at the end are counted too). */
  sent: number;
  /** Subgraph calls during the run, summed over it. */
  calls: SubgraphCalls | null;
}

async function prepare(name: string, target: Target): Promise<Prepared> {
  const headers = { 'content-type': 'application/json', ...(await target.headers()) };
  if (target.prepare) await fetch(target.url, { method: 'POST', headers, body: target.prepare });
  const warm = await fetch(target.url, { method: 'POST', headers, body: target.body });
  const expected = await warm.text();
  if (!warm.ok || expected.includes('"errors"'))
    throw new Error(`${name}: the warm-up answered ${warm.status} ${expected.slice(0, 300)}`);
  return { target, expected };
}

/**
 * One autocannon run of a fixed request; a response other than the
 * warm-up's (an error, other data) counts as an error. The headers are
 * asked for again (the same token, or for the direct cases a new identity
 * token: one lives 60 s, less than a case measured in turns may take).
 */
async function drive(
  { target, expected }: Prepared,
  connections: number,
  seconds: number,
): Promise<Omit<Run, 'calls'>> {
  const headers = { 'content-type': 'application/json', ...(await target.headers()) };
  const { stable } = target;
  const stableExpected = stable?.(expected);
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: 'POST',
        headers,
        body: target.body,
        connections,
        duration: seconds,
        ...(stable
          ? { verifyBody: (body) => stable(String(body ?? '')) === stableExpected }
          : { expectBody: expected }),
      },
      (error, done) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const errors = result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0);
  return {
    latencies: new Map([['', latencies]]),
    seconds: result.duration,
    errors: new Map(errors > 0 ? [['an answer other than the warm-up’s, or none', errors]] : []),
    sent: sentRequests(result),
  };
}

/** The subgraphs' metrics ports, where their request counters are read (set once they are started). */
let subgraphMetricsPorts: Record<keyof SubgraphCalls, number> | undefined;

/** Every GraphQL request each subgraph has counted since it started. */
async function subgraphRequestCounts(): Promise<SubgraphCalls | null> {
  if (!subgraphMetricsPorts) return null;
  const count = async (port: number): Promise<number> => {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    let total = 0;
    for (const line of text.split('\n')) {
      if (line.startsWith('graphql_requests_total{')) total += Number(line.slice(line.lastIndexOf(' ') + 1));
    }
    return total;
  };
  return { foundation: await count(subgraphMetricsPorts.foundation), mutual: await count(subgraphMetricsPorts.mutual) };
}

/** How long the subgraphs' counts must stay still before a case's calls are counted as over. */
const QUIET_MS = 300;

/**
 * The counts once the subgraphs are quiet: autocannon stops at the end of
 * its time with requests still in flight, which the gateways and subgraphs
 * go on answering; those belong to the case that sent them.
 */
async function settledCounts(): Promise<SubgraphCalls | null> {
  let last = await subgraphRequestCounts();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    const now = await subgraphRequestCounts();
    if (!now || !last || (now.foundation === last.foundation && now.mutual === last.mutual)) return now;
    last = now;
  }
}

function summarise(name: string, connections: number, runs: readonly Run[], server?: ChildProcess): CaseResult {
  const byOp = new Map<string, number[]>();
  const errorReasons = new Map<string, number>();
  for (const run of runs) {
    for (const [op, latencies] of run.latencies) byOp.set(op, [...(byOp.get(op) ?? []), ...latencies]);
    for (const [reason, count] of run.errors) errorReasons.set(reason, (errorReasons.get(reason) ?? 0) + count);
  }
  const latencies = [...byOp.values()].flat().sort((a, b) => a - b);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  const counted = runs.every((run) => run.calls !== null);
  const per = (side: keyof SubgraphCalls): number =>
    runs.reduce((sum, run) => sum + (run.calls?.[side] ?? 0), 0) /
    Math.max(
      1,
      runs.reduce((sum, run) => sum + run.sent, 0),
    );
  const measured: CaseResult = {
    name,
    connections,
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: [...errorReasons.values()].reduce((sum, count) => sum + count, 0),
    rss: rssMiB(server),
    calls: counted ? { foundation: per('foundation'), mutual: per('mutual') } : null,
    operations: [...byOp]
      .filter(([op]) => op !== '')
      .map(([op, list]) => {
        const sorted = list.sort((a, b) => a - b);
        return { op, requests: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
      }),
    errorReasons,
  };
  say(
    `  ${name.padEnd(52)} c=${String(connections).padEnd(3)} ${measured.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${measured.p50.toFixed(1)} ms  p95 ${measured.p95.toFixed(1)} ms  errors ${measured.errors}` +
      (measured.calls
        ? `  calls/request ${measured.calls.foundation.toFixed(2)} + ${measured.calls.mutual.toFixed(2)}`
        : ''),
  );
  for (const [reason, count] of errorReasons) say(`    ${count} × ${reason}`);
  return measured;
}

/**
 * A case: how to send its requests for a while. `fixed` sends one request
 * again and again (one token: today's cases); `workload` builds each
 * request (its own token, operation and variables).
 */
interface Case {
  name: string;
  server?: ChildProcess;
  /** Prepares the case once, then returns what drives it. */
  start: () => Promise<(connections: number, seconds: number) => Promise<Omit<Run, 'calls'>>>;
}

function fixed(name: string, target: Target, server?: ChildProcess): Case {
  return {
    name,
    server,
    start: async () => {
      const prepared = await prepare(name, target);
      return (connections, seconds) => drive(prepared, connections, seconds);
    },
  };
}

/**
 * How long a workload runs unmeasured before its case, at the connections
 * of every workload case here: the services keep a statement prepared on a
 * pooled connection from its second run and plan it generically after five,
 * so the first seconds after start-up measure planning a platform in use no
 * longer does (the mixed load went from about 75 to 100 req/s between its
 * first and second 800 requests). The one-token cases repeat one request and
 * warm within their first second.
 */
const WARM_UP_SECONDS = SECONDS;
const WARM_UP_CONNECTIONS = 20;

function workload(name: string, url: string, next: () => Promise<() => Call>, server?: ChildProcess): Case {
  return {
    name,
    server,
    start: async () => {
      const calls = await next();
      const warmUp = await driveWorkload(url, calls, WARM_UP_CONNECTIONS, WARM_UP_SECONDS);
      if (warmUp.errors.size > 0) {
        throw new Error(`${name}: the warm-up failed: ${JSON.stringify([...warmUp.errors])}`);
      }
      return (connections, seconds) => driveWorkload(url, calls, connections, seconds);
    },
  };
}

/** One run of a case, with the subgraph calls it caused. */
async function counted(
  run: (connections: number, seconds: number) => Promise<Omit<Run, 'calls'>>,
  connections: number,
  seconds: number,
): Promise<Run> {
  const before = await settledCounts();
  const result = await run(connections, seconds);
  const after = await settledCounts();
  const calls =
    before && after ? { foundation: after.foundation - before.foundation, mutual: after.mutual - before.mutual } : null;
  return { ...result, calls };
}

/** One case on its own for BENCH_SECONDS. */
async function measure(entry: Case, connections: number): Promise<CaseResult> {
  const run = await entry.start();
  return summarise(entry.name, connections, [await counted(run, connections, SECONDS)], entry.server);
}

/**
 * Cases that are compared with each other (the gateways and their direct
 * baseline), measured in turns: ROUNDS slices of BENCH_SECONDS / ROUNDS
 * each, one case after the other, so that a change in the machine's load
 * during the run weighs on every case alike rather than on whichever ran
 * at that moment.
 */
async function measureInTurns(cases: readonly Case[], connections: number): Promise<CaseResult[]> {
  // One after the other: the workloads' warm-ups each have the machine to themselves.
  const started: Array<Awaited<ReturnType<Case['start']>>> = [];
  for (const entry of cases) started.push(await entry.start());
  const runs: Run[][] = cases.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < cases.length; i++) runs[i].push(await counted(started[i], connections, SECONDS / ROUNDS));
  }
  return cases.map((entry, i) => summarise(entry.name, connections, runs[i], entry.server));
}

async function main(): Promise<void> {
  const seed = await ensureSeeded();
  postgres = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, 'postgres'), port: PG_PORT });
  const superuser = postgres.url('postgres');
  const urls: Record<string, string> = {};
  for (const service of ['foundation', 'mutual']) {
    const spec = serviceDatabase(service);
    await provisionRoles(superuser, spec);
    urls[service] = (await provisionDatabase(superuser, spec)).appUrl;
  }
  const keys = localKeys(DATA_DIR);
  const gatewayKey = createPrivateKey(readFileSync(keys.gateway.privateKeyFile, 'utf8'));
  const ports = {
    foundation: await freePort(),
    mutual: await freePort(),
    gateway: await freePort(),
    gatewayCached: await freePort(),
    hive: await freePort(),
    hiveCached: await freePort(),
    hiveSharing: await freePort(),
    ceiling: await freePort(),
  };
  const layout: PlatformLayout = {
    host: '127.0.0.1',
    ports: { foundation: ports.foundation, mutual: ports.mutual, gateway: ports.gateway },
    metricsPorts: { foundation: await freePort(), mutual: await freePort(), gateway: await freePort() },
    databaseUrls: { foundation: urls.foundation, mutual: urls.mutual },
    keys: { identityProvider: keys.devIdentityProvider, gateway: keys.gateway, mutualService: keys.mutualService },
  };
  const environment = platformEnvironment(layout);
  subgraphMetricsPorts = { foundation: layout.metricsPorts.foundation, mutual: layout.metricsPorts.mutual };

  say('Starting the subgraphs, our gateway, the peer gateway and the bare server...');
  await Promise.all([
    startService('foundation', 'foundation', environment.foundation, readyUrl(layout, 'foundation')),
    startService('mutual', 'mutual', environment.mutual, readyUrl(layout, 'mutual')),
  ]);
  const ours = await startService('gateway', 'gateway', environment.gateway, readyUrl(layout, 'gateway'));
  const oursCached = await startService(
    'gateway with its response cache',
    'gateway',
    {
      ...environment.gateway,
      GATEWAY_PORT: String(ports.gatewayCached),
      GATEWAY_METRICS_PORT: String(await freePort()),
      RESPONSE_CACHE_TTL_SECONDS: String(CACHE_TTL_SECONDS),
    },
    readyUrl({ ports: { ...layout.ports, gateway: ports.gatewayCached } }, 'gateway'),
  );
  // The peer reads the same subgraphs with the same keys: the variables our gateway reads.
  const gatewayEnv = {
    FOUNDATION_URL: environment.gateway.FOUNDATION_URL ?? '',
    MUTUAL_URL: environment.gateway.MUTUAL_URL ?? '',
    AUTH_PUBLIC_KEY_FILE: keys.devIdentityProvider.publicKeyFile,
    GATEWAY_SIGNING_KEY_FILE: keys.gateway.privateKeyFile,
  };
  const peer = await start(
    'peer gateway',
    path.join(__dirname, 'hive-gateway.mjs'),
    {
      ...gatewayEnv,
      PORT: String(ports.hive),
      SUPERGRAPH_PATH: path.join(ROOT, 'schemas', 'supergraph.graphql'),
    },
    'ready',
  );
  const peerCached = await start(
    'peer gateway with its response cache',
    path.join(__dirname, 'hive-gateway.mjs'),
    {
      ...gatewayEnv,
      PORT: String(ports.hiveCached),
      SUPERGRAPH_PATH: path.join(ROOT, 'schemas', 'supergraph.graphql'),
      RESPONSE_CACHE_TTL_MS: String(CACHE_TTL_SECONDS * 1000),
    },
    'ready',
  );
  const peerSharing = await start(
    'peer gateway with its in-flight deduplication',
    path.join(__dirname, 'hive-gateway.mjs'),
    {
      ...gatewayEnv,
      PORT: String(ports.hiveSharing),
      SUPERGRAPH_PATH: path.join(ROOT, 'schemas', 'supergraph.graphql'),
      DEDUPLICATE_INFLIGHT_REQUESTS: 'true',
    },
    'ready',
  );
  await start('bare server', path.join(__dirname, 'ceiling.js'), { PORT: String(ports.ceiling) }, 'ready');

  const headToken = await signDevToken(keys, HEAD_FES);
  const nationalToken = await signDevToken(keys, NATIONAL);
  const user = (token: string) => () => Promise.resolve({ authorization: `Bearer ${token}` });
  const identity = (caller: Caller, audience: string) => async () => ({
    authorization: `Bearer ${await signIdentityToken(gatewayKey, caller, audience)}`,
  });
  const dashboardBody = JSON.stringify({ query: DASHBOARD, variables: { code: 'FES' } });
  const officersBody = JSON.stringify({ query: OFFICERS });
  const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(DASHBOARD).digest('hex') };
  const targets = {
    ours: { url: `http://127.0.0.1:${ports.gateway}/graphql`, headers: user(headToken), body: dashboardBody },
    peer: { url: `http://127.0.0.1:${ports.hive}/graphql`, headers: user(headToken), body: dashboardBody },
    oursPersisted: {
      url: `http://127.0.0.1:${ports.gateway}/graphql`,
      headers: user(headToken),
      prepare: JSON.stringify({ query: DASHBOARD, variables: { code: 'FES' }, extensions: { persistedQuery } }),
      body: JSON.stringify({ variables: { code: 'FES' }, extensions: { persistedQuery } }),
    },
    oursCached: {
      url: `http://127.0.0.1:${ports.gatewayCached}/graphql`,
      headers: user(headToken),
      body: dashboardBody,
    },
    peerCached: { url: `http://127.0.0.1:${ports.hiveCached}/graphql`, headers: user(headToken), body: dashboardBody },
    foundation: {
      url: gatewayEnv.FOUNDATION_URL,
      headers: identity(HEAD_FES, 'foundation'),
      body: JSON.stringify({ query: DASHBOARD_FOUNDATION, variables: { code: 'FES' } }),
    },
    mutual: {
      url: gatewayEnv.MUTUAL_URL,
      headers: identity(HEAD_FES, 'mutual'),
      body: JSON.stringify({
        query: DASHBOARD_MUTUAL,
        variables: { representations: [{ __typename: 'Region', code: 'FES' }] },
      }),
    },
    oursOfficers: {
      url: `http://127.0.0.1:${ports.gateway}/graphql`,
      headers: user(nationalToken),
      body: officersBody,
    },
    peerOfficers: { url: `http://127.0.0.1:${ports.hive}/graphql`, headers: user(nationalToken), body: officersBody },
    oursSupervision: {
      url: `http://127.0.0.1:${ports.gateway}/graphql`,
      headers: user(headToken),
      body: JSON.stringify({ query: SUPERVISION, variables: { code: 'FES' } }),
      stable: withoutClockCounts,
    },
    ceiling: { url: `http://127.0.0.1:${ports.ceiling}/`, headers: () => Promise.resolve({}), body: '{}' },
  } satisfies Record<string, Target>;

  const userKey = createPrivateKey(readFileSync(keys.devIdentityProvider.privateKeyFile, 'utf8'));
  const tokenPools: Array<{ name: string; pool: TokenPool }> = [];
  const dashboardOf = (caller: Caller): string =>
    JSON.stringify({
      query: DASHBOARD,
      variables: { code: caller.region, withHealth: caller.role === 'REGIONAL_HEAD' },
    });
  /**
   * The dashboard from a distinct caller per request, each asking their own
   * region's (dashboardCallers), every answer compared with the one the
   * gateway gave a warm-up caller of the same region and role.
   */
  const distinctDashboards = (name: string, url: string, tag: string) => async (): Promise<() => Call> => {
    const expected = new Map<string, string>();
    for (const caller of dashboardCallers(HEADS, 2 * 17, `${tag}-warm-up`)) {
      const warm = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await signDevToken(keys, caller)}` },
        body: dashboardOf(caller),
      });
      const text = await warm.text();
      if (!warm.ok || text.includes('"errors"'))
        throw new Error(`${name}: the warm-up answered ${warm.status} ${text.slice(0, 300)}`);
      expected.set(`${caller.role} ${caller.region}`, text);
    }
    const pool = await TokenPool.sign(userKey, dashboardCallers(HEADS, TOKENS_PER_CASE, tag));
    tokenPools.push({ name, pool });
    return () => {
      const { caller, authorization } = pool.next();
      return {
        op: caller.role === 'REGIONAL_HEAD' ? 'head (with health)' : 'foundation agent (without health)',
        headers: { authorization },
        body: dashboardOf(caller),
        check: exactly(expected.get(`${caller.role} ${caller.region}`) ?? ''),
      };
    };
  };
  const oursUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
  const peerUrl = `http://127.0.0.1:${ports.hive}/graphql`;
  const mixedNames = { ours: 'Mixed load through our gateway, a distinct caller per request' };
  const mixedStatus: { exhausted: () => string[] }[] = [];

  const idle = await otherWork();
  say(`Measuring, ${SECONDS} s per case (response caches off, then on with a ${CACHE_TTL_SECONDS} s TTL):`);
  const results: CaseResult[] = [];
  results.push(await measure(fixed('bare Node HTTP server (ceiling)', targets.ceiling), 20));
  const dashboard: Case[] = [
    fixed('RegionalDashboard, direct: foundation query', targets.foundation),
    fixed('RegionalDashboard, direct: mutual _entities', targets.mutual),
    fixed('RegionalDashboard through our gateway', targets.ours, ours),
    fixed('RegionalDashboard through the peer (Hive gateway)', targets.peer, peer),
  ];
  results.push(...(await measureInTurns(dashboard, 1)));
  results.push(
    ...(await measureInTurns(
      [
        ...dashboard,
        workload(DISTINCT.ours, oursUrl, distinctDashboards(DISTINCT.ours, oursUrl, 'ours'), ours),
        workload(DISTINCT.peer, peerUrl, distinctDashboards(DISTINCT.peer, peerUrl, 'peer'), peer),
        workload(
          DISTINCT.peerSharing,
          `http://127.0.0.1:${ports.hiveSharing}/graphql`,
          distinctDashboards(DISTINCT.peerSharing, `http://127.0.0.1:${ports.hiveSharing}/graphql`, 'sharing'),
          peerSharing,
        ),
      ],
      20,
    )),
  );
  results.push(
    await measure(
      fixed('RegionalDashboard through our gateway, persisted query (hash only)', targets.oursPersisted, ours),
      20,
    ),
  );
  for (const connections of [1, 20]) {
    results.push(
      await measure(
        fixed('RegionalDashboard through our gateway, response cache on', targets.oursCached, oursCached),
        connections,
      ),
    );
    results.push(
      await measure(
        fixed('RegionalDashboard through the peer, response cache on', targets.peerCached, peerCached),
        connections,
      ),
    );
  }
  results.push(await measure(fixed(SUPERVISION_CASE, targets.oursSupervision, ours), 20));
  results.push(
    await measure(fixed('officers(first: 100) + coverage + claims, our gateway', targets.oursOfficers, ours), 20),
  );
  results.push(await measure(fixed('officers(first: 100) + coverage + claims, peer', targets.peerOfficers, peer), 20));
  // Last: its writes change the figures the cases above compare exactly.
  results.push(
    await measure(
      workload(
        mixedNames.ours,
        oursUrl,
        async () => {
          const load = await mixedLoad({
            root: ROOT,
            gatewayUrl: oursUrl,
            foundationDatabase: postgres!.url('foundation'),
            mutualDatabase: postgres!.url('mutual'),
            userKey,
            heads: HEADS,
            requests: TOKENS_PER_CASE,
          });
          tokenPools.push({ name: mixedNames.ours, pool: load.tokens });
          mixedStatus.push(load);
          return load.next;
        },
        ours,
      ),
      20,
    ),
  );

  writeReport(results, seed, idle, {
    reusedTokens: tokenPools.map(({ name, pool }) => ({ name, reused: pool.reused })),
    exhausted: mixedStatus.flatMap((load) => load.exhausted()),
  });
  say(`Wrote ${path.relative(process.cwd(), path.join(ROOT, 'BENCHMARKS.md')) || 'BENCHMARKS.md'}.`);
}

/** How long the machine's processor use is sampled before the first case. */
const OTHER_WORK_SAMPLE_MS = 2_000;

interface OtherWork {
  /** Share of the whole machine's processor time spent on anything, 0 to 1. */
  busy: number;
  loadAverages: number[];
}

/**
 * What the machine is doing besides the bench, before the seed or once every
 * server is up and idle: the share of processor time not idle over a short
 * sample. Load averages alone mislead here: they still carry the seed's
 * minute if it just ran.
 */
async function otherWork(): Promise<OtherWork> {
  const times = (): { idle: number; total: number } => {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: idle and iowait are the idle ones.
    return { idle: fields[3] + fields[4], total: fields.slice(0, 8).reduce((sum, value) => sum + value, 0) };
  };
  const start = times();
  await new Promise((resolve) => setTimeout(resolve, OTHER_WORK_SAMPLE_MS));
  const end = times();
  return { busy: 1 - (end.idle - start.idle) / Math.max(1, end.total - start.total), loadAverages: os.loadavg() };
}

function find(results: readonly CaseResult[], name: string, connections: number): CaseResult {
  const found = results.find((result) => result.name === name && result.connections === connections);
  if (!found) throw new Error(`no result for ${name} at ${connections}`);
  return found;
}

/** What the report says besides the cases: tokens reused past a pool's end, write targets the mixed load ran out of. */
interface RunFacts {
  reusedTokens: Array<{ name: string; reused: number }>;
  exhausted: string[];
}

function writeReport(results: readonly CaseResult[], seed: SeedReport, before: OtherWork, facts: RunFacts): void {
  const ms = (value: number): string => value.toFixed(1);
  const rate = (r: CaseResult): string => r.requestsPerSecond.toFixed(0);
  const ours1 = find(results, 'RegionalDashboard through our gateway', 1);
  const ours20 = find(results, 'RegionalDashboard through our gateway', 20);
  const peer20 = find(results, 'RegionalDashboard through the peer (Hive gateway)', 20);
  const oursDistinct = find(results, DISTINCT.ours, 20);
  const peerDistinct = find(results, DISTINCT.peer, 20);
  const mixed = find(results, 'Mixed load through our gateway, a distinct caller per request', 20);
  const oursCached20 = find(results, 'RegionalDashboard through our gateway, response cache on', 20);
  const oursPersisted20 = find(results, 'RegionalDashboard through our gateway, persisted query (hash only)', 20);
  const peerCached20 = find(results, 'RegionalDashboard through the peer, response cache on', 20);
  const supervision20 = find(results, SUPERVISION_CASE, 20);
  const baseline1 =
    find(results, 'RegionalDashboard, direct: foundation query', 1).p50 +
    find(results, 'RegionalDashboard, direct: mutual _entities', 1).p50;
  const errors = results.reduce((sum, result) => sum + result.errors, 0);
  const mark = (met: boolean): string => (met ? '**met**' : '**not met**');
  const calls = (r: CaseResult): string =>
    r.calls ? `${r.calls.foundation.toFixed(2)} + ${r.calls.mutual.toFixed(2)}` : '–';
  const worstMixed = [...mixed.operations].sort((a, b) => b.p95 - a.p95)[0];
  const shareTotal = MIXED_SHARES.reduce((sum, [, share]) => sum + share, 0);
  const reused = facts.reusedTokens.filter((entry) => entry.reused > 0);
  const cpus = os.cpus();
  const lines = [
    '# Benchmarks',
    '',
    'Generated by `npm run bench` (bench/src/run.ts); do not edit by hand, run it again.',
    '',
    `- Command: \`npm run bench\` (BENCH_SECONDS=${SECONDS} s per case, every case in one run; the dashboard's direct and gateway cases, compared with each other, in ${ROUNDS} turns of ${SECONDS / ROUNDS} s each, one after the other)`,
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB memory, Node ${process.version}, ${os.type()} ${os.release()}`,
    `- Other work on the machine just before the first case (every server started and idle): ${(before.busy * 100).toFixed(0)}% of its processor time (the machine was ${(100 - before.busy * 100).toFixed(0)}% idle), sampled over ${OTHER_WORK_SAMPLE_MS / 1000} s from /proc/stat; load averages ${before.loadAverages.map((load) => load.toFixed(2)).join(', ')}.` +
      (before.busy > 0.2
        ? ' **Other work was running on this machine during the run**: figures are lower and noisier than on an idle machine; re-run to compare.'
        : ''),
    `- Data: the national data set (\`npm run seed -- --scale national\`): ${seed.rows.toLocaleString('en')} rows, seeded in ${seed.seconds.toFixed(1)} s (${seed.rowsPerSecond.toLocaleString('en')} rows/s), including the start of PostgreSQL and both services' migrations${seed.seededAt && seed.before ? `; seeded at ${seed.seededAt}, when other work took ${(seed.before.busy * 100).toFixed(0)}% of the machine's processor time (load averages ${seed.before.loadAverages.map((load) => load.toFixed(2)).join(', ')})` : ''}.`,
    '- Processes: both subgraphs, our gateways, the peer and the bare server run with `NODE_ENV=production`, as deployed (graphql-js without its development-mode checks).',
    '- Callers, one token: the FES regional head for the dashboard, the national administrator for the officers page; every request of the case sends the same token. Direct cases send the subgraphs what the query plan sends, with a gateway identity token.',
    `- Callers, "a distinct caller per request": every request sends its own token, signed before the case (signing is the identity provider's work). The dashboard's go through the seventeen regions in turn, one in two the region's head asking their region's whole dashboard (there are seventeen heads: their subjects recur, each time with a new token), the other a foundation agent of the region, a subject no other request has, asking it without the Mutual's half (\`$withHealth: false\`, which is not theirs to read). Each answer must equal the one the gateway gave a warm-up caller of the same region and role.`,
    "- The peer (Hive Gateway) runs with its in-flight deduplication off: that deduplication keys a subgraph call by its URL and body before the caller's identity is added, so it answers concurrent callers with a call made under one of their identities, which our gateway never does. One case runs it with the deduplication on, to count what that sharing saves.",
    `- Warm-up: each case with a caller per request (the distinct-caller dashboards, the mixed load) first runs ${WARM_UP_SECONDS} s unmeasured at ${WARM_UP_CONNECTIONS} connections, with callers of its own: the services keep a statement prepared on a pooled connection from its second run and plan it generically after five, as on a platform that has been serving; its tokens are not sent again.`,
    "- Answers: every request of a one-token case must get the warm-up's answer, byte for byte, except for RegionSupervision's counts that move with the clock: the registry feed's lag (0, 1, 2 as the mutual's feed applies every two seconds) and the overdue applications and claims (one more whenever an open file passes its target age). Those must be counts, 0 or more.",
    '- Subgraph calls per request: counted by the subgraphs themselves (the difference of their `graphql_requests_total` over the case, read once they are quiet), divided by the requests the case sent; foundation + mutual.',
    `- Response caches: off, except in the cases marked "response cache on": our gateway with RESPONSE_CACHE_TTL_SECONDS=${CACHE_TTL_SECONDS}, the peer with its response cache (same TTL, one session per bearer token). Both key answers by the caller, so every answer after the first of a case comes from the cache: those cases measure the gateway, not the subgraphs. The persisted-query case sends the operation's hash without its text (registered once before).`,
    '',
    '| case | connections | req/s | p50 ms | p95 ms | p99 ms | errors | subgraph calls per request | gateway RSS MiB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.connections} | ${rate(r)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} | ${calls(r)} | ${r.rss ?? '–'} |`,
    ),
    '',
    '## Distinct callers and the mixed load, by operation',
    '',
    '| case | operation | share of requests | requests | p50 ms | p95 ms |',
    '|---|---|---:|---:|---:|---:|',
    ...results.flatMap((r) =>
      r.operations.map((o) => {
        const share = MIXED_SHARES.find(([op]) => op === o.op)?.[1];
        return `| ${r.name} | ${o.op} | ${share === undefined ? '–' : `${((share / shareTotal) * 100).toFixed(0)}%`} | ${o.requests} | ${ms(o.p50)} | ${ms(o.p95)} |`;
      }),
    ),
    '',
    ...(errors > 0
      ? [
          'Errors by case and reason:',
          '',
          ...results.flatMap((r) => [...r.errorReasons].map(([reason, count]) => `- ${r.name}: ${count} × ${reason}`)),
          '',
        ]
      : []),
    `Tokens: ${reused.length === 0 ? 'no request of a distinct-caller case sent a token an earlier request of its case had sent.' : reused.map((entry) => `${entry.name}: ${entry.reused} requests reused a token (the case outran its pool)`).join('; ')}` +
      (facts.exhausted.length > 0
        ? ` The mixed load ran out of ${facts.exhausted.join(', ')} in some region and used them again (those writes fail and are counted as errors).`
        : ''),
    '',
    '## Goals',
    '',
    `- Dashboard with a distinct caller per request (20 connections) >= 1.2x the fair peer's throughput: ${mark(oursDistinct.requestsPerSecond >= 1.2 * peerDistinct.requestsPerSecond)}: ${rate(oursDistinct)} against ${rate(peerDistinct)} req/s (${(oursDistinct.requestsPerSecond / peerDistinct.requestsPerSecond).toFixed(2)}x); p95 <= 60 ms ${mark(oursDistinct.p95 <= 60)}: ${ms(oursDistinct.p95)} ms (the peer ${ms(peerDistinct.p95)} ms).`,
    `- Our distinct-caller throughput >= 0.6x our one-token throughput (20 connections): ${mark(oursDistinct.requestsPerSecond >= 0.6 * ours20.requestsPerSecond)}: ${rate(oursDistinct)} against ${rate(ours20)} req/s (${(oursDistinct.requestsPerSecond / ours20.requestsPerSecond).toFixed(2)}x).`,
    `- Mixed load (20 connections, ${rate(mixed)} req/s): 0 errors ${mark(mixed.errors === 0)}: ${mixed.errors}; no operation's p95 above 250 ms ${mark(mixed.operations.every((o) => o.p95 <= 250))}: the slowest is ${worstMixed ? `${worstMixed.op}, ${ms(worstMixed.p95)} ms` : 'none'} (every operation's p95 in the table above).`,
    `- Gateway latency at 1 connection <= 1.5x its direct baseline (p50 foundation + p50 mutual, the plan's two sequential fetches): ${mark(ours1.p50 <= 1.5 * baseline1)}: ${ms(ours1.p50)} ms against ${ms(baseline1)} ms (${(ours1.p50 / baseline1).toFixed(2)}x).`,
    `- Dashboard throughput through our gateway >= the fair peer's, one token, cache off (20 connections): ${mark(ours20.requestsPerSecond >= peer20.requestsPerSecond)}: ${rate(ours20)} against ${rate(peer20)} req/s (ours / peer = ${(ours20.requestsPerSecond / peer20.requestsPerSecond).toFixed(2)}).`,
    `- The dashboard's trends and attention list (RegionSupervision, FES head, one token, cache off) p95 <= 50 ms at 20 connections with national data: ${mark(supervision20.p95 <= 50)}: ${ms(supervision20.p95)} ms, ${rate(supervision20)} req/s.`,
    `- RegionalDashboard p95 <= 50 ms at 20 connections with national data, one token: response cache off ${mark(ours20.p95 <= 50)}: ${ms(ours20.p95)} ms (${ms(oursPersisted20.p95)} ms as a hash-only persisted query); response cache on (TTL ${CACHE_TTL_SECONDS} s) ${mark(oursCached20.p95 <= 50)}: ${ms(oursCached20.p95)} ms.`,
    `- Zero errors in every case: ${mark(errors === 0)}: ${errors}.`,
    `- Dashboard with the response caches on (20 connections, no goal set): ours ${rate(oursCached20)} req/s, p95 ${ms(oursCached20.p95)} ms; the peer ${rate(peerCached20)} req/s, p95 ${ms(peerCached20.p95)} ms.`,
    `- National seed <= 45 s, including the start of PostgreSQL and the migrations: ${mark(seed.seconds <= 45)}: ${seed.seconds.toFixed(1)} s.`,
    '',
  ];
  const notesFile = path.join(ROOT, 'bench', 'NOTES.md');
  if (existsSync(notesFile)) lines.push(readFileSync(notesFile, 'utf8').trim(), '');
  writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), lines.join('\n'));
}

async function stopAll(): Promise<void> {
  await stopProcesses(children);
  await postgres?.stop();
}

main().then(
  () => stopAll(),
  async (error: unknown) => {
    process.stderr.write(`npm run bench: ${error instanceof Error ? error.message : String(error)}\n`);
    await stopAll();
    process.exit(1);
  },
);
