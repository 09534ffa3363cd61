// A page of the statements one entity reaches through one relationship, when that is the only
// filter (a speaker's statements, those that mention an entity, those made in an office): what
// statement/listStatements gives for that filter (the same order, keys and rows), without its
// per-statement checks. Exactly one branch finds rows ($relation and the page pick it).
MATCH (e:Entity {id: $id})
CALL (e) {
  // a speaker's first page, newest first, comes from the list it keeps (at most 21 statements:
  // ingest/updateLatestStatements)
  UNWIND CASE WHEN $relation = 'SAID_BY' AND $afterId IS NULL AND $descending AND $limit <= 21
    THEN coalesce(e.latestStatementIds, []) ELSE [] END AS statementId
  MATCH (s:Statement {id: statementId})
  RETURN s
  UNION ALL
  MATCH (e)<-[:SAID_BY]-(s:Statement)
  WHERE $relation = 'SAID_BY' AND NOT ($afterId IS NULL AND $descending AND $limit <= 21 AND e.latestStatementIds IS NOT NULL)
  RETURN s
  UNION ALL
  MATCH (e)<-[:IN_CAPACITY_OF]-(s:Statement) WHERE $relation = 'IN_CAPACITY_OF'
  RETURN s
  UNION ALL
  // a statement that names the entity twice comes once
  MATCH (e)<-[:MENTIONS]-(s:Statement) WHERE $relation = 'MENTIONS'
  RETURN DISTINCT s
}
// @include statement/_page
