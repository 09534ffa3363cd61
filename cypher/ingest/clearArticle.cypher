// Takes an article's extraction out of the graph before it is read again: its occurrences, its
// mentions, the statements no other article reports (with their links), and the entities it named
// that nothing uses any more (but those reference data describe). A statement a person corrected
// is kept aside as :ArchivedStatement instead, with its links: when the new extraction finds it
// again (same speaker as first read, same words), it comes back with the correction. Speakers keep their newest
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
WITH a, named, statements, [s IN statements WHERE NOT EXISTS { (s)-[:REPORTED_IN]->() }] AS orphans,
     COLLECT { UNWIND statements AS s MATCH (s)-[:SAID_BY]->(sp) RETURN DISTINCT sp } AS speakers
// kept aside too: a statement a retracted article also reports, for when it is restored
FOREACH (s IN [s IN orphans WHERE size(coalesce(s.curated, [])) > 0 OR EXISTS { (s)-[:RETRACTED_IN]->() }] | REMOVE s:Statement SET s:ArchivedStatement)
WITH a, named, speakers, [s IN statements | s.id] AS statementIds, orphans
FOREACH (s IN [s IN orphans WHERE size(coalesce(s.curated, [])) = 0 AND NOT EXISTS { (s)-[:RETRACTED_IN]->() }] | DETACH DELETE s)
WITH a, named, speakers, statementIds
CALL (speakers) {
  UNWIND speakers AS sp
// @include statement/_refreshLatest
}
CALL (named, speakers) {
  UNWIND named + speakers AS e
  WITH DISTINCT e
  WHERE NOT EXISTS { (e)--() } AND e.wikidataId IS NULL AND e.description IS NULL AND size(coalesce(e.curated, [])) = 0
  DELETE e
}
RETURN a.id AS id, statementIds, a.extractorVersion AS extractorVersion
