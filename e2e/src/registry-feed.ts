import type { RegistryFeedStatus } from 'mutual-service';
import { Client } from 'pg';

/** The mutual's registry-feed check, as its /ready answers it: the HTTP status and the consumer's details. */
export async function registryFeedCheck(
  mutualReadyUrl: string,
): Promise<{ status: number; details: RegistryFeedStatus }> {
  const response = await fetch(mutualReadyUrl);
  const body = (await response.json()) as { checks: Array<{ name: string; details?: RegistryFeedStatus }> };
  const details = body.checks.find((check) => check.name === 'registry-feed')?.details;
  if (!details) throw new Error(`the mutual's /ready has no registry-feed details: ${JSON.stringify(body)}`);
  return { status: response.status, details };
}

/** The last registry event the foundation has written (0 before any), read as its superuser. */
export async function registryFeedHead(foundationSuperuserUrl: string): Promise<number> {
  const client = new Client({ connectionString: foundationSuperuserUrl });
  await client.connect();
  try {
    return Number(
      (await client.query<{ head: string }>('SELECT coalesce(max(sequence), 0)::text AS head FROM registry_event'))
        .rows[0].head,
    );
  } finally {
    await client.end();
  }
}

/**
 * Waits, at most `timeoutMs`, until the mutual has applied every registry
 * event the foundation has written so far, and returns the consumer's
 * details then: what a test reads on the mutual's side after a registry
 * change is then the change applied.
 */
export async function waitForRegistryFeed(
  mutualReadyUrl: string,
  foundationSuperuserUrl: string,
  timeoutMs = 30_000,
): Promise<RegistryFeedStatus> {
  const head = await registryFeedHead(foundationSuperuserUrl);
  const deadline = Date.now() + timeoutMs;
  let last: RegistryFeedStatus | undefined;
  while (Date.now() < deadline) {
    last = (await registryFeedCheck(mutualReadyUrl)).details;
    if (last.cursor >= head) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(
    `the mutual did not apply the registry feed up to event ${head} within ${timeoutMs} ms: ${JSON.stringify(last)}`,
  );
}
