import { Client } from 'pg';
import type { Logger as TypeOrmLogger } from 'typeorm';

/** A statement a service sent, with its parameters. */
export interface CapturedStatement {
  query: string;
  parameters: unknown[];
}

/**
 * A TypeORM logger that keeps every read a service sends, with its
 * parameters, so a test can ask PostgreSQL how it plans exactly what the
 * service runs. The request scope's own statements (the settings, a
 * transaction's START) are left out: the caller's settings go with each
 * read in the same message, below TypeORM, so a test passes them to
 * `sequentialScans` itself.
 */
export class StatementCapture implements TypeOrmLogger {
  readonly statements: CapturedStatement[] = [];

  reset(): void {
    this.statements.length = 0;
  }

  logQuery(query: string, parameters?: unknown[]): void {
    if (!/^\s*(SELECT|WITH)\b/i.test(query) || query.startsWith('SELECT set_config(')) return;
    this.statements.push({ query, parameters: parameters ?? [] });
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

export interface SequentialScanOptions {
  /**
   * A superuser connection string to the same database. The statements are
   * then run rather than only explained, as the application role (SET ROLE)
   * in a transaction rolled back after each, with auto_explain reporting
   * every plan, so the statements run inside the functions they call
   * (SECURITY DEFINER ones included, which EXPLAIN does not show) are
   * checked too.
   */
  superuserUrl?: string;
  /** The request settings (app.role, app.region, app.sub) the statements ran under: `callerSettings(caller)`. */
  settings?: Readonly<Record<string, string>>;
}

/** Sets the request settings for the open transaction, as the request scope does. */
async function applySettings(client: Client, settings: Readonly<Record<string, string>>): Promise<void> {
  const entries = Object.entries(settings);
  if (entries.length === 0) return;
  await client.query(
    `SELECT ${entries.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(', ')}`,
    entries.flat(),
  );
}

/** auto_explain's report of one plan: `duration: … ms  plan:` then the JSON plan. */
function reportedPlan(message: string): PlanNode | undefined {
  const start = message.indexOf('{');
  if (!message.startsWith('duration:') || start < 0) return undefined;
  return (JSON.parse(message.slice(start)) as { Plan: PlanNode }).Plan;
}

/**
 * Plans each captured statement as the application role would run it, inside
 * a transaction with the same request settings so row-level security is
 * planned too, and returns the sequential scans over `relations`: with
 * `EXPLAIN (FORMAT JSON)`, or, given `superuserUrl`, by running it under
 * auto_explain with nested statements.
 */
export async function sequentialScans(
  appUrl: string,
  statements: readonly CapturedStatement[],
  relations: readonly string[],
  { superuserUrl, settings = {} }: SequentialScanOptions = {},
): Promise<SequentialScan[]> {
  const client = new Client({ connectionString: superuserUrl ?? appUrl });
  const reported: PlanNode[] = [];
  client.on('notice', (notice) => {
    const plan = reportedPlan(notice.message ?? '');
    if (plan) reported.push(plan);
  });
  await client.connect();
  const found: SequentialScan[] = [];
  try {
    if (superuserUrl) {
      await client.query(`LOAD 'auto_explain'`);
      await client.query(`SET auto_explain.log_min_duration = 0; SET auto_explain.log_nested_statements = on;
        SET auto_explain.log_level = 'notice'; SET auto_explain.log_format = 'json'`);
      await client.query(`SET ROLE ${client.escapeIdentifier(decodeURIComponent(new URL(appUrl).username))}`);
    }
    for (const statement of statements) {
      const plans: PlanNode[] = [];
      await client.query('BEGIN');
      try {
        await applySettings(client, settings);
        if (superuserUrl) {
          reported.length = 0;
          await client.query(statement.query, statement.parameters);
        } else {
          const result = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
            `EXPLAIN (FORMAT JSON) ${statement.query}`,
            statement.parameters,
          );
          plans.push(...(result.rows[0]?.['QUERY PLAN'] ?? []).map((plan) => plan.Plan));
        }
      } finally {
        // Ending the transaction closes the statement's portal: auto_explain reports its plan then.
        await client.query('ROLLBACK');
      }
      plans.push(...reported.splice(0));
      if (plans.length === 0) throw new Error(`no plan was reported for: ${statement.query}`);
      const nodes: Array<{ nodeType: string; relation: string }> = [];
      for (const plan of plans) scans(plan, nodes);
      for (const node of nodes) {
        if (node.nodeType.includes('Seq Scan') && relations.includes(node.relation))
          found.push({ query: statement.query, relation: node.relation });
      }
    }
  } finally {
    await client.end();
  }
  return found;
}

/** A table a plan reads: the plan node, and the index it reads through, if any. */
export interface TableRead {
  nodeType: string;
  relation: string;
  index: string | null;
}

interface IndexedPlanNode extends PlanNode {
  'Index Name'?: string;
  Plans?: IndexedPlanNode[];
}

function tableReads(node: IndexedPlanNode, found: TableRead[]): void {
  if (node['Relation Name'])
    found.push({ nodeType: node['Node Type'], relation: node['Relation Name'], index: node['Index Name'] ?? null });
  for (const child of node.Plans ?? []) tableReads(child, found);
}

/**
 * The tables `query` reads in its generic plan (`EXPLAIN (GENERIC_PLAN)`),
 * made for no values in particular, as the application role under the
 * request `settings` (app.role, app.region, app.sub): the plan PostgreSQL
 * may keep for a prepared statement after its first five runs, which a plan
 * for the values at hand does not show. A bitmap read names the index it
 * reads the bitmap from on its Bitmap Index Scan node.
 */
export async function genericPlanReads(
  appUrl: string,
  query: string,
  settings: Readonly<Record<string, string>>,
): Promise<TableRead[]> {
  const client = new Client({ connectionString: appUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await applySettings(client, settings);
    const result = await client.query<{ 'QUERY PLAN': Array<{ Plan: IndexedPlanNode }> }>(
      `EXPLAIN (GENERIC_PLAN, FORMAT JSON) ${query}`,
    );
    const found: TableRead[] = [];
    for (const plan of result.rows[0]?.['QUERY PLAN'] ?? []) tableReads(plan.Plan, found);
    return found;
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}
