import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

const SCHEMA_FIELDS = new Set(['__schema', '__type']);
/** The introspection fields that lead from a type to other types' lists: following them in a loop is a cycle. */
const TYPE_GRAPH_LISTS = new Set(['types', 'fields', 'inputFields', 'interfaces', 'possibleTypes']);

const introspectionOnly = new WeakMap<DocumentNode, boolean>();

/**
 * Whether every operation of the document asks only for introspection (`__schema`, `__type`, `__typename`),
 * and at least one for the schema: the request of an IDE or a code generator.
 */
export function isIntrospectionOnly(document: DocumentNode): boolean {
  let answer = introspectionOnly.get(document);
  if (answer === undefined) {
    const fragments = fragmentsOf(document);
    const rootFields = document.definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION ? fieldNamesOf(definition.selectionSet, fragments, new Set()) : [],
    );
    answer = rootFields.length > 0 && rootFields.every((name) => name.startsWith('__')) && rootFields.some((name) => SCHEMA_FIELDS.has(name));
    introspectionOnly.set(document, answer);
  }
  return answer;
}

/** The most type-graph lists (see `TYPE_GRAPH_LISTS`) that one path under `__schema` or `__type` follows. */
export function typeGraphNesting(document: DocumentNode): number {
  const fragments = fragmentsOf(document);
  const deepest = (selectionSet: SelectionSetNode | undefined, inSchema: boolean, expanding: Set<string>): number => {
    let most = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const here = inSchema && TYPE_GRAPH_LISTS.has(name) ? 1 : 0;
        most = Math.max(most, here + deepest(selection.selectionSet, inSchema || SCHEMA_FIELDS.has(name), expanding));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        most = Math.max(most, deepest(selection.selectionSet, inSchema, expanding));
      } else if (!expanding.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        most = Math.max(most, deepest(fragment?.selectionSet, inSchema, new Set(expanding).add(selection.name.value)));
      }
    }
    return most;
  };
  return Math.max(
    0,
    ...document.definitions.map((definition) => (definition.kind === Kind.OPERATION_DEFINITION ? deepest(definition.selectionSet, false, new Set()) : 0)),
  );
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])),
  );
}

function fieldNamesOf(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, expanding: Set<string>): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldNamesOf(selection.selectionSet, fragments, expanding);
    const fragment = fragments.get(selection.name.value);
    if (!fragment || expanding.has(selection.name.value)) return [];
    return fieldNamesOf(fragment.selectionSet, fragments, new Set(expanding).add(selection.name.value));
  });
}
