import { Kind, parse, visit } from 'graphql';

/**
 * The names of the fields a supergraph marks `@clinical` (the subgraphs
 * declare the directive and compose it into the supergraph), sorted.
 */
export function clinicalFieldNames(supergraphSdl: string): string[] {
  const names = new Set<string>();
  visit(parse(supergraphSdl), {
    [Kind.FIELD_DEFINITION](field) {
      if (field.directives?.some((directive) => directive.name.value === 'clinical')) names.add(field.name.value);
    },
  });
  return [...names].sort();
}

/**
 * Whether an operation selects health data, known from the supergraph the
 * gateway serves: the subgraphs mark those fields `@clinical` where they
 * define them, so a new clinical field is covered without a change here.
 * The test is on the operation's text, by field name: it runs on every
 * subgraph call, and a field of the same name elsewhere only costs that
 * operation its sharing (the safe side). Until a supergraph is loaded, or
 * when one marks nothing, every operation counts as clinical: nothing is
 * shared nor cached.
 */
export class ClinicalFields {
  private pattern: RegExp | null = null;

  /** Takes the fields of a newly served supergraph; returns their names. */
  update(supergraphSdl: string): string[] {
    const names = clinicalFieldNames(supergraphSdl);
    this.pattern = names.length > 0 ? new RegExp(`\\b(?:${names.join('|')})\\b`) : null;
    return names;
  }

  readBy(operationText: string): boolean {
    return this.pattern === null || this.pattern.test(operationText);
  }
}
