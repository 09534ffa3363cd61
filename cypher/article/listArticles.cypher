// Articles matching ArticleWhere, keyset-paged by publication day (direction from $descending,
// undated last) then id.
MATCH (a:Article)
WHERE a.retractedAt IS NULL
  AND ($publisherId IS NULL OR EXISTS { (a)-[:PUBLISHED_BY]->(:Organization {id: $publisherId}) })
  AND ($title IS NULL OR toLower(a.title) CONTAINS toLower($title))
  AND ($publishedFrom IS NULL OR a.publishedAt >= date($publishedFrom))
  AND ($publishedTo IS NULL OR a.publishedAt <= date($publishedTo))
WITH a, CASE WHEN a.publishedDay IS NULL THEN 100000000 WHEN $descending THEN -a.publishedDay ELSE a.publishedDay END AS sortKey
WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND a.id > $afterId)
RETURN a.id AS id, sortKey
ORDER BY sortKey, a.id
LIMIT $limit
