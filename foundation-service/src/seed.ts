import { runSeedTask } from '@dsp/subgraph-kit';
import { seedFoundationNational } from './seed/national';
import { seedFoundation } from './seed/seed.service';

runSeedTask('foundation', { demo: seedFoundation, national: seedFoundationNational });
