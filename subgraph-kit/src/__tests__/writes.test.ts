import { ConflictError } from '@dsp/common';
import { AUDIT_TABLE_SQL, IDEMPOTENCY_TABLE_SQL, oncePerKey, updateVersioned, writeAudit } from '../index';
import { openTestDataSource } from './test-data-source';
import type { DataSource } from 'typeorm';

const caller = { sub: '101365', role: 'REGIONAL_HEAD', region: 'FES' } as const;

describe('safe writes', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, close } = await openTestDataSource('writes-test', {
      poolSize: 10,
      setup: [
        IDEMPOTENCY_TABLE_SQL,
        AUDIT_TABLE_SQL,
        'CREATE TABLE thing (id text PRIMARY KEY, name text NOT NULL, version integer NOT NULL DEFAULT 1, updated_at timestamptz NOT NULL DEFAULT now())',
      ],
    }));
  });
  afterAll(() => close());

  const create = (key: string, name: string, id: string): Promise<{ id: string }> =>
    dataSource.transaction((manager) =>
      oncePerKey(manager, caller, 'createThing', key, { name }, async () => {
        await manager.query('INSERT INTO thing (id, name) VALUES ($1, $2)', [id, name]);
        return { id };
      }),
    );

  it('creates once per key: a retry gets the first result, a reuse with another payload is a CONFLICT', async () => {
    expect(await create('key-0001-retry', 'first', 't1')).toEqual({ id: 't1' });
    expect(await create('key-0001-retry', 'first', 't2')).toEqual({ id: 't1' });
    await expect(create('key-0001-retry', 'second', 't3')).rejects.toBeInstanceOf(ConflictError);
    expect(await dataSource.query('SELECT id FROM thing ORDER BY id')).toEqual([{ id: 't1' }]);
  });

  it('creates once when ten identical requests race', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => create('key-0002-race', 'raced', `r${i}`)));
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(await dataSource.query("SELECT count(*)::int AS n FROM thing WHERE name = 'raced'")).toEqual([{ n: 1 }]);
  });

  it('refuses a malformed key with the field named', async () => {
    await expect(create('short', 'x', 'x1')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'idempotencyKey' },
    });
  });

  it('refuses a stale versioned update with CONFLICT and applies a current one', async () => {
    await dataSource.query("INSERT INTO thing (id, name) VALUES ('v1', 'before')");
    await dataSource.transaction((manager) => updateVersioned(manager, 'thing', 'v1', 1, 'name = $3', ['after']));
    await expect(
      dataSource.transaction((manager) => updateVersioned(manager, 'thing', 'v1', 1, 'name = $3', ['lost'])),
    ).rejects.toThrow(/changed by someone else/);
    expect(await dataSource.query("SELECT name, version FROM thing WHERE id = 'v1'")).toEqual([
      { name: 'after', version: 2 },
    ]);
  });

  it('records who changed what, before and after', async () => {
    await dataSource.transaction((manager) =>
      writeAudit(manager, caller, {
        entity: 'thing',
        entityId: 'v1',
        regionCode: 'FES',
        action: 'UPDATE',
        before: { name: 'before' },
        after: { name: 'after', amount: 5n },
      }),
    );
    expect(
      await dataSource.query('SELECT actor_sub, actor_role, entity, action, before, after FROM audit_record'),
    ).toEqual([
      {
        actor_sub: '101365',
        actor_role: 'REGIONAL_HEAD',
        entity: 'thing',
        action: 'UPDATE',
        before: { name: 'before' },
        after: { name: 'after', amount: '5' },
      },
    ]);
  });
});
