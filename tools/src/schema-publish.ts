import { diff } from '@graphql-inspector/core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { apiSchema } from './operations';
import { SCHEMAS_DIR } from './subgraphs';

/**
 * `npm run schema:publish -- "what changed and why"`: makes the committed
 * supergraph the one published to clients, on purpose, with an entry in
 * schemas/published/CHANGELOG.md listing the changes.
 */
async function main(): Promise<number> {
  const message = process.argv.slice(2).join(' ').trim();
  if (!message) {
    process.stderr.write('usage: npm run schema:publish -- "what changed and why"\n');
    return 2;
  }
  const dir = path.join(SCHEMAS_DIR, 'published');
  mkdirSync(dir, { recursive: true });
  const publishedFile = path.join(dir, 'supergraph.graphql');
  const changelogFile = path.join(dir, 'CHANGELOG.md');
  const next = readFileSync(path.join(SCHEMAS_DIR, 'supergraph.graphql'), 'utf8');
  const changes = existsSync(publishedFile)
    ? await diff(apiSchema(readFileSync(publishedFile, 'utf8')), apiSchema(next))
    : [];
  // Description edits are in the diff of the file itself; the log keeps what clients feel.
  const lines = changes
    .filter((change) => !String(change.type).includes('DESCRIPTION'))
    .map((change) => `- ${change.criticality.level.toLowerCase()}: ${change.message}`);
  const entry = `## ${new Date().toISOString().slice(0, 10)}: ${message}\n\n${lines.length > 0 ? lines.join('\n') : '- first publication'}\n`;
  const previous = existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8').replace(/^# .*\n+/, '') : '';
  writeFileSync(changelogFile, `# Published supergraph changelog\n\n${entry}\n${previous}`.trimEnd() + '\n');
  writeFileSync(publishedFile, next);
  process.stdout.write(`Published ${changes.length} change(s); see ${path.relative(process.cwd(), changelogFile)}.\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`schema publish: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
