import path from 'node:path';
import { ROOT } from './paths';

/** Where the subgraph SDL files live: the contract each service loads. */
export const SCHEMAS_DIR = path.join(ROOT, 'schemas');

/**
 * The subgraphs of the supergraph, with the URLs written into the committed
 * supergraph (the local defaults; deployments override them in the gateway).
 */
export const SUBGRAPHS = [
  { name: 'foundation', file: 'foundation.graphql', url: 'http://localhost:4001/graphql' },
  { name: 'mutual', file: 'mutual.graphql', url: 'http://localhost:4002/graphql' },
] as const;
