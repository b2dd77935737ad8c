/** The foundation subgraph's public API, used by `npm start` and the gateway's tests. */
export { buildFoundationSchema } from './schema';
export { startFoundationService, type FoundationServiceOptions } from './server';
export { migrateFoundation } from './database';
export { seedFoundation } from './seed/seed.service';
export { REGISTRY_FEED_PATH } from './registry/feed.route';
