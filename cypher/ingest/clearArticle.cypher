// Takes an article's extraction out of the graph before it is read again: its occurrences, its
// mentions, the statements no other article reports (with their links), and the entities it named
// that nothing uses any more (but those reference data describe). Speakers keep their newest
// statements right (recomputed from what is left). The article node stays, with its text and metadata.
MATCH (a:Article {id: $articleId})
WITH a, COLLECT { MATCH (a)-[:MENTIONS]->(e:Entity) RETURN e } AS named
CALL (a) {
  MATCH (a)-[m:MENTIONS]->()
  DELETE m
}
WITH a, named
OPTIONAL MATCH (s:Statement)-[r:REPORTED_IN]->(a)
WITH a, named, collect(DISTINCT s) AS statements, collect(r) AS occurrences
FOREACH (r IN occurrences | DELETE r)
WITH a, named, [s IN statements WHERE NOT EXISTS { (s)-[:REPORTED_IN]->() }] AS orphans,
     COLLECT { UNWIND statements AS s MATCH (s)-[:SAID_BY]->(sp) RETURN DISTINCT sp } AS speakers
FOREACH (s IN orphans | DETACH DELETE s)
WITH a, named, speakers
CALL (speakers) {
  UNWIND speakers AS sp
  CALL (sp) {
    OPTIONAL MATCH (sp)<-[:SAID_BY]-(s:Statement)
    WITH s ORDER BY s.newestFirst, s.id LIMIT 21
    RETURN collect(s.id) AS latest
  }
  SET sp.latestStatementIds = latest
}
CALL (named, speakers) {
  UNWIND named + speakers AS e
  WITH DISTINCT e
  WHERE NOT EXISTS { (e)--() } AND e.wikidataId IS NULL AND e.description IS NULL
  DELETE e
}
RETURN a.id AS id
