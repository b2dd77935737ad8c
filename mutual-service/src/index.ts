export { startMutualService, type MutualServiceOptions } from './service';
export { migrateMutual } from './database';
export { seedMutual } from './seed/seed-mutual';
export { buildMutualSchema } from './schema';
