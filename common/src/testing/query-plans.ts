import { Client } from 'pg';
import type { Logger as TypeOrmLogger } from 'typeorm';

/** A statement a service sent, with its parameters and the request settings (app.role, app.region, app.sub) in force. */
export interface CapturedStatement {
  query: string;
  parameters: unknown[];
  settings: unknown[];
}

const SETTINGS_PREFIX = 'SELECT set_config(';

/**
 * A TypeORM logger that keeps every statement with its parameters, and the
 * request scope's `set_config` call that preceded it, so a test can ask
 * PostgreSQL how it plans exactly what the service runs (requests one at a
 * time: the settings are the last ones seen).
 */
export class StatementCapture implements TypeOrmLogger {
  readonly statements: CapturedStatement[] = [];
  private settings: unknown[] = [];

  reset(): void {
    this.statements.length = 0;
  }

  logQuery(query: string, parameters?: unknown[]): void {
    if (query.startsWith(SETTINGS_PREFIX)) {
      this.settings = parameters ?? [];
      return;
    }
    if (!/^\s*(SELECT|WITH)\b/i.test(query)) return;
    this.statements.push({ query, parameters: parameters ?? [], settings: this.settings });
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function scans(node: PlanNode, found: Array<{ nodeType: string; relation: string }>): void {
  if (node['Relation Name']) found.push({ nodeType: node['Node Type'], relation: node['Relation Name'] });
  for (const child of node.Plans ?? []) scans(child, found);
}

/** A statement whose plan reads one of the watched tables sequentially. */
export interface SequentialScan {
  query: string;
  relation: string;
}

/**
 * Plans each captured statement as the application role would run it
 * (`EXPLAIN (FORMAT JSON)` inside a transaction with the same request
 * settings, so row-level security is planned too) and returns the
 * sequential scans over `relations`.
 */
export async function sequentialScans(appUrl: string, statements: readonly CapturedStatement[], relations: readonly string[]): Promise<SequentialScan[]> {
  const client = new Client({ connectionString: appUrl });
  await client.connect();
  const found: SequentialScan[] = [];
  try {
    for (const statement of statements) {
      await client.query('BEGIN');
      try {
        const pairs = statement.settings.length / 2;
        if (pairs > 0) {
          await client.query(`SELECT ${Array.from({ length: pairs }, (_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(', ')}`, statement.settings);
        }
        const result = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) ${statement.query}`, statement.parameters);
        const nodes: Array<{ nodeType: string; relation: string }> = [];
        for (const plan of result.rows[0]?.['QUERY PLAN'] ?? []) scans(plan.Plan, nodes);
        for (const node of nodes) {
          if (node.nodeType.includes('Seq Scan') && relations.includes(node.relation)) found.push({ query: statement.query, relation: node.relation });
        }
      } finally {
        await client.query('ROLLBACK');
      }
    }
  } finally {
    await client.end();
  }
  return found;
}
