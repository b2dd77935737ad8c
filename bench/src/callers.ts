import { type Caller, REGION_CODES, type RegionCode, signUserToken } from '@dsp/common';
import type { KeyObject } from 'node:crypto';

/** A caller with their own bearer token. */
export interface SignedCaller {
  caller: Caller;
  authorization: string;
}

/**
 * Bearer tokens signed before a case starts (signing is the identity
 * provider's work, not the platform's), handed out one per request. Every
 * token's text is distinct, even for the same subject (each has its own
 * expiry). A case that runs past the pool starts it again; `reused` says how
 * many requests got a token a previous request had sent.
 */
export class TokenPool {
  private handed = 0;

  private constructor(private readonly signed: readonly SignedCaller[]) {}

  static async sign(privateKey: KeyObject, callers: readonly Caller[]): Promise<TokenPool> {
    const signed: SignedCaller[] = [];
    for (let i = 0; i < callers.length; i++) {
      // A distinct expiry per token: two tokens of one subject signed in the same second differ.
      const token = await signUserToken(privateKey, callers[i], { ttlSeconds: 4 * 3600 + i });
      signed.push({ caller: callers[i], authorization: `Bearer ${token}` });
    }
    return new TokenPool(signed);
  }

  next(): SignedCaller {
    return this.signed[this.handed++ % this.signed.length];
  }

  /** Requests that got a token an earlier request had sent (0 unless the case outran the pool). */
  get reused(): number {
    return Math.max(0, this.handed - this.signed.length);
  }
}

/** A foundation agent of `region` whose subject (`bench-agent-<id>`) no other caller of the run has. */
export function foundationAgent(region: RegionCode, id: string): Caller {
  return { sub: `bench-agent-${id}`, role: 'FOUNDATION_AGENT', region };
}

/** A mutual agent of `region` whose subject (`bench-claims-<id>`) no other caller of the run has. */
export function mutualAgent(region: RegionCode, id: string): Caller {
  return { sub: `bench-claims-${id}`, role: 'MUTUAL_AGENT', region };
}

/**
 * The dashboard's distinct callers, `count` of them, through the seventeen
 * regions in turn: one in two the region's head (there are seventeen heads:
 * their subjects recur, each request with a new token), the other a
 * foundation agent of the region seen nowhere else (a new subject every
 * time; `tag` keeps the subjects of different cases apart).
 */
export function dashboardCallers(heads: ReadonlyMap<RegionCode, string>, count: number, tag: string): Caller[] {
  const callers: Caller[] = [];
  for (let i = 0; i < count; i++) {
    const region = REGION_CODES[Math.floor(i / 2) % REGION_CODES.length];
    callers.push(
      i % 2 === 0
        ? { sub: heads.get(region) ?? '', role: 'REGIONAL_HEAD', region }
        : foundationAgent(region, `${tag}-${i}`),
    );
  }
  return callers;
}
