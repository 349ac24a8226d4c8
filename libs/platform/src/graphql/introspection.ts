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
    const expanded = new Set<string>();
    const rootFields = document.definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION ? fieldNamesOf(definition.selectionSet, fragments, expanded) : [],
    );
    answer = rootFields.length > 0 && rootFields.every((name) => name.startsWith('__')) && rootFields.some((name) => SCHEMA_FIELDS.has(name));
    introspectionOnly.set(document, answer);
  }
  return answer;
}

/** The most type-graph lists (see `TYPE_GRAPH_LISTS`) that one path under `__schema` or `__type` follows. */
export function typeGraphNesting(document: DocumentNode): number {
  const fragments = fragmentsOf(document);
  // Each fragment is measured once per context, however often it is spread: a document of fragments that
  // spread others twice would otherwise cost 2^depth. A fragment met again while being measured (a cycle,
  // which validation refuses anyway) counts as 0.
  const measured = new Map<string, number>();
  const deepest = (selectionSet: SelectionSetNode | undefined, inSchema: boolean): number => {
    let most = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const here = inSchema && TYPE_GRAPH_LISTS.has(name) ? 1 : 0;
        most = Math.max(most, here + deepest(selection.selectionSet, inSchema || SCHEMA_FIELDS.has(name)));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        most = Math.max(most, deepest(selection.selectionSet, inSchema));
      } else {
        const key = `${selection.name.value}:${inSchema}`;
        if (!measured.has(key)) {
          measured.set(key, 0);
          measured.set(key, deepest(fragments.get(selection.name.value)?.selectionSet, inSchema));
        }
        most = Math.max(most, measured.get(key)!);
      }
    }
    return most;
  };
  return Math.max(
    0,
    ...document.definitions.map((definition) => (definition.kind === Kind.OPERATION_DEFINITION ? deepest(definition.selectionSet, false) : 0)),
  );
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])),
  );
}

/** The root field names a selection set asks for, each fragment expanded once in the whole document. */
function fieldNamesOf(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, expanded: Set<string>): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldNamesOf(selection.selectionSet, fragments, expanded);
    const fragment = fragments.get(selection.name.value);
    if (!fragment || expanded.has(selection.name.value)) return [];
    expanded.add(selection.name.value);
    return fieldNamesOf(fragment.selectionSet, fragments, expanded);
  });
}
