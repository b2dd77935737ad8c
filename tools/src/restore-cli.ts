import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { checkBackup, restoreDatabase, type BackupManifest } from './backup';
import { backupKeyFromEnv } from './backup-crypto';
import { checkDocuments, restoreDocuments } from './backup-documents';
import { DocumentCipher, documentStoreFromEnv } from '@dsp/subgraph-kit';
import { secretKeyFromEnv } from '@dsp/common';
import { ownerUrls, SERVICES } from './database-urls';
import { ROOT } from './paths';

/**
 * `npm run restore -- DIR`: migrates each database to the version the backup
 * was taken at (each service's own migrations), then replaces its data with
 * the backup's, checking every file whole (its authentication tag, with the
 * key of BACKUP_KEY_FILE or BACKUP_KEY) before writing anything, and every
 * table's row count and checksum before committing.
 */
async function main(): Promise<void> {
  const source = process.argv[2];
  if (!source) throw new Error('usage: npm run restore -- DIR (a folder written by npm run backup)');
  const dir = path.resolve(source);
  const key = backupKeyFromEnv();
  // Every file of both databases opens and is whole before anything, migrations included, is written.
  const checked = new Map<string, BackupManifest>();
  for (const service of SERVICES) checked.set(service, await checkBackup(path.join(dir, service), key));
  const urls = await ownerUrls();
  for (const service of SERVICES) {
    const prefix = service.toUpperCase();
    const migrate = spawnSync(process.execPath, [path.join(ROOT, `${service}-service`, 'dist', 'migrate.js')], {
      env: {
        ...process.env,
        [`${prefix}_DATABASE_URL`]: urls[service],
        [`${prefix}_MIGRATION_DATABASE_URL`]: urls[service],
      },
      encoding: 'utf8',
    });
    if (migrate.status !== 0) throw new Error(migrate.stderr.trim() || `the ${service} migrations failed`);
    process.stdout.write(`Restoring the ${service} database...\n`);
    const manifest = checked.get(service);
    await restoreDatabase(urls[service], path.join(dir, service), {
      ...(key ? { key } : {}),
      ...(manifest ? { checked: manifest } : {}),
      progress: (line) => process.stdout.write(`  ${line}\n`),
    });
    const store = documentStoreFromEnv(service);
    const put = await restoreDocuments(store, path.join(dir, 'documents'));
    const documentKey = secretKeyFromEnv('DOCUMENT_KEY', 'the key the documents were written with');
    if (!documentKey) {
      process.stdout.write(`  ${put} document objects restored; set DOCUMENT_KEY_FILE to check them\n`);
      continue;
    }
    const check = await checkDocuments(urls[service], store, new DocumentCipher(documentKey));
    process.stdout.write(`  ${check.checked} documents checked\n`);
    if (check.missing.length > 0) process.stdout.write(`  MISSING from the store: ${check.missing.join(', ')}\n`);
    if (check.unreadable.length > 0)
      process.stdout.write(`  NOT READABLE with this document key: ${check.unreadable.join(', ')}\n`);
    if (check.missing.length + check.unreadable.length > 0) process.exitCode = 1;
  }
  process.stdout.write(`Restored from ${dir}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`npm run restore: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
