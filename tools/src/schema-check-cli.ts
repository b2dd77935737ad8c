import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readOperations } from './operations';
import { ROOT } from './paths';
import { checkSchemas } from './schema-check';
import { assembleSubgraphSdl, SDL_SOURCES } from './subgraph-sdl';
import { SCHEMAS_DIR, SUPERGRAPH_CONFIG } from './subgraphs';

/** `npm run schema:check`: see checkSchemas; also fails when a service's assembled SDL or the generated types are stale. */
async function main(): Promise<number> {
  const report = await checkSchemas({
    supergraphConfig: SUPERGRAPH_CONFIG,
    committedSupergraph: readFileSync(path.join(SCHEMAS_DIR, 'supergraph.graphql'), 'utf8'),
    publishedSupergraph: readFileSync(path.join(SCHEMAS_DIR, 'published', 'supergraph.graphql'), 'utf8'),
    operations: readOperations(path.join(SCHEMAS_DIR, 'operations')),
  });
  for (const { name, folder } of SDL_SOURCES) {
    if (readFileSync(path.join(SCHEMAS_DIR, `${name}.graphql`), 'utf8') !== assembleSubgraphSdl(folder)) {
      report.errors.push(
        `schemas/${name}.graphql is stale: it is assembled from ${folder}/**/*.graphql; run \`npm run compose\` and commit it.`,
      );
    }
  }
  try {
    execFileSync('npm', ['run', '--silent', 'codegen:check'], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    report.errors.push('the generated resolver types are stale: run `npm run codegen` and commit them.');
  }
  for (const note of report.notes) process.stdout.write(`note: ${note}\n`);
  for (const error of report.errors) process.stderr.write(`error: ${error}\n`);
  process.stdout.write(
    report.errors.length === 0 ? 'schema check passed\n' : `schema check failed (${report.errors.length} error(s))\n`,
  );
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
