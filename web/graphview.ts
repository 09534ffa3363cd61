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
  /** The whole text (a statement's quote), shown on hover; the label is cut short. */
  full: string;
  /** The day it is about, when the result says (a statement's `saidOn`, an article's `publishedAt`). */
  date?: string;
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

/** The types the graph holds, by the prefix of their ids: a result without `__typename` is typed by its ids. */
const TYPE_BY_PREFIX: Record<string, string> = {
  person: 'Person',
  organization: 'Organization',
  office: 'Office',
  group: 'Group',
  place: 'Place',
  statement: 'Statement',
  article: 'Article',
  edit: 'Edit',
};

/** A node's type: its `__typename` when selected, else what its id's prefix says. */
export function typeOf(id: string, typename?: Json): string {
  if (typeof typename === 'string' && typename) return typename;
  const prefix = id.split(':')[0] ?? '';
  return TYPE_BY_PREFIX[prefix] ?? (prefix ? prefix[0]!.toUpperCase() + prefix.slice(1) : 'Node');
}

/** Fields that point from a statement to its speaker are drawn the other way: speaker -> statement -> what it mentions. */
const TOWARDS_PARENT = new Set(['speaker']);

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fullLabelOf(obj: { [key: string]: Json }): string {
  for (const key of ['label', 'name', 'title', 'text', 'quote']) {
    const value = obj[key];
    if (typeof value === 'string' && value) return value;
  }
  return String(obj.id);
}

function labelOf(obj: { [key: string]: Json }): string {
  const value = fullLabelOf(obj);
  return value.length > 48 ? `${value.slice(0, 45)}…` : value;
}

function nodeOf(obj: { [key: string]: Json }, id: string, type: Json | undefined): ViewNode {
  const day = [obj.saidOn, obj.publishedAt, obj.date].find((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d));
  return { id, type: typeOf(id, type), label: labelOf(obj), full: fullLabelOf(obj), ...(day ? { date: day.slice(0, 10) } : {}) };
}

/** Whether a node is inside a date range; nodes without a date always are. */
export function withinDates(node: { date?: string }, from: string, to: string): boolean {
  if (!node.date) return true;
  return (!from || node.date >= from) && (!to || node.date <= to);
}

/** What an SVG drawing of the canvas needs of each node and edge, in model coordinates. */
export interface SvgNode {
  x: number;
  y: number;
  size: number;
  color: string;
  shape: string;
  label: string | null;
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function shapeSvg(n: SvgNode): string {
  const r = n.size / 2;
  const fill = `fill="${xmlText(n.color)}"`;
  if (n.shape === 'ellipse') return `<circle cx="${n.x}" cy="${n.y}" r="${r}" ${fill}/>`;
  if (n.shape === 'diamond') return `<polygon points="${n.x},${n.y - r} ${n.x + r},${n.y} ${n.x},${n.y + r} ${n.x - r},${n.y}" ${fill}/>`;
  if (n.shape === 'triangle') return `<polygon points="${n.x},${n.y - r} ${n.x + r},${n.y + r} ${n.x - r},${n.y + r}" ${fill}/>`;
  const rounded = n.shape.startsWith('round') ? ` rx="${r / 3}"` : '';
  return `<rect x="${n.x - r}" y="${n.y - r}" width="${n.size}" height="${n.size}"${rounded} ${fill}/>`;
}

/** The canvas as SVG: edges as lines, nodes as their shapes, the labels shown as text. */
export function toSvg(nodes: SvgNode[], edges: Array<{ x1: number; y1: number; x2: number; y2: number }>): string {
  const pad = 40;
  const xs = nodes.flatMap((n) => [n.x - n.size, n.x + n.size + 60]);
  const ys = nodes.flatMap((n) => [n.y - n.size, n.y + n.size + 20]);
  const [minX, maxX, minY, maxY] = xs.length ? [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)] : [0, 0, 0, 0];
  const width = Math.ceil(maxX - minX + 2 * pad);
  const height = Math.ceil(maxY - minY + 2 * pad);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${minX - pad} ${minY - pad} ${width} ${height}" font-family="sans-serif" font-size="10">`,
    `<rect x="${minX - pad}" y="${minY - pad}" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...edges.map((e) => `<line x1="${e.x1}" y1="${e.y1}" x2="${e.x2}" y2="${e.y2}" stroke="#c4c4c4" stroke-width="1"/>`),
    ...nodes.map(shapeSvg),
    ...nodes.filter((n) => n.label).map((n) => `<text x="${n.x}" y="${n.y + n.size / 2 + 12}" text-anchor="middle" fill="#222">${xmlText(n.label!)}</text>`),
    '</svg>',
  ];
  return parts.join('\n');
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
      for (const n of value.nodes as Json[]) if (isObject(n) && typeof n.id === 'string') nodes.set(n.id, nodeOf(n, n.id, n.type ?? n.__typename));
      for (const e of value.edges as Json[]) if (isObject(e)) addEdge(String(e.source), String(e.target), String(e.type ?? e.label ?? ''));
      return;
    }
    const id = typeof value.id === 'string' ? value.id : null;
    if (id) {
      if (!nodes.has(id)) nodes.set(id, nodeOf(value, id, value.__typename));
      if (parent) {
        if (TOWARDS_PARENT.has(field)) addEdge(id, parent, 'said');
        else addEdge(parent, id, field);
      }
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

/** A rectangle on the canvas, in rendered pixels. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Which labels to show so that no two overlap: the most important first (the caller orders them,
 * e.g. by how many edges a node has), each shown when its box overlaps none shown before it and
 * no obstacle (the bodies of nodes ranked before it).
 */
export function labelsToShow(ordered: ReadonlyArray<{ id: string; box: Box }>, obstacles: ReadonlyArray<{ id: string; box: Box }> = []): Set<string> {
  const shown: Box[] = [];
  const ids = new Set<string>();
  const rank = new Map(ordered.map((o, i) => [o.id, i]));
  for (const [i, { id, box }] of ordered.entries()) {
    // nor cover a more important node (the most important keep their labels whatever lies under them)
    if (shown.some((b) => overlaps(b, box)) || obstacles.some((o) => (rank.get(o.id) ?? Infinity) < i && overlaps(o.box, box))) continue;
    shown.push(box);
    ids.add(id);
  }
  return ids;
}

/** The types drawn and how many nodes each has, for the legend. */
export function legendOf(view: View): Array<{ type: string; count: number }> {
  const counts = new Map<string, number>();
  for (const n of view.nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  return [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

/** A view with more nodes and edges added (a node expanded in place); nothing is doubled. */
export function mergeViews(a: View, b: View): View {
  const nodes = new Map(a.nodes.map((n) => [n.id, n]));
  for (const n of b.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const edges = new Map(a.edges.map((e) => [e.id, e]));
  for (const e of b.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
