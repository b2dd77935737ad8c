import { freePort } from '@dsp/testing';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../paths';

/**
 * `npm start` as a user runs it (the built scripts, after `npm run build`):
 * in its own data folder and on free ports, never the user's .data/ or 4000.
 */
interface Run {
  output: () => string;
  exited: Promise<number | null>;
  stop: () => void;
}

function start(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [path.join(ROOT, 'tools', 'dist', 'start.js')], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    output: () => output,
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    stop: () => child.kill('SIGINT'),
  };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function tokenFrom(output: string): string {
  const token = /REGIONAL_HEAD of FES \(\d+\)\s+(\S+)/.exec(output)?.[1];
  if (!token) throw new Error(`no FES head token in:\n${output}`);
  return token;
}

async function dashboard(
  port: number,
  token: string,
): Promise<{ data?: { region: { staffCount: number; health: { pendingClaims: number } | null } } }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ region(code: "FES") { staffCount health { pendingClaims } } }' }),
  });
  return (await response.json()) as {
    data?: { region: { staffCount: number; health: { pendingClaims: number } | null } };
  };
}

describe('npm start', () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  async function ports(): Promise<
    Record<'GATEWAY_PORT' | 'FOUNDATION_PORT' | 'MUTUAL_PORT' | 'EMBEDDED_POSTGRES_PORT', string> &
      Record<string, string>
  > {
    return {
      GATEWAY_METRICS_PORT: String(await freePort()),
      FOUNDATION_METRICS_PORT: String(await freePort()),
      MUTUAL_METRICS_PORT: String(await freePort()),
      GATEWAY_PORT: String(await freePort()),
      FOUNDATION_PORT: String(await freePort()),
      MUTUAL_PORT: String(await freePort()),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
    };
  }

  it('starts everything on the embedded PostgreSQL, stops it all on Ctrl-C, and keeps the data for the next start', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'dsp-start-'));
    folders.push(home);
    chmodSync(home, 0o755);
    const env = { ...(await ports()), DATA_DIR: path.join(home, '.data') };

    const first = start(env);
    await until(() => first.output().includes('Press Ctrl-C') || first.output().includes('npm start:'), 240_000);
    expect(first.output()).toContain(`gateway     http://localhost:${env.GATEWAY_PORT}/graphql`);
    // The README's first line names the client's address: npm start prints it, and it answers.
    expect(first.output()).toContain(`client      http://localhost:${env.GATEWAY_PORT}/`);
    const client = await fetch(`http://localhost:${env.GATEWAY_PORT}/`);
    expect({ status: client.status, type: client.headers.get('content-type') }).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
    });
    expect(first.output()).toContain('They listen on 127.0.0.1 only');
    // The demonstration sign-in is on: no address of this machine but loopback reaches any service.
    const outside = Object.values(os.networkInterfaces())
      .flat()
      .find((address) => address?.family === 'IPv4' && !address.internal)?.address;
    if (outside) {
      for (const port of [env.GATEWAY_PORT, env.FOUNDATION_PORT, env.MUTUAL_PORT]) {
        await expect(
          fetch(`http://${outside}:${port}/health`, { signal: AbortSignal.timeout(2_000) }),
        ).rejects.toThrow();
      }
    }
    const before = await dashboard(Number(env.GATEWAY_PORT), tokenFrom(first.output()));
    expect(before.data?.region.staffCount).toBeGreaterThan(0);
    expect(before.data?.region.health?.pendingClaims).toBeGreaterThan(0);
    // The mutual reads the foundation's registry feed with the key pair npm start made, and starts in step.
    let feed: { foundationReachable?: boolean; eventsBehind?: number; cursor?: number } = {};
    await until(async () => {
      const ready = (await (await fetch(`http://127.0.0.1:${env.MUTUAL_PORT}/ready`)).json()) as {
        checks: Array<{ name: string; details?: typeof feed }>;
      };
      feed = ready.checks.find((check) => check.name === 'registry-feed')?.details ?? {};
      return feed.foundationReachable === true;
    }, 30_000);
    expect(feed).toMatchObject({ foundationReachable: true, eventsBehind: 0 });
    expect(feed.cursor).toBeGreaterThan(9_000);
    first.stop();
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Stopped.');
    await expect(fetch(`http://127.0.0.1:${env.GATEWAY_PORT}/health`)).rejects.toThrow();

    const second = start(env);
    await until(() => second.output().includes('Press Ctrl-C') || second.output().includes('npm start:'), 240_000);
    const after = await dashboard(Number(env.GATEWAY_PORT), tokenFrom(second.output()));
    expect(after.data).toEqual(before.data);
    second.stop();
    expect(await second.exited).toBe(0);
    // Two full starts, each migrating and seeding in its own processes: minutes on a busy machine.
  }, 480_000);

  it('says in one line which port is taken and which variable to change, and starts nothing', async () => {
    const env = await ports();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(Number(env.GATEWAY_PORT), '127.0.0.1', resolve));
    try {
      const run = start({ ...env, DATA_DIR: path.join(mkdtempSync(path.join(os.tmpdir(), 'dsp-start-')), '.data') });
      expect(await run.exited).toBe(1);
      expect(run.output().trim().split('\n')).toEqual([
        `npm start: port ${env.GATEWAY_PORT} for the gateway is already in use; stop what uses it or set GATEWAY_PORT to a free port.`,
      ]);
    } finally {
      blocker.close();
    }
  });

  it('says in one line when a database given by URL cannot be reached', async () => {
    const closed = await freePort();
    const run = start({
      ...(await ports()),
      FOUNDATION_DATABASE_URL: `postgres://app:secret@127.0.0.1:${closed}/foundation`,
      MUTUAL_DATABASE_URL: `postgres://app:secret@127.0.0.1:${closed}/mutual`,
    });
    expect(await run.exited).toBe(1);
    expect(run.output().trim().split('\n')).toEqual([
      'npm start: cannot reach the foundation database: nothing answers at that address; check FOUNDATION_DATABASE_URL.',
    ]);
  });
});
