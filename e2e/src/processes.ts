import { type Caller, ensureKeyPair, signUserToken } from '@dsp/common';
import { createTestDatabase, freePort, seededTemplate, type TestDatabase } from '@dsp/testing';
import {
  launch,
  type LaunchedProcess,
  platformEnvironment,
  type PlatformLayout,
  readyUrl,
  SERVICE_ENTRY,
  type ServiceName,
  waitReady,
} from '@dsp/tools';
import { migrateFoundation, seedFoundation } from 'foundation-service';
import { migrateMutual, seedMutual } from 'mutual-service';
import { createPrivateKey } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SUPERGRAPH_PATH } from './platform';

export type { ServiceName };
export type RunningProcess = LaunchedProcess;

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

export interface ProcessPlatformOptions {
  /** More environment for every service (tracing's, say). */
  env?: Record<string, string>;
}

export async function startProcessPlatform(options: ProcessPlatformOptions = {}): Promise<ProcessPlatform> {
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
  const ports: Record<ServiceName, number> = {
    foundation: await freePort(),
    mutual: await freePort(),
    gateway: await freePort(),
  };
  const metricsPorts: Record<ServiceName, number> = {
    foundation: await freePort(),
    mutual: await freePort(),
    gateway: await freePort(),
  };
  const layout: PlatformLayout = {
    host: '127.0.0.1',
    ports,
    metricsPorts,
    databaseUrls: { foundation: foundation.appUrl, mutual: mutual.appUrl },
    keys: { identityProvider, gateway: gatewayKeys, mutualService: mutualServiceKeys },
  };
  const wired = platformEnvironment(layout);
  const base = { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...options.env };
  const environments: Record<ServiceName, Record<string, string>> = {
    foundation: { ...base, ...wired.foundation },
    mutual: { ...base, ...wired.mutual, REGISTRY_FEED_POLL_MS: '200' },
    gateway: {
      ...base,
      ...wired.gateway,
      SUPERGRAPH_PATH: supergraphPath,
      AUTH_ISSUER: 'test-idp',
      SUBGRAPH_TIMEOUT_MS: '2000',
      // As in the gateway's image: a bounded heap, so memory figures show
      // what the process keeps, not garbage V8 has not yet needed to collect.
      NODE_OPTIONS: '--max-old-space-size=256',
    },
  };
  const running = new Map<ServiceName, RunningProcess>();

  const start = async (name: ServiceName): Promise<RunningProcess> => {
    const started = launch(name, SERVICE_ENTRY[name], environments[name]);
    running.set(name, started);
    await waitReady(name === 'gateway' ? `http://127.0.0.1:${ports.gateway}/health` : readyUrl(layout, name), started);
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
