// A part, not a statement: what the request will follow from statement `s`, as far as $with asks
// (null when it asks nothing). The rows are shaped as entity/getEntitiesByIds,
// article/getArticlesByIds and the occurrence and mention queries give them, so the API primes its
// loaders with them instead of asking again.
CASE WHEN $with.any THEN {
  entities: [e IN
    (CASE WHEN $with.speaker THEN COLLECT { MATCH (s)-[:SAID_BY]->(e:Entity) RETURN e } ELSE [] END)
    + (CASE WHEN $with.office THEN COLLECT { MATCH (s)-[:IN_CAPACITY_OF]->(e:Office) RETURN e } ELSE [] END)
    + (CASE WHEN $with.officeOrganization THEN COLLECT { MATCH (s)-[:IN_CAPACITY_OF]->(:Office)-[:OF]->(e:Organization) RETURN e } ELSE [] END)
    + (CASE WHEN $with.onBehalfOf THEN COLLECT { MATCH (s)-[:ON_BEHALF_OF]->(e:Organization) RETURN e } ELSE [] END)
    + (CASE WHEN $with.mentions THEN COLLECT { MATCH (s)-[:MENTIONS]->(e:Entity) RETURN DISTINCT e } ELSE [] END)
    + (CASE WHEN $with.publishers THEN COLLECT { MATCH (s)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(e:Organization) RETURN DISTINCT e } ELSE [] END)
  |
// @include entity/_row
  ],
  articles: CASE WHEN $with.articles THEN COLLECT {
    MATCH (s)-[:REPORTED_IN]->(a:Article)
    WITH DISTINCT a
    RETURN
// @include article/_row
  } END,
  occurrences: CASE WHEN $with.occurrences THEN COLLECT {
    MATCH (s)-[r:REPORTED_IN]->(a:Article)
    RETURN
// @include statement/_occurrence
    ORDER BY a.publishedAt, a.id, r.start
  } END,
  mentions: CASE WHEN $with.mentions THEN COLLECT {
    MATCH (s)-[m:MENTIONS]->(e:Entity)
    RETURN { entityId: e.id, start: m.start, end: m.end } ORDER BY m.start, e.id
  } END
} END
