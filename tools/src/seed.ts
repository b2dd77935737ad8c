import { envPort, StartupError } from '@dsp/common';
import { seedArguments, type SeedProgress } from '@dsp/subgraph-kit';
import { provisionDatabase, provisionRoles, serviceDatabase } from '@dsp/testing';
import { type RunningPostgres, startEmbeddedPostgres } from '@dsp/testing';
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import net from 'node:net';
import path from 'node:path';
import { ROOT } from './paths';
import { SERVICES, type ServiceName } from './database-urls';

/**
 * `npm run seed -- --scale demo|national [--replace]`: migrates both
 * databases and loads a data set into them. The databases are those of
 * `npm start`: FOUNDATION_DATABASE_URL and MUTUAL_DATABASE_URL (with their
 * *_MIGRATION_DATABASE_URL owners) when set, otherwise the embedded
 * PostgreSQL under DATA_DIR (used as it runs under `npm start`, or started
 * for the seed and stopped after). Each service loads its own database, as
 * at start; both loads run side by side, and a progress bar per table shows
 * what each child process reports.
 */

const DATA_DIR = path.resolve(process.env.DATA_DIR ?? path.join(ROOT, '.data'));
const ENV_PREFIX: Record<ServiceName, string> = { foundation: 'FOUNDATION', mutual: 'MUTUAL' };

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The owner URL of each database, and the embedded server if this command started it. */
async function ownerUrls(): Promise<{ urls: Record<ServiceName, string>; postgres?: RunningPostgres }> {
  const foundation = process.env.FOUNDATION_DATABASE_URL;
  const mutual = process.env.MUTUAL_DATABASE_URL;
  if (foundation || mutual) {
    if (!foundation || !mutual)
      throw new StartupError(
        'set both FOUNDATION_DATABASE_URL and MUTUAL_DATABASE_URL, or neither to use the embedded PostgreSQL.',
      );
    return {
      urls: {
        foundation: process.env.FOUNDATION_MIGRATION_DATABASE_URL ?? foundation,
        mutual: process.env.MUTUAL_MIGRATION_DATABASE_URL ?? mutual,
      },
    };
  }
  const port = envPort('EMBEDDED_POSTGRES_PORT', 54320);
  let postgres: RunningPostgres | undefined;
  let superuser: string;
  if (await portInUse(port)) {
    // `npm start` is running: its server, with the password it keeps beside the data.
    let password: string;
    try {
      password = readFileSync(path.join(DATA_DIR, 'postgres.password'), 'utf8').trim();
    } catch {
      throw new StartupError(
        `port ${port} is in use but ${DATA_DIR} has no embedded PostgreSQL; set EMBEDDED_POSTGRES_PORT or DATA_DIR.`,
      );
    }
    superuser = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  } else {
    process.stdout.write(
      `Starting the embedded PostgreSQL on port ${port} (data in ${path.relative(process.cwd(), DATA_DIR) || '.'}/postgres)...\n`,
    );
    postgres = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, 'postgres'), port });
    superuser = postgres.url('postgres');
  }
  const urls = {} as Record<ServiceName, string>;
  for (const service of SERVICES) {
    const spec = serviceDatabase(service);
    await provisionRoles(superuser, spec);
    urls[service] = (await provisionDatabase(superuser, spec)).ownerUrl;
  }
  return { urls, postgres };
}

function run(
  entry: string,
  args: readonly string[],
  env: Record<string, string>,
  onLine: (line: string) => void,
): Promise<void> {
  const child = spawn(process.execPath, [path.join(ROOT, entry), ...args], {
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  createInterface({ input: child.stdout }).on('line', onLine);
  let lastError = '';
  createInterface({ input: child.stderr }).on('line', (line) => {
    lastError = line;
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new StartupError(lastError || `${entry} failed (exit ${code ?? 'signal'}).`)),
    );
  });
}

function progressOf(line: string): SeedProgress | null {
  if (!line.startsWith('{"seedProgress"')) return null;
  return (JSON.parse(line) as { seedProgress: SeedProgress }).seedProgress;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const { scale } = seedArguments(argv);
  const started = process.hrtime.bigint();
  const { urls, postgres } = await ownerUrls();
  const bars = new MultiBar(
    {
      format: ' {service} {table} [{bar}] {value}/{total} rows',
      hideCursor: true,
      clearOnComplete: false,
      noTTYOutput: true,
      notTTYSchedule: 5_000,
    },
    Presets.shades_classic,
  );
  const done: Partial<Record<ServiceName, { rows: number; seconds: number }>> = {};
  try {
    await Promise.all(
      SERVICES.map(async (service) => {
        const env = {
          [`${ENV_PREFIX[service]}_DATABASE_URL`]: urls[service],
          [`${ENV_PREFIX[service]}_MIGRATION_DATABASE_URL`]: urls[service],
        };
        await run(`${service}-service/dist/migrate.js`, [], env, () => undefined);
        const tableBars = new Map<string, SingleBar>();
        await run(`${service}-service/dist/seed.js`, argv, env, (line) => {
          const progress = progressOf(line);
          if (!progress) {
            if (scale === 'demo' && line.trim()) bars.log(`${line}\n`);
            return;
          }
          if (progress.event === 'table') {
            tableBars.set(
              progress.table,
              bars.create(Math.max(progress.total, 1), 0, {
                service: service.padEnd(10),
                table: progress.table.padEnd(18),
              }),
            );
          } else if (progress.event === 'rows') {
            const bar = tableBars.get(progress.table);
            if (bar) {
              if (progress.rows > bar.getTotal()) bar.setTotal(progress.rows);
              bar.update(progress.rows);
            }
          } else if (progress.event === 'step') {
            bars.log(` ${progress.step}... (${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s)\n`);
          } else {
            done[service] = { rows: progress.rows, seconds: progress.seconds };
          }
        });
      }),
    );
  } finally {
    bars.stop();
    await postgres?.stop();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (scale === 'demo') {
    process.stdout.write(`Demonstration data in place (${seconds.toFixed(1)} s).\n`);
    return;
  }
  let rows = 0;
  for (const service of SERVICES) {
    const result = done[service];
    if (!result) continue;
    rows += result.rows;
    process.stdout.write(
      `${service}: ${result.rows.toLocaleString('en')} rows in ${result.seconds.toFixed(1)} s (${Math.round(result.rows / result.seconds).toLocaleString('en')} rows/s)\n`,
    );
  }
  process.stdout.write(
    `National data set: ${rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s, ${Math.round(rows / seconds).toLocaleString('en')} rows/s overall.\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`npm run seed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
