import type { DataSource } from 'typeorm';

/**
 * Takes a database back to before the migration `name`, for an upgrade
 * test: that migration and every one after it undone, newest first, never
 * one older. Returns the names undone, oldest first: what migrating again
 * applies.
 */
export async function undoThrough(dataSource: DataSource, name: string): Promise<string[]> {
  const undone: string[] = [];
  while (undone.at(-1) !== name) {
    const [last] = await dataSource.query<Array<{ name: string }>>(
      'SELECT name FROM migrations ORDER BY id DESC LIMIT 1',
    );
    if (!last || Number(last.name.slice(-13)) < Number(name.slice(-13)))
      throw new Error(`${name} is not among the applied migrations.`);
    undone.push(last.name);
    await dataSource.undoLastMigration();
  }
  return undone.reverse();
}
