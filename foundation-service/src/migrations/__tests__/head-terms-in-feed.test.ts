import { createTestDatabase, type TestDatabase } from '@dsp/testing';
import type { DataSource } from 'typeorm';
import { createFoundationDataSource, migrateFoundation } from '../../database';
import { seededFoundationTemplate } from '../../testing/foundation-test-server';
import { undoThrough } from '../../testing/migrations';

/**
 * The upgrade path of HeadTermsInFeed1766100000002: a database whose heads
 * were appointed before head terms travelled on the registry feed gets one
 * event per term, so a mutual already in step learns every head from the feed.
 */
let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('foundation', await seededFoundationTemplate());
  dataSource = await createFoundationDataSource({ url: database.ownerUrl, poolSize: 1 }).initialize();
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

interface TermEvent {
  type: string;
  entity_id: string;
  term: { regionCode: string; officerMatricule: string; startDate: string; endDate: string | null };
}

it('appends a head_term event for every appointment already recorded, after the events already in the feed', async () => {
  // Back to the database as it was before HeadTermsInFeed (the migrations after it undone first).
  await undoThrough(dataSource, 'HeadTermsInFeed1766100000002');
  const [{ head }] = await dataSource.query<Array<{ head: number }>>(
    'SELECT max(sequence)::int AS head FROM registry_event',
  );
  const terms = await dataSource.query<Array<{ region_code: string; officer_matricule: string; start_date: string }>>(
    `SELECT region_code, officer_matricule, to_char(start_date, 'YYYY-MM-DD') AS start_date FROM head_appointment ORDER BY start_date, region_code`,
  );
  expect(terms).toHaveLength(17);

  expect((await migrateFoundation(database.ownerUrl))[0]).toBe('HeadTermsInFeed1766100000002');
  const events = await dataSource.query<TermEvent[]>(
    `SELECT type, entity_id, data->'term' AS term FROM registry_event WHERE sequence > $1 ORDER BY sequence`,
    [head],
  );
  expect(events).toEqual(
    terms.map((term) => ({
      type: 'HEAD_APPOINTED',
      entity_id: `${term.region_code}:${term.start_date}`,
      term: {
        regionCode: term.region_code,
        officerMatricule: term.officer_matricule,
        startDate: term.start_date,
        endDate: null,
      },
    })),
  );
});
