import type { EntityManager } from 'typeorm';

/** PostgreSQL accepts at most 65,535 parameters per statement; chunks stay well below. */
const ROWS_PER_STATEMENT = 1000;

/** The seed's SQL: bulk inserts, in the caller's transaction. */
export class SeedRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Takes the officer table for this transaction and tells whether it is
   * empty, so two seeds started together cannot both fill it.
   */
  async lockAndCheckEmpty(): Promise<boolean> {
    await this.manager.query('LOCK TABLE officer IN EXCLUSIVE MODE');
    const rows: Array<{ present: boolean }> = await this.manager.query(
      'SELECT EXISTS (SELECT 1 FROM officer) AS present',
    );
    return rows[0]?.present !== true;
  }

  /** Inserts rows with multi-row VALUES lists, a chunk per statement. */
  async insert(table: string, columns: readonly string[], rows: ReadonlyArray<readonly unknown[]>): Promise<void> {
    for (let offset = 0; offset < rows.length; offset += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(offset, offset + ROWS_PER_STATEMENT);
      const values = chunk
        .map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`)
        .join(', ');
      await this.manager.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, chunk.flat());
    }
  }
}
