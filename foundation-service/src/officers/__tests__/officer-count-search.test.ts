import { type Caller } from '@dsp/common';
import { TEST_NATIONAL_ADMIN, testRegionalHead } from '@dsp/testing';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { mayReadOfficerIdentity, officerListRegion } from '../../access/policy';
import { createFoundationDataSource } from '../../database';
import {
  startFoundationUnderTest,
  type FoundationUnderTest,
  type GraphQLResponse,
} from '../../testing/foundation-test-server';
import { OfficersRepository } from '../officers.repository';
import { searchWords } from '../officers.rules';

/**
 * The officers connection's totalCount (from region_staff_summary when there
 * are no search words) and its searches (through officer_search, migrations
 * OfficerSearch1765200000000 and OfficerSearchWithoutWindow1767300000000)
 * against the registry read directly as the superuser with the access rules
 * of policy.ts: for every caller and filter below, every page, the page
 * past the last one and the count are exactly the officers the caller may
 * read that match, in matricule order, as seeded, after a registration, a
 * transfer and a status change, and after a rolled-back change. The search
 * function, called directly as the application role, never returns an
 * officer outside the caller's reach.
 */

interface Row {
  matricule: string;
  regionCode: string;
  searchText: string;
  isHead: boolean;
}

interface Page {
  officers: {
    edges: Array<{ node: { matricule: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

const PAGE = `query Page($region: ID, $search: String, $after: String) {
  officers(region: $region, search: $search, first: 100, after: $after) {
    edges { node { matricule } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;
const REGISTER = `mutation ($input: RegisterOfficerInput!) { registerOfficer(input: $input) { matricule } }`;
const TRANSFER = `mutation ($input: TransferOfficerInput!) { transferOfficer(input: $input) { version } }`;
const STATUS = `mutation ($input: ChangeOfficerStatusInput!) { changeOfficerStatus(input: $input) { status } }`;

const MEDICAL_ADVISOR: Caller = { sub: 'advisor-1', role: 'MEDICAL_ADVISOR', region: null };
const FES_HEAD: Caller = testRegionalHead('FES');
const FES_AGENT: Caller = { sub: 'agent-fes', role: 'FOUNDATION_AGENT', region: 'FES' };
const RABAT_MUTUAL_AGENT: Caller = { sub: 'mutual-rabat', role: 'MUTUAL_AGENT', region: 'RABAT' };

/** A surname only the officer this test registers bears. */
const NEW_NAME = 'Zerhouniyat';

/** [caller, region asked, search] */
const LISTS: Array<[Caller, string | null, string | null]> = [
  [TEST_NATIONAL_ADMIN, null, null],
  [TEST_NATIONAL_ADMIN, 'RABAT', null],
  [TEST_NATIONAL_ADMIN, 'FES', null],
  [TEST_NATIONAL_ADMIN, null, 'mohammed'],
  [TEST_NATIONAL_ADMIN, null, 'Ahmed  ALAOUI'],
  [TEST_NATIONAL_ADMIN, 'FES', 'mohammed'],
  [TEST_NATIONAL_ADMIN, null, NEW_NAME],
  [TEST_NATIONAL_ADMIN, null, '1000'],
  [TEST_NATIONAL_ADMIN, null, 'a'],
  [TEST_NATIONAL_ADMIN, null, 'ben'],
  [TEST_NATIONAL_ADMIN, null, 'a mohammed'],
  [TEST_NATIONAL_ADMIN, 'RABAT', 'el'],
  [TEST_NATIONAL_ADMIN, null, 'a_b'],
  [TEST_NATIONAL_ADMIN, null, 'ah%ed'],
  [TEST_NATIONAL_ADMIN, null, 'benn\\ani'],
  [TEST_NATIONAL_ADMIN, null, '\\'],
  [MEDICAL_ADVISOR, null, null],
  [MEDICAL_ADVISOR, null, 'mohammed'],
  [FES_HEAD, null, null],
  [FES_HEAD, 'FES', 'mohammed'],
  [FES_HEAD, null, NEW_NAME],
  [FES_AGENT, null, null],
  [FES_AGENT, null, 'alaoui'],
  [FES_AGENT, null, 'a'],
  [FES_AGENT, null, 'ben'],
  [RABAT_MUTUAL_AGENT, null, null],
  [RABAT_MUTUAL_AGENT, null, 'mohammed'],
  [RABAT_MUTUAL_AGENT, null, NEW_NAME],
];

let foundation: FoundationUnderTest;
let app: Client;
let appData: DataSource;

beforeAll(async () => {
  foundation = await startFoundationUnderTest();
  app = new Client({ connectionString: foundation.database.appUrl });
  await app.connect();
  appData = await createFoundationDataSource({ url: foundation.database.appUrl, poolSize: 1 }).initialize();
});

afterAll(async () => {
  await appData.destroy();
  await app.end();
  await foundation.stop();
});

/** Every officer as the superuser sees it, in the database's matricule order. */
function registry(): Promise<Row[]> {
  return foundation.sql<Row>(
    `SELECT o.matricule, o.region_code AS "regionCode", o.search_text AS "searchText",
            EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = o.matricule) AS "isHead"
       FROM officer o ORDER BY o.matricule`,
  );
}

/** What `caller` may read of `rows` (policy.ts), within `region` when given, matching every word of `search`. */
function readable(rows: readonly Row[], caller: Caller, region: string | null, search: string | null): string[] {
  const words = searchWords(search);
  return rows
    .filter((row) => mayReadOfficerIdentity(caller, row))
    .filter((row) => region === null || row.regionCode === region)
    .filter((row) => words.every((word) => row.searchText.includes(word)))
    .map((row) => row.matricule);
}

/** Every page of a list through the API, then the page past the last one: the matricules in order and each page's totalCount. */
async function listAll(
  caller: Caller,
  region: string | null,
  search: string | null,
): Promise<{ matricules: string[]; totalCounts: number[] }> {
  const matricules: string[] = [];
  const totalCounts: number[] = [];
  let after: string | null = null;
  for (;;) {
    const response: GraphQLResponse<Page> = await foundation.query<Page>(PAGE, { region, search, after }, caller);
    expect(response.errors).toBeUndefined();
    const page: Page['officers'] = response.data!.officers;
    matricules.push(...page.edges.map((edge) => edge.node.matricule));
    totalCounts.push(page.totalCount);
    after = page.pageInfo.endCursor;
    if (!page.pageInfo.hasNextPage) break;
  }
  if (after !== null) {
    // Past the last page: no officer, and still the count of every match.
    const beyond = await foundation.query<Page>(PAGE, { region, search, after }, caller);
    expect(beyond.errors).toBeUndefined();
    expect(beyond.data!.officers.edges).toEqual([]);
    totalCounts.push(beyond.data!.officers.totalCount);
  }
  return { matricules, totalCounts };
}

async function expectListsMatchRegistry(): Promise<void> {
  const rows = await registry();
  for (const [caller, region, search] of LISTS) {
    const expected = readable(rows, caller, officerListRegion(caller, region) ?? null, search);
    const { matricules, totalCounts } = await listAll(caller, region, search);
    expect({ caller: caller.sub, region, search, matricules }).toEqual({
      caller: caller.sub,
      region,
      search,
      matricules: expected,
    });
    expect(new Set(totalCounts)).toEqual(new Set([expected.length]));
  }
}

/** The request settings of `caller`, as RequestScope applies them. */
const SETTINGS = `SELECT set_config('app.role', $1, true), set_config('app.region', $2, true), set_config('app.sub', $3, true)`;
const settingsOf = (caller: Caller): string[] => [caller.role, caller.region ?? '', caller.sub];

/** officer_search called directly as the application role under `caller`'s settings. */
async function searchAs(caller: Caller, words: string[], region: string | null): Promise<string[]> {
  await app.query('BEGIN');
  try {
    await app.query(SETTINGS, settingsOf(caller));
    const result = await app.query<{ matricule: string }>('SELECT officer_search($1, $2) AS matricule', [
      words,
      region,
    ]);
    return result.rows.map((row) => row.matricule).sort();
  } finally {
    await app.query('ROLLBACK');
  }
}

/** The repository's count without search words, under `caller`'s settings, and what counting the rows under row-level security gives. */
async function countsAs(caller: Caller, regionCode: string | null): Promise<{ count: number; rowCount: number }> {
  return appData.transaction(async (manager) => {
    await manager.query(SETTINGS, settingsOf(caller));
    const count = await new OfficersRepository(manager).count({ regionCode, words: [] });
    const [row] = await manager.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM officer WHERE $1::text IS NULL OR region_code = $1',
      [regionCode],
    );
    return { count, rowCount: row.n };
  });
}

describe('officer counts and searches', () => {
  it('list and count exactly what each caller may read, as seeded', async () => {
    const rows = await registry();
    expect(readable(rows, TEST_NATIONAL_ADMIN, null, 'mohammed').length).toBeGreaterThan(20);
    expect(readable(rows, FES_HEAD, 'FES', 'mohammed').length).toBeGreaterThan(0);
    expect(readable(rows, TEST_NATIONAL_ADMIN, null, 'ahmed alaoui').length).toBeGreaterThan(0);
    // Several pages of a search answered by officer_search.
    expect(readable(rows, TEST_NATIONAL_ADMIN, null, 'ben').length).toBeGreaterThan(200);
    await expectListsMatchRegistry();
  });

  it('count, without search words, what counting the rows under row-level security counts, for every role and region', async () => {
    const rows = await registry();
    const plainOfficer = rows.find((row) => !row.isHead && row.regionCode === 'TAZA')!;
    const headOfficer = rows.find((row) => row.isHead)!;
    const callers: Caller[] = [
      TEST_NATIONAL_ADMIN,
      MEDICAL_ADVISOR,
      FES_HEAD,
      FES_AGENT,
      RABAT_MUTUAL_AGENT,
      { sub: plainOfficer.matricule, role: 'OFFICER', region: null },
      { sub: headOfficer.matricule, role: 'OFFICER', region: null },
      { sub: 'head-without-region', role: 'REGIONAL_HEAD', region: null },
    ];
    for (const caller of callers) {
      for (const region of [null, 'FES', 'RABAT', 'TAZA', headOfficer.regionCode]) {
        const { count, rowCount } = await countsAs(caller, region);
        expect({ caller: caller.sub, region, count }).toEqual({ caller: caller.sub, region, count: rowCount });
        expect(count).toBe(readable(rows, caller, region, null).length);
      }
    }
  });

  it('follow a registration, a transfer and a status change, and forget a rolled-back change', async () => {
    const registered = await foundation.query<{ registerOfficer: { matricule: string } }>(
      REGISTER,
      {
        input: {
          matricule: 'CS000001',
          firstNameAr: 'سلمى',
          lastNameAr: 'الزرهوني',
          firstNameLatin: 'Salma',
          lastNameLatin: NEW_NAME,
          rank: 'INSPECTEUR',
          regionCode: 'FES',
          birthDate: '1994-02-11',
          serviceStartDate: '2019-09-01',
          idempotencyKey: 'count-search-register-1',
        },
      },
      FES_AGENT,
    );
    expect(registered.errors).toBeUndefined();
    expect((await listAll(FES_HEAD, null, NEW_NAME)).matricules).toEqual(['CS000001']);
    await expectListsMatchRegistry();

    const [mover] = await foundation.sql<{ matricule: string; version: number }>(
      `SELECT matricule, version FROM officer o WHERE region_code = 'FES' AND matricule <> 'CS000001'
          AND NOT EXISTS (SELECT 1 FROM head_appointment h WHERE h.officer_matricule = o.matricule) ORDER BY matricule LIMIT 1`,
    );
    for (const [matricule, version] of [
      ['CS000001', 1],
      [mover.matricule, mover.version],
    ] as const) {
      const moved = await foundation.query(
        TRANSFER,
        { input: { matricule, toRegionCode: 'RABAT', effectiveDate: '2026-11-01', expectedVersion: version } },
        FES_AGENT,
      );
      expect(moved.errors).toBeUndefined();
    }
    const deceased = await foundation.query(
      STATUS,
      {
        input: {
          matricule: mover.matricule,
          status: 'DECEASED',
          effectiveDate: '2026-11-02',
          expectedVersion: mover.version + 1,
        },
      },
      TEST_NATIONAL_ADMIN,
    );
    expect(deceased.errors).toBeUndefined();
    expect((await listAll(FES_HEAD, null, NEW_NAME)).matricules).toEqual([]);
    expect((await listAll(RABAT_MUTUAL_AGENT, null, NEW_NAME)).matricules).toEqual(['CS000001']);
    await expectListsMatchRegistry();

    const before = await countsAs(TEST_NATIONAL_ADMIN, 'TAZA');
    await expect(
      appData.transaction(async (manager) => {
        await manager.query(SETTINGS, settingsOf(TEST_NATIONAL_ADMIN));
        await manager.query(
          `INSERT INTO officer (matricule, first_name_ar, last_name_ar, first_name_latin, last_name_latin, rank, region_code, status, birth_date, service_start_date, search_text)
           VALUES ('CS000002', 'أ', 'ب', 'Amine', $1, 'BRIGADIER', 'TAZA', 'ACTIVE', '1985-01-01', '2008-01-01', $2)`,
          [NEW_NAME, `amine ${NEW_NAME.toLowerCase()} cs000002`],
        );
        await manager.query(`SELECT officer_transfer('CS000001', 2, 'TAZA', '2026-11-03')`);
        const repository = new OfficersRepository(manager);
        // The change is counted and found inside its own transaction.
        expect(await repository.count({ regionCode: 'TAZA', words: [] })).toBe(before.count + 2);
        const found = await repository.pageWithCount({ regionCode: null, words: [NEW_NAME.toLowerCase()] }, null, 10);
        expect({
          matricules: found.officers.map((officer) => officer.matricule),
          totalCount: found.totalCount,
        }).toEqual({
          matricules: ['CS000001', 'CS000002'],
          totalCount: 2,
        });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await countsAs(TEST_NATIONAL_ADMIN, 'TAZA')).toEqual(before);
    await expectListsMatchRegistry();
  });

  it('refuse an officer the list, as before', async () => {
    const [row] = await foundation.sql<{ matricule: string }>(
      'SELECT matricule FROM officer ORDER BY matricule LIMIT 1',
    );
    const refused = await foundation.query(
      PAGE,
      { region: null, search: 'mohammed', after: null },
      { sub: row.matricule, role: 'OFFICER', region: null },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('never hand out, through officer_search itself, an officer outside the caller’s reach', async () => {
    const rows = await registry();
    const rabat = rows.find((row) => row.regionCode === 'RABAT' && !row.isHead)!;
    const rabatHead = rows.find((row) => row.regionCode === 'RABAT' && row.isHead)!;
    const words = (row: Row): string[] => row.searchText.split(' ').slice(0, 2);

    expect(
      await searchAs({ sub: 'agent-rabat', role: 'FOUNDATION_AGENT', region: 'RABAT' }, words(rabat), null),
    ).toContain(rabat.matricule);
    expect(await searchAs(TEST_NATIONAL_ADMIN, words(rabat), 'RABAT')).toContain(rabat.matricule);
    // Another region's settings, with or without asking for RABAT: not the RABAT officer, only what that caller reads.
    for (const caller of [FES_HEAD, FES_AGENT, { sub: 'mutual-fes', role: 'MUTUAL_AGENT', region: 'FES' } as Caller]) {
      for (const region of [null, 'RABAT']) {
        const found = await searchAs(caller, words(rabat), region);
        expect(found).not.toContain(rabat.matricule);
        expect(found).toEqual(readable(rows, caller, region, words(rabat).join(' ')).sort());
      }
    }
    // Any other officer reads their own file and the heads, nothing else.
    const other = rows.find((row) => row.regionCode === 'TAZA' && !row.isHead)!;
    const officer: Caller = { sub: other.matricule, role: 'OFFICER', region: null };
    expect(await searchAs(officer, words(rabat), null)).toEqual(
      readable(rows, officer, null, words(rabat).join(' ')).sort(),
    );
    expect(await searchAs(officer, words(rabat), null)).not.toContain(rabat.matricule);
    expect(await searchAs(officer, words(other), null)).toContain(other.matricule);
    expect(await searchAs(FES_AGENT, words(rabatHead), 'RABAT')).toContain(rabatHead.matricule);
    // The registry feed's setting, or no setting at all: nothing.
    await app.query('BEGIN');
    const unset = await app.query('SELECT officer_search($1, NULL)', [words(rabatHead)]);
    await app.query(`SELECT set_config('app.role', 'REGISTRY_FEED', true)`);
    const feed = await app.query('SELECT officer_search($1, NULL)', [words(rabatHead)]);
    await app.query('ROLLBACK');
    expect(unset.rows).toEqual([]);
    expect(feed.rows).toEqual([]);
  });

  it('is executable by the application role and no one else but its owner', async () => {
    const [acl] = await foundation.sql<{ grantees: string[] }>(
      `SELECT array_agg(coalesce(nullif(a.grantee::regrole::text, '-'), 'PUBLIC') ORDER BY a.grantee::regrole::text) AS grantees
         FROM pg_proc p, aclexplode(p.proacl) a WHERE p.proname = 'officer_search' AND a.privilege_type = 'EXECUTE'`,
    );
    const owner = decodeURIComponent(new URL(foundation.database.ownerUrl).username);
    const application = decodeURIComponent(new URL(foundation.database.appUrl).username);
    expect(acl.grantees).toEqual([application, owner].sort());
  });
});
