import { todayUtc } from '@dsp/common';
import { createTestGatewayIdentity, TEST_NATIONAL_ADMIN } from '@dsp/testing';
import { startFoundationService } from 'foundation-service';
import { loadSeconds, recordReliability, sleep, startLoad, type Outcome } from '../../load';
import { startProcessPlatform, type ProcessPlatform } from '../../processes';
import { registryFeedCheck, registryFeedHead, waitForRegistryFeed } from '../../registry-feed';
import { sql } from '../sql';
import type { RegistryFeedStatus } from 'mutual-service';

/**
 * The registry feed when the foundation is away: the mutual keeps serving,
 * its lag grows (in /ready and in its metrics), registry changes keep being
 * made (through another foundation replica on the same database), and once
 * the foundation is back the mutual catches up with every change applied
 * exactly once.
 */

const TRANSFER = `mutation ($input: TransferOfficerInput!) { transferOfficer(input: $input) { version } }`;
const QUEUE = JSON.stringify({
  query: '{ claimQueue(stage: AWAITING_REVIEW, region: "FES", first: 5) { totalCount } }',
});

function judge(status: number, body: unknown): Outcome {
  const answer = body as { data?: { claimQueue?: { totalCount?: number } }; errors?: unknown } | undefined;
  return status === 200 && !answer?.errors && typeof answer?.data?.claimQueue?.totalCount === 'number'
    ? 'full'
    : 'failed';
}

describe('registry feed with the foundation stopped (separate processes)', () => {
  let platform: ProcessPlatform;
  beforeAll(async () => {
    platform = await startProcessPlatform();
  }, 180_000);
  afterAll(() => platform.stop());

  const readyUrl = (): string => platform.serviceUrl('mutual', '/ready');
  const feed = (): Promise<{ status: number; details: RegistryFeedStatus }> => registryFeedCheck(readyUrl());
  const metric = async (name: string): Promise<number> => {
    const text = await (await fetch(platform.metricsUrl('mutual'))).text();
    return [...text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'gm'))].reduce(
      (sum, match) => sum + Number(match[1]),
      0,
    );
  };
  const feedHead = (): Promise<number> => registryFeedHead(platform.databases.foundation.superuserUrl);
  const waitInStep = (timeoutMs: number): Promise<RegistryFeedStatus> =>
    waitForRegistryFeed(readyUrl(), platform.databases.foundation.superuserUrl, timeoutMs);

  it('keeps serving, reports a growing lag, and catches up after the restart with nothing missed or applied twice', async () => {
    const today = todayUtc();
    const officers = await sql<{ matricule: string; version: number }>(
      platform.databases.foundation.superuserUrl,
      `SELECT matricule, version FROM officer o WHERE region_code = 'OUJDA' AND status = 'ACTIVE'
          AND NOT EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = o.matricule)
        ORDER BY matricule LIMIT 13`,
    );
    expect(officers).toHaveLength(13);
    await waitInStep(30_000);

    // Three transfers through the gateway while everything runs.
    const token = await platform.tokenFor(TEST_NATIONAL_ADMIN);
    for (const officer of officers.slice(0, 3)) {
      const response = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: TRANSFER,
          variables: {
            input: {
              matricule: officer.matricule,
              toRegionCode: 'TAZA',
              effectiveDate: today,
              expectedVersion: officer.version,
            },
          },
        }),
      });
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    }
    await waitInStep(30_000);
    const appliedBefore = await metric('registry_feed_events_applied_total');

    const seconds = loadSeconds(6);
    const send = (): Promise<Response> =>
      fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: QUEUE,
        signal: AbortSignal.timeout(10_000),
      });
    const load = startLoad(4, send, judge);
    await sleep(1_000);
    await platform.kill('foundation', 'SIGTERM');
    const stoppedAt = Date.now();
    const early = await feed();

    // Ten more transfers while the feed is out of the mutual's reach, through another foundation replica.
    const identity = createTestGatewayIdentity();
    const replica = await startFoundationService({
      databaseUrl: platform.databases.foundation.appUrl,
      port: 0,
      host: '127.0.0.1',
      gatewayPublicKey: identity.publicKey,
    });
    try {
      for (const officer of officers.slice(3)) {
        const response = await fetch(replica.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(await identity.headersFor(TEST_NATIONAL_ADMIN, 'foundation')),
          },
          body: JSON.stringify({
            query: TRANSFER,
            variables: {
              input: {
                matricule: officer.matricule,
                toRegionCode: 'TAZA',
                effectiveDate: today,
                expectedVersion: officer.version,
              },
            },
          }),
        });
        expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
      }
    } finally {
      await replica.stop();
    }
    await sleep(Math.max(0, (seconds * 1000) / 2 - (Date.now() - stoppedAt)));
    const late = await feed();
    const secondsBehindMetric = await metric('registry_feed_lag_seconds');

    await platform.start('foundation');
    const restartedAt = Date.now();
    const caughtUp = await waitInStep(120_000);
    const catchUpMs = Date.now() - restartedAt;
    await sleep(1_000);
    const result = await load.stop();
    const appliedAfter = await metric('registry_feed_events_applied_total');
    const moved = await sql<{ region_code: string }>(
      platform.databases.mutual.superuserUrl,
      `SELECT DISTINCT region_code FROM beneficiary WHERE officer_matricule = ANY($1)`,
      [officers.map((officer) => officer.matricule)],
    );
    const failed = result.samples.filter((sample) => sample.outcome === 'failed');

    recordReliability({
      test: 'registry feed: foundation stopped while registry changes continue',
      did: `claim queue through the gateway at 4 connections for ${result.samples.length} requests; SIGTERM to the foundation, 10 transfers through another foundation replica, the foundation serving again ${Math.round((restartedAt - stoppedAt) / 1000)} s after the stop`,
      requests: result.samples.length,
      failed: failed.length,
      observed: `mutual stayed ready (HTTP ${late.status}); lag ${early.details.secondsBehind} → ${late.details.secondsBehind} s behind while the feed was unreachable; caught up ${late.details.cursor} → ${caughtUp.cursor} ${catchUpMs} ms after the restart; ${appliedAfter - appliedBefore} events applied for 10 changes`,
    });
    expect(failed.slice(0, 3)).toEqual([]);
    expect(late.status).toBe(200);
    expect(late.details.foundationReachable).toBe(false);
    expect(late.details.secondsBehind).toBeGreaterThan(early.details.secondsBehind);
    expect(secondsBehindMetric).toBeGreaterThan(0);
    expect(caughtUp).toMatchObject({ eventsBehind: 0, foundationReachable: true, cursor: await feedHead() });
    expect(appliedAfter - appliedBefore).toBe(10);
    expect(moved).toEqual([{ region_code: 'TAZA' }]);
  }, 240_000);
});
