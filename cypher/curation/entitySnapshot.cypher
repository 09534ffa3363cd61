// What an entity is, for the audit trail's before and after: its properties (without the keys
// kept for look-ups) and what links to it: its statements and tenures (at most 1,000 ids of each),
// and how many relationships of each type it has.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH id, e,
     COLLECT { MATCH (e)<-[:SAID_BY]-(s:Statement) RETURN s.id AS sid ORDER BY sid LIMIT 1000 } AS statements,
     COLLECT { MATCH (e)-[h:HELD]-() RETURN h.id AS hid ORDER BY hid LIMIT 1000 } AS tenures,
     COLLECT {
       MATCH (e)-[r]-() WHERE NOT type(r) IN ['CHANGED', 'MERGED_INTO']
       WITH type(r) AS relType, count(*) AS n
       RETURN relType + ': ' + toString(n) AS link ORDER BY link
     } AS links
RETURN id, {
  labels: [l IN labels(e) WHERE l <> 'Entity'],
  name: e.name, title: e.title, aliases: e.aliases, kind: e.kind, description: e.description, wikidataId: e.wikidataId,
  version: e.version, curated: e.curated, statements: statements, tenures: tenures, links: links
} AS snapshot
