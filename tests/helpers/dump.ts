/** What a graph dump leaves out: the clock's properties, which differ from one write to the next. */
const SKIPPED = new Set(['createdAt', 'ingestedAt', 'at']);

/**
 * Every node and relationship but the record of migrations, with their properties (but the
 * clock's) and the type Neo4j stores each in (a date is not its text, an integer not a float),
 * sorted: two graphs written different ways compare line by line.
 */
export async function dump(run: (text: string) => Promise<Array<Record<string, unknown>>>): Promise<string[]> {
  const props = (p: unknown, types: unknown) => {
    const kept = Object.entries(p as Record<string, unknown>).filter(([k]) => !SKIPPED.has(k)).sort(([a], [b]) => (a < b ? -1 : 1));
    const typed = (types as string[]).filter((t) => !SKIPPED.has(t.split(' ')[0]!)).sort();
    return `${JSON.stringify(kept)} ${JSON.stringify(typed)}`;
  };
  const nodes = await run('MATCH (n) WHERE NOT n:Migration RETURN labels(n) AS labels, properties(n) AS props, [k IN keys(n) | k + " " + valueType(n[k])] AS types');
  const rels = await run('MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.name) AS a, coalesce(b.id, b.name) AS b, properties(r) AS props, [k IN keys(r) | k + " " + valueType(r[k])] AS types');
  return [
    ...nodes.map((n) => `${[...(n.labels as string[])].sort().join(':')} ${props(n.props, n.types)}`),
    ...rels.map((r) => `${r.a} -${r.type}-> ${r.b} ${props(r.props, r.types)}`),
  ].sort();
}
