import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { KeyFiles } from '@dsp/common';
import { ROOT } from './paths';

/**
 * The one launcher of the platform as processes, the way production runs it
 * (`node <service>/dist/main.js`, configured by environment variables):
 * `npm start`, the end-to-end fault tests and the bench all wire the three
 * services through platformEnvironment() and start them with launch().
 */

export type ServiceName = 'foundation' | 'mutual' | 'gateway';

export const SERVICE_ENTRY: Readonly<Record<ServiceName, string>> = {
  foundation: path.join(ROOT, 'foundation-service', 'dist', 'main.js'),
  mutual: path.join(ROOT, 'mutual-service', 'dist', 'main.js'),
  gateway: path.join(ROOT, 'gateway', 'dist', 'main.js'),
};

/** Where each service listens, which databases the subgraphs serve, and the keys that tie them together. */
export interface PlatformLayout {
  host: string;
  ports: Record<ServiceName, number>;
  /** Prometheus metrics, each apart from the public port. */
  metricsPorts: Record<ServiceName, number>;
  /** The application role's connection strings (never the owner's). */
  databaseUrls: { foundation: string; mutual: string };
  keys: {
    /** The identity provider whose user tokens the gateway accepts: its public key. */
    identityProvider: Pick<KeyFiles, 'publicKeyFile'>;
    /** The gateway signs identities for the subgraphs; they hold its public key. */
    gateway: KeyFiles;
    /** The mutual signs its reads of the registry feed; the foundation holds its public key. */
    mutualService: KeyFiles;
  };
  /** Supporting documents: the key that encrypts them and the folder that keeps them; without it the subgraphs take none. */
  documents?: { keyFile: string; dir: string };
}

/** Each service's environment for `layout`; callers add their own settings (log level, sign-in, timeouts). */
export function platformEnvironment(layout: PlatformLayout): Record<ServiceName, Record<string, string>> {
  const local = (service: ServiceName): string => `http://127.0.0.1:${layout.ports[service]}`;
  // The client's pages, served by the gateway, upload straight to the subgraphs.
  const documents: Record<string, string> = layout.documents
    ? {
        DOCUMENT_KEY_FILE: layout.documents.keyFile,
        DOCUMENT_DIR: layout.documents.dir,
        DOCUMENT_ALLOWED_ORIGINS: `http://localhost:${layout.ports.gateway},http://127.0.0.1:${layout.ports.gateway}`,
      }
    : {};
  const shared = { HOST: layout.host, GATEWAY_PUBLIC_KEY_FILE: layout.keys.gateway.publicKeyFile, ...documents };
  return {
    foundation: {
      ...shared,
      FOUNDATION_PORT: String(layout.ports.foundation),
      FOUNDATION_METRICS_PORT: String(layout.metricsPorts.foundation),
      FOUNDATION_DATABASE_URL: layout.databaseUrls.foundation,
      MUTUAL_SERVICE_PUBLIC_KEY_FILE: layout.keys.mutualService.publicKeyFile,
    },
    mutual: {
      ...shared,
      MUTUAL_PORT: String(layout.ports.mutual),
      MUTUAL_METRICS_PORT: String(layout.metricsPorts.mutual),
      MUTUAL_DATABASE_URL: layout.databaseUrls.mutual,
      MUTUAL_SERVICE_SIGNING_KEY_FILE: layout.keys.mutualService.privateKeyFile,
      REGISTRY_FEED_URL: `${local('foundation')}/registry-feed`,
    },
    gateway: {
      HOST: layout.host,
      GATEWAY_PORT: String(layout.ports.gateway),
      GATEWAY_METRICS_PORT: String(layout.metricsPorts.gateway),
      FOUNDATION_URL: `${local('foundation')}/graphql`,
      MUTUAL_URL: `${local('mutual')}/graphql`,
      AUTH_PUBLIC_KEY_FILE: layout.keys.identityProvider.publicKeyFile,
      GATEWAY_SIGNING_KEY_FILE: layout.keys.gateway.privateKeyFile,
    },
  };
}

/** Where a service says it can serve: the subgraphs once their database answers, the gateway once it has loaded the supergraph. */
export function readyUrl(layout: Pick<PlatformLayout, 'ports'>, service: ServiceName): string {
  return `http://127.0.0.1:${layout.ports[service]}/ready`;
}

export interface LaunchedProcess {
  name: string;
  child: ChildProcess;
  /** Everything the process printed so far (its JSON log lines). */
  output(): string;
  /** The last line it wrote on stderr: what a failed start says. */
  lastError(): string;
  exited: Promise<number | null>;
}

/** Runs `node <entry>` with exactly `env` (callers pass process.env on when they want it); its output is also copied to `sink`. */
export function launch(
  name: string,
  entry: string,
  env: Record<string, string | undefined>,
  sink?: Writable,
): LaunchedProcess {
  const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let lastError = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    sink?.write(chunk);
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    sink?.write(chunk);
    lastError = chunk.toString().trim().split('\n').at(-1) ?? lastError;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, child, output: () => output, lastError: () => lastError, exited };
}

/** Waits until `url` answers 2xx; fails at once, with what the process said, if it exits first. */
export async function waitReady(url: string, launched: LaunchedProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (launched.child.exitCode !== null || launched.child.signalCode !== null) {
      throw new Error(
        `${launched.name} stopped while starting: ${launched.lastError() || `exit ${launched.child.exitCode ?? launched.child.signalCode}`}`,
      );
    }
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok) return;
    } catch {
      // not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `${launched.name} did not answer at ${url} within ${timeoutMs / 1000} seconds: ${launched.lastError()}`,
  );
}

/** Stops the processes with SIGTERM (their graceful shutdown), SIGKILL after `graceMs`. */
export async function stopAll(processes: readonly LaunchedProcess[], graceMs = 10_000): Promise<void> {
  await Promise.all(
    processes.map(async (launched) => {
      if (launched.child.exitCode !== null || launched.child.signalCode !== null) return;
      const force = setTimeout(() => launched.child.kill('SIGKILL'), graceMs);
      launched.child.kill('SIGTERM');
      await launched.exited;
      clearTimeout(force);
    }),
  );
}
