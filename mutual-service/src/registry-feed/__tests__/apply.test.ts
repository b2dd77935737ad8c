import {
  type NewRegistryEvent,
  type OfficerSnapshot,
  type RegistryEvent,
  type RegistryOfficerStatus,
} from '@dsp/common';
import { openDataSource } from '@dsp/subgraph-kit';
import { demoPopulation, demoRegistryEvents } from '@dsp/demo';
import { createTestDatabase, type TestDatabase } from '@dsp/testing';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createMutualDataSource, migrateMutual } from '../../database';
import { buildDemoData } from '../../seed/demo-data';
import { planInsert } from '../../seed/seed.repository';
import { seededMutualTemplate } from '../../testing/harness';
import { applyRegistryEvent } from '../apply';
import { applyEvents } from '../consumer';

/**
 * The consumer's apply function against real databases, as the application
 * role: the demo registry's events agree with the seeded file, a replay from
 * zero changes nothing, and an empty file catches up to the same people.
 */

const demo = demoRegistryEvents(demoPopulation());
const numbered = (events: readonly NewRegistryEvent[], first = 1): RegistryEvent[] =>
  events.map((event, i) => ({ ...event, sequence: first + i, occurredAt: '2026-11-27T17:00:00.000Z' }));

interface Opened {
  database: TestDatabase;
  dataSource: DataSource;
  sql<T>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

async function open(seeded: boolean): Promise<Opened> {
  const database = seeded
    ? await createTestDatabase('mutual', await seededMutualTemplate())
    : await createTestDatabase('mutual');
  if (!seeded) await migrateMutual(database.ownerUrl);
  const dataSource = await openDataSource(
    createMutualDataSource({ url: database.appUrl, poolSize: 2 }),
    'the mutual test database',
    'MUTUAL_DATABASE_URL',
  );
  const admin = new Client({ connectionString: database.superuserUrl });
  await admin.connect();
  return {
    database,
    dataSource,
    sql: async <T>(text: string, params: unknown[] = []) => (await admin.query(text, params)).rows as T[],
    close: async () => {
      await admin.end();
      await dataSource.destroy();
      await database.drop();
    },
  };
}

async function applyAll(opened: Opened, events: readonly RegistryEvent[]): Promise<number> {
  let applied = 0;
  for (let offset = 0; offset < events.length; offset += 1000) {
    applied += (
      await opened.dataSource.transaction((manager) => applyEvents(manager, events.slice(offset, offset + 1000)))
    ).applied.length;
  }
  return applied;
}

/** Every column of the beneficiary file, coverage and head terms, updated_at included: any write shows. */
async function fingerprint(opened: Opened): Promise<string> {
  const [row] = await opened.sql<{ beneficiaries: string; coverages: string; terms: string }>(
    `SELECT (SELECT md5(string_agg(b::text, '|' ORDER BY person_id)) FROM beneficiary b) AS beneficiaries,
            (SELECT md5(string_agg(c::text, '|' ORDER BY id)) FROM coverage c) AS coverages,
            (SELECT md5(string_agg(h::text, '|' ORDER BY region_code, start_date)) FROM head_term h) AS terms`,
  );
  return `${row.beneficiaries}/${row.coverages}/${row.terms}`;
}

const TERMS = `SELECT region_code, to_char(start_date, 'YYYY-MM-DD') AS start_date, officer_matricule, to_char(end_date, 'YYYY-MM-DD') AS end_date
                 FROM head_term ORDER BY region_code, start_date`;

async function cursor(opened: Opened): Promise<number> {
  const [row] = await opened.sql<{ sequence: string }>('SELECT sequence::text FROM registry_feed_cursor');
  return Number(row.sequence);
}

const FACTS = `SELECT person_id, kind, officer_matricule, relation, to_char(birth_date, 'YYYY-MM-DD') AS birth, to_char(student_until, 'YYYY-MM-DD') AS student_until,
                      disabled, officer_status, region_code,
                      (SELECT to_char(start_date, 'YYYY-MM-DD') || '..' || coalesce(to_char(end_date, 'YYYY-MM-DD'), '') FROM coverage c WHERE c.beneficiary_id = b.person_id) AS rights
                 FROM beneficiary b ORDER BY person_id`;

describe('the demo registry and the seeded beneficiary file', () => {
  let seeded: Opened;
  beforeAll(async () => {
    seeded = await open(true);
  });
  afterAll(() => seeded.close());

  it('the seed leaves the cursor at the end of the demo events', async () => {
    expect(await cursor(seeded)).toBe(demo.length);
  });

  it('replaying the feed from zero applies every event and changes nothing in the file', async () => {
    const before = await fingerprint(seeded);
    await seeded.sql('UPDATE registry_feed_cursor SET sequence = 0');
    const started = Date.now();
    expect(await applyAll(seeded, numbered(demo))).toBe(demo.length);
    process.stdout.write(`replayed ${demo.length} registry events in ${Date.now() - started} ms\n`);
    expect(await fingerprint(seeded)).toBe(before);
    expect(await cursor(seeded)).toBe(demo.length);
    // A page delivered again is skipped whole: the cursor is past it.
    expect(await applyAll(seeded, numbered(demo.slice(0, 50)))).toBe(0);
    expect(await fingerprint(seeded)).toBe(before);
  }, 300_000);

  it('a gap in the feed stops the page: nothing applied, the cursor where it was', async () => {
    const before = await fingerprint(seeded);
    await expect(applyAll(seeded, numbered(demo.slice(0, 1), demo.length + 2))).rejects.toThrow(
      `registry feed gap: expected event ${demo.length + 1}, got ${demo.length + 2}`,
    );
    expect(await cursor(seeded)).toBe(demo.length);
    expect(await fingerprint(seeded)).toBe(before);
  });

  it('an empty file (the catalogue alone) catches up from the start: the same people, facts and rights as the seed', async () => {
    // Event by event the whole registry takes minutes; two regions' officers and their families show the same.
    const regions = new Set(['DAKHLA', 'LAAYOUNE']);
    const officers = new Set(
      demoPopulation()
        .officers.filter((officer) => regions.has(officer.regionCode))
        .map((officer) => officer.matricule),
    );
    const events = demo.filter((event) =>
      event.entity === 'officer'
        ? officers.has(event.entityId)
        : event.entity === 'dependent'
          ? officers.has(event.data.dependent.officerMatricule)
          : regions.has(event.data.term.regionCode),
    );
    const empty = await open(false);
    try {
      const { plans } = buildDemoData();
      await empty.sql(...planInsert(plans));
      expect(await applyAll(empty, numbered(events))).toBe(events.length);
      const caughtUp = await empty.sql<Record<string, unknown>>(FACTS);
      expect(caughtUp.length).toBeGreaterThan(200);
      const expected = await seeded.sql<Record<string, unknown>>(
        FACTS.replace('FROM beneficiary b', 'FROM beneficiary b WHERE b.officer_matricule = ANY($1)'),
        [[...officers]],
      );
      expect(caughtUp).toEqual(expected);
      const terms = await seeded.sql<Record<string, unknown>>(
        TERMS.replace('FROM head_term', 'FROM head_term WHERE region_code = ANY($1)'),
        [[...regions]],
      );
      expect(terms).toHaveLength(2);
      expect(await empty.sql<Record<string, unknown>>(TERMS)).toEqual(terms);
    } finally {
      await empty.close();
    }
  }, 300_000);
});

describe('changes reaching the file', () => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await open(true);
  });
  afterAll(() => opened.close());

  /** An officer of FES in active service with a spouse and a child under 21 in the file. */
  async function family(): Promise<{ matricule: string; spouse: string; child: string }> {
    const [row] = await opened.sql<{ matricule: string; spouse: string; child: string }>(
      `SELECT o.person_id AS matricule, s.person_id AS spouse, c.person_id AS child
         FROM beneficiary o
         JOIN beneficiary s ON s.officer_matricule = o.person_id AND s.relation = 'SPOUSE'
         JOIN beneficiary c ON c.officer_matricule = o.person_id AND c.relation = 'CHILD' AND c.birth_date > DATE '2008-01-01'
        WHERE o.kind = 'OFFICER' AND o.region_code = 'FES' AND o.officer_status = 'ACTIVE'
        ORDER BY o.person_id LIMIT 1`,
    );
    return row;
  }

  const officerSnapshot = (matricule: string, regionCode: string, status: RegistryOfficerStatus): OfficerSnapshot => {
    const officer = demoPopulation().officers.find((candidate) => candidate.matricule === matricule)!;
    return {
      matricule,
      rank: officer.rank,
      regionCode,
      status,
      birthDate: officer.birthDate,
      serviceStartDate: officer.serviceStartDate,
    };
  };

  it('a transfer moves the family to RABAT; a death ends the officer’s coverage and keeps the widow’s and child’s; the last event applied again changes nothing', async () => {
    const { matricule, spouse, child } = await family();
    const head = await cursor(opened);
    const transfer = numbered(
      [
        {
          type: 'OFFICER_TRANSFERRED',
          entity: 'officer',
          entityId: matricule,
          effectiveDate: '2026-11-20',
          data: { officer: officerSnapshot(matricule, 'RABAT', 'ACTIVE'), fromRegionCode: 'FES' },
        },
        {
          type: 'OFFICER_STATUS_CHANGED',
          entity: 'officer',
          entityId: matricule,
          effectiveDate: '2026-11-25',
          data: { officer: officerSnapshot(matricule, 'RABAT', 'DECEASED') },
        },
      ],
      head + 1,
    );
    expect(await applyAll(opened, transfer)).toBe(2);
    const rows = await opened.sql<{ person_id: string; region_code: string; officer_status: string; rights: string }>(
      `${FACTS.replace('ORDER BY person_id', '')} WHERE officer_matricule = $1`,
      [matricule],
    );
    expect(new Set(rows.map((row) => row.region_code))).toEqual(new Set(['RABAT']));
    expect(new Set(rows.map((row) => row.officer_status))).toEqual(new Set(['DECEASED']));
    const rights = new Map(rows.map((row) => [row.person_id, row.rights]));
    expect(rights.get(matricule)).toMatch(/\.\.2026-11-25$/);
    expect(rights.get(spouse)).toMatch(/\.\.$/);
    expect(rights.get(child)).toMatch(/\.\.$/);

    const after = await fingerprint(opened);
    await opened.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.role', 'REGISTRY_FEED', true)`);
      await applyRegistryEvent(manager, transfer[1]);
    });
    expect(await fingerprint(opened)).toBe(after);
  });

  it('a new child is enrolled with the officer’s plan; a student certificate past 21 reopens a grown-up child’s rights', async () => {
    const { matricule } = await family();
    const officer = demoPopulation().officers.find((candidate) => candidate.matricule === matricule)!;
    const dependent = {
      officerMatricule: matricule,
      relation: 'CHILD' as const,
      studentFrom: null,
      studentUntil: null,
      disabled: false,
      linkEndedOn: null,
      officerRegionCode: 'RABAT',
      officerStatus: 'DECEASED' as const,
      officerRank: officer.rank,
      officerServiceStartDate: officer.serviceStartDate,
    };
    const [grownUp] = await opened.sql<{ person_id: string; birth: string; officer_matricule: string }>(
      `SELECT b.person_id, to_char(b.birth_date, 'YYYY-MM-DD') AS birth, b.officer_matricule FROM beneficiary b JOIN coverage c ON c.beneficiary_id = b.person_id
        WHERE b.relation = 'CHILD' AND NOT b.disabled AND c.end_date IS NOT NULL AND b.birth_date > DATE '2002-01-01' ORDER BY b.person_id LIMIT 1`,
    );
    const grownUpOfficer = demoPopulation().officers.find(
      (candidate) => candidate.matricule === grownUp.officer_matricule,
    )!;
    const head = await cursor(opened);
    const events = numbered(
      [
        {
          type: 'DEPENDENT_REGISTERED',
          entity: 'dependent',
          entityId: '7e0b7d0e-8f53-4d6c-9d3e-000000000001',
          effectiveDate: '2026-11-28',
          data: { dependent: { ...dependent, id: '7e0b7d0e-8f53-4d6c-9d3e-000000000001', birthDate: '2026-11-10' } },
        },
        {
          type: 'DEPENDENT_UPDATED',
          entity: 'dependent',
          entityId: grownUp.person_id,
          effectiveDate: '2026-11-28',
          data: {
            dependent: {
              ...dependent,
              id: grownUp.person_id,
              officerMatricule: grownUpOfficer.matricule,
              birthDate: grownUp.birth,
              studentFrom: '2026-09-01',
              studentUntil: '2027-07-31',
              officerRegionCode: grownUpOfficer.regionCode,
              officerStatus: grownUpOfficer.status,
              officerRank: grownUpOfficer.rank,
              officerServiceStartDate: grownUpOfficer.serviceStartDate,
            },
          },
        },
      ],
      head + 1,
    );
    expect(await applyAll(opened, events)).toBe(2);
    const [baby] = await opened.sql<{ rights: string; region_code: string; same_plan: boolean }>(
      `SELECT to_char(c.start_date, 'YYYY-MM-DD') || '..' || coalesce(to_char(c.end_date, 'YYYY-MM-DD'), '') AS rights, b.region_code,
              c.plan_id = (SELECT plan_id FROM coverage WHERE beneficiary_id = $2) AS same_plan
         FROM beneficiary b JOIN coverage c ON c.beneficiary_id = b.person_id WHERE b.person_id = $1`,
      ['7e0b7d0e-8f53-4d6c-9d3e-000000000001', matricule],
    );
    expect(baby).toEqual({ rights: '2026-11-10..', region_code: 'RABAT', same_plan: true });
    const [student] = await opened.sql<{ end_date: string | null; student_until: string }>(
      `SELECT c.end_date, to_char(b.student_until, 'YYYY-MM-DD') AS student_until FROM beneficiary b JOIN coverage c ON c.beneficiary_id = b.person_id WHERE b.person_id = $1`,
      [grownUp.person_id],
    );
    expect(student).toEqual({ end_date: null, student_until: '2027-07-31' });
  });

  it('a new head’s appointment ends the former head’s term the day before and opens the successor’s; applied again it changes nothing', async () => {
    const fes = demoPopulation().heads.find((head) => head.regionCode === 'FES')!;
    const head = await cursor(opened);
    const term = (officerMatricule: string, startDate: string, endDate: string | null) => ({
      regionCode: 'FES',
      officerMatricule,
      startDate,
      endDate,
    });
    const events = numbered(
      [
        {
          type: 'HEAD_TERM_ENDED',
          entity: 'head_term',
          entityId: `FES:${fes.startDate}`,
          effectiveDate: '2026-12-01',
          data: { term: term(fes.matricule, fes.startDate, '2026-11-30') },
        },
        {
          type: 'HEAD_APPOINTED',
          entity: 'head_term',
          entityId: 'FES:2026-12-01',
          effectiveDate: '2026-12-01',
          data: { term: term('100042', '2026-12-01', null) },
        },
      ],
      head + 1,
    );
    expect(await applyAll(opened, events)).toBe(2);
    const fesTerms = await opened.sql<Record<string, unknown>>(
      TERMS.replace('FROM head_term', "FROM head_term WHERE region_code = 'FES'"),
    );
    expect(fesTerms).toEqual([
      { region_code: 'FES', start_date: fes.startDate, officer_matricule: fes.matricule, end_date: '2026-11-30' },
      { region_code: 'FES', start_date: '2026-12-01', officer_matricule: '100042', end_date: null },
    ]);
    const after = await fingerprint(opened);
    await opened.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.role', 'REGISTRY_FEED', true)`);
      for (const event of events) await applyRegistryEvent(manager, event);
    });
    expect(await fingerprint(opened)).toBe(after);
  });
});
