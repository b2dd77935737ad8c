import { type Caller, REGION_CODES, type RegionCode } from '@dsp/common';
import type { KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { dashboardCallers, foundationAgent, mutualAgent, TokenPool } from './callers';
import { type Call, withoutErrors } from './workload';

/**
 * The mixed load: what the platform's users do at once, each request from
 * its own caller with its own token. The shares are of requests, drawn in a
 * fixed repeating order so that every run sends the same mix.
 */
export const MIXED_SHARES: ReadonlyArray<readonly [MixedOperation, number]> = [
  ['RegionalDashboard (head, or foundation agent without health)', 30],
  ['Officers search (mutual agent, own region)', 12],
  ['Officers page with coverage (mutual agent, own region)', 8],
  ['ApplicationQueue to decide (head)', 10],
  ['ClaimQueue awaiting review (mutual agent)', 10],
  ['submitApplication (foundation agent)', 10],
  ['decideApplication (head)', 10],
  ['submitClaim (mutual agent)', 10],
];
export type MixedOperation =
  | 'RegionalDashboard (head, or foundation agent without health)'
  | 'Officers search (mutual agent, own region)'
  | 'Officers page with coverage (mutual agent, own region)'
  | 'ApplicationQueue to decide (head)'
  | 'ClaimQueue awaiting review (mutual agent)'
  | 'submitApplication (foundation agent)'
  | 'decideApplication (head)'
  | 'submitClaim (mutual agent)';

const operation = (root: string, name: string): string =>
  readFileSync(path.join(root, 'schemas', 'operations', `${name}.graphql`), 'utf8');

/** Words of officers' names that the search looks up, a few per script. */
const SEARCH_WORDS = ['mohammed', 'fatima', 'youssef', 'khadija', 'said', 'benani', 'alaoui', 'محمد', 'فاطمة'];

export interface MixedSetup {
  root: string;
  gatewayUrl: string;
  /** Superuser URLs of the two databases, to find what the writes can act on. */
  foundationDatabase: string;
  mutualDatabase: string;
  userKey: KeyObject;
  heads: ReadonlyMap<RegionCode, string>;
  /** How many requests the load may send at most (tokens and write targets are prepared for that many). */
  requests: number;
}

/** What the writes act on, per region, read from the databases once before the load. */
interface Targets {
  activeOfficers: Map<string, string[]>;
  underReview: Map<string, Array<{ id: string; version: number }>>;
  covered: Map<string, string[]>;
  providers: Map<string, string[]>;
}

function byRegion<T>(rows: ReadonlyArray<{ region_code: string }>, value: (row: never) => T): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.region_code) ?? [];
    list.push(value(row as never));
    map.set(row.region_code, list);
  }
  return map;
}

async function rows<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T & object>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function readTargets(setup: MixedSetup): Promise<Targets> {
  const officers = await rows<{ region_code: string; matricule: string }>(
    setup.foundationDatabase,
    `SELECT region_code, matricule FROM officer WHERE status = 'ACTIVE' ORDER BY matricule`,
  );
  const applications = await rows<{ region_code: string; id: string; version: number }>(
    setup.foundationDatabase,
    `SELECT region_code, id, version FROM application WHERE status = 'UNDER_REVIEW' ORDER BY id`,
  );
  const covered = await rows<{ region_code: string; person_id: string }>(
    setup.mutualDatabase,
    `SELECT b.region_code, b.person_id FROM beneficiary b JOIN coverage c ON c.beneficiary_id = b.person_id
      WHERE c.end_date IS NULL AND c.start_date <= current_date - 30 ORDER BY b.person_id`,
  );
  const providers = await rows<{ region_code: string; id: string }>(
    setup.mutualDatabase,
    `SELECT region_code, id FROM provider ORDER BY id`,
  );
  return {
    activeOfficers: byRegion(officers, (row: { matricule: string }) => row.matricule),
    underReview: byRegion(applications, (row: { id: string; version: number }) => ({
      id: row.id,
      version: row.version,
    })),
    covered: byRegion(covered, (row: { person_id: string }) => row.person_id),
    providers: byRegion(providers, (row: { id: string }) => row.id),
  };
}

async function graphql(url: string, authorization: string, query: string, variables: object): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!response.ok || body.errors) throw new Error(`the mixed load's set-up failed: ${JSON.stringify(body)}`);
  return body.data;
}

const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A campaign open today with an allocation in every region large enough for
 * every application the load submits, created through the gateway by the
 * national administration. Each run opens its own (a new season label), so
 * the officers applying to it have not applied before.
 */
