import { ensureKeyPair, newSecretKey, signUserToken } from '@dsp/common';
import {
  createTestDatabase,
  freePort,
  seededTemplate,
  startTestS3Server,
  type TestDatabase,
  type TestS3Server,
} from '@dsp/testing';
import { migrateFoundation, seedFoundation } from 'foundation-service';
import { migrateMutual, seedMutual } from 'mutual-service';
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { operation } from '../platform';

/**
 * docker-compose.yml's topology, run as processes: each node service gets
 * exactly the environment the compose file gives it (after the same variable
 * substitution, with .env.example's values), with only the addresses mapped
 * to this machine: database and service host names to 127.0.0.1 and free
 * ports, /run/secrets files to real files. If a variable's name in the
 * compose file and in the code ever drift apart, this fails.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');

interface ComposeService {
  environment?: Record<string, string | number>;
  command?: string[];
}

function dotenv(file: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

/** Compose's ${VAR}, ${VAR:-default} and ${VAR:?message}. */
function substitute(value: string, variables: Record<string, string>): string {
  return value.replace(/\$\{([A-Z_]+)(?::([-?])([^}]*))?\}/g, (_match, name: string, kind?: string, rest?: string) => {
    const set = variables[name];
    if (set !== undefined && set !== '') return set;
    if (kind === '-') return rest ?? '';
    throw new Error(`${name} is required by docker-compose.yml: ${rest ?? ''}`);
  });
}

