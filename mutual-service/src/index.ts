export { startMutualService, type MutualServiceOptions } from './server';
export { migrateMutual } from './database';
export { seedMutual } from './seed/seed-mutual';
export {
  RegistryFeedConsumer,
  applyEvents,
  type RegistryFeedOptions,
  type RegistryFeedStatus,
} from './registry-feed/consumer';
export { buildMutualSchema } from './schema';
