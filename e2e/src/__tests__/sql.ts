import { Client } from 'pg';

/** Runs one query as the superuser, outside the services: the tests' independent view of the data. */
export async function sql<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** How many clinical reads the mutual logged of one claim, by one role when given. */
export async function claimReads(mutualUrl: string, claimId: string, role?: string): Promise<number> {
  const [row] = await sql<{ n: number }>(
    mutualUrl,
    'SELECT count(*)::int AS n FROM diagnosis_read WHERE claim_id = $1 AND ($2::text IS NULL OR reader_role = $2)',
    [claimId, role ?? null],
  );
  return row?.n ?? 0;
}
