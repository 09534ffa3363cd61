// How many articles match ArticleWhere.
MATCH (a:Article)
WHERE a.retractedAt IS NULL
  AND ($publisherId IS NULL OR EXISTS { (a)-[:PUBLISHED_BY]->(:Organization {id: $publisherId}) })
  AND ($title IS NULL OR toLower(a.title) CONTAINS toLower($title))
  AND ($publishedFrom IS NULL OR a.publishedAt >= date($publishedFrom))
  AND ($publishedTo IS NULL OR a.publishedAt <= date($publishedTo))
RETURN count(a) AS count
