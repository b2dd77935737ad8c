import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * A TypeORM logger that counts the SQL statements a data source sends (and
 * keeps their text), for tests that prove a page costs the same number of
 * statements whatever its size.
 */
export class StatementCounter implements TypeOrmLogger {
  readonly statements: string[] = [];

  get count(): number {
    return this.statements.length;
  }

  reset(): void {
    this.statements.length = 0;
  }

  logQuery(query: string): void {
    this.statements.push(query);
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
