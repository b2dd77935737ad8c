import { type Caller } from '@dsp/common';
import { testRegionalHead } from '@dsp/testing';
import { operation, startPlatform, type Platform } from '../platform';
import { waitForRegistryFeed } from '../registry-feed';
import { sql } from './sql';

/**
 * Heads are who the appointments say, on both halves of the dashboard: once
 * the national administration appoints a successor, the previous head's
 * token (still valid) reads neither the foundation's nor the mutual's side of
 * the region, as soon as the registry feed has brought the new term to the
 * mutual; the successor reads both.
 */
const DASHBOARD = operation('RegionalDashboard');
const ADMIN: Caller = { sub: 'admin', role: 'NATIONAL_ADMIN', region: null };
const QUEUE = 'query { claimQueue(stage: AWAITING_CHECK, first: 1) { totalCount } }';
const APPOINT = 'mutation ($input: AppointHeadInput!) { appointHead(input: $input) { id } }';

interface Dashboard {
  region: {
    currentHead: { officer: { matricule: string } } | null;
    social: { openApplications: number } | null;
    health: { claimsThisYear: number } | null;
  } | null;
}

let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform.stop();
});

it('refuses the replaced head both halves of the dashboard once the feed has applied the appointment, and gives them to the successor', async () => {
  const oldHead = await platform.tokenFor(testRegionalHead('FES'));
  const before = await platform.query<Dashboard>(oldHead, DASHBOARD, { code: 'FES' });
  expect(before.errors).toBeUndefined();
  expect(before.data?.region?.health?.claimsThisYear).toBeGreaterThan(0);
  expect((await platform.query(oldHead, QUEUE)).errors).toBeUndefined();

  const [{ matricule: successor }] = await sql<{ matricule: string }>(
    platform.foundation.db.superuserUrl,
    `SELECT o.matricule FROM officer o
      WHERE o.region_code = 'FES' AND o.status = 'ACTIVE' AND o.service_start_date <= DATE '2006-01-01'
        AND NOT EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = o.matricule)
      ORDER BY o.matricule LIMIT 1`,
  );
  await sql(
    platform.foundation.db.superuserUrl,
    `INSERT INTO training (officer_matricule, code, title, completed_on) VALUES ($1, 'SOCIAL_CASE_MANAGEMENT', 'Social case management', DATE '2020-01-01') ON CONFLICT DO NOTHING`,
    [successor],
  );
  const appointed = await platform.query(await platform.tokenFor(ADMIN), APPOINT, {
    input: {
      regionCode: 'FES',
      matricule: successor,
      startDate: '2026-01-15',
      decisionReference: 'DGSN/DRH/2026/FES-15',
      idempotencyKey: 'e2e-replaced-head-1',
    },
  });
  expect(appointed.errors).toBeUndefined();
  await waitForRegistryFeed(
    platform.mutual.server.url.replace(/\/graphql$/, '/ready'),
    platform.foundation.db.superuserUrl,
  );

  const after = await platform.query<Dashboard>(oldHead, DASHBOARD, { code: 'FES' });
  expect(after.data?.region ?? null).toBeNull();
  const refusals = after.errors ?? [];
  expect(refusals.length).toBeGreaterThan(0);
  expect(refusals.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
  expect(refusals.map((error) => error.message).join(' ')).toContain('no longer) the head of region FES');
  // The mutual's own root field: its head check, not the foundation's, refuses it.
  const queue = await platform.query(oldHead, QUEUE);
  expect(queue.errors?.[0]).toMatchObject({
    message: expect.stringContaining('no longer) the head of region FES') as unknown,
    extensions: { code: 'FORBIDDEN' },
  });

  const fresh = await platform.query<Dashboard>(
    await platform.tokenFor({ sub: successor, role: 'REGIONAL_HEAD', region: 'FES' }),
    DASHBOARD,
    { code: 'FES' },
  );
  expect(fresh.errors).toBeUndefined();
  expect(fresh.data?.region?.currentHead?.officer.matricule).toBe(successor);
  expect(fresh.data?.region?.health).toEqual(before.data?.region?.health);
  expect(fresh.data?.region?.social).toEqual(before.data?.region?.social);
  expect(
    (await platform.query(await platform.tokenFor({ sub: successor, role: 'REGIONAL_HEAD', region: 'FES' }), QUEUE))
      .errors,
  ).toBeUndefined();
});
