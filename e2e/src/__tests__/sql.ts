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
