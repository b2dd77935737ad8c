import { sequentialScans, StatementCapture, TEST_NATIONAL_ADMIN, type Caller } from '@dsp/common';
import { seedFoundationNational } from '../seed/national';
import { startFoundationUnderTest, type FoundationUnderTest } from '../testing/foundation-test-server';

/**
 * The registry's read paths stay on indexes at scale: about 135,000 rows of
 * the national data set's shape (25,000 officers with their dependents and
 * trainings, 10,000 applications), analysed; each API request below runs
 * through the service, and every statement it sent is planned again with
 * EXPLAIN as the application role under the same request settings. No plan
 * may read the officer table sequentially.
 *
 * Not here, because they do read it sequentially (BENCHMARKS.md has the
 * figures): the unfiltered national count (`totalCount` of every officer,
 * where the row-level policy is evaluated on each row whatever the plan) and
 * the name search outside a region filter: LIKE is not leakproof, so under
 * row-level security PostgreSQL applies it after the policy and cannot use
 * the trigram index for it.
 */
const HEAD_FES: Caller = { sub: 'test-head-fes', role: 'REGIONAL_HEAD', region: 'FES' };
const CONNECTION = 'edges { cursor node { matricule fullName rank region { code } } } pageInfo { hasNextPage endCursor } totalCount';

let foundation: FoundationUnderTest;
const capture = new StatementCapture();

beforeAll(async () => {
  foundation = await startFoundationUnderTest({ seed: false, queryLogger: capture });
  await seedFoundationNational(foundation.database.ownerUrl, { scale: { officers: 25_000, applications: 10_000 }, report: () => undefined });
  await foundation.sql('ANALYZE');
}, 300_000);
afterAll(async () => {
  await foundation.stop();
});

const REQUESTS: Array<[string, string, Record<string, unknown>, Caller]> = [
  ['a region’s officers', `query { officers(region: "FES", first: 50) { ${CONNECTION} } }`, {}, TEST_NATIONAL_ADMIN],
  ['a head’s own region by default', `query { officers(first: 20) { ${CONNECTION} } }`, {}, HEAD_FES],
  ['a search by name within a region', `query { officers(region: "RABAT", search: "khadija bennani", first: 20) { ${CONNECTION} } }`, {}, TEST_NATIONAL_ADMIN],
  ['an officer’s file', `query { officer(matricule: "112345") { matricule fullName dependents { id relation } } }`, {}, TEST_NATIONAL_ADMIN],
  ['the regional dashboard’s registry side', `query { region(code: "FES") { code staffCount currentHead { officer { matricule fullName } startDate } } }`, {}, HEAD_FES],
  ['every region with its staff', `query { regions { code staffCount } }`, {}, TEST_NATIONAL_ADMIN],
];

describe('query plans at scale', () => {
  it.each(REQUESTS)('%s reads officers through an index', async (_name, query, variables, caller) => {
    capture.reset();
    const result = await foundation.query(query, variables, caller);
    expect(result.errors).toBeUndefined();
    expect(capture.statements.length).toBeGreaterThan(0);
    expect(await sequentialScans(foundation.database.appUrl, capture.statements, ['officer'])).toEqual([]);
  });
});
