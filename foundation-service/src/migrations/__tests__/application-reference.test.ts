import { createTestDatabase, type TestDatabase } from '@dsp/testing';
import type { DataSource } from 'typeorm';
import { createFoundationDataSource, migrateFoundation } from '../../database';
import { seededFoundationTemplate } from '../../testing/foundation-test-server';
import { undoThrough } from '../../testing/migrations';

/**
 * The upgrade path of ApplicationReference1768100000000: a database whose
 * applications were submitted before references gets one for each, numbered
 * per year in the order of submission, and the figures the summaries keep
 * are left as they were.
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

const SUMMARIES = `SELECT (SELECT jsonb_agg(s ORDER BY s) FROM application_summary s) AS applications,
                          (SELECT jsonb_agg(m ORDER BY m) FROM application_month_summary m) AS months`;

it('numbers the applications already submitted, per year in the order of submission, and leaves the summaries as they were', async () => {
  // Back to the database as it was before this migration: it, and any that came after it, undone.
  const undone = await undoThrough(dataSource, 'ApplicationReference1768100000000');
  const summaries = await dataSource.query<unknown[]>(SUMMARIES);

  expect(await migrateFoundation(database.ownerUrl)).toEqual(undone);
  const numbered = await dataSource.query<Array<{ reference: string; expected: string }>>(
    `SELECT reference,
            'DS-' || extract(year FROM submitted_at AT TIME ZONE 'UTC')::int || '-' ||
              lpad((row_number() OVER (PARTITION BY extract(year FROM submitted_at AT TIME ZONE 'UTC') ORDER BY submitted_at, id))::text, 7, '0') AS expected
       FROM application`,
  );
  expect(numbered.length).toBeGreaterThan(100);
  expect(numbered.filter((row) => row.reference !== row.expected)).toEqual([]);
  expect(await dataSource.query(SUMMARIES)).toEqual(summaries);

  const [created] = await dataSource.query<Array<{ reference: string }>>(
    `INSERT INTO application (campaign_id, officer_matricule, region_code, status, amount, submitted_at, ranking_score, beneficiary_kind)
     SELECT campaign_id, officer_matricule, region_code, 'WITHDRAWN', amount, now(), 0, beneficiary_kind FROM application LIMIT 1
     RETURNING reference`,
  );
  expect(created?.reference).toBe(`DS-${new Date().getUTCFullYear()}-100001`);
});
