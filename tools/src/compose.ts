import { composeServices } from '@apollo/composition';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { SCHEMAS_DIR, SUBGRAPHS } from './subgraphs';

/**
 * `npm run compose`: composes the subgraph SDL files into the supergraph that
 * the gateway serves, with @apollo/composition (what rover would do, without
 * downloading a binary). Fails, listing every composition error, when the
 * subgraphs do not compose; the committed file is then left untouched.
 */
function main(): number {
  const services = SUBGRAPHS.map(({ name, file, url }) => ({
    name,
    url,
    typeDefs: parse(readFileSync(path.join(SCHEMAS_DIR, file), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) {
    process.stderr.write(`The subgraphs do not compose (${result.errors.length} error(s)):\n`);
    for (const error of result.errors) process.stderr.write(`- ${error.message}\n`);
    return 1;
  }
  const target = path.join(SCHEMAS_DIR, 'supergraph.graphql');
  writeFileSync(target, `${result.supergraphSdl.trimEnd()}\n`);
  for (const hint of result.hints) process.stdout.write(`hint: ${hint.toString()}\n`);
  process.stdout.write(`Wrote ${path.relative(process.cwd(), target)} from ${services.map((s) => s.name).join(' and ')}.\n`);
  return 0;
}

process.exitCode = main();
