import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved selects `name` without arguments, directly
 * or through fragments: lets a read fetch in the same statement what the
 * query asks for next. Directives are not evaluated, so a field skipped by
 * @include or @skip still counts (it is read, not returned).
 */
export function selectsField(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name && !selection.arguments?.length;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      const fragment = info.fragments[selection.name.value];
      if (!fragment || seen.has(selection.name.value)) return false;
      seen.add(selection.name.value);
      return visit(fragment.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
