import { valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * What the client selected below a field, by field name (aliases merged, fragments followed).
 * A root field reads it to fetch, in its one Cypher statement, the links the query will follow,
 * instead of leaving each link to a loader and a round trip of its own. `@skip`/`@include` are
 * not evaluated: a field they drop is fetched and not read, which costs a little and is never wrong.
 */
export type Selection = Map<string, FieldNode[]>;

function collect(set: SelectionSetNode | undefined, info: Pick<GraphQLResolveInfo, 'fragments'>, into: Selection): Selection {
  for (const node of set?.selections ?? []) {
    if (node.kind === 'Field') into.set(node.name.value, [...(into.get(node.name.value) ?? []), node]);
    else if (node.kind === 'InlineFragment') collect(node.selectionSet, info, into);
    else collect(info.fragments[node.name.value]?.selectionSet, info, into);
  }
  return into;
}

/** The fields selected under the nodes given. */
function below(nodes: readonly FieldNode[], info: Pick<GraphQLResolveInfo, 'fragments'>): Selection {
  const into: Selection = new Map();
  for (const node of nodes) collect(node.selectionSet, info, into);
  return into;
}

/** The fields selected under the resolved field, or under `path` below it (empty when not selected). */
export function selectionAt(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, ...path: string[]): Selection {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) nodes = below(nodes, info).get(name) ?? [];
  return below(nodes, info);
}

/** The fields selected on the items of a connection, through `nodes` and `edges { node }` alike. */
export function connectionItemSelection(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, ...path: string[]): Selection {
  const merged: Selection = new Map(selectionAt(info, ...path, 'nodes'));
  for (const [name, nodes] of selectionAt(info, ...path, 'edges', 'node')) merged.set(name, [...(merged.get(name) ?? []), ...nodes]);
  return merged;
}

/** The fields selected under one field of a selection. */
export function subSelection(selection: Selection, name: string, info: Pick<GraphQLResolveInfo, 'fragments'>): Selection {
  return below(selection.get(name) ?? [], info);
}

/**
 * The arguments given to a selected field, variables applied; an argument not given is undefined
 * (the arguments read here default to null). Untyped: the schema's types come from the graphql
 * instance Apollo loads, which may not be the one this module sees.
 */
export function argumentsOf(info: GraphQLResolveInfo, node: FieldNode): Record<string, unknown> {
  return Object.fromEntries((node.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value, info.variableValues)]));
}
