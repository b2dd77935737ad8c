import {
  isValidServiceToken,
  MUTUAL_SERVICE_ISSUER,
  REGISTRY_FEED_AUDIENCE,
  type RegistryEvent,
  type RegistryFeedPage,
} from '@dsp/common';
import type { Express, Request } from 'express';
import type { KeyObject } from 'node:crypto';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

/** Where the feed is served, beside /graphql; not part of the GraphQL API, so never in the supergraph. */
export const REGISTRY_FEED_PATH = '/registry-feed';
const DEFAULT_FEED_PAGE = 500;
const MAX_FEED_PAGE = 5000;

interface EventRow {
  sequence: string;
  type: RegistryEvent['type'];
  entity: RegistryEvent['entity'];
  entity_id: string;
  effective_date: string;
  data: RegistryEvent['data'];
  occurred_at: Date;
}

/** One page of the feed after `after`, read with the feed's own row-level security setting. */
function readFeedPage(dataSource: DataSource, after: number, limit: number): Promise<RegistryFeedPage> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    await manager.query(`SELECT set_config('app.role', 'REGISTRY_FEED', true)`);
    const rows = await manager.query<EventRow[]>(
      `SELECT sequence::text, type, entity, entity_id, to_char(effective_date, 'YYYY-MM-DD') AS effective_date, data, occurred_at
         FROM registry_event WHERE registry_event.sequence > $1 ORDER BY registry_event.sequence LIMIT $2`,
      [after, limit],
    );
    const [head] = await manager.query<Array<{ sequence: string; occurred_at: Date | null }>>(
      `SELECT coalesce(max(sequence), 0)::text AS sequence, (SELECT occurred_at FROM registry_event ORDER BY sequence DESC LIMIT 1) AS occurred_at
         FROM registry_event`,
    );
    return {
      events: rows.map(
        (row) =>
          ({
            sequence: Number(row.sequence),
            type: row.type,
            entity: row.entity,
            entityId: row.entity_id,
            effectiveDate: row.effective_date,
            occurredAt: row.occurred_at.toISOString(),
            data: row.data,
          }) as RegistryEvent,
      ),
      head: Number(head?.sequence ?? 0),
      headOccurredAt: head?.occurred_at ? head.occurred_at.toISOString() : null,
    };
  });
}

function bearer(request: Request): string | null {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : null;
}

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
      const token = bearer(request);
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
        response.json(await readFeedPage(feed.dataSource, after, limit));
      } catch (error) {
        logger.error({ err: error }, 'could not read the registry feed');
        response.status(500).json({ error: 'Internal server error' });
      }
    });
  };
}
