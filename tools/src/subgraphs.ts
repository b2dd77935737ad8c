import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './paths';

/** Where the SDL files, the composed supergraph and the client's operations live. */
export const SCHEMAS_DIR = path.join(ROOT, 'schemas');

/** The one list of subgraphs, in rover's supergraph config format. */
export const SUPERGRAPH_CONFIG = path.join(ROOT, 'supergraph.yaml');

export interface Subgraph {
  name: string;
  /** Written into the composed supergraph as the subgraph's default URL. */
  url: string;
  /** The SDL file, absolute. */
  file: string;
}

export interface SupergraphConfig {
  /** rover's federation_version: `=2.x.y` pins composition to that release. */
  federationVersion: string;
  subgraphs: Subgraph[];
}

/**
 * Reads a supergraph.yaml (rover's format: federation_version, then each
 * subgraph's routing_url and schema.file, relative to the YAML's folder).
 * Throws naming what is missing, since a half-read list would compose a
 * supergraph without a subgraph.
 */
export function readSupergraphConfig(configFile: string = SUPERGRAPH_CONFIG): SupergraphConfig {
  const where = path.relative(process.cwd(), configFile) || configFile;
  const raw = parse(readFileSync(configFile, 'utf8')) as {
    federation_version?: unknown;
    subgraphs?: Record<string, { routing_url?: unknown; schema?: { file?: unknown } } | null>;
  } | null;
  const federationVersion = raw?.federation_version;
  if (typeof federationVersion !== 'string' && typeof federationVersion !== 'number')
    throw new Error(`${where}: federation_version is missing`);
  const entries = Object.entries(raw?.subgraphs ?? {});
  if (entries.length === 0) throw new Error(`${where}: no subgraphs listed`);
  const subgraphs = entries.map(([name, subgraph]) => {
    const url = subgraph?.routing_url;
    const file = subgraph?.schema?.file;
    if (typeof url !== 'string') throw new Error(`${where}: subgraph ${name} has no routing_url`);
    if (typeof file !== 'string')
      throw new Error(`${where}: subgraph ${name} has no schema.file (only local SDL files are supported)`);
    return { name, url, file: path.resolve(path.dirname(configFile), file) };
  });
  return { federationVersion: String(federationVersion), subgraphs };
}
