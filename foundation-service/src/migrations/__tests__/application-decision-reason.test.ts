import { createTestDatabase, type TestDatabase } from '@dsp/testing';
import type { DataSource } from 'typeorm';
import { createFoundationDataSource, migrateFoundation } from '../../database';
import { seededFoundationTemplate } from '../../testing/foundation-test-server';
import { undoThrough } from '../../testing/migrations';

/**
 * The upgrade path of ApplicationDecisionReason1768300000000: decisions
 * written before it, with their reasons in words only, get a code the
 * client can say in either language, and nothing typed is lost.
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

/** One application of each status, the lowest id, with the words its decision had before the migration. */
async function pick(status: string, reason: string): Promise<string> {
  const [row] = await dataSource.query<Array<{ id: string }>>(
    'SELECT min(id::text) AS id FROM application WHERE status = $1',
    [status],
  );
  expect(row?.id).toEqual(expect.any(String));
  await dataSource.query('UPDATE application SET decision_reason = $2 WHERE id = $1', [row.id, reason]);
  return row.id;
}

it('codes the reasons decisions gave in words, a promotion by its own code, and keeps the words', async () => {
  const undone = await undoThrough(dataSource, 'ApplicationDecisionReason1768300000000');
  const rejected = await pick('REJECTED', 'Dossier incomplet après relance');
  const waitlisted = await pick('WAITLISTED', 'Quota régional atteint');
  const promoted = await pick('APPROVED', "Promu depuis la liste d'attente après un désistement");
  const approved = await pick('PAID', 'Dossier complet, conditions remplies');
  const withdrawn = await pick('WITHDRAWN', 'Désistement du demandeur');

  expect(await migrateFoundation(database.ownerUrl)).toEqual(undone);
  const rows = await dataSource.query<Array<{ id: string; code: string | null; words: string | null }>>(
    'SELECT id, decision_reason_code AS code, decision_reason AS words FROM application WHERE id = ANY($1)',
    [[rejected, waitlisted, promoted, approved, withdrawn]],
  );
  const byId = new Map(rows.map((row) => [row.id, { code: row.code, words: row.words }]));
  expect(byId.get(rejected)).toEqual({ code: 'OTHER', words: 'Dossier incomplet après relance' });
  expect(byId.get(waitlisted)).toEqual({ code: 'OTHER', words: 'Quota régional atteint' });
  expect(byId.get(promoted)).toEqual({ code: 'PROMOTED_FROM_WAITLIST', words: null });
  expect(byId.get(approved)).toEqual({ code: null, words: 'Dossier complet, conditions remplies' });
  expect(byId.get(withdrawn)).toEqual({ code: null, words: 'Désistement du demandeur' });

  await expect(
    dataSource.query("UPDATE application SET decision_reason_code = 'LATE' WHERE id = $1", [rejected]),
  ).rejects.toThrow(/decision_reason_code_check/);
});
