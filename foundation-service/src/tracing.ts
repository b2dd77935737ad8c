// Loaded first by main.ts, before anything tracing instruments (see @dsp/common/tracing).
import { startTracing } from '@dsp/common/tracing';

startTracing('foundation');
