import { chmodSync, existsSync, lstatSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { canReach, startEmbeddedPostgres } from '../embedded-postgres';
import { StartupError } from '@dsp/common';
import { freePort } from '../test-postgres';

const asRoot = process.getuid?.() === 0 ? it : it.skip;

async function count(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>('SELECT count(*) AS n FROM kept');
    return Number(result.rows[0]?.n);
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  asRoot('runs, as root, from a data folder inside a 0700 folder, and keeps its data across restarts', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'dsp-home-'));
    folders.push(home);
    chmodSync(home, 0o700);
    const dataDir = path.join(home, 'clone', '.data', 'postgres');
    expect(await canReach(home, { uid: 65534, gid: 65534 })).toBe(false);

    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    const relocated = readlinkSync(dataDir);
    folders.push(relocated);
    expect(lstatSync(dataDir).isSymbolicLink()).toBe(true);
    const client = new Client({ connectionString: first.url('postgres') });
    await client.connect();
    await client.query('CREATE TABLE kept (id int); INSERT INTO kept VALUES (1), (2)');
    await client.end();
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(await count(second.url('postgres'))).toBe(2);
    } finally {
      await second.stop();
    }
    expect(existsSync(path.join(relocated, 'PG_VERSION'))).toBe(true);
  });

  it('says in one line which port is taken and which variable to change', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    const folder = mkdtempSync(path.join(os.tmpdir(), 'dsp-port-'));
    folders.push(folder);
    chmodSync(folder, 0o755);
    try {
      const attempt = startEmbeddedPostgres({ dataDir: path.join(folder, 'postgres'), port });
      await expect(attempt).rejects.toBeInstanceOf(StartupError);
      await expect(attempt).rejects.toThrow(
        new RegExp(`^port ${port} for the embedded PostgreSQL is already in use; .*EMBEDDED_POSTGRES_PORT`),
      );
    } finally {
      blocker.close();
    }
  });
});
