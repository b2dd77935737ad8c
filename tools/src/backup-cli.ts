import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase } from './backup';
import { backupKeyFromEnv } from './backup-crypto';
import { backupDocuments } from './backup-documents';
import { documentStoreFromEnv } from '@dsp/subgraph-kit';
import { ownerUrls, SERVICES } from './database-urls';
import { ROOT } from './paths';

/**
 * `npm run backup -- [DIR] [--plaintext]`: an online, consistent export of
 * both databases into DIR (backups/<time> by default), encrypted with the key
 * of BACKUP_KEY_FILE or BACKUP_KEY. Without a key it refuses, unless
 * --plaintext says, on purpose, to write health data in clear.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { plaintext: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  const key = backupKeyFromEnv();
  if (!key && !values.plaintext) {
    throw new Error(
      'no backup key: set BACKUP_KEY_FILE to a key file (npm run keys -- DIR writes DIR/backup.key) or BACKUP_KEY; or pass --plaintext to write the health data in clear on purpose.',
    );
  }
  const root = path.join(ROOT, 'backups');
  const dir = path.resolve(positionals[0] ?? path.join(root, new Date().toISOString().replace(/[:.]/g, '-')));
  if (!positionals[0]) {
    mkdirSync(root, { recursive: true, mode: 0o700 });
    chmodSync(root, 0o700);
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const urls = await ownerUrls();
  for (const service of SERVICES) {
    process.stdout.write(`Backing up the ${service} database...\n`);
    const manifest = await backupDatabase(urls[service], path.join(dir, service), {
      ...(key ? { key } : {}),
      progress: (line) => process.stdout.write(`  ${line}\n`),
    });
    process.stdout.write(
      `  ${manifest.tables.length} tables, ${manifest.tables.reduce((sum, table) => sum + table.rows, 0)} rows\n`,
    );
    // Supporting documents, as stored: encrypted with the document key.
    const documents = await backupDocuments(documentStoreFromEnv(service), service, path.join(dir, 'documents'));
    process.stdout.write(`  ${documents} documents\n`);
  }
  process.stdout.write(
    `Backup written to ${dir} (${key ? 'encrypted' : 'IN CLEAR: keep it as safe as the databases'})\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`npm run backup: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