async function openCampaign(setup: MixedSetup, run: string): Promise<string> {
  const programme = await rows<{ id: string }>(
    setup.foundationDatabase,
    `SELECT id FROM programme WHERE kind = 'EXCEPTIONAL_AID'`,
  );
  const admin = await TokenPool.sign(setup.userKey, [{ sub: 'bench-national', role: 'NATIONAL_ADMIN', region: null }]);
  const authorization = admin.next().authorization;
  const created = (await graphql(
    setup.gatewayUrl,
    authorization,
    `
      mutation BenchCampaign($input: CreateCampaignInput!) {
        createCampaign(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        programmeId: programme[0]?.id,
        season: `bench ${run}`,
        year: new Date().getUTCFullYear(),
        opensOn: day(-1),
        closesOn: day(365),
        benefitAmount: '1000.00',
        eligibility: { beneficiaryKinds: ['OFFICER'], officerStatuses: ['ACTIVE'] },
        idempotencyKey: `bench-campaign-${run}`,
      },
    },
  )) as { createCampaign: { id: string } };
  const campaignId = created.createCampaign.id;
  for (const regionCode of REGION_CODES) {
    await graphql(
      setup.gatewayUrl,
      authorization,
      `
        mutation BenchAllocation($input: SetCampaignAllocationInput!) {
          setCampaignAllocation(input: $input) {
            remainingQuota
          }
        }
      `,
      { input: { campaignId, regionCode, allocated: '100000000.00', quota: 100_000 } },
    );
  }
  return campaignId;
}

/**
 * Prepares the mixed load (a campaign to apply to, the callers' tokens, the
 * officers, applications and beneficiaries the writes act on) and returns
 * its requests, one per call, in the order MIXED_SHARES sets, each region in
 * turn. The writes change the data set: the mixed load runs after every case
 * that compares answers exactly.
 */
export async function mixedLoad(
  setup: MixedSetup,
): Promise<{ next: () => Call; tokens: TokenPool; exhausted: () => string[] }> {
  const run = new Date().toISOString().replace(/[^0-9]/g, '');
  const [targets, campaignId] = await Promise.all([readTargets(setup), openCampaign(setup, run)]);
  const schedule = MIXED_SHARES.flatMap(([op, share]) => Array<MixedOperation>(share).fill(op));
  // Spread each operation through the cycle rather than in blocks: a stride coprime with its length.
  const order = schedule.map((_, i) => schedule[(i * 37) % schedule.length]);
  const callers: Caller[] = [];
  const dashboards = dashboardCallers(setup.heads, setup.requests, `mixed-${run}`);
  for (let i = 0; i < setup.requests; i++) {
    const op = order[i % order.length];
    const region = REGION_CODES[i % REGION_CODES.length];
    const head: Caller = { sub: setup.heads.get(region) ?? '', role: 'REGIONAL_HEAD', region };
    callers.push(
      op.startsWith('RegionalDashboard')
        ? dashboards[i]
        : op.includes('(head)')
          ? head
          : op.includes('mutual agent')
            ? mutualAgent(region, `mixed-${run}-${i}`)
            : foundationAgent(region, `mixed-${run}-${i}`),
    );
  }
  const tokens = await TokenPool.sign(setup.userKey, callers);
  const queries = {
    dashboard: operation(setup.root, 'RegionalDashboard'),
    officers: operation(setup.root, 'Officers'),
    applicationQueue: operation(setup.root, 'ApplicationQueue'),
    claimQueue: operation(setup.root, 'ClaimQueue'),
    submitApplication: operation(setup.root, 'SubmitApplication'),
    decideApplication: operation(setup.root, 'DecideApplication'),
    submitClaim: operation(setup.root, 'SubmitClaim'),
  };
  const used = new Map<string, number>();
  const exhausted = new Set<string>();
  /** The next unused target of a region's list; past its end, the list again (the write then fails, and says so). */
  const take = <T>(kind: string, lists: Map<string, T[]>, region: string): T | undefined => {
    const list = lists.get(region) ?? [];
    const key = `${kind} ${region}`;
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    if (n >= list.length) exhausted.add(kind);
    return list.length ? list[n % list.length] : undefined;
  };
  let position = 0;
  const next = (): Call => {
    const i = position++;
    const op = order[i % order.length];
    const { caller, authorization } = tokens.next();
    const region = caller.region ?? '';
    const body = (query: string, variables: object): string => JSON.stringify({ query, variables });
    const key = `bench-${run}-${i}`;
    let payload: string;
    switch (op) {
      case 'RegionalDashboard (head, or foundation agent without health)':
        payload = body(queries.dashboard, { code: region, withHealth: caller.role === 'REGIONAL_HEAD' });
        break;
      case 'Officers search (mutual agent, own region)':
        payload = body(queries.officers, { region, search: SEARCH_WORDS[i % SEARCH_WORDS.length], first: 20 });
        break;
      case 'Officers page with coverage (mutual agent, own region)':
        payload = body(queries.officers, { region, first: 20 });
        break;
      case 'ApplicationQueue to decide (head)':
        payload = body(queries.applicationQueue, { queue: 'TO_DECIDE', region, first: 20 });
        break;
      case 'ClaimQueue awaiting review (mutual agent)':
        payload = body(queries.claimQueue, { stage: 'AWAITING_REVIEW', region, first: 20 });
        break;
      case 'submitApplication (foundation agent)':
        payload = body(queries.submitApplication, {
          input: { campaignId, matricule: take('officers', targets.activeOfficers, region), idempotencyKey: key },
        });
        break;
      case 'decideApplication (head)': {
        const application = take('applications under review', targets.underReview, region);
        payload = body(queries.decideApplication, {
          input: {
            applicationId: application?.id,
            decision: 'REJECT',
            reasonCode: 'INCOMPLETE_FILE',
            reason: 'Bench: the file is incomplete.',
            expectedVersion: application?.version,
          },
        });
        break;
      }
      case 'submitClaim (mutual agent)': {
        const providers = targets.providers.get(region) ?? [];
        payload = body(queries.submitClaim, {
          input: {
            beneficiaryId: take('covered beneficiaries', targets.covered, region),
            providerId: providers[i % Math.max(1, providers.length)],
            careType: 'PHARMACY',
            careStartDate: day(-3 - (i % 20)),
            careEndDate: day(-3 - (i % 20)),
            diagnosisCodes: ['J06.9'],
            lines: [{ actCode: 'PHG', quantity: 1 + (i % 3), unitPrice: '32.00' }],
            idempotencyKey: key,
          },
        });
        break;
      }
    }
    return { op, headers: { authorization }, body: payload, check: withoutErrors };
  };
  return { next, tokens, exhausted: () => [...exhausted] };
}
