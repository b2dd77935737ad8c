import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readOperations } from './operations';
import { ROOT } from './paths';
import { checkSchemas } from './schema-check';
import { SCHEMAS_DIR, SUPERGRAPH_CONFIG } from './subgraphs';

/** `npm run schema:check`: see checkSchemas; also fails when the generated resolver types are stale. */
async function main(): Promise<number> {
  const report = await checkSchemas({
    supergraphConfig: SUPERGRAPH_CONFIG,
    committedSupergraph: readFileSync(path.join(SCHEMAS_DIR, 'supergraph.graphql'), 'utf8'),
    publishedSupergraph: readFileSync(path.join(SCHEMAS_DIR, 'published', 'supergraph.graphql'), 'utf8'),
    operations: readOperations(path.join(SCHEMAS_DIR, 'operations')),
  });
  try {
    execFileSync('npm', ['run', '--silent', 'codegen:check'], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    report.errors.push('the generated resolver types are stale: run `npm run codegen` and commit them.');
  }
  for (const note of report.notes) process.stdout.write(`note: ${note}\n`);
  for (const error of report.errors) process.stderr.write(`error: ${error}\n`);
  process.stdout.write(report.errors.length === 0 ? 'schema check passed\n' : `schema check failed (${report.errors.length} error(s))\n`);
  return report.errors.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`schema check: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
