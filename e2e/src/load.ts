import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** How one response to the dashboard was judged. */
export type Outcome = 'full' | 'partial' | 'failed';

interface DashboardBody {
  data?: { region?: { nameFr?: string; health?: unknown } | null } | null;
  errors?: { extensions?: { code?: string; service?: string } }[];
}

/**
 * A RegionalDashboard answer while the mutual is failing. Full: both halves.
 * Partial: the foundation half, the mutual's half null and named
 * SUBGRAPH_UNAVAILABLE. Anything else failed.
 */
export function judgeDashboard(status: number, body: unknown): Outcome {
  const answer = body as DashboardBody | undefined;
  if (status !== 200 || !answer?.data?.region?.nameFr) return 'failed';
  if (!answer.errors && answer.data.region.health) return 'full';
  const codes = answer.errors?.map((error) => `${error.extensions?.code}:${error.extensions?.service}`) ?? [];
  return codes.length > 0 &&
    codes.every((code) => code === 'SUBGRAPH_UNAVAILABLE:mutual') &&
    answer.data.region.health === null
    ? 'partial'
    : 'failed';
}

export interface Sample {
  at: number;
  outcome: Outcome;
  detail?: string;
}

export interface LoadResult {
  samples: Sample[];
  count(outcome: Outcome, from?: number, to?: number): number;
}

/**
 * A closed-loop load: `connections` workers each send the request again as
 * soon as the previous answer arrives, until `stop()`. Every answer is judged
 * by `judge`; a refused or broken connection is 'failed'.
 */
export function startLoad(
  connections: number,
  send: () => Promise<Response>,
  judge: (status: number, body: unknown) => Outcome,
): { stop: () => Promise<LoadResult> } {
  const samples: Sample[] = [];
  let running = true;
  const worker = async (): Promise<void> => {
    while (running) {
      try {
        const response = await send();
        const body: unknown = await response.json().catch(() => undefined);
        const outcome = judge(response.status, body);
        samples.push({
          at: Date.now(),
          outcome,
          ...(outcome === 'failed' ? { detail: `${response.status} ${JSON.stringify(body).slice(0, 300)}` } : {}),
        });
      } catch (error) {
        samples.push({ at: Date.now(), outcome: 'failed', detail: describe(error) });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };
  const workers = Array.from({ length: connections }, worker);
  return {
    stop: async () => {
      running = false;
      await Promise.all(workers);
      return {
        samples,
        count: (outcome, from = 0, to = Number.POSITIVE_INFINITY) =>
          samples.filter((sample) => sample.outcome === outcome && sample.at >= from && sample.at < to).length,
      };
    },
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error
    ? `${error.message}: ${(cause as NodeJS.ErrnoException).code ?? cause.message}`
    : error.message;
}

/** Seconds of load for the fault tests: short in `npm test`, longer in `npm run test:faults`. */
export function loadSeconds(short: number): number {
  const configured = Number(process.env.FAULT_LOAD_SECONDS);
  return Number.isFinite(configured) && configured > 0 ? configured : short;
}

export interface ReliabilityRecord {
  test: string;
  did: string;
  requests: number;
  failed: number;
  observed: string;
}

/** Keeps one test's figures for RELIABILITY.md (written by `npm run test:faults`). */
export function recordReliability(record: ReliabilityRecord): void {
  const dir = path.resolve(__dirname, '..', '..', 'test-output', 'reliability');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, `${record.test.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.json`),
    `${JSON.stringify(record, null, 2)}\n`,
  );
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
