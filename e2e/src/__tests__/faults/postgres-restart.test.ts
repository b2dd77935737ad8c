import { type Caller, type RunningServer, todayUtc } from '@dsp/common';
import { provisionDatabase, provisionRoles, serviceDatabase } from '@dsp/testing';
import { createTestGatewayIdentity, freePort, type RunningPostgres, startEmbeddedPostgres } from '@dsp/testing';
import { migrateFoundation, startFoundationService } from 'foundation-service';
import { migrateMutual, startMutualService } from 'mutual-service';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadSeconds, recordReliability, sleep } from '../../load';

const AGENT: Caller = { sub: 'fault-agent', role: 'MUTUAL_AGENT', region: 'FES' };
const SUBMIT = 'mutation($input: SubmitClaimInput!) { submitClaim(input: $input) { id } }';

interface Write {
  /** When the request was sent. */
  sent: number;
  at: number;
  key: string;
  id?: string;
  failure?: string;
}

/**
 * PostgreSQL stopped and started again under a load of writes, on a server
 * of its own (the other tests' server is never touched): both subgraphs,
 * never restarted, say they are not ready while it is down and ready again
 * once it is back, and every write they acknowledged is in the database.
 */
describe('PostgreSQL stopped and started again during a write load', () => {
  let folder: string;
  let port: number;
  let postgres: RunningPostgres;
  let mutual: RunningServer;
  let foundation: RunningServer;
  let mutualOwnerUrl: string;
  const identity = createTestGatewayIdentity();

  const start = (): Promise<RunningPostgres> => startEmbeddedPostgres({ dataDir: path.join(folder, 'postgres'), port });

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'dsp-pg-fault-'));
    chmodSync(folder, 0o755);
    port = await freePort();
    postgres = await start();
    const databases = await Promise.all(
      ['foundation', 'mutual'].map(async (service) => {
        await provisionRoles(postgres.url('postgres'), serviceDatabase(service));
        return provisionDatabase(postgres.url('postgres'), serviceDatabase(service));
      }),
    );
    const [foundationDb, mutualDb] = databases as [(typeof databases)[0], (typeof databases)[0]];
    await migrateFoundation(foundationDb.ownerUrl);
    await migrateMutual(mutualDb.ownerUrl);
    mutualOwnerUrl = mutualDb.ownerUrl;
    // The least a claim needs: a plan with a consultation rule, the act's tariff, a FES provider and one covered person.
    const owner = new Client({ connectionString: mutualOwnerUrl });
    await owner.connect();
    await owner.query(`
      WITH plan AS (INSERT INTO plan (code, name, name_ar) VALUES ('FAULT', 'Fault plan', 'Fault plan') RETURNING id),
           rule AS (INSERT INTO plan_rule (plan_id, care_type, rate, yearly_ceiling) SELECT id, 'CONSULTATION', 0.8, 1000000000000 FROM plan),
           tariff AS (INSERT INTO act_tariff (act_code, care_type, label, label_ar, tariff) VALUES ('CS', 'CONSULTATION', 'Consultation', 'استشارة', 15000)),
           provider AS (INSERT INTO provider (name, name_ar, kind, city, city_ar, region_code, care_types) VALUES ('Centre', 'مركز', 'MEDICAL_CENTRE', 'Fès', 'فاس', 'FES', ARRAY['CONSULTATION'])),
           person AS (INSERT INTO beneficiary (person_id, kind, officer_matricule, birth_date, officer_status, region_code) VALUES ('FAULT1', 'OFFICER', 'FAULT1', '1980-01-01', 'ACTIVE', 'FES'))
      INSERT INTO coverage (beneficiary_id, plan_id, member_number, compulsory_scheme_reference, start_date) SELECT 'FAULT1', id, 'F-1', 'AMO-F-1', '2010-01-01' FROM plan`);
    await owner.end();
    foundation = await startFoundationService({
      gatewayPublicKey: identity.publicKey,
      databaseUrl: foundationDb.appUrl,
      port: 0,
    });
    mutual = await startMutualService({ gatewayPublicKey: identity.publicKey, databaseUrl: mutualDb.appUrl, port: 0 });
  }, 120_000);
  afterAll(async () => {
    await foundation?.stop();
    await mutual?.stop();
    await postgres?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const readiness = async (): Promise<number[]> =>
    Promise.all(
      [foundation, mutual].map(
        async (server) =>
          (await fetch(server.url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(5_000) })).status,
      ),
    );

  async function waitFor(what: (statuses: number[]) => boolean, timeoutMs: number): Promise<number> {
    const since = Date.now();
    while (Date.now() - since < timeoutMs) {
      if (what(await readiness())) return Date.now() - since;
      await sleep(100);
    }
    throw new Error(`readiness did not change within ${timeoutMs} ms: ${JSON.stringify(await readiness())}`);
  }

  it('the subgraphs answer 503 on /ready while it is down, recover without a restart, and lose no acknowledged write', async () => {
    const seconds = loadSeconds(4);
    const provider = await (async () => {
      const client = new Client({ connectionString: mutualOwnerUrl });
      await client.connect();
      const { rows } = await client.query<{ id: string }>('SELECT id::text FROM provider');
      await client.end();
      return rows[0]?.id ?? '';
    })();
    expect(await readiness()).toEqual([200, 200]);

    const writes: Write[] = [];
    let running = true;
    let serial = 0;
    const worker = async (): Promise<void> => {
      while (running) {
        const n = ++serial;
        const sent = Date.now();
        const key = `fault-write-${n}-${sent}`;
        const input = {
          beneficiaryId: 'FAULT1',
          providerId: provider,
          careType: 'CONSULTATION',
          careStartDate: todayUtc(),
          careEndDate: todayUtc(),
          diagnosisCodes: ['J06.9'],
          // A different price each time: no claim is another's duplicate.
          lines: [
            {
              actCode: 'CS',
              quantity: 1,
              unitPrice: `${100 + Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`,
            },
          ],
          idempotencyKey: key,
        };
        try {
          const response = await fetch(mutual.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(await identity.headersFor(AGENT, 'mutual')) },
            body: JSON.stringify({ query: SUBMIT, variables: { input } }),
            signal: AbortSignal.timeout(15_000),
          });
          const body = (await response.json()) as {
            data?: { submitClaim?: { id: string } | null } | null;
            errors?: unknown[];
          };
          const id = body.data?.submitClaim?.id;
          writes.push(
            id && !body.errors
              ? { sent, at: Date.now(), key, id }
              : { sent, at: Date.now(), key, failure: `${response.status} ${JSON.stringify(body.errors)}` },
          );
        } catch (error) {
          writes.push({ sent, at: Date.now(), key, failure: error instanceof Error ? error.message : String(error) });
          await sleep(50);
        }
      }
    };
    const workers = Array.from({ length: 4 }, worker);

    await sleep(1_000);
    const stoppedAt = Date.now();
    await postgres.stop();
    const notReadyAfter = await waitFor((statuses) => statuses.every((status) => status === 503), 15_000);
    await sleep((seconds * 1000) / 2);
    const restartedAt = Date.now();
    postgres = await start();
    const readyAfter = await waitFor((statuses) => statuses.every((status) => status === 200), 30_000);
    const readyAt = Date.now();
    await sleep((seconds * 1000) / 2);
    running = false;
    await Promise.all(workers);

    const acknowledged = writes.filter((write) => write.id);
    const failed = writes.filter((write) => write.failure);
    // Sent once /ready said so: requests sent during the outage may still fail as they end.
    const afterRecovery = writes.filter((write) => write.sent > readyAt);
    const client = new Client({ connectionString: mutualOwnerUrl });
    await client.connect();
    const stored = await client.query<{ id: string; key: string }>(
      "SELECT c.id::text, k.key FROM claim c JOIN idempotency_key k ON k.operation = 'submitClaim' AND k.result->>'id' = c.id::text",
    );
    await client.end();
    const storedByKey = new Map(stored.rows.map((row) => [row.key, row.id]));
    const lost = acknowledged.filter((write) => storedByKey.get(write.key) !== write.id);

    recordReliability({
      test: 'PostgreSQL stopped and restarted during a write load',
      did: `${writes.length} claim submissions (4 writers) over ${Math.round((Date.now() - stoppedAt) / 1000) + 1} s; PostgreSQL stopped (fast shutdown) after 1 s, started again ${Math.round((restartedAt - stoppedAt) / 1000)} s later`,
      requests: writes.length,
      failed: failed.length,
      observed: `/ready 503 on both subgraphs ${notReadyAfter} ms after the stop, 200 again ${readyAfter} ms after it accepted connections (${readyAt - restartedAt} ms after the start command), no restart; ${acknowledged.length} writes acknowledged, ${lost.length} lost; ${afterRecovery.filter((write) => write.id).length} acknowledged after recovery`,
    });
    expect(lost).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
    // After recovery, writes succeed again, on the same processes.
    expect(afterRecovery.length).toBeGreaterThan(0);
    expect(afterRecovery.filter((write) => !write.id)).toEqual([]);
    // The failures said nothing about the database.
    for (const write of failed) expect(write.failure).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|postgres|terminat|FATAL/i);
  }, 120_000);
});
