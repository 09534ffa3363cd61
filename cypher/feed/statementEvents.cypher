// The change feed: statements added by the edits after $since, up to $through, that pass
// StatementWhere (but its full-text filter), in commit order. Added means by the ingest of a new
// article (its edit has no `before`) or by reading a stored article again.
// @include statement/_mentioned
MATCH (e:Edit)
WHERE e.sequence > $since AND e.sequence <= $through
  AND ((e.operation = 'ingestArticle' AND e.before IS NULL) OR e.operation = 'reextractArticle')
WITH mentioned, e ORDER BY e.sequence LIMIT $edits
CALL (e, mentioned) {
  MATCH (e)-[:CHANGED]->(s:Statement)
  WITH s, 'feed' AS anchor, mentioned
  // @include statement/_checks
  RETURN s
}
OPTIONAL MATCH (e)-[:CHANGED]->(a:Article)
WITH e, s, head(collect(a.id)) AS articleId
RETURN e.sequence AS sequence, toString(e.at) AS at, e.operation AS operation, s.id AS statementId, articleId
ORDER BY sequence, statementId
