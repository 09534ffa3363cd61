// What an entity found as a candidate is linked to, for the identity decision
// (src/ingest/identity.ts): offices, organizations, publishers, the days it was reported on, tenures.
// In scope: `row` (with its `key`) and the entity `e`.
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
