import { bearerToken, isValidServiceToken, MUTUAL_SERVICE_ISSUER, REGISTRY_FEED_AUDIENCE } from '@dsp/common';
import type { Express } from 'express';
import type { KeyObject } from 'node:crypto';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { readRegistryFeed } from './registry.service';

/** Where the feed is served, beside /graphql; not part of the GraphQL API, so never in the supergraph. */
export const REGISTRY_FEED_PATH = '/registry-feed';
const DEFAULT_FEED_PAGE = 500;
const MAX_FEED_PAGE = 5000;

function nonNegativeInteger(value: unknown, fallback: number): number | null {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}

/** What the registry feed reads with, and the only key whose tokens it accepts. */
export interface RegistryFeed {
  dataSource: DataSource;
  mutualPublicKey: KeyObject;
}

/**
 * GET /registry-feed?after=N&limit=M: the registry events after sequence N,
 * oldest first, and the feed's head. Only for the mutual's service identity
 * (a token its own private key signed, verified with `mutualPublicKey`):
 * user tokens and the gateway's identity tokens get 401. Without a feed
 * configured (no key) it answers 503 to everyone.
 */
export function registryFeedRoute(feed: RegistryFeed | undefined, logger: Logger): (app: Express) => void {
  return (app) => {
    app.get(REGISTRY_FEED_PATH, async (request, response) => {
      if (!feed) {
        response.status(503).json({ error: 'The registry feed is not configured (MUTUAL_SERVICE_PUBLIC_KEY).' });
        return;
      }
      const token = bearerToken(request.headers.authorization);
      if (
        !token ||
        !(await isValidServiceToken(feed.mutualPublicKey, token, MUTUAL_SERVICE_ISSUER, REGISTRY_FEED_AUDIENCE))
      ) {
        response.status(401).json({ error: 'The registry feed is for the mutual’s service identity only.' });
        return;
      }
      const after = nonNegativeInteger(request.query.after, 0);
      const limit = nonNegativeInteger(request.query.limit, DEFAULT_FEED_PAGE);
      if (after === null || limit === null || limit < 1 || limit > MAX_FEED_PAGE) {
        response.status(400).json({ error: `after is a sequence (0 or more), limit 1 to ${MAX_FEED_PAGE}.` });
        return;
      }
      try {
        response.json(await readRegistryFeed(feed.dataSource, after, limit));
      } catch (error) {
        logger.error({ err: error }, 'could not read the registry feed');
        response.status(500).json({ error: 'Internal server error' });
      }
    });
  };
}
