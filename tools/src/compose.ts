import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { assembleSubgraphSdl, SDL_SOURCES } from './subgraph-sdl';
import { composeSupergraph } from './supergraph';
import { SCHEMAS_DIR } from './subgraphs';

/**
 * `npm run compose`: assembles each service's SDL into schemas/<service>.graphql
 * (see subgraph-sdl.ts), then writes schemas/supergraph.graphql from the
 * subgraphs supergraph.yaml lists. Fails, listing every composition error, when they do not compose;
 * the committed file is then left untouched.
 */
function main(): number {
  for (const { name, folder } of SDL_SOURCES)
    writeFileSync(path.join(SCHEMAS_DIR, `${name}.graphql`), assembleSubgraphSdl(folder));
  const composition = composeSupergraph();
  if ('errors' in composition) {
    process.stderr.write(`The subgraphs do not compose (${composition.errors.length} error(s)):\n`);
    for (const error of composition.errors) process.stderr.write(`- ${error}\n`);
    return 1;
  }
  const target = path.join(SCHEMAS_DIR, 'supergraph.graphql');
  writeFileSync(target, composition.supergraphSdl);
  for (const hint of composition.hints) process.stdout.write(`hint: ${hint}\n`);
  process.stdout.write(`Wrote ${path.relative(process.cwd(), target)}.\n`);
  return 0;
}

process.exitCode = main();
