import { type Caller, ensureKeyPair, signUserToken } from '@dsp/common';
import { createTestDatabase, freePort, seededTemplate, type TestDatabase } from '@dsp/testing';
import { migrateFoundation, REGISTRY_FEED_PATH, seedFoundation } from 'foundation-service';
import { migrateMutual, seedMutual } from 'mutual-service';
import { spawn, type ChildProcess } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SUPERGRAPH_PATH } from './platform';

const ROOT = path.resolve(__dirname, '..', '..');

export type ServiceName = 'foundation' | 'mutual' | 'gateway';

const ENTRY: Record<ServiceName, string> = {
  foundation: 'foundation-service/dist/main.js',
  mutual: 'mutual-service/dist/main.js',
  gateway: 'gateway/dist/main.js',
};

export interface RunningProcess {
  child: ChildProcess;
  /** Everything the process printed (its JSON log lines). */
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * The platform as separate processes, as in production (the built services,
 * `node <service>/dist/main.js`), so that tests can kill, stop and restart
 * them: the fault tests' counterpart of startPlatform().
 */
export interface ProcessPlatform {
  gatewayUrl: string;
  gatewayMetricsUrl: string;
  /** Where a service serves /metrics (never its public port). */
  metricsUrl(name: ServiceName): string;
  /** A subgraph's own address (its /graphql, /ready...). */
  serviceUrl(name: 'foundation' | 'mutual', pathname: string): string;
  /** The supergraph file the gateway watches (a copy the test may rewrite). */
  supergraphPath: string;
  databases: { foundation: TestDatabase; mutual: TestDatabase };
  process(name: ServiceName): RunningProcess;
  tokenFor(caller: Caller): Promise<string>;
  start(name: ServiceName): Promise<RunningProcess>;
  kill(name: ServiceName, signal: NodeJS.Signals): Promise<number | null>;
  stop(): Promise<void>;
}

async function waitReady(url: string, running: RunningProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) throw new Error(`the process exited while starting:\n${running.output()}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not become ready:\n${running.output()}`);
}

export async function startProcessPlatform(): Promise<ProcessPlatform> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'dsp-processes-'));
  const supergraphPath = path.join(folder, 'supergraph.graphql');
  copyFileSync(SUPERGRAPH_PATH, supergraphPath);
  const identityProvider = ensureKeyPair(folder, 'identity-provider');
  const gatewayKeys = ensureKeyPair(folder, 'gateway');
  const mutualServiceKeys = ensureKeyPair(folder, 'mutual-service');
  const foundation = await createTestDatabase(
    'foundation',
    await seededTemplate('foundation', async (url) => {
      await migrateFoundation(url);
      await seedFoundation(url);
    }),
  );
  const mutual = await createTestDatabase(
    'mutual',
    await seededTemplate('mutual', async (url) => {
      await migrateMutual(url);
      await seedMutual(url);
    }),
  );
  const ports: Record<ServiceName, number> = { foundation: await freePort(), mutual: await freePort(), gateway: await freePort() };
  const metricsPorts: Record<ServiceName, number> = { foundation: await freePort(), mutual: await freePort(), gateway: await freePort() };
  const common = { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', LOG_LEVEL: 'info', GATEWAY_PUBLIC_KEY_FILE: gatewayKeys.publicKeyFile };
  const environments: Record<ServiceName, Record<string, string>> = {
    foundation: {
      ...common,
      FOUNDATION_PORT: String(ports.foundation),
      FOUNDATION_METRICS_PORT: String(metricsPorts.foundation),
      FOUNDATION_DATABASE_URL: foundation.appUrl,
      MUTUAL_SERVICE_PUBLIC_KEY_FILE: mutualServiceKeys.publicKeyFile,
    },
    mutual: {
      ...common,
      MUTUAL_PORT: String(ports.mutual),
      MUTUAL_METRICS_PORT: String(metricsPorts.mutual),
      MUTUAL_DATABASE_URL: mutual.appUrl,
      MUTUAL_SERVICE_SIGNING_KEY_FILE: mutualServiceKeys.privateKeyFile,
      REGISTRY_FEED_URL: `http://127.0.0.1:${ports.foundation}${REGISTRY_FEED_PATH}`,
      REGISTRY_FEED_POLL_MS: '200',
    },
    gateway: {
      ...common,
      GATEWAY_PORT: String(ports.gateway),
      GATEWAY_METRICS_PORT: String(metricsPorts.gateway),
      SUPERGRAPH_PATH: supergraphPath,
      FOUNDATION_URL: `http://127.0.0.1:${ports.foundation}/graphql`,
      MUTUAL_URL: `http://127.0.0.1:${ports.mutual}/graphql`,
      AUTH_ISSUER: 'test-idp',
      AUTH_PUBLIC_KEY_FILE: identityProvider.publicKeyFile,
      GATEWAY_SIGNING_KEY_FILE: gatewayKeys.privateKeyFile,
      SUBGRAPH_TIMEOUT_MS: '2000',
      // As in the gateway's image: a bounded heap, so memory figures show
      // what the process keeps, not garbage V8 has not yet needed to collect.
      NODE_OPTIONS: '--max-old-space-size=256',
    },
  };
  const running = new Map<ServiceName, RunningProcess>();

  const start = async (name: ServiceName): Promise<RunningProcess> => {
    const child = spawn(process.execPath, [path.join(ROOT, ENTRY[name])], { env: environments[name], stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const started: RunningProcess = {
      child,
      output: () => output,
      exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    };
    running.set(name, started);
    await waitReady(name === 'gateway' ? `http://127.0.0.1:${ports.gateway}/health` : `http://127.0.0.1:${ports[name]}/ready`, started);
    return started;
  };
  const kill = async (name: ServiceName, signal: NodeJS.Signals): Promise<number | null> => {
    const target = running.get(name);
    if (!target) return null;
    if (target.child.exitCode === null && target.child.signalCode === null) target.child.kill(signal);
    return target.exited;
  };

  await start('foundation');
  await start('mutual');
  await start('gateway');
  const privateKey = createPrivateKey(readFileSync(identityProvider.privateKeyFile, 'utf8'));
  return {
    gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
    gatewayMetricsUrl: `http://127.0.0.1:${metricsPorts.gateway}/metrics`,
    metricsUrl: (name) => `http://127.0.0.1:${metricsPorts[name]}/metrics`,
    serviceUrl: (name, pathname) => `http://127.0.0.1:${ports[name]}${pathname}`,
    supergraphPath,
    databases: { foundation, mutual },
    process: (name) => {
      const found = running.get(name);
      if (!found) throw new Error(`${name} was never started`);
      return found;
    },
    tokenFor: (caller) => signUserToken(privateKey, caller, { issuer: 'test-idp' }),
    start,
    kill,
    stop: async () => {
      await Promise.all((['gateway', 'foundation', 'mutual'] as const).map((name) => kill(name, 'SIGTERM')));
      await Promise.all([foundation.drop(), mutual.drop()]);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
