import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';

/** The admin client's operations, the same folder from src/ and dist/. */
const OPERATIONS_DIR = path.resolve(__dirname, '../../../schemas/operations');

/** What metrics and logs call every operation that is not one of the client's. */
export const OTHER_OPERATION = 'other';

/** How much of a caller's operation name a log line keeps. */
const LOGGED_NAME_LENGTH = 64;

/**
 * The gateway names each subgraph call `<operation>__<subgraph>__<n>`: the
 * subgraphs count it under the client's operation it belongs to.
 */
const SUBGRAPH_SUFFIX = /__[a-z]+__\d+$/;

/** The names of the operations in schemas/operations/, read once at start-up (none when the folder is absent: every name is then `other`). */
export function clientOperationNames(dir: string = OPERATIONS_DIR): ReadonlySet<string> {
  const names = new Set<string>();
  if (!existsSync(dir)) return names;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.graphql'))) {
    for (const definition of parse(readFileSync(path.join(dir, file), 'utf8')).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
    }
  }
  return names;
}

/**
 * Operation names come from the caller, so a label or log field made of them
 * would let anyone grow a process's memory and logs without bound. Metrics
 * use this: the client's own operations by name (the gateway's subgraph calls
 * included), `anonymous`, and one `other` for everything else.
 */
export function operationLabel(name: string | null | undefined, known: ReadonlySet<string>): string {
  if (!name) return 'anonymous';
  const operation = name.replace(SUBGRAPH_SUFFIX, '');
  return known.has(operation) ? operation : OTHER_OPERATION;
}

/** A caller's operation name as a log line keeps it: cut short. */
export function loggedOperationName(name: string | null | undefined): string | undefined {
  return name ? name.slice(0, LOGGED_NAME_LENGTH) : undefined;
}
