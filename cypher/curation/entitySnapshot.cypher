// What an entity is, for the audit trail's before and after: its properties (without the keys
// kept for look-ups) and what links to it, by relationship type (ids, at most 1,000 of each).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, {
  labels: [l IN labels(e) WHERE l <> 'Entity'],
  name: e.name, title: e.title, aliases: e.aliases, kind: e.kind, description: e.description, wikidataId: e.wikidataId,
  version: e.version, curated: e.curated,
  statements: COLLECT { MATCH (e)<-[:SAID_BY]-(s:Statement) RETURN s.id ORDER BY s.id LIMIT 1000 },
  tenures: COLLECT { MATCH (e)-[h:HELD]-(other) RETURN h.id ORDER BY h.id LIMIT 1000 },
  links: COLLECT { MATCH (e)-[r]-() WHERE NOT type(r) IN ['CHANGED', 'MERGED_INTO'] RETURN type(r) + ': ' + toString(count(r)) AS link ORDER BY link }
} AS snapshot
