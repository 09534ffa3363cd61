// Articles to read again with the current extractor: those another version read (or every one with
// $all), optionally of one publisher or with a title containing $title; a page in id order.
// A retracted article is not read again: it stays out of every answer until it is restored.
MATCH (a:Article)
WHERE a.id > $after
  AND a.retractedAt IS NULL
  AND ($all OR a.extractorVersion IS NULL OR a.extractorVersion <> $version)
  AND ($publisherId IS NULL OR EXISTS { (a)-[:PUBLISHED_BY]->(:Organization {id: $publisherId}) })
  AND ($title IS NULL OR toLower(a.title) CONTAINS toLower($title))
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(p:Organization)
RETURN a.id AS id, a.text AS text, a.title AS title, p.name AS publisher, toString(a.publishedAt) AS publishedAt,
       a.dateline AS dateline, a.url AS url, coalesce(a.language, 'en') AS language, a.sourceId AS sourceId
ORDER BY a.id
LIMIT $limit
