import {
  Counter,
  Gauge,
  MUTUAL_SERVICE_ISSUER,
  REGISTRY_FEED_AUDIENCE,
  type RegistryEvent,
  type RegistryFeedPage,
  type ServiceMetrics,
  signServiceToken,
} from '@dsp/common';
import type { KeyObject } from 'node:crypto';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { applyRegistryEvent } from './apply';
import { RegistryFeedRepository } from './registry-feed.repository';

export interface RegistryFeedOptions {
  /** The foundation's feed, e.g. http://foundation:4001/registry-feed. */
  url: string;
  /** The mutual's own service key: the foundation trusts its public half for the feed only. */
  signingKey: KeyObject;
  /** Pause between polls once caught up; 2,000 ms by default. */
  pollIntervalMs?: number;
  /** Events per page; 500 by default. */
  pageSize?: number;
  /** Longest pause between retries while the foundation is unreachable; 30,000 ms by default. */
  maxBackoffMs?: number;
}

/** What /ready shows of the consumer. */
export interface RegistryFeedStatus {
  /** The last sequence applied. */
  cursor: number;
  /** The feed's head at the last successful read. */
  head: number;
  eventsBehind: number;
  /** Seconds since the mutual last knew it had applied everything (0 while it knows it is in step). */
  secondsBehind: number;
  foundationReachable: boolean;
  consecutiveFailures: number;
  lastError: string | null;
  lastReadAt: string | null;
}

/**
 * The mutual's background reader of the foundation's registry feed. It reads
 * pages after the cursor kept in the mutual's database and applies each page
 * in one transaction that also moves the cursor (under a row lock, skipping
 * what another replica applied meanwhile): an event is applied exactly once.
 * When the foundation cannot be reached it retries with exponential backoff;
 * it never throws out of its loop, so the mutual keeps serving whatever happens.
 */
