import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { getNamedType, parse, TypeInfo, visit, visitWithTypeInfo, type GraphQLSchema } from 'graphql';
import { apiSchema, validateOperations } from './operations';
import { composeSupergraph } from './supergraph';

export interface SchemaSources {
  /** The supergraph.yaml listing the subgraphs and their SDL files. */
  supergraphConfig: string;
  /** The committed supergraph. */
  committedSupergraph: string;
  /** The supergraph last published to clients. */
  publishedSupergraph: string;
  operations: { file: string; source: string }[];
  /** Reads an SDL file; tests pass a changed one. */
  read?: (file: string) => string;
}

export interface SchemaCheckReport {
  /** What fails the check. */
  errors: string[];
  /** What a reviewer should know but does not fail it. */
  notes: string[];
}

/** Every `Type.field` and `Type.field.argument` an operation selects, and the types it reads. */
function coordinatesUsed(
  schema: GraphQLSchema,
  operations: { source: string }[],
): { coordinates: Set<string>; types: Set<string> } {
  const coordinates = new Set<string>();
  const types = new Set<string>();
  for (const { source } of operations) {
    const typeInfo = new TypeInfo(schema);
    visit(
      parse(source),
      visitWithTypeInfo(typeInfo, {
        Field: (node) => {
          const parent = typeInfo.getParentType();
          const type = typeInfo.getType();
          if (parent) coordinates.add(`${parent.name}.${node.name.value}`);
          if (type) types.add(getNamedType(type).name);
        },
        Argument: (node) => {
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          if (parent && field) coordinates.add(`${parent.name}.${field.name}.${node.name.value}`);
        },
      }),
    );
  }
  return { coordinates, types };
}

function usedBy(change: Change, used: { coordinates: Set<string>; types: Set<string> }): boolean {
  const path = change.path;
  if (!path) return true;
  if (used.coordinates.has(path) || [...used.coordinates].some((coordinate) => coordinate.startsWith(`${path}.`)))
    return true;
  // A removed enum value breaks every operation that reads a field of that enum.
  const typeName = path.split('.')[0] ?? path;
  return String(change.type).startsWith('ENUM_VALUE') && used.types.has(typeName);
}

/**
 * The schema workflow's gate (`npm run schema:check`): the subgraphs compose,
 * the committed supergraph is what they compose to, every operation of the
 * admin client is valid against the new API schema, and no breaking change
 * against the published API schema touches what an operation uses. Breaking
 * changes that no operation uses are reported, not failed.
 */
export async function checkSchemas(sources: SchemaSources): Promise<SchemaCheckReport> {
  const errors: string[] = [];
  const notes: string[] = [];
  const composition = composeSupergraph(sources.supergraphConfig, sources.read);
  if ('errors' in composition) {
    return { errors: composition.errors.map((error) => `composition: ${error}`), notes };
  }
  if (composition.supergraphSdl !== sources.committedSupergraph) {
    errors.push('schemas/supergraph.graphql is stale: run `npm run compose` and commit it.');
  }
  const next = apiSchema(composition.supergraphSdl);
  for (const problem of validateOperations(next, sources.operations)) {
    errors.push(`operation ${problem.file}: ${problem.messages.join('; ')}`);
  }
  const published = apiSchema(sources.publishedSupergraph);
  const used = coordinatesUsed(published, sources.operations);
  for (const change of await diff(published, next)) {
    if (change.criticality.level !== CriticalityLevel.Breaking) continue;
    if (usedBy(change, used)) errors.push(`breaking change used by the admin client: ${change.message}`);
    else notes.push(`breaking change no operation uses: ${change.message}`);
  }
  return { errors, notes };
}
