/**
 * Turns a GraphQL result into nodes and edges for drawing: `Subgraph`-shaped results (nodes with
 * id/type/label, edges with source/target/type) as they are, and any other result through the
 * objects in it that have an `id`: each is a node, and an object inside another is joined to it
 * by an edge named after the field. Pure, so it is tested without a browser.
 */

export interface ViewNode {
  id: string;
  type: string;
  label: string;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  label: string;
}

export interface View {
  nodes: ViewNode[];
  edges: ViewEdge[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function labelOf(obj: { [key: string]: Json }): string {
  for (const key of ['label', 'name', 'title', 'text', 'quote']) {
    const value = obj[key];
    if (typeof value === 'string' && value) return value.length > 48 ? `${value.slice(0, 45)}…` : value;
  }
  return String(obj.id);
}

function isSubgraph(obj: { [key: string]: Json }): boolean {
  const { nodes, edges } = obj;
  return Array.isArray(nodes) && Array.isArray(edges) && edges.every((e) => isObject(e) && typeof e.source === 'string' && typeof e.target === 'string');
}

/** The nodes and edges of a result. */
export function viewOf(result: unknown): View {
  const nodes = new Map<string, ViewNode>();
  const edges = new Map<string, ViewEdge>();
  const addEdge = (source: string, target: string, label: string) => {
    if (source === target) return;
    const id = `${source}|${label}|${target}`;
    edges.set(id, { id, source, target, label });
  };
  const walk = (value: Json | undefined, parent: string | null, field: string) => {
    if (Array.isArray(value)) return value.forEach((v) => walk(v, parent, field));
    if (!isObject(value)) return;
    if (isSubgraph(value)) {
      for (const n of value.nodes as Json[]) if (isObject(n) && typeof n.id === 'string') nodes.set(n.id, { id: n.id, type: String(n.type ?? n.__typename ?? 'Node'), label: labelOf(n) });
      for (const e of value.edges as Json[]) if (isObject(e)) addEdge(String(e.source), String(e.target), String(e.type ?? e.label ?? ''));
      return;
    }
    const id = typeof value.id === 'string' ? value.id : null;
    if (id) {
      if (!nodes.has(id)) nodes.set(id, { id, type: String(value.__typename ?? id.split(':')[0] ?? 'Node'), label: labelOf(value) });
      if (parent) addEdge(parent, id, field);
    }
    for (const [key, inner] of Object.entries(value)) walk(inner, id ?? parent, id ? key : `${field}.${key}`.replace(/^\./, ''));
  };
  walk((result as { data?: Json } | null)?.data ?? (result as Json), null, '');
  const known = new Set(nodes.keys());
  return { nodes: [...nodes.values()], edges: [...edges.values()].filter((e) => known.has(e.source) && known.has(e.target)) };
}

/** The query GraphiQL offers for a node that was clicked: its neighbourhood, drawn again. */
export function exploreQuery(id: string): string {
  return `# The neighbourhood of ${id}; the graph view draws it.
query Explore($id: ID!) {
  node(id: $id) { __typename id }
  neighborhood(id: $id, depth: 1, limit: 25) {
    truncated
    nodes { id type label }
    edges { type source target }
  }
}`;
}
