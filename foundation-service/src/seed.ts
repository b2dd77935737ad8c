import { runSeedTask } from '@dsp/common';
import { seedFoundationNational } from './seed/national';
import { seedFoundation } from './seed/seed.service';

runSeedTask('foundation', { demo: seedFoundation, national: seedFoundationNational });
