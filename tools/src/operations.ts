import { Supergraph } from '@apollo/federation-internals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate, type GraphQLSchema } from 'graphql';

export interface OperationProblem {
  file: string;
  messages: string[];
}

/** The schema clients see: the supergraph without its federation machinery. */
export function apiSchema(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** Reads the admin client's operations: one .graphql file each. */
export function readOperations(dir: string): { file: string; source: string }[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({ file, source: readFileSync(path.join(dir, file), 'utf8') }));
}

/** Validates each operation against the API schema; the files that fail, with why. */
export function validateOperations(
  schema: GraphQLSchema,
  operations: { file: string; source: string }[],
): OperationProblem[] {
  return operations.flatMap(({ file, source }) => {
    let messages: string[];
    try {
      messages = validate(schema, parse(source)).map((error) => error.message);
    } catch (error) {
      messages = [error instanceof Error ? error.message : String(error)];
    }
    return messages.length > 0 ? [{ file, messages }] : [];
  });
}
