import { runSeedTask } from '@dsp/common';
import { seedMutualNational } from './seed/national';
import { seedMutual } from './seed/seed-mutual';

runSeedTask('mutual', { demo: seedMutual, national: seedMutualNational });
