// The statements an article reports, in the order they appear, keyset-paged by offset then id.
MATCH (s:Statement)-[r:REPORTED_IN]->(:Article {id: $articleId})
WITH s, min(r.start) AS sortKey
WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND s.id > $afterId)
RETURN s.id AS id, sortKey
ORDER BY sortKey, s.id
LIMIT $limit
