import { composeServices } from '@apollo/composition';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { readSupergraphConfig, SUPERGRAPH_CONFIG } from './subgraphs';

export type Composition = { supergraphSdl: string; hints: string[] } | { errors: string[] };

/** The @apollo/composition release installed, which composes like rover's of the same number. */
const COMPOSITION_VERSION = (
  JSON.parse(readFileSync(require.resolve('@apollo/composition/package.json'), 'utf8')) as { version: string }
).version;

/**
 * Composes the subgraphs that supergraph.yaml lists with @apollo/composition,
 * as rover would, without downloading a binary. A federation_version pinned
 * with `=` must be the installed release, so rover and `npm run compose`
 * cannot write different supergraphs from the same file.
 */
export function composeSupergraph(
  configFile: string = SUPERGRAPH_CONFIG,
  read: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): Composition {
  let services;
  try {
    const config = readSupergraphConfig(configFile);
    const pinned = /^=(.+)$/.exec(config.federationVersion)?.[1];
    if (pinned !== undefined && pinned !== COMPOSITION_VERSION) {
      return {
        errors: [
          `supergraph.yaml pins federation_version ${pinned}, but @apollo/composition ${COMPOSITION_VERSION} is installed: make them agree`,
        ],
      };
    }
    services = config.subgraphs.map(({ name, file, url }) => ({ name, url, typeDefs: parse(read(file)) }));
  } catch (error) {
    return { errors: [error instanceof Error ? error.message : String(error)] };
  }
  const result = composeServices(services);
  if (result.errors) return { errors: result.errors.map((error) => error.message) };
  return { supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`, hints: result.hints.map((hint) => hint.toString()) };
}
