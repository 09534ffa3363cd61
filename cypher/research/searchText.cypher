// Full-text search over statement text and entity names and aliases; $query is Lucene syntax
// (escaped by the API unless the caller asked for Lucene), $types the kinds to return.
CALL () {
  UNWIND CASE WHEN 'STATEMENT' IN $types THEN [$query] ELSE [] END AS q
  CALL db.index.fulltext.queryNodes('statement_text', q, {limit: $limit}) YIELD node, score
  RETURN node.id AS id, 'STATEMENT' AS type, node.text AS text, score
  UNION ALL
  UNWIND CASE WHEN size([t IN $types WHERE t <> 'STATEMENT']) > 0 THEN [$query] ELSE [] END AS q
  CALL db.index.fulltext.queryNodes('entity_names', q, {limit: $limit}) YIELD node, score
  WITH node, score, toUpper(head([l IN labels(node) WHERE l IN ['Person', 'Organization', 'Office', 'Group', 'Place']])) AS type
  WHERE type IN $types
  RETURN node.id AS id, type, coalesce(node.name, node.title) + coalesce(' | ' + node.aliasText, '') AS text, score
}
RETURN id, type, text, score
ORDER BY score DESC, id
LIMIT $limit
