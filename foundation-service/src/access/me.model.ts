import type { Caller } from '@dsp/common';

/** `Me` is the verified caller itself: sub, role and region come from the gateway's identity, never from the client. */
export type MeModel = Caller;
