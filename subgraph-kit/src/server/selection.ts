import {
  type FieldNode,
  getArgumentValues,
  getNamedType,
  type GraphQLResolveInfo,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';

type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** The first selection of `name` under the field being resolved, directly or through fragments. */
function selectedField(info: SelectionInfo, name: string, accepts: (node: FieldNode) => boolean): FieldNode | null {
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): FieldNode | null => {
    for (const selection of set?.selections ?? []) {
      let found: FieldNode | null = null;
      if (selection.kind === Kind.FIELD) {
        found = selection.name.value === name && accepts(selection) ? selection : null;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        found = visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        found = visit(info.fragments[selection.name.value]?.selectionSet);
      }
      if (found) return found;
    }
    return null;
  };
  for (const node of info.fieldNodes) {
    const found = visit(node.selectionSet);
    if (found) return found;
  }
  return null;
}

/**
 * Whether the field being resolved selects `name` without arguments, directly
 * or through fragments: lets a read fetch in the same statement what the
 * query asks for next. Directives are not evaluated, so a field skipped by
 * @include or @skip still counts (it is read, not returned).
 */
export function selectsField(info: SelectionInfo, name: string): boolean {
  return selectedField(info, name, (node) => !node.arguments?.length) !== null;
}

/**
 * The arguments (with their defaults and the request's variables) of the
 * first selection of `name`, a field of the type being resolved; undefined
 * when the query does not select it. Like `selectsField`, for a read that
 * fetches what comes next, when what comes next takes arguments.
 */
export function selectedArguments(
  info: SelectionInfo & Pick<GraphQLResolveInfo, 'returnType' | 'variableValues'>,
  name: string,
): Record<string, unknown> | undefined {
  const type = getNamedType(info.returnType);
  const definition = isObjectType(type) ? type.getFields()[name] : undefined;
  const node = definition ? selectedField(info, name, () => true) : null;
  return definition && node ? getArgumentValues(definition, node, info.variableValues) : undefined;
}
