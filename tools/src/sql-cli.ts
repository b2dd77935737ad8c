import { Client } from 'pg';
import { ownerUrls, SERVICES, type ServiceName } from './database-urls';

/**
 * `npm run sql -- SERVICE "STATEMENT"`: runs one statement as the owner role
 * in the foundation's or the mutual's database (the embedded one of
 * `npm start`, or *_MIGRATION_DATABASE_URL), and prints its rows or count.
 * No psql needed: the embedded server ships none.
 */
async function main(): Promise<void> {
  const [service, statement] = process.argv.slice(2);
  if (!(SERVICES as readonly string[]).includes(service ?? '') || !statement) {
    process.stderr.write(`usage: npm run sql -- ${SERVICES.join('|')} "STATEMENT"\n`);
    process.exitCode = 2;
    return;
  }
  const client = new Client({ connectionString: (await ownerUrls())[service as ServiceName] });
  await client.connect();
  try {
    const result = await client.query<Record<string, unknown>>(statement);
    // One JSON object per row: readable, and safe to pipe into jq.
    if (result.fields.length > 0) for (const row of result.rows) process.stdout.write(`${JSON.stringify(row)}\n`);
    else process.stdout.write(`${result.command} ${result.rowCount ?? 0}\n`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`sql: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
