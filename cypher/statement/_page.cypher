// A part, not a statement: one keyset page (plus one) of the statements `s`, by their stored sort
// key in the direction $descending asks, then id, each returned whole with the links $with names
// (as statement/getStatementsByIds gives them): no second round trip.
WITH s, CASE WHEN $descending THEN s.newestFirst ELSE s.oldestFirst END AS sortKey
WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND s.id > $afterId)
WITH s, sortKey
ORDER BY sortKey, s.id
LIMIT $limit
RETURN s.id AS id, sortKey,
// @include statement/_row
AS statement,
// @include statement/_linked
AS linked