function run(entry: string, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [path.join(ROOT, entry)], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function ready(url: string, what: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} never became ready:\n${what()}`);
}

describe('the docker-compose topology, as processes', () => {
  const children: ChildProcess[] = [];
  let folder: string;
  let databases: TestDatabase[] = [];
  let jwks: http.Server;
  let s3: TestS3Server | undefined;

  afterAll(async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map(
        (child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve))),
      ),
    );
    jwks?.close();
    await s3?.stop();
    await Promise.all(databases.map((database) => database.drop()));
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('serves the dashboard through the gateway with the variables the compose file sets', async () => {
    const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
      services: Record<string, ComposeService>;
    };
    folder = mkdtempSync(path.join(os.tmpdir(), 'dsp-compose-'));
    const keys = ensureKeyPair(folder, 'gateway');
    const mutualService = ensureKeyPair(folder, 'mutual-service');
    // The seaweedfs service's place is taken by an S3-protocol server of the tests, with its own credentials.
    s3 = await startTestS3Server();
    const secretFile = (name: string, text: string): string => {
      const file = path.join(folder, name);
      writeFileSync(file, text, { mode: 0o600 });
      return file;
    };
    const secrets: Record<string, string> = {
      gateway_signing_key: keys.privateKeyFile,
      gateway_public_key: keys.publicKeyFile,
      mutual_service_signing_key: mutualService.privateKeyFile,
      mutual_service_public_key: mutualService.publicKeyFile,
      document_key: secretFile('document.key', newSecretKey()),
      s3_access_key_id: secretFile('s3-access-key-id', s3.accessKeyId),
      s3_secret_access_key: secretFile('s3-secret-access-key', s3.secretAccessKey),
    };

    const foundationDb = await createTestDatabase(
      'foundation',
      await seededTemplate('foundation', async (url) => {
        await migrateFoundation(url);
        await seedFoundation(url);
      }),
    );
    const mutualDb = await createTestDatabase(
      'mutual',
      await seededTemplate('mutual', async (url) => {
        await migrateMutual(url);
        await seedMutual(url);
      }),
    );
    databases = [foundationDb, mutualDb];

    const identityProvider = generateKeyPairSync('ed25519');
    const jwk = { ...identityProvider.publicKey.export({ format: 'jwk' }), alg: 'EdDSA', kid: 'test' };
    jwks = http.createServer((_request, response) =>
      response.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));

    const variables = dotenv(path.join(ROOT, '.env.example'));
    const passwordOf = (url: string): string => decodeURIComponent(new URL(url).password);
    variables.FOUNDATION_APP_PASSWORD = passwordOf(foundationDb.appUrl);
    variables.FOUNDATION_OWNER_PASSWORD = passwordOf(foundationDb.ownerUrl);
    variables.MUTUAL_APP_PASSWORD = passwordOf(mutualDb.appUrl);
    variables.MUTUAL_OWNER_PASSWORD = passwordOf(mutualDb.ownerUrl);
    variables.AUTH_JWKS_URL = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;

    const ports: Record<string, number> = {
      foundation: await freePort(),
      mutual: await freePort(),
      gateway: await freePort(),
    };
    const databaseHosts: Record<string, TestDatabase> = { 'foundation-db': foundationDb, 'mutual-db': mutualDb };
    const environmentOf = (service: string): Record<string, string> => {
      const raw = compose.services[service]?.environment ?? {};
      const env: Record<string, string> = {};
      for (const [name, value] of Object.entries(raw)) {
        let resolved = substitute(String(value), variables);
        if (/^postgres:\/\//.test(resolved)) {
          const url = new URL(resolved);
          const database = databaseHosts[url.hostname];
          if (!database) throw new Error(`unknown database host ${url.hostname}`);
          const target = new URL(database.appUrl);
          url.host = target.host;
          url.pathname = target.pathname;
          resolved = url.toString();
        } else if (/^http:\/\/(foundation|mutual):\d+/.test(resolved)) {
          const url = new URL(resolved);
          url.port = String(ports[url.hostname]);
          url.hostname = '127.0.0.1';
          resolved = url.toString();
        } else if (/^http:\/\/seaweedfs:\d+/.test(resolved)) {
          resolved = s3?.endpoint ?? resolved;
        } else if (resolved.startsWith('/run/secrets/')) {
          resolved = secrets[path.basename(resolved)] ?? resolved;
        }
        env[name] = resolved;
      }
      return env;
    };

    const foundationEnv = {
      ...environmentOf('foundation'),
      FOUNDATION_PORT: String(ports.foundation),
      FOUNDATION_METRICS_PORT: '0',
    };
    const mutualEnv = { ...environmentOf('mutual'), MUTUAL_PORT: String(ports.mutual), MUTUAL_METRICS_PORT: '0' };
    const gatewayEnv = { ...environmentOf('gateway'), GATEWAY_PORT: String(ports.gateway), GATEWAY_METRICS_PORT: '0' };
    expect(Object.keys(foundationEnv)).toEqual(
      expect.arrayContaining(['FOUNDATION_DATABASE_URL', 'GATEWAY_PUBLIC_KEY_FILE']),
    );
    // Serving containers hold the application role only: no owner's or superuser's credentials.
    for (const [service, env] of Object.entries({
      foundation: foundationEnv,
      mutual: mutualEnv,
      gateway: gatewayEnv,
    })) {
      const held = Object.entries(env).filter(
        ([name, value]) => /MIGRATION|SUPERUSER|OWNER/.test(name) || /_owner:|postgres:\/\/postgres:/.test(value),
      );
      expect({ service, held }).toEqual({ service, held: [] });
    }
    // The databases' superuser is the image's, for its init scripts alone.
    for (const db of ['foundation-db', 'mutual-db'])
      expect(compose.services[db]?.environment?.POSTGRES_USER).toBe('postgres');

    // The one-shot migration services run first, as the owner, and exit 0; then the services start.
    for (const service of ['foundation-migrate', 'mutual-migrate']) {
      const [, entry] = compose.services[service]?.command ?? [];
      const env = environmentOf(service);
      expect(Object.values(env).some((value) => value.includes('_owner:'))).toBe(true);
      const migration = run(entry ?? '', env);
      const code = await new Promise((resolve) => migration.child.once('exit', resolve));
      expect({ service, code, output: migration.output() }).toEqual({
        service,
        code: 0,
        output: expect.stringContaining('up to date') as string,
      });
    }
    const services = [
      run('foundation-service/dist/main.js', foundationEnv),
      run('mutual-service/dist/main.js', mutualEnv),
      run('gateway/dist/main.js', gatewayEnv),
    ];
    children.push(...services.map((service) => service.child));
    const logs = (): string => services.map((service) => service.output()).join('\n');
    await ready(`http://127.0.0.1:${ports.foundation}/ready`, logs);
    await ready(`http://127.0.0.1:${ports.mutual}/ready`, logs);
    await ready(`http://127.0.0.1:${ports.gateway}/ready`, logs);

    const token = await signUserToken(
      identityProvider.privateKey,
      { sub: 'admin', role: 'NATIONAL_ADMIN', region: null },
      {
        issuer: variables.AUTH_ISSUER,
        audience: variables.AUTH_AUDIENCE,
      },
    );
    const response = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: operation('RegionalDashboard'), variables: { code: 'FES' } }),
    });
    const body = (await response.json()) as {
      data?: { region: { nameFr: string; staffCount: number; health: { pendingClaims: number } | null } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.region.nameFr).toBe('Fès');
    expect(body.data?.region.staffCount).toBeGreaterThan(0);
    expect(body.data?.region.health?.pendingClaims).toBeGreaterThan(0);

    // The mutual reads the foundation's registry feed with the service key the compose file mounts.
    let feed: { foundationReachable?: boolean; eventsBehind?: number; cursor?: number } = {};
    for (let attempt = 0; attempt < 100 && !feed.foundationReachable; attempt++) {
      const readiness = (await (await fetch(`http://127.0.0.1:${ports.mutual}/ready`)).json()) as {
        checks: Array<{ name: string; details?: typeof feed }>;
      };
      feed = readiness.checks.find((check) => check.name === 'registry-feed')?.details ?? {};
      if (!feed.foundationReachable) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(feed).toMatchObject({ foundationReachable: true, eventsBehind: 0 });
    expect(feed.cursor).toBeGreaterThan(9_000);
    // Seeded templates, migrations and three processes: more than a minute on a busy machine.
  }, 180_000);
});
