import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

/**
 * Each service keeps its SDL beside the code that serves it: `src/schema.graphql`
 * (the federation link, scalars, the root types) and one `<domain>.graphql` in
 * each domain folder. `npm run compose` assembles them, in path order, into
 * `schemas/<service>.graphql`, the contract the service loads and codegen and
 * composition read; `npm run schema:check` fails when that file is stale.
 */
export const SDL_SOURCES = [
  { name: 'foundation', folder: 'foundation-service/src' },
  { name: 'mutual', folder: 'mutual-service/src' },
] as const;

function graphqlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.graphql'))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .sort((a, b) => (a.endsWith('/schema.graphql') ? -1 : b.endsWith('/schema.graphql') ? 1 : a.localeCompare(b)));
}

/** The service's whole SDL, each part under a comment naming its file. */
export function assembleSubgraphSdl(folder: string): string {
  const parts = graphqlFiles(path.join(ROOT, folder)).map(
    (file) => `# ${file}\n\n${readFileSync(path.join(ROOT, file), 'utf8').trim()}\n`,
  );
  return [
    `# Assembled by \`npm run compose\` from ${folder}/**/*.graphql: edit those files, not this one.\n`,
    ...parts,
  ].join('\n');
}
