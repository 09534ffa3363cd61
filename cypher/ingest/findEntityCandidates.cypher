// Entities already in the graph that share a name word with an entity an article names (its
// surname, or an organization's name), found through the full-text index on names and aliases.
// With what each is linked to (offices, organizations, publishers, the days it was reported on),
// so that identity is decided on evidence (src/ingest/identity.ts), never on a surname alone.
UNWIND $lookups AS row
CALL (row) {
  CALL db.index.fulltext.queryNodes('entity_names', row.query) YIELD node
  WITH node AS e
  // a partial name kept to its article ("person:howard~...") is no one to join
  WHERE row.label IN labels(e) AND NOT e.id CONTAINS '~'
  RETURN e
  LIMIT 30
}
CALL (e) {
  OPTIONAL MATCH (e)<-[:SAID_BY]-(s:Statement)
  RETURN min(s.saidOnDay) AS firstDay, max(s.saidOnDay) AS lastDay
}
RETURN row.key AS key, e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases,
       COLLECT {
         MATCH (e)-[:HELD]->(o:Office) RETURN o.id AS id
         UNION
         MATCH (e)<-[:SAID_BY]-(:Statement)-[:IN_CAPACITY_OF]->(o:Office) RETURN o.id AS id
       } AS officeIds,
       COLLECT {
         MATCH (e)-[:HELD]->(:Office)-[:OF]->(org:Organization) RETURN org.id AS id
         UNION
         MATCH (e)<-[:SAID_BY]-(:Statement)-[:IN_CAPACITY_OF|ON_BEHALF_OF]->(o)
         OPTIONAL MATCH (o)-[:OF]->(of:Organization)
         RETURN coalesce(of.id, o.id) AS id
       } AS organizationIds,
       COLLECT {
         MATCH (e)<-[:SAID_BY]-(:Statement)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(p:Organization)
         RETURN DISTINCT p.id AS id LIMIT 20
       } AS publisherIds,
       firstDay, lastDay,
       COLLECT {
         MATCH (e)-[h:HELD]->(:Office)-[:OF]->(org:Organization)
         RETURN {organizationId: org.id,
                 startDay: duration.inDays(date('1970-01-01'), h.start).days,
                 endDay: CASE WHEN h.end IS NULL THEN null ELSE duration.inDays(date('1970-01-01'), h.end).days END}
       } AS tenures
