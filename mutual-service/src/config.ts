import { envHost, envInteger, envPort, optionalKeyFromEnv, serviceDatabaseUrls } from '@dsp/common';
import { type DocumentSettings, documentSettingsFromEnv } from '@dsp/subgraph-kit';
import type { RegistryFeedOptions } from './registry-feed/consumer';

export interface MutualConfig {
  port: number;
  host: string;
  databaseUrl: string;
  /** Set when the mutual's service key is configured: the beneficiary file then follows the foundation's registry. */
  registryFeed?: RegistryFeedOptions;
  /** Set when DOCUMENT_KEY (or DOCUMENT_KEY_FILE) is: claims and prior authorisations then take documents. */
  documents?: DocumentSettings;
}

/** The registry feed's settings: read when the mutual's service key is configured, off otherwise. */
function registryFeedFromEnv(): { registryFeed?: RegistryFeedOptions } {
  const signingKey = optionalKeyFromEnv('MUTUAL_SERVICE_SIGNING_KEY', 'private');
  if (!signingKey) return {};
  return {
    registryFeed: {
      url: process.env.REGISTRY_FEED_URL?.trim() || 'http://localhost:4001/registry-feed',
      signingKey,
      pollIntervalMs: envInteger('REGISTRY_FEED_POLL_MS', 2_000, 50, 600_000),
    },
  };
}

/** The service's settings from the environment; a missing or malformed variable is a one-line StartupError. */
export function loadConfig(): MutualConfig {
  const documents = documentSettingsFromEnv('mutual', 'MUTUAL');
  return {
    port: envPort('MUTUAL_PORT', 4002),
    host: envHost(),
    databaseUrl: serviceDatabaseUrls('MUTUAL').databaseUrl,
    ...registryFeedFromEnv(),
    ...(documents ? { documents } : {}),
  };
}
