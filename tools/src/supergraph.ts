import { composeServices } from '@apollo/composition';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { SUBGRAPHS } from './subgraphs';

export type Composition = { supergraphSdl: string; hints: string[] } | { errors: string[] };

/**
 * Composes the subgraph SDL files found in `schemasDir` with
 * @apollo/composition, as rover would, without downloading a binary.
 */
export function composeSupergraph(schemasDir: string, read: (file: string) => string = (file) => readFileSync(file, 'utf8')): Composition {
  let services;
  try {
    services = SUBGRAPHS.map(({ name, file, url }) => ({ name, url, typeDefs: parse(read(path.join(schemasDir, file))) }));
  } catch (error) {
    return { errors: [error instanceof Error ? error.message : String(error)] };
  }
  const result = composeServices(services);
  if (result.errors) return { errors: result.errors.map((error) => error.message) };
  return { supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`, hints: result.hints.map((hint) => hint.toString()) };
}
