import { createTestDatabase, type TestDatabase } from '@dsp/testing';
import type { DataSource } from 'typeorm';
import { createFoundationDataSource, migrateFoundation } from '../../database';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('foundation');
  dataSource = await createFoundationDataSource({ url: database.ownerUrl, poolSize: 1 }).initialize();
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

async function tables(): Promise<string[]> {
  const rows: Array<{ tablename: string }> = await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`,
  );
  return rows.map((row) => row.tablename);
}

/** Tables with row-level security enabled and forced. */
async function protectedTables(): Promise<string[]> {
  const rows: Array<{ relname: string }> = await dataSource.query(
    `SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relrowsecurity AND relforcerowsecurity ORDER BY relname`,
  );
  return rows.map((row) => row.relname);
}

describe('migrations', () => {
  it('apply once, undo cleanly, and apply again', async () => {
    const ALL = [
      'CreateFoundationSchema1764500000000',
      'RowLevelSecurity1764600000000',
      'HeadAppointments1764700000000',
      'ApplicationWorkflow1764800000000',
      'RegistryChanges1764900000001',
      'RegionStaffSummary1765100000000',
      'SocialSummary1765100000001',
      'OfficerSearch1765200000000',
      'HardenRowLevelSecurity1766100000000',
      'CurrentHead1766100000001',
      'HeadTermsInFeed1766100000002',
      'ApplicationMonthSummary1766200000000',
      'OpenApplicationCounts1767100000000',
      'SocialDocuments1767200000000',
      'OfficerSearchWithoutWindow1767300000000',
      'AuditRegionIndex1768000000000',
      'ApplicationReference1768100000000',
      'ApplicationPayQueueIndex1768200000000',
      'ApplicationDecisionReason1768300000000',
    ];
    expect(await migrateFoundation(database.ownerUrl)).toEqual(ALL);
    expect(await migrateFoundation(database.ownerUrl)).toEqual([]);
    expect(await protectedTables()).toEqual(
      [
        'application',
        'application_month_summary',
        'application_summary',
        'campaign',
        'campaign_allocation',
        'dependent',
        'disbursement',
        'disbursement_summary',
        'document',
        'document_read',
        'head_appointment',
        'officer',
        'programme',
        'audit_record',
        'idempotency_key',
        'region_staff_summary',
        'registry_event',
        'training',
        'upload_ticket',
      ].sort(),
    );

    const reasonCode = `SELECT count(*)::int AS count FROM information_schema.columns
      WHERE table_name = 'application' AND column_name = 'decision_reason_code'`;
    expect(await dataSource.query(reasonCode)).toEqual([{ count: 1 }]);
    await dataSource.undoLastMigration();
    expect(await dataSource.query(reasonCode)).toEqual([{ count: 0 }]);

    const payIndex = `SELECT count(*)::int AS count FROM pg_indexes WHERE indexname = 'application_queue_pay_idx'`;
    expect(await dataSource.query(payIndex)).toEqual([{ count: 1 }]);
    await dataSource.undoLastMigration();
    expect(await dataSource.query(payIndex)).toEqual([{ count: 0 }]);

    const referenceColumn = `SELECT count(*)::int AS count FROM information_schema.columns
      WHERE table_name = 'application' AND column_name = 'reference'`;
    expect(await dataSource.query(referenceColumn)).toEqual([{ count: 1 }]);
    await dataSource.undoLastMigration();
    expect(await dataSource.query(referenceColumn)).toEqual([{ count: 0 }]);

    const regionIndex = `SELECT count(*)::int AS count FROM pg_indexes WHERE indexname = 'audit_record_region_idx'`;
    expect(await dataSource.query(regionIndex)).toEqual([{ count: 1 }]);
    await dataSource.undoLastMigration();
    expect(await dataSource.query(regionIndex)).toEqual([{ count: 0 }]);

    await dataSource.undoLastMigration();
    const searchArguments: Array<{ pronargs: number }> = await dataSource.query(
      `SELECT pronargs FROM pg_proc WHERE proname = 'officer_search'`,
    );
    expect(searchArguments).toEqual([{ pronargs: 4 }]);

    await dataSource.undoLastMigration();
    expect(await tables()).not.toContain('document');
    expect(await tables()).not.toContain('upload_ticket');
    expect(await tables()).not.toContain('document_read');

    await dataSource.undoLastMigration();
    const openCounts: Array<{ count: number }> = await dataSource.query(
      `SELECT count(*)::int AS count FROM pg_indexes WHERE indexname = 'application_region_open_count_idx'`,
    );
    expect(openCounts[0]?.count).toBe(0);

    await dataSource.undoLastMigration();
    expect(await tables()).not.toContain('application_month_summary');
    const monthFunctions: Array<{ count: number }> = await dataSource.query(
      `SELECT count(*)::int AS count FROM pg_proc WHERE proname LIKE 'application_month%' OR proname = 'disbursement_month_track'`,
    );
    expect(monthFunctions[0]?.count).toBe(0);

    await dataSource.undoLastMigration();
    const headEvents = dataSource.query(
      `INSERT INTO registry_event (sequence, type, entity, entity_id, effective_date, data) VALUES (1, 'HEAD_APPOINTED', 'head_term', 'FES:2026-01-01', '2026-01-01', '{}')`,
    );
    await expect(headEvents).rejects.toThrow(/registry_event_(type|entity)_check/);

    await dataSource.undoLastMigration();
    const currentHead: Array<{ count: number }> = await dataSource.query(
      `SELECT count(*)::int AS count FROM pg_proc WHERE proname = 'is_current_head'`,
    );
    expect(currentHead[0]?.count).toBe(0);

    await dataSource.undoLastMigration();
    expect(await protectedTables()).not.toContain('audit_record');

    await dataSource.undoLastMigration();
    const searchFunctions: Array<{ count: number }> = await dataSource.query(
      `SELECT count(*)::int AS count FROM pg_proc WHERE proname = 'officer_search'`,
    );
    expect(searchFunctions[0]?.count).toBe(0);

    await dataSource.undoLastMigration();
    expect(await tables()).not.toContain('application_summary');
    expect(await tables()).not.toContain('disbursement_summary');

    await dataSource.undoLastMigration();
    expect(await tables()).not.toContain('region_staff_summary');
    const summaryFunctions: Array<{ count: number }> = await dataSource.query(
      `SELECT count(*)::int AS count FROM pg_proc WHERE proname LIKE 'region_staff_summary%'`,
    );
    expect(summaryFunctions[0]?.count).toBe(0);

    await dataSource.undoLastMigration();
    expect(await tables()).not.toContain('registry_event');
    const registryFunctions: Array<{ count: number }> = await dataSource.query(
      `SELECT count(*)::int AS count FROM pg_proc WHERE proname IN ('registry_event_append', 'officer_transfer', 'app_may_write_registry')`,
    );
    expect(registryFunctions[0]?.count).toBe(0);
    expect(await protectedTables()).toEqual([
      'application',
      'campaign',
      'campaign_allocation',
      'dependent',
      'disbursement',
      'head_appointment',
      'officer',
      'programme',
      'training',
    ]);
    expect(await tables()).toEqual(expect.arrayContaining(['audit_record', 'idempotency_key']));

    await dataSource.undoLastMigration();
    expect(await protectedTables()).toEqual([
      'application',
      'campaign_allocation',
      'dependent',
      'disbursement',
      'head_appointment',
      'officer',
      'training',
    ]);
    const workflow: Array<{ count: number }> = await dataSource.query(
      `SELECT count(*)::int AS count FROM pg_proc WHERE proname IN ('eligibility_rules_valid', 'lock_allocation', 'promote_first_waitlisted', 'app_in_region')`,
    );
    expect(workflow[0]?.count).toBe(0);

    await dataSource.undoLastMigration();
    expect(await protectedTables()).toEqual([
      'application',
      'campaign_allocation',
      'dependent',
      'disbursement',
      'officer',
      'training',
    ]);
    expect(await tables()).not.toContain('audit_record');
    expect(await tables()).not.toContain('idempotency_key');

    await dataSource.undoLastMigration();
    expect(await protectedTables()).toEqual([]);
    const functions: Array<{ count: number }> = await dataSource.query(
      `SELECT count(*)::int AS count FROM pg_proc WHERE proname IN ('app_role', 'app_may_read_registry', 'app_may_read_social', 'app_is_officer', 'officer_scope', 'dependent_scope', 'application_scope')`,
    );
    expect(functions[0]?.count).toBe(0);
    expect(await tables()).toEqual([
      'application',
      'campaign',
      'campaign_allocation',
      'dependent',
      'disbursement',
      'head_appointment',
      'officer',
      'programme',
      'region',
      'training',
    ]);

    await dataSource.undoLastMigration();
    expect(await tables()).toEqual([]);

    expect(await migrateFoundation(database.ownerUrl)).toEqual(ALL);
    const regions: Array<{ count: number }> = await dataSource.query('SELECT count(*)::int AS count FROM region');
    expect(regions[0]?.count).toBe(17);
  });

  it('refuse a second open term for a region', async () => {
    const insert = (region: string, matricule: string): Promise<unknown> =>
      dataSource.query(
        `INSERT INTO head_appointment (region_code, officer_matricule, start_date, decision_reference, approved_by) VALUES ($1, $2, '2025-09-09', 'ref', 'DG')`,
        [region, matricule],
      );
    await dataSource.query(
      `INSERT INTO officer (matricule, first_name_ar, last_name_ar, first_name_latin, last_name_latin, rank, region_code, status, birth_date, service_start_date, search_text)
       VALUES ('900001', 'أ', 'ب', 'A', 'B', 'COMMISSAIRE', 'FES', 'ACTIVE', '1970-01-01', '1995-01-01', 'a b'),
              ('900002', 'ج', 'د', 'C', 'D', 'COMMISSAIRE', 'FES', 'ACTIVE', '1970-01-01', '1995-01-01', 'c d')`,
    );
    await insert('FES', '900001');
    await expect(insert('FES', '900002')).rejects.toThrow(/head_appointment_one_open_per_region/);
    await expect(insert('TAZA', '900001')).rejects.toThrow(/head_appointment_one_open_per_officer/);
  });
});
