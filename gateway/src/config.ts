import { StartupError } from '@dsp/common';
import path from 'node:path';

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
  subgraphUrls: Partial<Record<string, string>>;
}

function port(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new StartupError(`${variable} must be a port number between 0 and 65535; got "${raw}".`);
  }
  return value;
}

function url(variable: string): string | undefined {
  const raw = process.env[variable];
  if (!raw) return undefined;
  try {
    return new URL(raw).toString();
  } catch {
    throw new StartupError(`${variable} must be a URL such as http://foundation:4001/graphql; got "${raw}".`);
  }
}

/** The gateway's settings, from the environment. */
export function gatewayConfig(): GatewayConfig {
  return {
    port: port('GATEWAY_PORT', 4000),
    host: process.env.HOST ?? '0.0.0.0',
    supergraphPath: process.env.SUPERGRAPH_PATH ?? path.resolve(__dirname, '..', '..', 'schemas', 'supergraph.graphql'),
    subgraphUrls: { foundation: url('FOUNDATION_URL'), mutual: url('MUTUAL_URL') },
  };
}
