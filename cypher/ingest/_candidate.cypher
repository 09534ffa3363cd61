// What an entity found as a candidate is linked to, for the identity decision
// (src/ingest/identity.ts): offices, organizations, publishers, the days it was reported on, tenures.
// In scope: `row` (with its `key`) and the entity `e`. Its statements are read once, and each
// article that reports them once (a speaker of thousands of statements is a candidate in many
// articles, and an ingest describes every candidate).
CALL (e) {
  OPTIONAL MATCH (e)<-[:SAID_BY]-(s:Statement)
  OPTIONAL MATCH (s)-[r:IN_CAPACITY_OF|ON_BEHALF_OF]->(o)
  OPTIONAL MATCH (o)-[:OF]->(of:Organization)
  RETURN min(s.saidOnDay) AS firstDay, max(s.saidOnDay) AS lastDay,
         collect(DISTINCT CASE WHEN type(r) = 'IN_CAPACITY_OF' AND o:Office THEN o.id END) AS spokenOffices,
         collect(DISTINCT coalesce(of.id, o.id)) AS spokenOrganizations,
         collect(DISTINCT s) AS said
}
RETURN row.key AS key, e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases,
       COLLECT {
         MATCH (e)-[:HELD]->(o:Office) RETURN o.id AS id
         UNION
         UNWIND spokenOffices AS id RETURN id
       } AS officeIds,
       COLLECT {
         MATCH (e)-[:HELD]->(:Office)-[:OF]->(org:Organization) RETURN org.id AS id
         UNION
         UNWIND spokenOrganizations AS id RETURN id
       } AS organizationIds,
       COLLECT {
         UNWIND said AS x
         MATCH (x)-[:REPORTED_IN]->(a:Article)
         WITH DISTINCT a
         MATCH (a)-[:PUBLISHED_BY]->(p:Organization)
         RETURN DISTINCT p.id AS id LIMIT 20
       } AS publisherIds,
       firstDay, lastDay,
       COLLECT {
         MATCH (e)-[h:HELD]->(:Office)-[:OF]->(org:Organization)
         RETURN {organizationId: org.id,
                 startDay: duration.inDays(date('1970-01-01'), h.start).days,
                 endDay: CASE WHEN h.end IS NULL THEN null ELSE duration.inDays(date('1970-01-01'), h.end).days END}
       } AS tenures
