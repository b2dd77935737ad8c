import {
  type Caller,
  MUTUAL_SERVICE_ISSUER,
  REGISTRY_FEED_AUDIENCE,
  type RegistryFeedPage,
  signServiceToken,
  signUserToken,
} from '@dsp/common';
import { demoPopulation, demoRegistryEvents } from '@dsp/demo';
import { TEST_NATIONAL_ADMIN } from '@dsp/testing';
import { generateKeyPairSync } from 'node:crypto';
import { Client } from 'pg';
import { startFoundationUnderTest, type FoundationUnderTest } from '../../testing/foundation-test-server';
import { REGISTRY_FEED_PATH } from '../feed.route';

const FES_AGENT: Caller = { sub: 'agent-fes', role: 'FOUNDATION_AGENT', region: 'FES' };
const RABAT_AGENT: Caller = { sub: 'agent-rabat', role: 'FOUNDATION_AGENT', region: 'RABAT' };
const FES_MUTUAL_AGENT: Caller = { sub: 'mutual-fes', role: 'MUTUAL_AGENT', region: 'FES' };

const REGISTER = `mutation ($input: RegisterOfficerInput!) { registerOfficer(input: $input) { matricule status version region { code } } }`;
const TRANSFER = `mutation ($input: TransferOfficerInput!) {
  transferOfficer(input: $input) { matricule effectiveDate version fromRegion { code } toRegion { code } officer { matricule } }
}`;
const STATUS = `mutation ($input: ChangeOfficerStatusInput!) { changeOfficerStatus(input: $input) { matricule status version dependents { id } } }`;
const ADD = `mutation ($input: AddDependentInput!) { addDependent(input: $input) { id relation student studentUntil disabled version officer { matricule } } }`;
const UPDATE = `mutation ($input: UpdateDependentInput!) { updateDependent(input: $input) { id student studentUntil disabled version } }`;
const END = `mutation ($input: EndDependentLinkInput!) { endDependentLink(input: $input) { id linkEndedOn version } }`;

const mutualKeys = generateKeyPairSync('ed25519');
let foundation: FoundationUnderTest;
let keys = 0;
const newKey = (): string => `registry-key-${String(++keys).padStart(6, '0')}`;
let serial = 0;
const newMatricule = (): string => `T${String(++serial).padStart(6, '0')}`;

beforeAll(async () => {
  foundation = await startFoundationUnderTest({ mutualServicePublicKey: mutualKeys.publicKey });
});

afterAll(async () => {
  await foundation.stop();
});

interface Counts {
  officers: number;
  dependents: number;
  events: number;
  audit: number;
}

async function counts(): Promise<Counts> {
  const [row] = await foundation.sql<Counts>(
    `SELECT (SELECT count(*)::int FROM officer) AS officers, (SELECT count(*)::int FROM dependent) AS dependents,
            (SELECT count(*)::int FROM registry_event) AS events, (SELECT count(*)::int FROM audit_record) AS audit`,
  );
  return row;
}

interface EventRow {
  sequence: string;
  type: string;
  entity_id: string;
  effective_date: string;
  data: Record<string, Record<string, unknown> | string>;
}

async function lastEvent(): Promise<EventRow> {
  const [row] = await foundation.sql<EventRow>(
    `SELECT sequence::text, type, entity_id, to_char(effective_date, 'YYYY-MM-DD') AS effective_date, data FROM registry_event ORDER BY registry_event.sequence DESC LIMIT 1`,
  );
  return row;
}

function registration(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    matricule: newMatricule(),
    firstNameAr: 'يوسف',
    lastNameAr: 'العلوي',
    firstNameLatin: 'Youssef',
    lastNameLatin: 'Alaoui',
    rank: 'INSPECTEUR',
    regionCode: 'FES',
    birthDate: '1995-03-14',
    serviceStartDate: '2020-09-01',
    idempotencyKey: newKey(),
    ...overrides,
  };
}

async function register(caller: Caller = FES_AGENT, overrides: Record<string, unknown> = {}): Promise<string> {
  const { data, errors } = await foundation.query<{ registerOfficer: { matricule: string } }>(
    REGISTER,
    { input: registration(overrides) },
    caller,
  );
  expect(errors).toBeUndefined();
  return data!.registerOfficer.matricule;
}

function child(matricule: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    matricule,
    relation: 'CHILD',
    firstNameAr: 'سلمى',
    lastNameAr: 'العلوي',
    firstNameLatin: 'Salma',
    lastNameLatin: 'Alaoui',
    birthDate: '2003-05-02',
    idempotencyKey: newKey(),
    ...overrides,
  };
}

