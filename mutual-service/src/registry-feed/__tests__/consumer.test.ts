import { type RegistryEvent, type RegistryFeedPage } from '@dsp/common';
import { demoPopulation, demoRegistryEvents } from '@dsp/demo';
import { openDataSource } from '@dsp/subgraph-kit';
import { createTestDatabase, type TestDatabase } from '@dsp/testing';
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createMutualDataSource, migrateMutual } from '../../database';
import { buildDemoData } from '../../seed/demo-data';
import { planInsert } from '../../seed/seed.repository';
import { RegistryFeedConsumer, type RegistryFeedStatus } from '../consumer';

/**
 * The consumer's status as /ready shows it, against a real database and a
 * feed served over HTTP that fails for a while, then answers: whatever
 * moment /ready is asked, a status that shows events applied from the feed
 * never says the feed is unreachable.
 */

const EVENTS: RegistryEvent[] = demoRegistryEvents(demoPopulation())
  .slice(0, 40)
  .map((event, i) => ({ ...event, sequence: i + 1, occurredAt: '2026-11-27T17:00:00.000Z' }));

let database: TestDatabase;
let dataSource: DataSource;
let feed: Server;
let feedUrl: string;
let failuresLeft = 0;

beforeAll(async () => {
  database = await createTestDatabase('mutual');
  await migrateMutual(database.ownerUrl);
  // The feed names plans by code: the catalogue is there before any event.
  const { plans } = buildDemoData();
  const admin = new Client({ connectionString: database.superuserUrl });
  await admin.connect();
  await admin.query(...planInsert(plans));
  await admin.end();
  dataSource = await openDataSource(
    createMutualDataSource({ url: database.appUrl, poolSize: 2 }),
    'the mutual test database',
    'MUTUAL_DATABASE_URL',
  );
  feed = createServer((request, response) => {
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      response.writeHead(503).end();
      return;
    }
    const after = Number(new URL(request.url ?? '/', 'http://feed').searchParams.get('after'));
    const page: RegistryFeedPage = {
      head: EVENTS.length,
      headOccurredAt: EVENTS[EVENTS.length - 1].occurredAt,
      events: EVENTS.filter((event) => event.sequence > after),
    };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(page));
  });
  await new Promise<void>((resolve) => feed.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/registry-feed`;
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => feed.close(resolve));
  await dataSource?.destroy();
  await database?.drop();
});

it('never shows events applied from the feed beside "feed unreachable", whenever /ready asks', async () => {
  failuresLeft = 3;
  const consumer = new RegistryFeedConsumer(
    dataSource,
    {
      url: feedUrl,
      signingKey: generateKeyPairSync('ed25519').privateKey,
      pollIntervalMs: 60_000,
      maxBackoffMs: 20,
    },
    pino({ level: 'silent' }),
  );
  let failuresSeen = 0;
  const contradictions: RegistryFeedStatus[] = [];
  let watching = true;
  // Asks for the status at every turn of the event loop, as a /ready request may arrive at any of them.
  const watch = (): void => {
    const status = consumer.status();
    failuresSeen = Math.max(failuresSeen, status.consecutiveFailures);
    if (status.cursor > 0 && !status.foundationReachable) contradictions.push(status);
    if (watching) setImmediate(watch);
  };
  watch();
  consumer.start();
  try {
    const deadline = Date.now() + 30_000;
    while (consumer.status().cursor < EVENTS.length) {
      if (Date.now() > deadline) throw new Error(`the consumer never caught up: ${JSON.stringify(consumer.status())}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    watching = false;
    await consumer.stop();
  }

  expect(failuresSeen).toBe(3);
  expect(contradictions.slice(0, 1)).toEqual([]);
  expect(consumer.status()).toMatchObject({ cursor: EVENTS.length, eventsBehind: 0, foundationReachable: true });
});
