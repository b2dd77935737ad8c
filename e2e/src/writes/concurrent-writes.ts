import type { Caller } from '@dsp/common';
import type { GraphQLResponse, Platform } from '../platform';

/** One request of a write-safety scenario: a creating mutation under an idempotency key, with one of two payloads. */
export interface KeyedWrite {
  key: string;
  /** 'first' is the payload the scenario means; 'other' reuses the key with another payload, which must be refused. */
  payload: 'first' | 'other';
  caller: Caller;
  query: string;
  variables: Record<string, unknown>;
  /** Where the created record's id is in the answer's data. */
  idOf: (data: Record<string, unknown>) => string;
}

export interface KeyedAnswer {
  write: KeyedWrite;
  response: GraphQLResponse;
}

/** What became of one key: the payload acknowledged (if any) and the id every acknowledgement returned. */
export interface KeyOutcome {
  payload: 'first' | 'other' | null;
  ids: Set<string>;
  codes: string[];
}

/**
 * Sends a key's writes the way clients misbehave: every key's first payload
 * twice at once and its other payload (when the scenario has one) in the
 * same instant, all keys together; then every first payload once more, a
 * replay after the fact.
 */
export async function sendKeyedWrites(platform: Platform, writes: KeyedWrite[]): Promise<KeyedAnswer[]> {
  const tokens = new Map<string, string>();
  const tokenFor = async (caller: Caller): Promise<string> => {
    const cached = tokens.get(caller.sub + caller.role);
    if (cached) return cached;
    const token = await platform.tokenFor(caller);
    tokens.set(caller.sub + caller.role, token);
    return token;
  };
  const send = async (write: KeyedWrite): Promise<KeyedAnswer> => ({
    write,
    response: await platform.query(await tokenFor(write.caller), write.query, write.variables),
  });
  const firsts = writes.filter((write) => write.payload === 'first');
  const burst = await Promise.all([...firsts, ...writes].map(send));
  const replays = await Promise.all(firsts.map(send));
  return [...burst, ...replays];
}

/** Per key: which payload won, the ids its acknowledgements returned, and the codes of the refusals. */
export function outcomesByKey(answers: KeyedAnswer[]): Map<string, KeyOutcome> {
  const outcomes = new Map<string, KeyOutcome>();
  for (const { write, response } of answers) {
    const outcome = outcomes.get(write.key) ?? { payload: null, ids: new Set<string>(), codes: [] };
    outcomes.set(write.key, outcome);
    const data = response.data;
    if (data && !response.errors) {
      if (outcome.payload !== null && outcome.payload !== write.payload)
        outcome.codes.push('BOTH_PAYLOADS_ACKNOWLEDGED');
      outcome.payload = write.payload;
      outcome.ids.add(write.idOf(data));
    } else {
      outcome.codes.push(...(response.errors ?? []).map((error) => String(error.extensions?.code)));
    }
  }
  return outcomes;
}

/** Runs `jobs` with at most `limit` in flight. */
export async function inParallel<T, R>(items: T[], limit: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await job(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
