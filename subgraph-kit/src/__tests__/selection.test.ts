import {
  buildSchema,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { selectedArguments, selectsField } from '../index';

/** What a resolver of the query's first root field sees of it. */
function infoOf(query: string): { fieldNodes: FieldNode[]; fragments: Record<string, FragmentDefinitionNode> } {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const root = operation?.selectionSet.selections[0];
  if (root?.kind !== Kind.FIELD) throw new Error('no root field');
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return { fieldNodes: [root], fragments };
}

describe('selectsField', () => {
  it('finds a field selected directly, in an inline fragment or in a named one', () => {
    expect(selectsField(infoOf('{ region(code: "FES") { code social { open } } }'), 'social')).toBe(true);
    expect(selectsField(infoOf('{ region(code: "FES") { ... on Region { social { open } } } }'), 'social')).toBe(true);
    expect(
      selectsField(
        infoOf('query { region(code: "FES") { ...Page } } fragment Page on Region { social { open } }'),
        'social',
      ),
    ).toBe(true);
  });

  it('ignores the field with arguments, deeper down, or absent', () => {
    expect(selectsField(infoOf('{ region(code: "FES") { social(year: 2024) { open } } }'), 'social')).toBe(false);
    expect(selectsField(infoOf('{ region(code: "FES") { currentHead { social } } }'), 'social')).toBe(false);
    expect(selectsField(infoOf('{ region(code: "FES") { code } }'), 'social')).toBe(false);
  });

  it('follows a fragment once, whatever spreads it', () => {
    const query =
      'query { region(code: "FES") { ...A ...A } } fragment A on Region { code ... on Region { ...B } } fragment B on Region { staffCount }';
    expect(selectsField(infoOf(query), 'staffCount')).toBe(true);
    expect(selectsField(infoOf(query), 'social')).toBe(false);
  });
});

describe('selectedArguments', () => {
  const schema = buildSchema(`
    type Query { region(code: ID!): Region }
    type Region { code: ID! trend(months: Int = 24): [Int!]! }
  `);
  const returnType = schema.getQueryType()?.getFields().region?.type;
  if (!returnType) throw new Error('no region field');
  const argumentsOf = (query: string, variableValues: Record<string, unknown> = {}) =>
    selectedArguments({ ...infoOf(query), returnType, variableValues }, 'trend');

  it('gives the arguments as written, from variables, or their defaults', () => {
    expect(argumentsOf('{ region(code: "FES") { trend(months: 12) } }')).toEqual({ months: 12 });
    expect(argumentsOf('query ($m: Int) { region(code: "FES") { trend(months: $m) } }', { m: 6 })).toEqual({
      months: 6,
    });
    expect(argumentsOf('{ region(code: "FES") { ... on Region { trend } } }')).toEqual({ months: 24 });
  });

  it('gives nothing for a field not selected, or not of the type being resolved', () => {
    expect(argumentsOf('{ region(code: "FES") { code } }')).toBeUndefined();
    const unknown = selectedArguments(
      { ...infoOf('{ region(code: "FES") { staffCount } }'), returnType, variableValues: {} },
      'staffCount',
    );
    expect(unknown).toBeUndefined();
  });
});
