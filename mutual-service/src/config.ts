import { envHost, envInteger, envPort, optionalKeyFromEnv, serviceDatabaseUrls } from '@dsp/common';
import { type DocumentSettings, documentSettingsFromEnv } from '@dsp/subgraph-kit';
import type { RegistryFeedOptions } from './registry-feed/consumer';

/** Days within which a claim should be decided (README "Supervision view"); 1 to 60, the summary's histogram. */
export const DEFAULT_CLAIM_TARGET_DAYS = 15;
/** Out-of-pocket care costs over 12 months from which a family is a solidarity candidate, in whole MAD. */
export const DEFAULT_SOLIDARITY_THRESHOLD_MAD = 5_000;
/** Seconds without a successful apply of the registry feed after which it is reported behind. */
export const DEFAULT_REGISTRY_FEED_MAX_LAG_SECONDS = 900;

export interface MutualConfig {
  port: number;
  host: string;
  databaseUrl: string;
  claimTargetDays: number;
  /** In centimes. */
  solidarityThreshold: bigint;
  registryFeedMaxLagSeconds: number;
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
    claimTargetDays: envInteger('CLAIM_TARGET_DAYS', DEFAULT_CLAIM_TARGET_DAYS, 1, 60),
    solidarityThreshold:
      BigInt(envInteger('SOLIDARITY_THRESHOLD', DEFAULT_SOLIDARITY_THRESHOLD_MAD, 1, 10_000_000)) * 100n,
    registryFeedMaxLagSeconds: envInteger(
      'REGISTRY_FEED_MAX_LAG_SECONDS',
      DEFAULT_REGISTRY_FEED_MAX_LAG_SECONDS,
      10,
      86_400,
    ),
    ...registryFeedFromEnv(),
    ...(documents ? { documents } : {}),
  };
}