export class RegistryFeedConsumer {
  private cursor = 0;
  private head = 0;
  private inStepAt = Date.now();
  private inStep = false;
  private failures = 0;
  private lastError: string | null = null;
  private lastReadAt: Date | null = null;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private readonly applied?: Counter<'type'>;
  private readonly pollFailures?: Counter;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: RegistryFeedOptions,
    private readonly logger: Logger,
    metrics?: ServiceMetrics,
  ) {
    if (metrics) {
      const registers = [metrics.registry];
      this.applied = new Counter({
        name: 'registry_feed_events_applied_total',
        help: 'Registry events applied to the beneficiary file, by type.',
        labelNames: ['type'],
        registers,
      });
      this.pollFailures = new Counter({
        name: 'registry_feed_read_failures_total',
        help: 'Failed reads of the foundation’s registry feed.',
        registers,
      });
      const status = (): RegistryFeedStatus => this.status();
      new Gauge({
        name: 'registry_feed_events_behind',
        help: 'Registry events written by the foundation and not yet applied.',
        registers,
        collect() {
          this.set(status().eventsBehind);
        },
      });
      new Gauge({
        name: 'registry_feed_lag_seconds',
        help: 'Seconds since the mutual last knew its file was in step with the registry.',
        registers,
        collect() {
          this.set(status().secondsBehind);
        },
      });
      new Gauge({
        name: 'registry_feed_cursor',
        help: 'The last registry event sequence applied.',
        registers,
        collect() {
          this.set(status().cursor);
        },
      });
    }
  }

  status(): RegistryFeedStatus {
    return {
      cursor: this.cursor,
      head: this.head,
      eventsBehind: Math.max(0, this.head - this.cursor),
      secondsBehind: this.inStep ? 0 : Math.round((Date.now() - this.inStepAt) / 100) / 10,
      foundationReachable: this.failures === 0 && this.lastReadAt !== null,
      consecutiveFailures: this.failures,
      lastError: this.lastError,
      lastReadAt: this.lastReadAt?.toISOString() ?? null,
    };
  }

  /** Starts the background loop. */
  start(): void {
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.poll().then((next) => this.schedule(next));
    }, delayMs);
  }

  /** One read and apply; returns the pause before the next. */
  private async poll(): Promise<number> {
    const pollInterval = this.options.pollIntervalMs ?? 2_000;
    try {
      const page = await this.readPage();
      await this.applyPage(page);
      return this.cursor < page.head ? 0 : pollInterval;
    } catch (error) {
      this.failures += 1;
      this.inStep = false;
      this.lastError = error instanceof Error ? error.message : String(error);
      this.pollFailures?.inc();
      await this.recordFailure(this.lastError);
      const backoff = Math.min(this.options.maxBackoffMs ?? 30_000, 500 * 2 ** Math.min(this.failures - 1, 10));
      this.logger.warn(
        { err: this.lastError, failures: this.failures, retryInMs: backoff },
        'registry feed: read or apply failed; retrying',
      );
      return backoff;
    }
  }

  private async readPage(): Promise<RegistryFeedPage> {
    this.cursor = await this.storedCursor();
    const token = await signServiceToken(this.options.signingKey, MUTUAL_SERVICE_ISSUER, REGISTRY_FEED_AUDIENCE);
    const url = `${this.options.url}?after=${this.cursor}&limit=${this.options.pageSize ?? 500}`;
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw new Error(
        `the foundation's registry feed is unreachable (${error instanceof Error ? error.message : String(error)})`,
        { cause: error },
      );
    }
    if (!response.ok) throw new Error(`the foundation's registry feed answered HTTP ${response.status}`);
    const page = (await response.json()) as RegistryFeedPage;
    this.lastReadAt = new Date();
    this.head = page.head;
    return page;
  }

  /** The failure is recorded for the supervision view when the database is there to take it; the log has it anyway. */
  private async recordFailure(message: string): Promise<void> {
    try {
      await new RegistryFeedRepository(this.dataSource.manager).recordFailure(message);
    } catch (error) {
      this.logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'registry feed: the failure could not be recorded',
      );
    }
  }

  private storedCursor(): Promise<number> {
    // Outside any transaction: a plain read of where the feed stands before asking for the next page.
    return new RegistryFeedRepository(this.dataSource.manager).storedCursor();
  }

  private async applyPage(page: RegistryFeedPage): Promise<void> {
    let cursor = this.cursor;
    if (page.events.length > 0) {
      const result = await this.dataSource.transaction((manager) => applyEvents(manager, page.events));
      for (const event of result.applied) this.applied?.inc({ type: event.type });
      cursor = result.cursor;
    }
    // Kept in the database, so that every replica answers the feed's lag (Region.healthAttention) alike.
    await new RegistryFeedRepository(this.dataSource.manager).recordApplied();
    // One synchronous step: /ready never sees the new cursor beside the failures of before.
    this.cursor = cursor;
    this.failures = 0;
    this.lastError = null;
    this.inStep = this.cursor >= page.head;
    if (this.inStep) this.inStepAt = Date.now();
  }
}

/**
 * Applies the events after the stored cursor, in order, and moves the cursor
 * past them, in the caller's transaction; events at or before the cursor (a
 * replica got there first) are skipped, and a gap stops the page. Returns
 * the events applied and the cursor after them.
 */
export async function applyEvents(
  manager: EntityManager,
  events: readonly RegistryEvent[],
): Promise<{ applied: RegistryEvent[]; cursor: number }> {
  const repository = new RegistryFeedRepository(manager);
  await repository.actAsFeed();
  let cursor = await repository.lockedCursor();
  const applied: RegistryEvent[] = [];
  for (const event of events) {
    if (event.sequence <= cursor) continue;
    if (event.sequence !== cursor + 1)
      throw new Error(`registry feed gap: expected event ${cursor + 1}, got ${event.sequence}`);
    await applyRegistryEvent(manager, event);
    cursor = event.sequence;
    applied.push(event);
  }
  if (applied.length > 0) await repository.moveCursor(cursor);
  return { applied, cursor };
}
