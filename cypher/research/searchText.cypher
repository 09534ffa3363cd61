// Full-text search over statement text and entity names and aliases; $query is Lucene syntax
// (escaped by the API unless the caller asked for Lucene), $types the kinds to return. Each hit
// comes with its row (statement or entity), so the API loads no node again.
CALL () {
  UNWIND CASE WHEN 'STATEMENT' IN $types THEN [$query] ELSE [] END AS q
  CALL db.index.fulltext.queryNodes('statement_text', q, {limit: $limit}) YIELD node, score
  WITH node AS s, score
  RETURN s.id AS id, 'STATEMENT' AS type, s.text AS text, score,
// @include statement/_row
  AS statement, null AS entity
  UNION ALL
  UNWIND CASE WHEN size([t IN $types WHERE t <> 'STATEMENT']) > 0 THEN [$query] ELSE [] END AS q
  CALL db.index.fulltext.queryNodes('entity_names', q, {limit: $limit}) YIELD node, score
  WITH node AS e, score, toUpper(head([l IN labels(node) WHERE l IN ['Person', 'Organization', 'Office', 'Group', 'Place']])) AS type
  WHERE type IN $types
  RETURN e.id AS id, type, coalesce(e.name, e.title) + coalesce(' | ' + e.aliasText, '') AS text, score, null AS statement,
// @include entity/_row
  AS entity
}
RETURN id, type, text, score, statement, entity
ORDER BY score DESC, id
LIMIT $limit
