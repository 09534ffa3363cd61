// Statements matching StatementWhere (the filters of statement/listStatements), grouped by $by:
// SPEAKER, ORGANIZATION, OFFICE, PUBLISHER, DAY or MONTH. Time series come oldest first, the rest
// largest first.
// @include statement/_matching
CALL (s) {
  MATCH (s)-[:SAID_BY]->(e:Entity) WHERE $by = 'SPEAKER'
  RETURN e.id AS key, coalesce(e.name, e.title) AS label
  UNION
  MATCH (s)-[:IN_CAPACITY_OF]->(:Office)-[:OF]->(org:Organization) WHERE $by = 'ORGANIZATION'
  RETURN org.id AS key, org.name AS label
  UNION
  MATCH (s)-[:ON_BEHALF_OF|SAID_BY]->(org:Organization) WHERE $by = 'ORGANIZATION'
  RETURN org.id AS key, org.name AS label
  UNION
  MATCH (s)-[:IN_CAPACITY_OF]->(o:Office)-[:OF]->(org:Organization) WHERE $by = 'OFFICE'
  RETURN o.id AS key, o.title + ', ' + org.name AS label
  UNION
  MATCH (s)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(p:Organization) WHERE $by = 'PUBLISHER'
  RETURN p.id AS key, p.name AS label
  UNION
  UNWIND CASE WHEN $by = 'DAY' AND s.saidOn IS NOT NULL THEN [toString(s.saidOn)] ELSE [] END AS day
  RETURN day AS key, day AS label
  UNION
  UNWIND CASE WHEN $by = 'MONTH' AND s.saidOn IS NOT NULL THEN [substring(toString(s.saidOn), 0, 7)] ELSE [] END AS month
  RETURN month AS key, month AS label
}
WITH key, label, count(DISTINCT s) AS count
RETURN key, label, count
ORDER BY CASE WHEN $by IN ['DAY', 'MONTH'] THEN key ELSE '' END, count DESC, key
LIMIT $limit
