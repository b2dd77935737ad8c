import path from 'node:path';
import { backupDatabase } from './backup';
import { ownerUrls, SERVICES } from './database-urls';
import { ROOT } from './paths';

/** `npm run backup -- [DIR]`: an online, consistent export of both databases into DIR (backups/<time> by default). */
async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? path.join(ROOT, 'backups', new Date().toISOString().replace(/[:.]/g, '-')));
  const urls = await ownerUrls();
  for (const service of SERVICES) {
    process.stdout.write(`Backing up the ${service} database...\n`);
    const manifest = await backupDatabase(urls[service], path.join(dir, service), (line) => process.stdout.write(`  ${line}\n`));
    process.stdout.write(`  ${manifest.tables.length} tables, ${manifest.tables.reduce((sum, table) => sum + table.rows, 0)} rows\n`);
  }
  process.stdout.write(`Backup written to ${dir}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`npm run backup: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
