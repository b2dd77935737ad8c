import { runSeedTask } from '@dsp/subgraph-kit';
import { seedMutualNational } from './seed/national';
import { seedMutual } from './seed/seed-mutual';

runSeedTask('mutual', { demo: seedMutual, national: seedMutualNational });
