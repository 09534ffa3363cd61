// The article and its publisher. The text is stored as given: occurrence offsets index into it.
MERGE (a:Article {id: $article.id})
ON CREATE SET a.ingestedAt = datetime()
SET a.url = $article.url,
    a.title = $article.title,
    a.publishedAt = CASE WHEN $article.publishedAt IS NULL THEN null ELSE date($article.publishedAt) END,
    a.publishedDay = CASE WHEN $article.publishedAt IS NULL THEN null ELSE duration.inDays(date('1970-01-01'), date($article.publishedAt)).days END,
    a.dateline = $article.dateline,
    a.language = $article.language,
    a.contentHash = $article.contentHash,
    a.text = $article.text
WITH a
OPTIONAL MATCH (p:Organization {id: $article.publisherId})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (a)-[:PUBLISHED_BY]->(p))
RETURN a.id AS id