describe('registering an officer', () => {
  it('writes the officer, its audit record and an OFFICER_REGISTERED event in one go; a retry with the key changes nothing', async () => {
    const before = await counts();
    const input = registration();
    const first = await foundation.query<{
      registerOfficer: { matricule: string; status: string; version: number; region: { code: string } };
    }>(REGISTER, { input }, FES_AGENT);
    expect(first.errors).toBeUndefined();
    expect(first.data?.registerOfficer).toEqual({
      matricule: input.matricule,
      status: 'ACTIVE',
      version: 1,
      region: { code: 'FES' },
    });
    expect(await counts()).toEqual({
      ...before,
      officers: before.officers + 1,
      events: before.events + 1,
      audit: before.audit + 1,
    });
    const event = await lastEvent();
    expect(event).toMatchObject({
      type: 'OFFICER_REGISTERED',
      entity_id: input.matricule,
      effective_date: '2020-09-01',
    });
    expect(event.data.officer).toEqual({
      matricule: input.matricule,
      rank: 'INSPECTEUR',
      regionCode: 'FES',
      status: 'ACTIVE',
      birthDate: '1995-03-14',
      serviceStartDate: '2020-09-01',
    });

    const retry = await foundation.query<{ registerOfficer: { matricule: string } }>(REGISTER, { input }, FES_AGENT);
    expect(retry.data?.registerOfficer.matricule).toBe(input.matricule);
    expect(await counts()).toEqual({
      ...before,
      officers: before.officers + 1,
      events: before.events + 1,
      audit: before.audit + 1,
    });
    const reused = await foundation.query(REGISTER, { input: { ...input, firstNameLatin: 'Yassine' } }, FES_AGENT);
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('registers a matricule once when eight requests with their own keys race: the others are BAD_USER_INPUT naming it', async () => {
    const before = await counts();
    const matricule = newMatricule();
    // Writes to officer wait on this lock, so every request checks the matricule before any of them inserts it.
    const holder = new Client({ connectionString: foundation.database.ownerUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE officer IN SHARE MODE');
    const answers = Promise.all(
      Array.from({ length: 8 }, () => foundation.query(REGISTER, { input: registration({ matricule }) }, FES_AGENT)),
    );
    while (
      (
        await foundation.sql<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'officer'::regclass AND NOT granted",
        )
      )[0].n < 8
    ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await holder.query('COMMIT');
    await holder.end();
    const settled = await answers;
    expect(settled.filter((answer) => answer.errors === undefined)).toHaveLength(1);
    for (const answer of settled.filter((candidate) => candidate.errors !== undefined)) {
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'matricule' });
    }
    expect(await counts()).toEqual({
      ...before,
      officers: before.officers + 1,
      events: before.events + 1,
      audit: before.audit + 1,
    });
  });

  it.each([
    ['matricule', { matricule: 'x!' }],
    ['firstNameLatin', { firstNameLatin: '  ' }],
    ['regionCode', { regionCode: 'PARIS' }],
    ['serviceStartDate', { birthDate: '2010-01-01', serviceStartDate: '2020-01-01' }],
    ['birthDate', { birthDate: '2999-01-01' }],
  ])('refuses a bad %s with BAD_USER_INPUT naming it, and writes nothing', async (field, overrides) => {
    const before = await counts();
    const { errors } = await foundation.query(REGISTER, { input: registration(overrides) }, FES_AGENT);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it('is for the national administration and the foundation agents of the region: another region, or a mutual agent, is FORBIDDEN', async () => {
    const before = await counts();
    expect(
      (await foundation.query(REGISTER, { input: registration({ regionCode: 'RABAT' }) }, FES_AGENT)).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await foundation.query(REGISTER, { input: registration() }, FES_MUTUAL_AGENT)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    await register(TEST_NATIONAL_ADMIN, { regionCode: 'RABAT' });
  });
});

describe('transferring an officer', () => {
  it('moves the officer from FES to RABAT (a FES agent may send them there), with the event naming both regions', async () => {
    const matricule = await register();
    const { data, errors } = await foundation.query<{
      transferOfficer: {
        version: number;
        fromRegion: { code: string };
        toRegion: { code: string };
        officer: unknown;
        effectiveDate: string;
      };
    }>(
      TRANSFER,
      { input: { matricule, toRegionCode: 'RABAT', effectiveDate: '2026-11-01', expectedVersion: 1 } },
      FES_AGENT,
    );
    expect(errors).toBeUndefined();
    // The FES agent no longer reads the file; the move itself is answered.
    expect(data?.transferOfficer).toEqual({
      matricule,
      version: 2,
      fromRegion: { code: 'FES' },
      toRegion: { code: 'RABAT' },
      officer: null,
      effectiveDate: '2026-11-01',
    });
    const event = await lastEvent();
    expect(event).toMatchObject({ type: 'OFFICER_TRANSFERRED', entity_id: matricule, effective_date: '2026-11-01' });
    expect(event.data).toMatchObject({ fromRegionCode: 'FES', officer: { regionCode: 'RABAT' } });

    const rabat = await foundation.query<{ officer: { region: { code: string } } }>(
      `query ($m: ID!) { officer(matricule: $m) { region { code } } }`,
      { m: matricule },
      RABAT_AGENT,
    );
    expect(rabat.data?.officer.region.code).toBe('RABAT');
    const fes = await foundation.query(
      `query ($m: ID!) { officer(matricule: $m) { region { code } } }`,
      { m: matricule },
      FES_AGENT,
    );
    expect(fes.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The FES agent cannot move them any more; RABAT's can.
    const back = await foundation.query(
      TRANSFER,
      { input: { matricule, toRegionCode: 'FES', effectiveDate: '2026-11-20', expectedVersion: 2 } },
      FES_AGENT,
    );
    expect(back.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a stale version with CONFLICT, and the same region or an unknown one with BAD_USER_INPUT, writing nothing', async () => {
    const matricule = await register();
    const before = await counts();
    const stale = await foundation.query(
      TRANSFER,
      { input: { matricule, toRegionCode: 'RABAT', effectiveDate: '2026-11-01', expectedVersion: 7 } },
      FES_AGENT,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const same = await foundation.query(
      TRANSFER,
      { input: { matricule, toRegionCode: 'FES', effectiveDate: '2026-11-01', expectedVersion: 1 } },
      FES_AGENT,
    );
    expect(same.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toRegionCode' });
    const nowhere = await foundation.query(
      TRANSFER,
      { input: { matricule, toRegionCode: 'ATLANTIS', effectiveDate: '2026-11-01', expectedVersion: 1 } },
      FES_AGENT,
    );
    expect(nowhere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toRegionCode' });
    const early = await foundation.query(
      TRANSFER,
      { input: { matricule, toRegionCode: 'RABAT', effectiveDate: '2019-01-01', expectedVersion: 1 } },
      FES_AGENT,
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'effectiveDate' });
    expect(await counts()).toEqual(before);
  });
});

describe('status changes and dependents', () => {
  it('a death keeps the widow and children as dependents; the status never goes back', async () => {
    const matricule = await register();
    const spouse = await foundation.query<{ addDependent: { id: string } }>(
      ADD,
      { input: child(matricule, { relation: 'SPOUSE', firstNameLatin: 'Imane', birthDate: '1996-02-02' }) },
      FES_AGENT,
    );
    expect(spouse.errors).toBeUndefined();
    const { data, errors } = await foundation.query<{
      changeOfficerStatus: { status: string; version: number; dependents: Array<{ id: string }> };
    }>(
      STATUS,
      { input: { matricule, status: 'KILLED_ON_DUTY', effectiveDate: '2026-10-03', expectedVersion: 1 } },
      FES_AGENT,
    );
    expect(errors).toBeUndefined();
    expect(data?.changeOfficerStatus).toEqual({
      matricule,
      status: 'KILLED_ON_DUTY',
      version: 2,
      dependents: [{ id: spouse.data!.addDependent.id }],
    });
    expect(await lastEvent()).toMatchObject({ type: 'OFFICER_STATUS_CHANGED', effective_date: '2026-10-03' });

    const again = await foundation.query(
      STATUS,
      { input: { matricule, status: 'RETIRED', effectiveDate: '2026-10-04', expectedVersion: 2 } },
      FES_AGENT,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    const active = await foundation.query(
      STATUS,
      { input: { matricule, status: 'ACTIVE', effectiveDate: '2026-10-04', expectedVersion: 2 } },
      FES_AGENT,
    );
    expect(active.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });

  it('adds a child, records a student certificate, then ends the link, each with its event and a version check', async () => {
    const matricule = await register();
    const added = await foundation.query<{
      addDependent: { id: string; student: boolean; version: number; officer: { matricule: string } };
    }>(ADD, { input: child(matricule) }, FES_AGENT);
    expect(added.errors).toBeUndefined();
    const id = added.data!.addDependent.id;
    expect(added.data?.addDependent).toMatchObject({ student: false, version: 1, officer: { matricule } });
    expect((await lastEvent()).type).toBe('DEPENDENT_REGISTERED');

    const certificate = { validFrom: '2026-09-01', validUntil: '2027-07-31' };
    const updated = await foundation.query<{
      updateDependent: { student: boolean; studentUntil: string; version: number };
    }>(UPDATE, { input: { dependentId: id, studentCertificate: certificate, expectedVersion: 1 } }, FES_AGENT);
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateDependent).toMatchObject({ student: true, studentUntil: '2027-07-31', version: 2 });
    const event = await lastEvent();
    expect(event.type).toBe('DEPENDENT_UPDATED');
    expect(event.data.dependent).toMatchObject({
      id,
      studentFrom: '2026-09-01',
      studentUntil: '2027-07-31',
      officerRegionCode: 'FES',
      officerStatus: 'ACTIVE',
    });

    const stale = await foundation.query(
      UPDATE,
      { input: { dependentId: id, disabled: true, expectedVersion: 1 } },
      FES_AGENT,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const backwards = await foundation.query(
      UPDATE,
      {
        input: {
          dependentId: id,
          studentCertificate: { validFrom: '2027-01-01', validUntil: '2026-01-01' },
          expectedVersion: 2,
        },
      },
      FES_AGENT,
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'studentCertificate.validUntil',
    });

    const ended = await foundation.query<{ endDependentLink: { linkEndedOn: string; version: number } }>(
      END,
      { input: { dependentId: id, endedOn: '2026-11-15', reason: 'INDEPENDENCE', expectedVersion: 2 } },
      FES_AGENT,
    );
    expect(ended.errors).toBeUndefined();
    expect(ended.data?.endDependentLink).toEqual({ id, linkEndedOn: '2026-11-15', version: 3 });
    expect(await lastEvent()).toMatchObject({ type: 'DEPENDENT_LINK_ENDED', effective_date: '2026-11-15' });
    const twice = await foundation.query(
      END,
      { input: { dependentId: id, endedOn: '2026-11-16', reason: 'OTHER', expectedVersion: 3 } },
      FES_AGENT,
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dependentId' });
  });

  it('refuses a certificate for a spouse and a dependent of another region’s officer', async () => {
    const matricule = await register();
    const spouse = await foundation.query(
      ADD,
      {
        input: child(matricule, {
          relation: 'SPOUSE',
          studentCertificate: { validFrom: '2026-01-01', validUntil: '2026-12-31' },
        }),
      },
      FES_AGENT,
    );
    expect(spouse.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'studentCertificate' });
    const elsewhere = await foundation.query(ADD, { input: child(matricule) }, RABAT_AGENT);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const nobody = await foundation.query(ADD, { input: child('NOBODY42') }, FES_AGENT);
    expect(nobody.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'matricule' });
  });
});

describe('the registry feed', () => {
  const feedUrl = (query = ''): string => foundation.server.url.replace(/\/graphql$/, `${REGISTRY_FEED_PATH}${query}`);

  it('starts with the demo registry (every officer, then every dependent, then the heads’ terms) and is ordered by sequence', async () => {
    const token = await signServiceToken(mutualKeys.privateKey, MUTUAL_SERVICE_ISSUER, REGISTRY_FEED_AUDIENCE);
    const response = await fetch(feedUrl('?after=0&limit=3'), { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const page = (await response.json()) as RegistryFeedPage;
    const demo = demoRegistryEvents(demoPopulation());
    expect(page.events.map((event) => [event.sequence, event.type, event.entityId])).toEqual(
      demo.slice(0, 3).map((event, i) => [i + 1, event.type, event.entityId]),
    );
    expect(page.head).toBeGreaterThanOrEqual(demo.length);

    const tail = (await (
      await fetch(feedUrl(`?after=${demo.length - 1}&limit=1`), { headers: { authorization: `Bearer ${token}` } })
    ).json()) as RegistryFeedPage;
    expect(tail.events[0]).toMatchObject({
      sequence: demo.length,
      type: 'HEAD_APPOINTED',
      entityId: demo[demo.length - 1].entityId,
    });
  });

  it('answers 401 to a user token, to the gateway’s identity, to another key and to nobody', async () => {
    const userKeys = generateKeyPairSync('ed25519');
    const otherKeys = generateKeyPairSync('ed25519');
    const attempts: Array<Record<string, string>> = [
      {},
      {
        authorization: `Bearer ${await signUserToken(userKeys.privateKey, { sub: 'admin', role: 'NATIONAL_ADMIN', region: null })}`,
      },
      await foundation.gateway.headersFor({ sub: 'admin', role: 'NATIONAL_ADMIN', region: null }, 'foundation'),
      await foundation.gateway.headersFor(
        { sub: MUTUAL_SERVICE_ISSUER, role: 'NATIONAL_ADMIN', region: null },
        REGISTRY_FEED_AUDIENCE,
      ),
      {
        authorization: `Bearer ${await signServiceToken(otherKeys.privateKey, MUTUAL_SERVICE_ISSUER, REGISTRY_FEED_AUDIENCE)}`,
      },
    ];
    for (const headers of attempts) {
      const response = await fetch(feedUrl(), { headers });
      expect(response.status).toBe(401);
      expect(JSON.stringify(await response.json())).not.toContain('OFFICER_REGISTERED');
    }
    // Nor can a GraphQL caller read the outbox: it is no field of the schema, and row-level security hides it from every user role.
    const rows = await foundation.query<{ __type: unknown }>(`{ __type(name: "RegistryEvent") { name } }`);
    expect(rows.data?.__type).toBeNull();
  });
});
