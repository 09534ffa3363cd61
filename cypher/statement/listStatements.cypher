// Statements matching StatementWhere, keyset-paged by the day they were said (direction from
// $descending, undated last), then by where they stand in the article that first reported them
// (reading order within a day), then id.
// @include statement/_matching
WITH s, CASE WHEN $descending THEN s.newestFirst ELSE s.oldestFirst END AS sortKey
WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND s.id > $afterId)
WITH s, sortKey
ORDER BY sortKey, s.id
LIMIT $limit
// the page's statements come whole, with the links $with names (as statement/getStatementsByIds
// gives them): no second round trip
RETURN s.id AS id, sortKey,
// @include statement/_row
AS statement,
// @include statement/_linked
AS linked
